#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# es-sampler.sh - HPC Energy Studio on-node sampler. Format: es-sampler v1 (docs/sampler-format.md).
#
# Usage: es-sampler.sh [-i SECONDS] [-n COUNT] [-o FILE]
#   -i SECONDS  interval between samples (default 5; decimals allowed where sleep(1) takes them)
#   -n COUNT    stop after COUNT samples (default 0: until SIGTERM/SIGINT/SIGHUP)
#   -o FILE     write to FILE (truncated at start) instead of stdout
# Environment: ES_SAMPLER_SYS (default /sys) and ES_SAMPLER_PROC (default /proc) relocate the sysfs/procfs roots
# (tests build fake trees). POSIX sh (dash), coreutils and awk only; ipmitool and nvidia-smi are used when present.
# Cost: one awk process and one sleep per sample (a few ms of CPU); a signal stops it between two samples, after a
# last sample of the part of the interval already elapsed, so the output never ends with half a line and covers up
# to the signal. Exit status 0 after -n samples or a signal, 2 on bad usage.
#
# Output, one record per line (LC_ALL=C, '.' decimal point):
#   #es-sampler v1 host=NAME interval=SECONDS start=EPOCH ncpu=N     first line; the major version (v1) changes
#                                                                     only for incompatible changes
#   # missing SOURCE: REASON        a source that is absent or unreadable, said once (at start, or when a file
#                                   first fails to read); SOURCE is one of stat loadavg meminfo cpufreq hwmon
#                                   thermal rapl hwmon-power hwmon-energy cray ipmi gpu diskstats netdev
#   S EPOCH KEY=VALUE ... $         one sample per interval; the first one covers the first interval after start
#                                   (a baseline is read at start). A complete line ends with " $".
# KEY is QUANTITY_UNIT or QUANTITY_UNIT.SENSOR (SENSOR: [A-Za-z0-9_.:+-]); VALUE is a decimal number. A key whose
# source is missing, unreadable or reset during the interval is left out. Keys of v1:
#   dt_s               measured length of the interval (from /proc/uptime)
#   cpu_util_pct       user+nice+system+irq+softirq share of all CPU time in the interval (iowait, steal, idle
#                      excluded); iowait_pct, steal_pct: their shares
#   load1 load5 load15 /proc/loadavg
#   mem_total_mb mem_used_mb   MemTotal, MemTotal-MemAvailable (MB = MiB)
#   freq_avg_mhz freq_max_mhz  over every CPU's cpufreq scaling_cur_freq
#   temp_c.SENSOR      hwmon temp*_input (SENSOR = hwmon name + "_" + temp*_label, or + "_tempN" without a label),
#                      thermal zones (SENSOR = zone type); gpuN for GPUs
#   energy_j.rapl power_w.rapl   sum over the RAPL package-* zones in the interval (counter wrap-around at
#                      max_energy_range_uj handled); energy_j.rapl.ZONE, power_w.rapl.ZONE for every zone
#                      (ZONE = package-0, package-0.dram, psys, ...)
#   power_w.SENSOR     hwmon power*_average (SENSOR = name_label or name_powerN)
#   energy_j.SENSOR power_w.SENSOR  hwmon energy*_input (SENSOR = name_label or name_energyN) in the interval
#   energy_j.cray power_w.cray   /sys/cray/pm_counters: energy in the interval, power as the file says
#   power_w.ipmi       ipmitool dcmi power reading (instantaneous)
#   power_w.gpuN temp_c.gpuN util_pct.gpuN   nvidia-smi
#   disk_read_b disk_write_b   bytes in the interval, summed over whole disks (no partitions, loop, ram, zram,
#                      dm-*, md*)
#   net_rx_b net_tx_b  bytes in the interval, summed over every interface but lo
set -u
LC_ALL=C
export LC_ALL

ES_S_SYS=${ES_SAMPLER_SYS:-/sys}
ES_S_PROC=${ES_SAMPLER_PROC:-/proc}

usage() {
    echo "usage: es-sampler.sh [-i SECONDS] [-n COUNT] [-o FILE]" >&2
    exit 2
}

