#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# SIMULATED node sensors for the Slurm test lab (tests/lab/slurm-lab.sh). Nothing here is a measurement.
#   sensors.sh init DIR NODE...   create the SIMULATED files of each node (keeps existing counters)
#   sensors.sh run DIR NODE...    update them every second until SIGTERM (slurm-lab.sh starts and stops it by pid)
# Per node, under DIR/nodes/NODE/sim/, bound by slurm-lab.sh into that node's mount namespace, so that slurmd,
# slurmstepd and every job process of the node see them at the usual places:
#   pm_counters/{energy,power}             -> /sys/cray/pm_counters/        "<N> J", "<N> W" (read by Slurm's
#                                             acct_gather_energy/pm_counters plugin)
#   hwmon/hwmon0/{name,temp1_input,temp1_label}  -> /sys/class/hwmon/       m°C, label "SIMULATED Package id 0"
#   powercap/intel-rapl:0/{name,energy_uj,max_energy_range_uj}  -> /sys/class/powercap/   µJ, small range: wraps
#   cpufreq/{scaling_cur_freq,...}         -> /sys/devices/system/cpu/cpu*/cpufreq/   kHz
# Each directory also holds a file named SIMULATED. The model: utilisation u = real CPU time (utime+stime from
# /proc/PID/stat) used in the last second by all processes of the node (those in its mount namespace: slurmd,
# slurmstepd and the jobs' processes) / (seconds * CPUs of the node); power = idle + (peak - idle) * u with per-node
# idle/peak; energy integrates power; temperature follows power with a first-order lag (tau 15 s); the RAPL package
# gets 55 % of node power; the frequency goes from 1.2 to 3.0 GHz with u. Files are replaced by rename(2), so a
# reader never sees a half-written value.
set -uo pipefail

readonly USAGE="usage: sensors.sh init|run DIR NODE..."
mode=${1:?$USAGE}
dir=${2:?$USAGE}
shift 2
nodes=("$@")
[[ ${#nodes[@]} -gt 0 ]] || { echo "$USAGE" >&2; exit 2; }

readonly CPUS_PER_NODE=${ES_LAB_NODE_CPUS:-2}
readonly RAPL_RANGE_UJ=4000000000 # 4 kJ: the package counter wraps every 22-75 s
readonly TAU_US=15000000          # temperature lag
readonly AMBIENT_MC=30000         # m°C; steady state = ambient + 0.2 °C per W
readonly FMIN_KHZ=1200000 FMAX_KHZ=3000000

# idle and peak watts, by node
profile() {
    case "$1" in
    node1) echo "90 250" ;;
    node2) echo "100 280" ;;
    node3) echo "80 220" ;;
    node4) echo "110 300" ;;
    *) echo "100 250" ;;
    esac
}

simdir() { echo "$dir/nodes/$1/sim"; }

# put FILE VALUE: atomic replace (write a staged copy, then have the renamer rename it over FILE).
put() {
    local stage="${1%/*}/.${1##*/}.new"
    printf '%s\n' "$2" >"$stage"
    if [[ -n ${RENAMER_FD:-} ]]; then
        printf '%s\t%s\n' "$stage" "$1" >&"$RENAMER_FD"
    else
        mv -f "$stage" "$1"
    fi
}

marker() {
    printf '%s\n' "SIMULATED by tests/lab/sensors.sh (HPC Energy Studio test lab): not a measurement." >"$1/SIMULATED"
}

