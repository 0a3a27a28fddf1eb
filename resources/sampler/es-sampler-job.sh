#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# es-sampler-job.sh - HPC Energy Studio: the on-node sampler around a workload, inside a Slurm batch job.
# Format of what it leaves: docs/sampler-format.md ("Inside a job").
#
# Usage, as a line of a batch script:
#   es-sampler-job.sh [-i SECONDS] [-d DIR] [-s SAMPLER] [--] COMMAND [ARG...]
#     -i SECONDS  sampling interval (default 5)
#     -d DIR      where the files go (default $HOME/.energy-studio/samples; must be visible from every node)
#     -s SAMPLER  the sampler script (default es-sampler.sh beside this script)
# Starts the sampler on every node of the job as one job step (srun --overlap, one task per node, so that it shares
# the job's CPUs instead of taking them), waits until every node's sampler has started, runs COMMAND, then stops
# the sampler (it writes a last sample of the interval in progress, so the end of the work is covered, and never
# leaves half a line). Each node writes DIR/JOBID.NODE.samples (the job's numeric id, SLURM_JOB_ID, and Slurm's
# node name, SLURMD_NODENAME); `energy-studio-cli sample fetch` reads them. Exit status: COMMAND's; 2 on bad usage
# or outside a job; 1 when the directory cannot be created.
# POSIX sh and Slurm's srun only.
set -u

usage() {
    echo "usage: es-sampler-job.sh [-i SECONDS] [-d DIR] [-s SAMPLER] [--] COMMAND [ARG...]" >&2
    exit 2
}

interval=5
dir=${HOME:-.}/.energy-studio/samples
here=$(dirname -- "$0")
sampler=$here/es-sampler.sh
while getopts 'i:d:s:h' opt; do
    case $opt in
    i) interval=$OPTARG ;;
    d) dir=$OPTARG ;;
    s) sampler=$OPTARG ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || usage
case $interval in
'' | *[!0-9.]* | .* | *. | *.*.*) usage ;;
esac
if [ -z "${SLURM_JOB_ID:-}" ]; then
    echo "es-sampler-job.sh: not inside a Slurm job (SLURM_JOB_ID is not set)" >&2
    exit 2
fi
if [ ! -r "$sampler" ]; then
    echo "es-sampler-job.sh: cannot read the sampler $sampler" >&2
    exit 2
fi
mkdir -p -- "$dir" || exit 1
nodes=${SLURM_JOB_NUM_NODES:-${SLURM_NNODES:-1}}

# Each task names its file after Slurm's node name (SLURMD_NODENAME; srun's %N would be the host name) and stops
# its sampler when the stop file appears, by a SIGTERM to the sampler's shell alone: a signal sent through Slurm
# would reach every process of the step, the sampler's awk included, and could cut a sample short.
stopfile=$dir/.$SLURM_JOB_ID.stop
rm -f -- "$stopfile"
# shellcheck disable=SC2016 # expanded by the task's shell
srun --overlap --nodes="$nodes" --ntasks="$nodes" --ntasks-per-node=1 --kill-on-bad-exit=0 \
    --output="$dir/%j.%t.samples.log" sh -c '
        sh "$1" -i "$2" -o "$3/$SLURM_JOB_ID.$SLURMD_NODENAME.samples" &
        pid=$!
        while [ ! -e "$4" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
        kill -TERM "$pid" 2>/dev/null
        wait "$pid"' es-sampler-task "$sampler" "$interval" "$dir" "$stopfile" &
step=$!

# Every node's file starts with the header once its sampler has looked for its sources; the baseline follows at
# once. Give up waiting after 30 s (the work runs anyway; the metrics then miss its start).
waited=0
while [ "$waited" -lt 300 ]; do
    ready=0
    for f in "$dir/$SLURM_JOB_ID".*.samples; do
        [ -f "$f" ] && grep -q '^#es-sampler' "$f" 2>/dev/null && ready=$((ready + 1))
    done
    [ "$ready" -ge "$nodes" ] && break
    kill -0 "$step" 2>/dev/null || break
    sleep 0.1
    waited=$((waited + 1))
done
sleep 0.2

"$@"
status=$?

: >"$stopfile"
wait "$step" 2>/dev/null
rm -f -- "$stopfile" "$dir/$SLURM_JOB_ID".*.samples.log
exit "$status"