interval=5
count=0
outfile=
while getopts 'i:n:o:h' opt; do
    case $opt in
    i) interval=$OPTARG ;;
    n) count=$OPTARG ;;
    o) outfile=$OPTARG ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage
case $interval in
'' | *[!0-9.]* | .* | *. | *.*.*) usage ;;
esac
case $interval in
*[1-9]*) ;;
*) usage ;;
esac
case $count in
'' | *[!0-9]*) usage ;;
esac
if [ -n "$outfile" ]; then
    exec >"$outfile" || exit 1
fi

nl='
'
missing() {
    printf '# missing %s: %s\n' "$1" "$2"
}

# --- discovery (once): newline-separated lists of files for the awk sampler ---------------------------------------
ES_S_CPUFREQ=
for f in "$ES_S_SYS"/devices/system/cpu/cpu[0-9]*/cpufreq/scaling_cur_freq; do
    [ -r "$f" ] && ES_S_CPUFREQ=$ES_S_CPUFREQ$f$nl
done

ES_S_TEMPS=
ES_S_POWERS=
ES_S_ENERGIES=
for d in "$ES_S_SYS"/class/hwmon/hwmon*; do
    [ -d "$d" ] || continue
    for f in "$d"/temp*_input; do
        [ -r "$f" ] && ES_S_TEMPS=$ES_S_TEMPS$f$nl
    done
    for f in "$d"/power*_average; do
        [ -r "$f" ] && ES_S_POWERS=$ES_S_POWERS$f$nl
    done
    for f in "$d"/energy*_input; do
        [ -r "$f" ] && ES_S_ENERGIES=$ES_S_ENERGIES$f$nl
    done
done

ES_S_ZONES=
for f in "$ES_S_SYS"/class/thermal/thermal_zone*/temp; do
    [ -r "$f" ] && ES_S_ZONES=$ES_S_ZONES$f$nl
done

ES_S_RAPL=
rapl_unreadable=
for f in "$ES_S_SYS"/class/powercap/intel-rapl:*/energy_uj; do
    if [ -r "$f" ]; then
        ES_S_RAPL=$ES_S_RAPL$f$nl
    elif [ -e "$f" ]; then
        rapl_unreadable=$f
    fi
done

ES_S_CRAY=
if [ -r "$ES_S_SYS/cray/pm_counters/energy" ] || [ -r "$ES_S_SYS/cray/pm_counters/power" ]; then
    ES_S_CRAY=1
fi

# Whole disks: the names under /sys/block, less virtual ones whose I/O is counted again on a real disk.
ES_S_DISKS=
if [ -d "$ES_S_SYS/block" ]; then
    for d in "$ES_S_SYS"/block/*; do
        name=${d##*/}
        case $name in
        '*' | loop* | ram* | zram* | dm-* | md*) ;;
        *) ES_S_DISKS=$ES_S_DISKS$name$nl ;;
        esac
    done
fi

ES_S_IPMI=
ipmi_why="ipmitool not found"
if command -v ipmitool >/dev/null 2>&1; then
    if timeout 5 ipmitool dcmi power reading 2>/dev/null |
        awk '/Instantaneous power reading/ { ok = 1 } END { exit !ok }'; then
        ES_S_IPMI=1
    else
        ipmi_why="ipmitool dcmi power reading failed or timed out (no BMC, no access, or no DCMI)"
    fi
fi

ES_S_GPU=
gpu_why="nvidia-smi not found"
if command -v nvidia-smi >/dev/null 2>&1; then
    if timeout 10 nvidia-smi --query-gpu=index --format=csv,noheader,nounits >/dev/null 2>&1; then
        ES_S_GPU=1
    else
        gpu_why="nvidia-smi failed or timed out (no driver or no GPU)"
    fi
fi

export ES_S_SYS ES_S_PROC ES_S_CPUFREQ ES_S_TEMPS ES_S_POWERS ES_S_ENERGIES ES_S_ZONES ES_S_RAPL ES_S_CRAY \
    ES_S_DISKS ES_S_IPMI ES_S_GPU

