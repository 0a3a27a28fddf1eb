#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Peak memory of `energy-studio-cli train` over more than a million real jobs: imports the six Parallel Workloads
# Archive traces of the shared data folder (803,170 jobs) into one new SQLite store, and CEA-Curie (312,826 jobs) a
# second time under another cluster name (so 1,115,996 rows, of which 312,826 are copies), then trains each
# algorithm asked on duration_s with the default features under an address-space limit of 2 GiB
# (prlimit --as=2147483648) and /usr/bin/time -v. Prints rows, exit code, wall time and peak RSS. Not a test.
#   bench/train_memory.sh BUILD_DIR [ALGORITHMS (default: ridge krr rf)] [STORE (kept: reused when it exists)]
set -euo pipefail
build=${1:?usage: train_memory.sh BUILD_DIR [ALGORITHMS] [STORE]}
algorithms=${2:-ridge krr rf}
src=$(cd "$(dirname "$0")/.." && pwd)
data="$src/../shared/data/swf"
cli="$build/app/cli/energy-studio-cli"
store=${3:-}
if [ -z "$store" ]; then
    work=$(mktemp -d /tmp/es-train-memory.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    store="$work/traces.sqlite"
fi
if [ ! -e "$store" ]; then
    start=$(date +%s)
    "$cli" --db "$store" import swf "$data"/*.swf.gz >/dev/null
    "$cli" --db "$store" import swf --cluster CEA-Curie-copy "$data/CEA-Curie-2011-2.1-cln.swf.gz" >/dev/null
    echo "train_memory: imported into $store in $(($(date +%s) - start)) s"
fi
echo "train_memory: $(sqlite3 "$store" 'SELECT count(*) FROM jobs') jobs in $(sqlite3 "$store" 'SELECT count(*) FROM clusters') clusters"
for algorithm in $algorithms; do
    log=$(mktemp)
    set +e
    /usr/bin/time -v prlimit --as=2147483648 "$cli" --db "$store" train --target duration_s --model "$algorithm" \
        --no-save >/dev/null 2>"$log"
    code=$?
    set -e
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
    echo "train_memory: $algorithm exit $code, wall $wall, peak RSS $((rss / 1024)) MiB (limit 2048 MiB of address space)"
    grep -E '^note:|energy-studio-cli:' "$log" | sed 's/^/    /' || true
    rm -f "$log"
done