init_node() {
    local n=$1 i=$2 s idle peak
    s=$(simdir "$n")
    read -r idle peak < <(profile "$n")
    mkdir -p "$s/pm_counters" "$s/hwmon/hwmon0" "$s/powercap/intel-rapl:0" "$s/cpufreq"
    chmod 0755 "$s" "$s/pm_counters" "$s/hwmon" "$s/hwmon/hwmon0" "$s/powercap" "$s/powercap/intel-rapl:0" "$s/cpufreq"
    marker "$s/pm_counters"
    marker "$s/hwmon/hwmon0"
    marker "$s/powercap/intel-rapl:0"
    marker "$s/cpufreq"
    # counters survive restarts (like real hardware counters across a slurmd restart)
    [[ -s $s/pm_counters/energy ]] || put "$s/pm_counters/energy" "$((1000000 * (i + 1))) J"
    put "$s/pm_counters/power" "$idle W"
    put "$s/hwmon/hwmon0/name" "simulated"
    put "$s/hwmon/hwmon0/temp1_label" "SIMULATED Package id 0"
    [[ -s $s/hwmon/hwmon0/temp1_input ]] || put "$s/hwmon/hwmon0/temp1_input" "$((AMBIENT_MC + idle * 200))"
    put "$s/powercap/intel-rapl:0/name" "package-0"
    put "$s/powercap/intel-rapl:0/enabled" "1"
    put "$s/powercap/intel-rapl:0/max_energy_range_uj" "$RAPL_RANGE_UJ"
    # start 15 s of idle power short of the wrap, so that tests see one soon
    [[ -s $s/powercap/intel-rapl:0/energy_uj ]] ||
        put "$s/powercap/intel-rapl:0/energy_uj" "$((RAPL_RANGE_UJ - idle * 55 * 15 * 1000000 / 100))"
    put "$s/cpufreq/scaling_cur_freq" "$FMIN_KHZ"
    put "$s/cpufreq/scaling_min_freq" "$FMIN_KHZ"
    put "$s/cpufreq/scaling_max_freq" "$FMAX_KHZ"
    put "$s/cpufreq/cpuinfo_min_freq" "$FMIN_KHZ"
    put "$s/cpufreq/cpuinfo_max_freq" "$FMAX_KHZ"
    put "$s/cpufreq/scaling_governor" "schedutil"
    find "$s" -type f -exec chmod 0644 {} +
}

# first number of FILE (0 when missing)
num() {
    local v=0
    read -r v _ <"$1" 2>/dev/null || true
    [[ $v =~ ^[0-9]+$ ]] || v=0
    echo "$v"
}