# --- header and what is missing from the start ---------------------------------------------------------------------
host=$(uname -n 2>/dev/null) || host=unknown
ncpu=$(nproc 2>/dev/null) || ncpu=0
printf '#es-sampler v1 host=%s interval=%s start=%s ncpu=%s\n' "$host" "$interval" "$(date +%s)" "$ncpu" || exit 1
for s in stat loadavg meminfo diskstats; do
    [ -r "$ES_S_PROC/$s" ] || missing "$s" "$ES_S_PROC/$s not readable"
done
[ -r "$ES_S_PROC/net/dev" ] || missing netdev "$ES_S_PROC/net/dev not readable"
[ -n "$ES_S_CPUFREQ" ] || missing cpufreq "no readable $ES_S_SYS/devices/system/cpu/cpu*/cpufreq/scaling_cur_freq"
[ -n "$ES_S_TEMPS" ] || missing hwmon "no readable $ES_S_SYS/class/hwmon/hwmon*/temp*_input"
[ -n "$ES_S_ZONES" ] || missing thermal "no readable $ES_S_SYS/class/thermal/thermal_zone*/temp"
if [ -z "$ES_S_RAPL" ]; then
    if [ -n "$rapl_unreadable" ]; then
        missing rapl "$rapl_unreadable not readable (root-only since Linux 5.10)"
    else
        missing rapl "no $ES_S_SYS/class/powercap/intel-rapl:*/energy_uj"
    fi
fi
[ -n "$ES_S_POWERS" ] || missing hwmon-power "no readable $ES_S_SYS/class/hwmon/hwmon*/power*_average"
[ -n "$ES_S_ENERGIES" ] || missing hwmon-energy "no readable $ES_S_SYS/class/hwmon/hwmon*/energy*_input"
[ -n "$ES_S_CRAY" ] || missing cray "no readable $ES_S_SYS/cray/pm_counters/{energy,power}"
[ -n "$ES_S_IPMI" ] || missing ipmi "$ipmi_why"
[ -n "$ES_S_GPU" ] || missing gpu "$gpu_why"

