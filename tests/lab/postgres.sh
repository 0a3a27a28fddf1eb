#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Throwaway PostgreSQL server for the test suite, on 127.0.0.1 with a free port, in its own directory.
#   postgres.sh start DIR   initdb into DIR (if new), start, create database es_test, write DIR/url
#   postgres.sh stop DIR    stop the server started from DIR, by the pid in DIR/data/postmaster.pid
# As root the server runs as the 'postgres' user (initdb refuses root). Nothing listens off loopback.
set -euo pipefail

cmd=${1:?usage: postgres.sh start|stop DIR}
dir=${2:?usage: postgres.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        # Below the kernel's ephemeral range (32768-60999 here): a port an outgoing connection happens to use
        # cannot be bound, and the tests make many outgoing connections.
        port=$((10000 + RANDOM % 22000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    echo "postgres.sh: no free port found" >&2
    return 1
}

stop_server() {
    local pidfile="$dir/data/postmaster.pid"
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(head -n 1 "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -INT "$pid" 2>/dev/null || true # fast shutdown
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            # A zombie (reaped late by PID 1) counts as stopped.
            [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && break
            sleep 0.1
        done
    fi
    rm -f "$pidfile"
}

case "$cmd" in
start)
    stop_server
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bindir/initdb" -D "$dir/data" -U es_test -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    started=0
    for _ in 1 2 3; do # a port taken between the check and the bind: try another
        port=$(free_port)
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null; then
            started=1
            break
        fi
    done
    [ "$started" = 1 ] || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U es_test -d postgres -qAt \
        -c "SELECT 1 FROM pg_database WHERE datname = 'es_test'" | grep -q 1 ||
        as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U es_test es_test
    echo "postgresql://es_test@127.0.0.1:$port/es_test" >"$dir/url"
    echo "postgres.sh: $(cat "$dir/url") (pid $(head -n 1 "$dir/data/postmaster.pid"))"
    ;;
stop)
    stop_server
    rm -f "$dir/url"
    ;;
*)
    echo "usage: postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