run() {
    exec >>"$dir/log/sensors.log" 2>&1
    echo "sensors.sh: SIMULATED sensors for ${nodes[*]} started at $(date '+%F %T')"
    local clk
    clk=$(getconf CLK_TCK)
    # One long-lived renamer instead of an mv process per file per second.
    coproc RENAMER {
        exec perl -e '$| = 1; while (<STDIN>) { chomp; my ($s, $d) = split /\t/;
            rename($s, $d) or print STDERR "sensors.sh: rename $s -> $d: $!\n"; }'
    }
    RENAMER_FD=${RENAMER[1]}
    # sleep without a process per tick: read with a timeout on a fifo nobody writes
    local fifo="$dir/run/sensors.tick" tick
    rm -f "$fifo"
    mkfifo "$fifo"
    exec {tick}<>"$fifo"
    trap 'echo "sensors.sh: stopped at $(date "+%F %T")"; exit 0' TERM INT

    local -a idle peak energy_mj temp_mc rapl_uj ticks ns
    local i n s
    for i in "${!nodes[@]}"; do
        n=${nodes[$i]}
        s=$(simdir "$n")
        read -r "idle[i]" "peak[i]" < <(profile "$n")
        energy_mj[i]=$(($(num "$s/pm_counters/energy") * 1000))
        temp_mc[i]=$(num "$s/hwmon/hwmon0/temp1_input")
        rapl_uj[i]=$(num "$s/powercap/intel-rapl:0/energy_uj")
    done

    declare -A prev=() cur=()
    local own_ns="/proc/$BASHPID/ns/mnt" first=1 last_us now_us dt_us p pid line rest key total d u_milli p_mw
    local target_mc next_us wait_us f log_every=30 count=0 node_of
    local -a fields
    last_us=${EPOCHREALTIME/./}
    next_us=$last_us
    while :; do
        next_us=$((next_us + 1000000))
        now_us=${EPOCHREALTIME/./}
        wait_us=$((next_us - now_us))
        if ((wait_us > 0)); then
            printf -v f '%d.%06d' $((wait_us / 1000000)) $((wait_us % 1000000))
            read -r -t "$f" -u "$tick" _ || true
        else
            next_us=$now_us # fell behind (machine busy): do not try to catch up
        fi
        now_us=${EPOCHREALTIME/./}
        dt_us=$((now_us - last_us))
        ((dt_us > 0)) || continue
        last_us=$now_us

        # the nodes' mount namespaces, by their slurmd (a node whose slurmd is down keeps its idle power)
        for i in "${!nodes[@]}"; do
            ns[i]=""
            pid=""
            read -r pid <"$dir/run/slurmd-${nodes[$i]}.pid" 2>/dev/null
            [[ $pid =~ ^[0-9]+$ && -e /proc/$pid/ns/mnt ]] && ns[i]=/proc/$pid/ns/mnt
            ticks[i]=0
        done
        cur=()
        for p in /proc/[0-9]*; do
            [[ $p/ns/mnt -ef $own_ns ]] && continue # the host's processes: most of them
            node_of=-1
            for i in "${!nodes[@]}"; do
                if [[ -n ${ns[i]} && $p/ns/mnt -ef ${ns[i]} ]]; then node_of=$i; break; fi
            done
            ((node_of >= 0)) || continue
            read -r line <"$p/stat" 2>/dev/null || continue
            rest=${line##*) }
            read -r -a fields <<<"$rest"
            # fields[0] is stat field 3 (state): utime 14, stime 15, starttime 22
            total=$((fields[11] + fields[12]))
            key="${p#/proc/}:${fields[19]}"
            cur[$key]=$total
            ((first)) && continue
            d=$((total - ${prev[$key]:-0}))
            ((d > 0)) && ticks[node_of]=$((ticks[node_of] + d))
        done
        prev=()
        for key in "${!cur[@]}"; do prev[$key]=${cur[$key]}; done
        first=0

        count=$((count + 1))
        for i in "${!nodes[@]}"; do
            s="$dir/nodes/${nodes[$i]}/sim"
            u_milli=$((ticks[i] * 1000 * 1000000 / (clk * dt_us * CPUS_PER_NODE)))
            ((u_milli > 1000)) && u_milli=1000
            p_mw=$((idle[i] * 1000 + (peak[i] - idle[i]) * u_milli))
            energy_mj[i]=$((energy_mj[i] + p_mw * dt_us / 1000000))
            target_mc=$((AMBIENT_MC + p_mw / 5))
            f=$((dt_us * 1000 / TAU_US))
            ((f > 1000)) && f=1000
            temp_mc[i]=$((temp_mc[i] + (target_mc - temp_mc[i]) * f / 1000))
            rapl_uj[i]=$(((rapl_uj[i] + p_mw * 55 * dt_us / 100000) % RAPL_RANGE_UJ)) # 55 % of mW * µs = nJ
            put "$s/pm_counters/energy" "$((energy_mj[i] / 1000)) J"
            put "$s/pm_counters/power" "$((p_mw / 1000)) W"
            put "$s/hwmon/hwmon0/temp1_input" "${temp_mc[i]}"
            put "$s/powercap/intel-rapl:0/energy_uj" "${rapl_uj[i]}"
            put "$s/cpufreq/scaling_cur_freq" "$((FMIN_KHZ + (FMAX_KHZ - FMIN_KHZ) * u_milli / 1000))"
            if ((count % log_every == 0 || ticks[i] > 0 && count % 5 == 0)); then
                echo "$(date '+%T') ${nodes[$i]} u=${u_milli}‰ power=$((p_mw / 1000))W" \
                    "energy=$((energy_mj[i] / 1000))J temp=${temp_mc[i]}m°C rapl=${rapl_uj[i]}uJ (SIMULATED)"
            fi
        done
    done
}

case "$mode" in
init)
    for i in "${!nodes[@]}"; do init_node "${nodes[$i]}" "$i"; done
    ;;
run)
    run
    ;;
*)
    echo "$USAGE" >&2
    exit 2
    ;;
esac