# --- the sampler: one awk run per sample; counters of the previous run come back in ES_S_STATE -------------------
# awk prints: new "# missing" lines, the sample line (mode "sample"), then MARK and the state (TAB-separated).
MARK='@@es-sampler-state@@'
# shellcheck disable=SC2016 # $N are awk fields
AWK_PROG='
function rd(path,   line, r) {
    RDOK = 0
    r = (getline line < path)
    if (r >= 0) close(path)
    if (r > 0) { RDOK = 1; return line }
    return ""
}
function isnum(s) { return s ~ /^-?[0-9]+(\.[0-9]+)?$/ }
function miss(src, reason,   k) {
    k = src ": " reason
    if (k in reported) return
    reported[k] = 1
    printf "# missing %s\n", k
}
function kv(k, v) { if (!(k in used)) { used[k] = 1; line = line " " k "=" v } }
function f(x, digits) { return sprintf("%." digits "f", x) }
function dirof(p) { sub(/\/[^\/]*$/, "", p); return p }
function baseof(p) { sub(/^.*\//, "", p); return p }
function san(s) {
    gsub(/[^A-Za-z0-9_.:+-]/, "_", s); gsub(/__+/, "_", s); sub(/^_/, "", s); sub(/_$/, "", s)
    return s == "" ? "unnamed" : s
}
function uniq(id, qual) { if (id in ids) id = id "_" qual; ids[id] = 1; return id }
# delta of a counter against the previous run (prev[key]); "" when there is no previous value or it went back
function delta(key, v, wrap,   d) {
    cur[key] = v
    if (!(key in prev)) return ""
    d = v - prev[key]
    if (d < 0) { if (wrap > 0) d += wrap; else return "" }
    return d
}
# hwmon sensor id: name_label, or name_ITEM (temp1, power2...) without a label
function hwid(path, suffix,   d, item, label) {
    d = dirof(path); item = baseof(path); sub(suffix "$", "", item)
    label = rd(d "/" item "_label")
    if (!RDOK || label == "") label = item
    return uniq(san(rd(d "/name") "_" label), baseof(d))
}
function lines(s, arr) { return split(s, arr, "\n") - 1 }
BEGIN {
    SYS = ENVIRON["ES_S_SYS"]; PROC = ENVIRON["ES_S_PROC"]; sample = ENVIRON["ES_S_MODE"] == "sample"
    n = split(ENVIRON["ES_S_STATE"], st, "\n")
    for (i = 1; i <= n; i++) {
        split(st[i], kvp, "\t")
        if (kvp[1] == "P") prev[kvp[2]] = kvp[3] + 0
        else if (kvp[1] == "R") reported[kvp[2]] = 1
    }
    srand(); now = srand()
    up = rd(PROC "/uptime"); split(up, a, " "); uptime = a[1] + 0
    dt = delta("uptime", uptime, 0)
    if (dt == "" || dt <= 0) dt = 0
    line = "S " now
    if (dt > 0) kv("dt_s", f(dt, 3))

    # CPU time shares from the aggregate "cpu" line of /proc/stat
    p = PROC "/stat"; got = 0
    while ((r = (getline l < p)) > 0) {
        if (l ~ /^cpu /) {
            split(l, c, " ")
            busy = c[2] + c[3] + c[4] + c[7] + c[8]; idle = c[5]; iow = c[6]; steal = c[9] + 0
            total = busy + idle + iow + steal
            dtot = delta("cpu.total", total, 0); dbusy = delta("cpu.busy", busy, 0)
            diow = delta("cpu.iowait", iow, 0); dsteal = delta("cpu.steal", steal, 0)
            if (dtot != "" && dtot > 0 && dbusy != "" && diow != "" && dsteal != "") {
                kv("cpu_util_pct", f(100 * dbusy / dtot, 1))
                kv("iowait_pct", f(100 * diow / dtot, 1))
                kv("steal_pct", f(100 * dsteal / dtot, 1))
            }
            got = 1
            break
        }
    }
    if (r >= 0) close(p)
    if (!got) miss("stat", p " unreadable or without a cpu line")

    l = rd(PROC "/loadavg")
    if (RDOK && split(l, a, " ") >= 3 && isnum(a[1]) && isnum(a[2]) && isnum(a[3])) {
        kv("load1", a[1]); kv("load5", a[2]); kv("load15", a[3])
    } else miss("loadavg", PROC "/loadavg unreadable")

    p = PROC "/meminfo"; mt = ""; ma = ""; mf = 0; mb = 0; mc = 0
    while ((r = (getline l < p)) > 0) {
        split(l, a, " ")
        if (a[1] == "MemTotal:") mt = a[2]
        else if (a[1] == "MemAvailable:") ma = a[2]
        else if (a[1] == "MemFree:") mf = a[2]
        else if (a[1] == "Buffers:") mb = a[2]
        else if (a[1] == "Cached:") mc = a[2]
    }
    if (r >= 0) close(p)
    if (ma == "" && mt != "") ma = mf + mb + mc # kernels before 3.14
    if (mt != "") { kv("mem_total_mb", f(mt / 1024, 0)); kv("mem_used_mb", f((mt - ma) / 1024, 0)) }
    else miss("meminfo", p " unreadable or without MemTotal")

    nf = lines(ENVIRON["ES_S_CPUFREQ"], files); fs = 0; fn = 0; fmax = 0
    for (i = 1; i <= nf; i++) {
        v = rd(files[i])
        if (RDOK && isnum(v)) { fs += v; fn++; if (v > fmax) fmax = v }
        else miss("cpufreq", files[i] " unreadable")
    }
    if (fn > 0) { kv("freq_avg_mhz", f(fs / fn / 1000, 0)); kv("freq_max_mhz", f(fmax / 1000, 0)) }

    if (sample) {
        nf = lines(ENVIRON["ES_S_TEMPS"], files)
        for (i = 1; i <= nf; i++) {
            v = rd(files[i])
            if (RDOK && isnum(v)) kv("temp_c." hwid(files[i], "_input"), f(v / 1000, 1))
            else miss("hwmon", files[i] " unreadable")
        }
        nf = lines(ENVIRON["ES_S_ZONES"], files)
        for (i = 1; i <= nf; i++) {
            v = rd(files[i])
            if (RDOK && isnum(v)) {
                d = dirof(files[i]); t = rd(d "/type"); if (!RDOK || t == "") t = baseof(d)
                kv("temp_c." uniq(san(t), baseof(d)), f(v / 1000, 1))
            } else miss("thermal", files[i] " unreadable")
        }
        nf = lines(ENVIRON["ES_S_POWERS"], files)
        for (i = 1; i <= nf; i++) {
            v = rd(files[i])
            if (RDOK && isnum(v)) kv("power_w." hwid(files[i], "_average"), f(v / 1e6, 2))
            else miss("hwmon-power", files[i] " unreadable")
        }
        if (ENVIRON["ES_S_CRAY"] != "") {
            v = rd(SYS "/cray/pm_counters/power"); split(v, a, " ")
            if (RDOK && isnum(a[1])) kv("power_w.cray", a[1])
        }
    }

    # counters (read in the baseline too)
    nf = lines(ENVIRON["ES_S_ENERGIES"], files)
    for (i = 1; i <= nf; i++) {
        v = rd(files[i])
        if (!RDOK || !isnum(v)) { miss("hwmon-energy", files[i] " unreadable"); continue }
        d = delta("hwe:" files[i], v, 0)
        if (sample && d != "" && dt > 0) {
            id = hwid(files[i], "_input")
            kv("energy_j." id, f(d / 1e6, 3)); kv("power_w." id, f(d / 1e6 / dt, 2))
        }
    }

    nf = lines(ENVIRON["ES_S_RAPL"], files); rsum = 0; rok = 0; rbad = 0
    for (i = 1; i <= nf; i++) {
        v = rd(files[i])
        if (!RDOK || !isnum(v)) { miss("rapl", files[i] " unreadable"); rbad = 1; continue }
        d = dirof(files[i]); zone = baseof(d)
        max = rd(d "/max_energy_range_uj"); if (!RDOK || !isnum(max)) max = 0
        e = delta("rapl:" files[i], v, max)
        name = rd(d "/name"); if (!RDOK || name == "") name = zone
        top = split(zone, zparts, ":") == 2
        if (!top) {
            pz = zparts[1] ":" zparts[2]; pn = rd(dirof(d) "/" pz "/name")
            name = (RDOK && pn != "" ? pn : pz) "." name
        }
        if (!sample) continue
        if (e == "" || dt <= 0) { if (top && name ~ /^package/) rbad = 1; continue }
        id = uniq(san(name), zone)
        kv("energy_j.rapl." id, f(e / 1e6, 3)); kv("power_w.rapl." id, f(e / 1e6 / dt, 2))
        if (top && name ~ /^package/) { rsum += e; rok = 1 }
    }
    if (sample && rok && !rbad) { kv("energy_j.rapl", f(rsum / 1e6, 3)); kv("power_w.rapl", f(rsum / 1e6 / dt, 2)) }

    if (ENVIRON["ES_S_CRAY"] != "") {
        v = rd(SYS "/cray/pm_counters/energy"); split(v, a, " ")
        if (RDOK && isnum(a[1])) {
            e = delta("cray", a[1], 0)
            if (sample && e != "") kv("energy_j.cray", e)
            if (sample && e != "" && dt > 0 && !("power_w.cray" in used)) kv("power_w.cray", f(e / dt, 1))
        } else miss("cray", SYS "/cray/pm_counters/energy unreadable")
    }

    # whole disks: the names listed by the shell from /sys/block, else a guess from the name
    nd = lines(ENVIRON["ES_S_DISKS"], dl); for (i = 1; i <= nd; i++) disk[dl[i]] = 1
    p = PROC "/diskstats"; got = 0; rsec = 0; wsec = 0; dok = 0
    while ((r = (getline l < p)) > 0) {
        got = 1
        split(l, a, " "); name = a[3]
        if (nd > 0) { if (!(name in disk)) continue }
        else if (name ~ /^(loop|ram|zram|dm-|md)/ || name ~ /^(sd|vd|xvd|hd)[a-z]+[0-9]+$/ ||
                 name ~ /^(nvme[0-9]+n[0-9]+|mmcblk[0-9]+)p[0-9]+$/) continue
        dr = delta("dr:" name, a[6], 0); dw = delta("dw:" name, a[10], 0)
        if (dr != "" && dw != "") { rsec += dr; wsec += dw; dok = 1 }
    }
    if (r >= 0) close(p)
    if (!got) miss("diskstats", p " unreadable")
    if (sample && (dok || nd == 0 && got)) { kv("disk_read_b", f(rsec * 512, 0)); kv("disk_write_b", f(wsec * 512, 0)) }

    p = PROC "/net/dev"; got = 0; rx = 0; tx = 0; nok = 0
    while ((r = (getline l < p)) > 0) {
        got = 1
        k = index(l, ":"); if (k == 0) continue
        name = substr(l, 1, k - 1); gsub(/ /, "", name)
        if (name == "lo") continue
        split(substr(l, k + 1), a, " ")
        dr = delta("rx:" name, a[1], 0); dw = delta("tx:" name, a[9], 0)
        if (dr != "" && dw != "") { rx += dr; tx += dw; nok = 1 }
    }
    if (r >= 0) close(p)
    if (!got) miss("netdev", p " unreadable")
    if (sample && got) { kv("net_rx_b", f(rx, 0)); kv("net_tx_b", f(tx, 0)) }

    if (sample && ENVIRON["ES_S_IPMI"] != "") {
        cmd = "timeout 5 ipmitool dcmi power reading 2>/dev/null"; got = 0
        while ((cmd | getline l) > 0) {
            if (l ~ /Instantaneous power reading/) {
                sub(/^[^:]*:[ \t]*/, "", l); split(l, a, " ")
                if (isnum(a[1])) { kv("power_w.ipmi", a[1]); got = 1 }
            }
        }
        close(cmd)
        if (!got) miss("ipmi", "ipmitool dcmi power reading gave no reading")
    }
    if (sample && ENVIRON["ES_S_GPU"] != "") {
        cmd = "timeout 10 nvidia-smi --query-gpu=index,power.draw,temperature.gpu,utilization.gpu" \
              " --format=csv,noheader,nounits 2>/dev/null"; got = 0
        while ((cmd | getline l) > 0) {
            split(l, a, /, */)
            if (!isnum(a[1])) continue
            got = 1
            if (isnum(a[2])) kv("power_w.gpu" a[1], a[2])
            if (isnum(a[3])) kv("temp_c.gpu" a[1], a[3])
            if (isnum(a[4])) kv("util_pct.gpu" a[1], a[4])
        }
        close(cmd)
        if (!got) miss("gpu", "nvidia-smi gave no reading")
    }

    if (sample) print line " $"
    print MARK
    print "V\t1"
    for (k in cur) printf "P\t%s\t%.17g\n", k, cur[k]
    for (k in reported) printf "R\t%s\n", k
}'

state=
# run_awk MODE: one pass of the sampler; prints its lines, keeps its state.
run_awk() {
    res=$(ES_S_MODE=$1 ES_S_STATE=$state awk -v MARK="$MARK" "$AWK_PROG")
    case $res in
    *"$MARK"*) ;;
    *)
        echo "es-sampler.sh: awk failed" >&2
        exit 1
        ;;
    esac
    state=${res#*"$MARK"}
    text=${res%%"$MARK"*}
    if [ -n "$text" ]; then
        printf '%s' "$text" || exit 1
    fi
}

sleeper=
stopping=
# A stop signal ends the wait for the next sample: the part of the interval already elapsed is written as a last
# sample (its dt_s says how long), then the script exits. A signal during a sample lets it finish first.
# shellcheck disable=SC2317 # reached through the trap
stop() {
    stopping=1
    [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null
}
trap stop TERM INT HUP

run_awk baseline
i=0
while [ -z "$stopping" ] && { [ "$count" -eq 0 ] || [ "$i" -lt "$count" ]; }; do
    sleep "$interval" &
    sleeper=$!
    wait "$sleeper"
    sleeper=
    run_awk sample
    i=$((i + 1))
done
exit 0
