#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Run time from submission on the six Parallel Workloads Archive traces of the shared data folder: each trace is
# imported into its own SQLite store, then `train --target duration_s --model ridge,rf --split time --log-target off`
# (train on the past, test on the future, 5 forward blocks) and `forecast --horizon 60 --step 30`. Prints one
# Markdown table of the models against every baseline (requested time, the mean of the user's last two run times,
# mean per type, training mean: MAE, RMSE, R², within 2x, under-predicted) and one of the load forecast against
# persistence and seasonal-naive. Not a test.
#   bench/swf_runtime.sh BUILD_DIR [OUT_DIR (kept: the stores and JSON answers)]
set -euo pipefail
build=${1:?usage: swf_runtime.sh BUILD_DIR [OUT_DIR]}
src=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$(mktemp -d /tmp/es-swf-runtime.XXXXXX)}
mkdir -p "$out"
cli="$build/app/cli/energy-studio-cli"
traces=(KTH-SP2-1996-2.1-cln LANL-CM5-1994-4.1-cln SDSC-SP2-1998-4.2-cln CTC-SP2-1996-3.1-cln HPC2N-2002-2.2-cln
        CEA-Curie-2011-2.1-cln)
for t in "${traces[@]}"; do
    db="$out/$t.sqlite"
    rm -f "$db" "$db"-*
    "$cli" --db "$db" import swf "$src/../shared/data/swf/$t.swf.gz" >"$out/$t.import.log" 2>&1
    /usr/bin/time -f "%e s, %M KB" "$cli" --db "$db" --json train --target duration_s --model ridge,rf --split time \
        --log-target off --no-save >"$out/$t.json" 2>"$out/$t.train.err"
    "$cli" --db "$db" --json forecast --horizon 60 --step 30 >"$out/$t.forecast.json" 2>/dev/null
    echo "$t: train $(tail -1 "$out/$t.train.err")" >&2
done
/usr/bin/python3 "$src/bench/swf_runtime_table.py" "$out" "${traces[@]}"
