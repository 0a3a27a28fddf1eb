#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Throwaway Prometheus + node_exporter for the Prometheus importer tests, on 127.0.0.1 with free ports, in one
# directory.
#   prometheus.sh start DIR   a node_exporter of this machine (job "node"), a second node_exporter reading SIMULATED
#                             sensors (job "sim"), and Prometheus scraping both every second as four "nodes"
#                             (instance labels node1, node2, node3 and node4:9100); ready when the first scrape of
#                             every target shows through the HTTP API; writes DIR/env
#                             and a second Prometheus over https (a self-signed certificate, DIR/auth/tls.crt) that
#                             asks for basic authentication (user "reader", a random password in DIR/auth/password,
#                             mode 600), scraping the first exporter as node1
#                             The first node_exporter also serves the *.prom files of DIR/textfile (its textfile
#                             collector; emptied at start): a test drops a file there and queries it back
#   prometheus.sh stop DIR    stop them, by the pids in DIR/run/*.pid (after checking each is still that program)
# The four instances are the SAME machine scraped four times: the values are this host's, not four nodes'.
# The VM has no hwmon, RAPL or cpufreq, so the "sim" exporter reads them from DIR/sim-sys (its --path.sysfs), files
# marked SIMULATED: two hwmon chips (coretemp temp1 55 C, temp2 48 C; nvme temp1 38 C), two CPUs at 2.4 and 1.8 GHz,
# and two RAPL packages that a loop of this script advances every second by 60 J and 40 J; the second one wraps at
# 4000 J (every 100 s), as RAPL counters do at max_energy_range_uj.
set -euo pipefail

