#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# A campaign of mixed jobs on the Slurm test lab (tests/lab/slurm-lab.sh, SIMULATED sensors), every job run inside
# es-sampler-job.sh; then harvest (sacct), sample fetch, metrics derive and alerts check through energy-studio-cli,
# and a table of what `export job-metrics` holds per job: temperature, frequency, utilisation, energy and its source.
# Not a test (tests/collectors/TestSamplerCollectorLab.cpp checks derived energy against the simulated meters); needs
# root and the lab packages.
#   bench/lab_campaign.sh BUILD_DIR [STORE]
set -euo pipefail
build=${1:?usage: lab_campaign.sh BUILD_DIR [STORE]}
src=$(cd "$(dirname "$0")/.." && pwd)
cli="$build/app/cli/energy-studio-cli"
lab=$(mktemp -d /tmp/es-lab-campaign.XXXXXX)
chmod 755 "$lab" # the lab daemons run as their own users
store=${2:-$lab/campaign.sqlite}
trap '"$src/tests/lab/slurm-lab.sh" stop "$lab/slurm" >/dev/null 2>&1 || true; rm -rf "$lab"' EXIT
"$src/tests/lab/slurm-lab.sh" start "$lab/slurm" >/dev/null
# shellcheck disable=SC1091
. "$lab/slurm/env"
ssh_lab() {
    ssh -q -i "$LAB_SSH_KEY" -p "$LAB_SSH_PORT" -o UserKnownHostsFile="$LAB_KNOWN_HOSTS" \
        -o StrictHostKeyChecking=yes -o BatchMode=yes "$LAB_SSH_USER@$LAB_HOST" "$@"
}
"$cli" --db "$store" profile add lab --host "$LAB_HOST" --port "$LAB_SSH_PORT" --user "$LAB_SSH_USER" \
    --key "$LAB_SSH_KEY" --known-hosts "$LAB_KNOWN_HOSTS" --cluster lab >/dev/null
"$cli" --db "$store" sample install --profile lab >/dev/null
# Job ids start at 1 in every new lab, while the lab user's home stays: drop the files of earlier campaigns.
ssh_lab 'rm -rf "$HOME/.energy-studio/samples"'

# The workloads: CPU-bound on one and on two CPUs, I/O, memory, idle, a two-node job, a failing one.
wrap='$HOME/.energy-studio/bin/es-sampler-job.sh -i 2 --'
declare -a kinds=(
    "cpu1|-n1|timeout 40 sh -c 'while :; do :; done' || true"
    "cpu2|-n2|for i in 1 2; do timeout 40 sh -c 'while :; do :; done' & done; wait; true"
    "io|-n1|for i in 1 2 3 4 5 6; do dd if=/dev/zero of=\$TMPDIR/es-io.\$SLURM_JOB_ID bs=1M count=200 conv=fsync status=none; done; rm -f \$TMPDIR/es-io.\$SLURM_JOB_ID"
    "mem|-n1 --mem=600|head -c 400000000 /dev/zero | sort >/dev/null; sleep 10"
    "idle|-n1|sleep 30"
    "twonode|-N2 -n2|srun --overlap timeout 30 sh -c 'while :; do :; done' || true"
    "fails|-n1|timeout 10 sh -c 'while :; do :; done'; exit 3"
)
echo "lab_campaign: submitting $((${#kinds[@]} * 2)) jobs, each inside es-sampler-job.sh (SIMULATED sensors)"
start=$(date +%s)
for round in 1 2; do
    for k in "${kinds[@]}"; do
        IFS='|' read -r name opts cmd <<<"$k"
        # shellcheck disable=SC2086
        ssh_lab "sbatch --parsable --exclusive $opts -J campaign-$name -t 3 -o /dev/null --export=ALL,TMPDIR=/tmp \
            --wrap \"$wrap sh -c $(printf '%q' "$cmd")\"" >/dev/null
    done
done
while [ "$(ssh_lab 'squeue -h | wc -l')" -gt 0 ]; do sleep 3; done
echo "lab_campaign: all jobs ended after $(($(date +%s) - start)) s"
sleep 12 # slurmdbd records the last end times
"$cli" --db "$store" harvest --profile lab
"$cli" --db "$store" sample fetch --profile lab
"$cli" --db "$store" metrics derive --cluster lab
# The SIMULATED nodes stay under the default 75/85 °C: lower the lab's thresholds so that the hot jobs raise alerts.
"$cli" --db "$store" alerts set-threshold --cluster lab --warning-c 58 --critical-c 61 >/dev/null
"$cli" --db "$store" alerts check --cluster lab
"$cli" --db "$store" export job-metrics --out "$lab/job-metrics.csv" 2>/dev/null
/usr/bin/python3 - "$lab/job-metrics.csv" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))
        if r.get("name", "").startswith("campaign-")]
cols = ["node_temp_avg_c", "node_temp_peak_c", "cpu_freq_avg_mhz", "cpu_util_pct", "energy_j"]
print(f"{'job':>6} {'name':18} {'state':10} {'dur_s':>6} {'temp_avg':>8} {'temp_pk':>7} {'freq':>6} {'util%':>6} "
      f"{'energy_J':>9} {'power_W':>7} source")
def f(v, fmt):
    return format(float(v), fmt) if v not in ("", None) else "-"
for r in sorted(rows, key=lambda r: int(r["job_id"].split("_")[0])):
    print(f"{r['job_id']:>6} {r['name']:18} {r.get('state', '')[:10]:10} {f(r.get('duration_s'), '.0f'):>6} "
          f"{f(r['node_temp_avg_c'], '.1f'):>8} {f(r['node_temp_peak_c'], '.1f'):>7} {f(r['cpu_freq_avg_mhz'], '.0f'):>6} "
          f"{f(r['cpu_util_pct'], '.1f'):>6} {f(r['energy_j'], '.0f'):>9} {f(r.get('power_avg_w'), '.1f'):>7} "
          f"{r.get('energy_source', '')}")
complete = [r for r in rows if all(r.get(c) not in ("", None) for c in cols) and r.get("energy_source")]
print(f"lab_campaign: {len(complete)} of {len(rows)} campaign jobs have temperature, frequency, utilisation and "
      f"energy with its source")
PY
"$cli" --db "$store" alerts list --cluster lab
