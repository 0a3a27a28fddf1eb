#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Submits a mix of jobs to the Slurm test lab started by slurm-lab.sh, as the lab user, waits until sacct shows every
# one in a final state, and prints one line per job on stdout: JOBID<TAB>KIND (array tasks as JOBID_TASK, one line
# each). Progress goes to stderr.
#   submit-mix.sh DIR [--with-timeout]
# Kinds: cpu (busy loop), io (dd + fsync), sleep, fail (exit 3), missing (command not found, exit 127), cancelled
# (scancel while running), cancelled-pending (held, then scancel), array (--array=1-3), multinode (-N 2 with srun
# steps), steps (several srun steps, one failing), oom (over its --mem: killed by JobAcctGatherParams=OverMemoryKill),
# exclusive (--exclusive), and with --with-timeout also timeout (--time=1 with a longer sleep; adds ~1.5 min, since
# Slurm's smallest limit is one minute). Job names include '|', '"', spaces and unicode. Takes ~15-20 s without timeout.
# shellcheck disable=SC2016 # the --wrap scripts are single-quoted on purpose: they expand in the job
set -euo pipefail

dir=${1:?usage: submit-mix.sh DIR [--with-timeout]}
with_timeout=0
[[ ${2:-} == --with-timeout ]] && with_timeout=1
[[ -s $dir/env ]] || { echo "submit-mix.sh: no lab in $dir (run slurm-lab.sh start $dir)" >&2; exit 1; }
# shellcheck source=/dev/null
. "$dir/env"
export SLURM_CONF=$LAB_SLURM_CONF
jobs_dir="$LAB_DIR/jobs"

as_user() {
    if [[ $(id -un) == "$LAB_SSH_USER" ]]; then
        "$@"
    else
        runuser -u "$LAB_SSH_USER" -- env SLURM_CONF="$SLURM_CONF" "$@"
    fi
}

ids=()   # JOBID (array tasks expanded)
kinds=() # KIND, same index
# submit NAME SBATCH_ARGS...: prints the job id
submit() {
    local name=$1 id
    shift
    id=$(as_user sbatch --parsable --chdir="$jobs_dir" --output="$jobs_dir/slurm-%j.out" --job-name="$name" "$@")
    id=${id%%;*}
    echo "$id"
}
add() {
    ids+=("$1")
    kinds+=("$2")
}

# --wrap scripts run under /bin/sh: the busy loop needs bash's SECONDS
busy="bash -c 'end=\$((SECONDS + 5)); while ((SECONDS < end)); do :; done'"
add "$(submit 'énergie-能量' --wrap="$busy")" cpu
add "$(submit 'cpu busy loop' -p fast -A chemistry --wrap="$busy")" cpu
add "$(submit 'io dd' --wrap='f=$(mktemp); dd if=/dev/zero of="$f" bs=1M count=64 conv=fsync 2>&1; rm -f "$f"')" io
add "$(submit 'io-read' -A chemistry --wrap='f=$(mktemp); dd if=/dev/zero of="$f" bs=1M count=32 2>/dev/null;
    dd if="$f" of=/dev/null bs=1M 2>&1; rm -f "$f"')" io
add "$(submit 'say "hi"' --wrap='echo "hi"; sleep 3')" sleep
add "$(submit 'sleep 5' -p fast --wrap='sleep 5')" sleep
add "$(submit 'sleep_8' -A chemistry --wrap='sleep 8')" sleep
add "$(submit "it's a 'quote'" --wrap='sleep 2')" sleep
add "$(submit 'tab	and spaces' -n 2 --wrap='sleep 4')" sleep
add "$(submit 'fail exit 3' --wrap='echo failing >&2; sleep 1; exit 3')" fail
add "$(submit 'missing|binary' --wrap='/nonexistent/es-lab-no-such-binary --flag')" missing
cancel_id=$(submit 'to be cancelled' --wrap='sleep 120')
add "$cancel_id" cancelled
held_id=$(submit 'held then cancelled' --hold --wrap='sleep 1')
add "$held_id" cancelled-pending
array_id=$(submit 'array;semi' --array=1-3 --wrap='sleep $((1 + SLURM_ARRAY_TASK_ID))')
for t in 1 2 3; do add "${array_id}_$t" array; done
add "$(submit 'multi node' -N 2 --ntasks-per-node=1 --wrap='srun hostname; srun sleep 3')" multinode
add "$(submit 'multi-fast' -p fast -N 2 -n 4 --wrap='srun -l printenv SLURMD_NODENAME; srun sleep 2')" multinode
add "$(submit 'steps ok+fail' --wrap='srun true; srun sleep 2; srun false; srun --ntasks=1 sleep 1')" steps
add "$(submit 'oom over --mem' --mem=20M --wrap='perl -e "\$x = q(a) x (200 * 1024 * 1024); sleep 12"')" oom
add "$(submit 'exclusive' --exclusive -p fast --wrap='sleep 3')" exclusive
if [[ $with_timeout -eq 1 ]]; then
    add "$(submit 'time limit' --time=1 --wrap='sleep 300')" timeout
fi
echo "submit-mix.sh: submitted ${#ids[@]} jobs" >&2

# cancel one running and one held job
for _ in $(seq 1 100); do
    [[ $(squeue -h -j "$cancel_id" -o %T 2>/dev/null) == RUNNING ]] && break
    sleep 0.2
done
as_user scancel "$cancel_id" "$held_id"

# wait until sacct has every job in a final state (and the batch step of finished jobs recorded)
final='^(COMPLETED|FAILED|CANCELLED.*|TIMEOUT|OUT_OF_MEMORY|NODE_FAIL|PREEMPTED|BOOT_FAIL|DEADLINE)$'
limit=$((SECONDS + 120 + 120 * with_timeout))
id_list=$(IFS=,; echo "${ids[*]}")
while :; do
    declare -A state=()
    while IFS='|' read -r jid st; do
        state[$jid]=${st%% *}
    done < <(sacct -n -P -X -j "$id_list" -o JobID,State 2>/dev/null || true)
    pending=0
    for id in "${ids[@]}"; do
        [[ ${state[$id]:-} =~ $final ]] || pending=$((pending + 1))
    done
    [[ $pending -eq 0 ]] && break
    if [[ $SECONDS -ge $limit ]]; then
        echo "submit-mix.sh: $pending jobs not final after the time limit:" >&2
        sacct -a -P -j "$id_list" -o JobID,JobName,State,ExitCode >&2 || true
        exit 1
    fi
    sleep 1
done
echo "submit-mix.sh: all ${#ids[@]} jobs final after $SECONDS s" >&2
for i in "${!ids[@]}"; do
    printf '%s\t%s\n' "${ids[$i]}" "${kinds[$i]}"
done
