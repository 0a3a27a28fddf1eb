#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Harvest throughput end to end over SSH against the Slurm test lab (tests/lab/slurm-lab.sh): submits an array of
# N short jobs (default 2000), waits until sacct lists them all final, then times `energy-studio-cli harvest` into a
# new SQLite store (full history) and again (nothing new). Prints jobs/s and sacct lines/s. Not a test.
#   bench/bench_harvest.sh BUILD_DIR [N]
set -euo pipefail
build=${1:?usage: bench_harvest.sh BUILD_DIR [N]}
n=${2:-2000}
src=$(cd "$(dirname "$0")/.." && pwd)
cli="$build/app/cli/energy-studio-cli"
lab=$(mktemp -d /tmp/es-bench-harvest.XXXXXX)
chmod 755 "$lab" # the lab daemons run as their own users
trap '"$src/tests/lab/slurm-lab.sh" stop "$lab/slurm" >/dev/null 2>&1 || true; rm -rf "$lab"' EXIT
"$src/tests/lab/slurm-lab.sh" start "$lab/slurm" >/dev/null
# shellcheck disable=SC1091
. "$lab/slurm/env"
ssh_lab() {
    ssh -q -i "$LAB_SSH_KEY" -p "$LAB_SSH_PORT" -o UserKnownHostsFile="$LAB_KNOWN_HOSTS" \
        -o StrictHostKeyChecking=yes -o BatchMode=yes "$LAB_SSH_USER@$LAB_HOST" "$@"
}
echo "bench_harvest: submitting an array of $n jobs to the lab ($(ssh_lab sacct --version))"
start=$(date +%s)
# Slurm's default MaxArraySize is 1001: submit arrays of at most 1000 tasks.
left=$n
while [ "$left" -gt 0 ]; do
    chunk=$((left > 1000 ? 1000 : left))
    ssh_lab "sbatch --array=1-$chunk%64 --time=1 --mem=10 -o /dev/null --wrap true" >/dev/null
    left=$((left - chunk))
done
while :; do
    pending=$(ssh_lab "squeue -h -r | wc -l")
    [ "$pending" -eq 0 ] && break
    sleep 2
done
echo "bench_harvest: all $n jobs finished after $(($(date +%s) - start)) s"
store="$lab/bench.sqlite"
"$cli" --db "$store" profile add lab --host "$LAB_HOST" --port "$LAB_SSH_PORT" --user "$LAB_SSH_USER" \
    --key "$LAB_SSH_KEY" --known-hosts "$LAB_KNOWN_HOSTS" --cluster lab >/dev/null
for run in first again; do
    json=$("$cli" --db "$store" --json harvest --profile lab)
    /usr/bin/python3 - "$run" "$json" <<'PY'
import json, sys
run, d = sys.argv[1], json.loads(sys.argv[2])
jobs = d["jobs_new"] + d["jobs_updated"] + d["jobs_unchanged"]
print(f"harvest {run:5s}: {jobs} jobs, {d['sacct_lines']} sacct lines in {d['seconds']:.2f} s = "
      f"{jobs / d['seconds']:.0f} jobs/s, {d['sacct_lines'] / d['seconds']:.0f} lines/s "
      f"(new {d['jobs_new']}, updated {d['jobs_updated']}, unchanged {d['jobs_unchanged']})")
PY
done