cmd=${1:?usage: prometheus.sh start|stop DIR}
dir=${2:?usage: prometheus.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
run="$dir/run"
log="$dir/log"

free_port() {
    local port
    for _ in $(seq 1 50); do
        # Below the kernel's ephemeral range (32768-60999 here): a port an outgoing connection happens to use
        # cannot be bound, and the tests make many outgoing connections.
        port=$((10000 + RANDOM % 22000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    echo "prometheus.sh: no free port found" >&2
    return 1
}

# stop_pid NAME PROGRAM: signals the pid in run/NAME.pid only if it still runs PROGRAM; SIGTERM, then SIGKILL.
stop_pid() {
    local pidfile="$run/$1.pid" program=$2 pid
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if [ -n "$pid" ] && [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$program" ]; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            # A zombie (reaped late by PID 1) counts as stopped.
            [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" != Z ]; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pidfile"
}

stop_all() {
    stop_pid prometheus /usr/bin/prometheus
    stop_pid prometheus-auth /usr/bin/prometheus
    stop_pid node-exporter /usr/bin/prometheus-node-exporter
    stop_pid sim-exporter /usr/bin/prometheus-node-exporter
    stop_pid sim-rapl "$(readlink -f /bin/bash)"
}

# The SIMULATED sysfs of the "sim" exporter (node_exporter's --path.sysfs layout).
make_sim_sysfs() {
    local sys="$dir/sim-sys" d i
    rm -rf "$sys"
    mkdir -p "$sys/class/hwmon/hwmon0" "$sys/class/hwmon/hwmon1"
    echo SIMULATED >"$sys/SIMULATED"
    echo coretemp >"$sys/class/hwmon/hwmon0/name"
    echo 55000 >"$sys/class/hwmon/hwmon0/temp1_input"
    echo "SIMULATED Package id 0" >"$sys/class/hwmon/hwmon0/temp1_label"
    echo 48000 >"$sys/class/hwmon/hwmon0/temp2_input"
    echo nvme >"$sys/class/hwmon/hwmon1/name"
    echo 38000 >"$sys/class/hwmon/hwmon1/temp1_input"
    for i in 0 1; do
        d="$sys/class/powercap/intel-rapl:$i"
        mkdir -p "$d"
        echo "package-$i" >"$d/name"
        echo 0 >"$d/energy_uj"
        echo 1 >"$d/enabled"
        d="$sys/devices/system/cpu/cpu$i/cpufreq"
        mkdir -p "$d"
        echo $((2400000 - i * 600000)) >"$d/scaling_cur_freq"
        echo $((2400000 - i * 600000)) >"$d/cpuinfo_cur_freq"
        echo 3000000 >"$d/scaling_max_freq"
        echo 3000000 >"$d/cpuinfo_max_freq"
        echo 1200000 >"$d/scaling_min_freq"
        echo 1200000 >"$d/cpuinfo_min_freq"
        echo 0 >"$d/cpuinfo_transition_latency"
        echo performance >"$d/scaling_governor"
        echo "performance powersave" >"$d/scaling_available_governors"
        echo simulated >"$d/scaling_driver"
        echo "<unsupported>" >"$d/scaling_setspeed"
        echo "$i" >"$d/related_cpus"
    done
    echo 262143328850 >"$sys/class/powercap/intel-rapl:0/max_energy_range_uj"
    echo 4000000000 >"$sys/class/powercap/intel-rapl:1/max_energy_range_uj"
}

# The SIMULATED RAPL counters: +60 J and +40 J every second (files replaced by rename: never half a value).
sim_rapl_loop() {
    local sys="$dir/sim-sys/class/powercap" e0=0 e1=0
    while true; do
        sleep 1
        e0=$((e0 + 60000000))
        e1=$(((e1 + 40000000) % 4000000000))
        echo "$e0" >"$sys/intel-rapl:0/energy_uj.new" && mv "$sys/intel-rapl:0/energy_uj.new" "$sys/intel-rapl:0/energy_uj"
        echo "$e1" >"$sys/intel-rapl:1/energy_uj.new" && mv "$sys/intel-rapl:1/energy_uj.new" "$sys/intel-rapl:1/energy_uj"
    done
}

fail() {
    echo "prometheus.sh: $*" >&2
    for f in "$log"/*.log; do
        [ -f "$f" ] && { echo "--- $f" >&2; tail -n 20 "$f" >&2; }
    done
    stop_all
    exit 1
}

# http_get PORT PATH [AUTHORIZATION]: the body of an HTTP/1.0 GET on 127.0.0.1:PORT when the status is 200, else
# fails. Plain bash (/dev/tcp), so the lab needs no HTTP client. PATH must be URL-encoded already.
http_get() {
    local port=$1 path=$2 auth=${3:-} response status cr=$'\r' end_of_header=$'\r\n\r\n'
    response=$(
        exec 2>/dev/null
        exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
        if [ -n "$auth" ]; then
            printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nAuthorization: %s\r\n\r\n' "$path" "$port" "$auth" >&3
        else
            printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$path" "$port" >&3
        fi
        timeout 2 cat <&3
    ) || return 1
    status=${response%%"$cr"*}
    case "$status" in
    "HTTP/"*" 200 "*) printf '%s' "${response#*"$end_of_header"}" ;;
    *) return 1 ;;
    esac
}

# wait_http PORT PATH TRIES [AUTHORIZATION]: true once the path answers 200.
wait_http() {
    for _ in $(seq 1 "$3"); do
        http_get "$1" "$2" "${4:-}" >/dev/null && return 0
        sleep 0.2
    done
    return 1
}

case "$cmd" in
start)
    stop_all
    for p in /usr/bin/prometheus /usr/bin/prometheus-node-exporter; do
        [ -x "$p" ] || { echo "prometheus.sh: $p missing (apt-get install prometheus prometheus-node-exporter)" >&2; exit 1; }
    done
    mkdir -p "$run" "$log"
    rm -rf "$dir/data" # a fresh TSDB: every run starts with an empty history
    mkdir -p "$dir/data"

    rm -rf "$dir/textfile" # no file of an earlier run is served
    mkdir -p "$dir/textfile"
    started=0
    for _ in 1 2 3; do # a port taken between the check and the bind: try another
        exporter_port=$(free_port)
        start-stop-daemon --start --background --make-pidfile --pidfile "$run/node-exporter.pid" \
            --output "$log/node-exporter.log" --exec /usr/bin/prometheus-node-exporter -- \
            --web.listen-address="127.0.0.1:$exporter_port" --collector.textfile.directory="$dir/textfile"
        if wait_http "$exporter_port" /metrics 50; then started=1; break; fi
        stop_pid node-exporter /usr/bin/prometheus-node-exporter
    done
    [ "$started" = 1 ] || fail "node_exporter does not answer"

    make_sim_sysfs
    started=0
    for _ in 1 2 3; do
        sim_port=$(free_port)
        start-stop-daemon --start --background --make-pidfile --pidfile "$run/sim-exporter.pid" \
            --output "$log/sim-exporter.log" --exec /usr/bin/prometheus-node-exporter -- \
            --web.listen-address="127.0.0.1:$sim_port" --path.sysfs="$dir/sim-sys" --collector.disable-defaults \
            --collector.hwmon --collector.rapl --collector.cpufreq
        if wait_http "$sim_port" /metrics 50; then started=1; break; fi
        stop_pid sim-exporter /usr/bin/prometheus-node-exporter
    done
    [ "$started" = 1 ] || fail "the SIMULATED sensors' node_exporter does not answer"
    sim_rapl_loop </dev/null >/dev/null 2>&1 &
    echo $! >"$run/sim-rapl.pid"

    # One job, one target per "node": the same exporter under four instance labels (node4 keeps a :port, as
    # instances usually do, so that the importer's port stripping is exercised).
    {
        echo "global:"
        echo "  scrape_interval: 1s"
        echo "  scrape_timeout: 1s"
        echo "  evaluation_interval: 1s"
        echo "scrape_configs:"
        for job in node:$exporter_port sim:$sim_port; do
            echo "  - job_name: ${job%%:*}"
            echo "    static_configs:"
            for instance in node1 node2 node3 node4:9100; do
                echo "      - targets: ['127.0.0.1:${job##*:}']"
                echo "        labels: {instance: '$instance'}"
            done
        done
    } >"$dir/prometheus.yml"

    started=0
    for _ in 1 2 3; do
        prometheus_port=$(free_port)
        start-stop-daemon --start --background --make-pidfile --pidfile "$run/prometheus.pid" \
            --output "$log/prometheus.log" --exec /usr/bin/prometheus -- \
            --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
            --web.listen-address="127.0.0.1:$prometheus_port" --storage.tsdb.retention.time=1d
        if wait_http "$prometheus_port" /-/ready 150; then started=1; break; fi
        stop_pid prometheus /usr/bin/prometheus
    done
    [ "$started" = 1 ] || fail "Prometheus does not become ready"

    # Ready for the tests: every target scraped at least once, seen through the query API.
    ready=0
    for _ in $(seq 1 150); do
        # count(up == 1) answers {..."value":[TIME,"8"]...} once all eight were scraped
        answer=$(http_get "$prometheus_port" '/api/v1/query?query=count(up%20%3D%3D%201)' || true)
        case "$answer" in *'"value":['*',"8"]'*) ready=1; break ;; esac
        sleep 0.2
    done
    [ "$ready" = 1 ] || fail "the eight targets were not scraped in 30 s"

    # The second server, over https and behind basic authentication (Prometheus's --web.config.file takes a bcrypt hash: perl's
    # crypt() makes one through libxcrypt).
    mkdir -p "$dir/auth" "$dir/data-auth"
    rm -rf "$dir/data-auth"/*
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/auth/password")
    # 22 characters of bcrypt's base64; the last one carries only 2 bits, and libxcrypt wants the others zero.
    salt=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | head -c 21)e
    hash=$(PASSWORD_FILE="$dir/auth/password" SALT="$salt" perl -e '
        open(my $f, "<", $ENV{PASSWORD_FILE}) or die; my $p = <$f>; chomp $p;
        my $h = crypt($p, "\$2b\$05\$" . $ENV{SALT}); die "no bcrypt in crypt()\n" unless $h =~ /^\$2b\$/; print $h')
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1 -keyout "$dir/auth/tls.key" -out "$dir/auth/tls.crt" 2>"$log/openssl.log" ||
        fail "cannot make the lab's TLS certificate"
    chmod 600 "$dir/auth/tls.key"
    {
        printf 'tls_server_config:\n  cert_file: %s\n  key_file: %s\n' "$dir/auth/tls.crt" "$dir/auth/tls.key"
        printf 'basic_auth_users:\n  reader: %s\n' "$hash"
    } >"$dir/auth/web.yml"
    {
        echo "global:"
        echo "  scrape_interval: 1s"
        echo "  scrape_timeout: 1s"
        echo "scrape_configs:"
        echo "  - job_name: node"
        echo "    static_configs:"
        echo "      - targets: ['127.0.0.1:$exporter_port']"
        echo "        labels: {instance: 'node1'}"
    } >"$dir/prometheus-auth.yml"
    started=0
    for _ in 1 2 3; do
        auth_port=$(free_port)
        : >"$log/prometheus-auth.log"
        start-stop-daemon --start --background --make-pidfile --pidfile "$run/prometheus-auth.pid" \
            --output "$log/prometheus-auth.log" --exec /usr/bin/prometheus -- \
            --config.file="$dir/prometheus-auth.yml" --storage.tsdb.path="$dir/data-auth" \
            --web.listen-address="127.0.0.1:$auth_port" --web.config.file="$dir/auth/web.yml" \
            --storage.tsdb.retention.time=1d
        # TLS: bash cannot speak it, so ready = the server's own "ready" line and a port that accepts.
        for _ in $(seq 1 150); do
            if grep -q "Server is ready to receive web requests" "$log/prometheus-auth.log" 2>/dev/null &&
                (exec 3<>"/dev/tcp/127.0.0.1/$auth_port") 2>/dev/null; then
                started=1
                break
            fi
            sleep 0.2
        done
        [ "$started" = 1 ] && break
        stop_pid prometheus-auth /usr/bin/prometheus
    done
    [ "$started" = 1 ] || fail "the Prometheus with TLS and basic authentication does not become ready"

    cat >"$dir/env" <<ENV
LAB_HOST=127.0.0.1
LAB_PROMETHEUS_URL=http://127.0.0.1:$prometheus_port
LAB_PROMETHEUS_PORT=$prometheus_port
LAB_NODE_EXPORTER_PORT=$exporter_port
LAB_TEXTFILE_DIR=$dir/textfile
LAB_PROMETHEUS_INSTANCES=node1,node2,node3,node4:9100
LAB_PROMETHEUS_SCRAPE_S=1
LAB_SIM_EXPORTER_PORT=$sim_port
LAB_PROMETHEUS_AUTH_URL=https://127.0.0.1:$auth_port
LAB_PROMETHEUS_AUTH_CA_FILE=$dir/auth/tls.crt
LAB_PROMETHEUS_AUTH_USER=reader
LAB_PROMETHEUS_AUTH_PASSWORD_FILE=$dir/auth/password
LAB_SIM_TEMP_MAX_C=55
LAB_SIM_FREQ_AVG_MHZ=2100
LAB_SIM_RAPL_POWER_W=100
LAB_SIM_RAPL_WRAP_J=4000
LAB_PROMETHEUS_STARTED_TS=$(date +%s)
ENV
    echo "prometheus.sh: Prometheus http://127.0.0.1:$prometheus_port (pid $(cat "$run/prometheus.pid")), " \
        "node_exporter 127.0.0.1:$exporter_port (pid $(cat "$run/node-exporter.pid")), SIMULATED sensors' node_exporter" \
        "127.0.0.1:$sim_port (pid $(cat "$run/sim-exporter.pid")), Prometheus with TLS and basic authentication" \
        "https://127.0.0.1:$auth_port (pid $(cat "$run/prometheus-auth.pid"))"
    ;;
stop)
    stop_all
    rm -f "$dir/env"
    ;;
*)
    echo "usage: prometheus.sh start|stop DIR" >&2
    exit 2
    ;;
esac
