#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Throwaway key-only sshd for the SSH transport tests, on 127.0.0.1 with a free port, in its own directory.
#   sshd.sh start DIR   host key, a client key pair, a known_hosts file and sshd_config in DIR; start; write DIR/env
#   sshd.sh stop DIR    stop the sshd started from DIR, by the pid in DIR/sshd.pid
# As root, sessions log in as the unprivileged user 'es-ssh-test' (created if missing, login shell /bin/sh).
set -euo pipefail

cmd=${1:?usage: sshd.sh start|stop DIR}
dir=${2:?usage: sshd.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

stop_server() {
    [ -f "$dir/sshd.pid" ] || return 0
    local pid
    pid=$(cat "$dir/sshd.pid")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && break
            sleep 0.1
        done
    fi
    rm -f "$dir/sshd.pid"
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        # Below the kernel's ephemeral range (32768-60999 here): a port an outgoing connection happens to use
        # cannot be bound, and the tests make many outgoing connections.
        port=$((10000 + RANDOM % 22000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    echo "sshd.sh: no free port found" >&2
    return 1
}

case "$cmd" in
start)
    stop_server
    [ -x /usr/sbin/sshd ] || { echo "sshd.sh: /usr/sbin/sshd missing (apt-get install openssh-server)" >&2; exit 1; }
    if [ "$(id -u)" = 0 ]; then
        user=es-ssh-test
        id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$user"
        usermod -p '*' "$user" # a locked ('!') account is refused even with a key when UsePAM is off
        home=$(getent passwd "$user" | cut -d: -f6)
    else
        user=$(id -un)
        home=$HOME
    fi
    mkdir -p /run/sshd 2>/dev/null || true
    rm -f "$dir/host_key" "$dir/host_key.pub" "$dir/client_key" "$dir/client_key.pub"
    ssh-keygen -q -t ed25519 -N '' -C es-lab-host -f "$dir/host_key"
    ssh-keygen -q -t ed25519 -N '' -C es-lab-client -f "$dir/client_key"
    # A second host key, to play a server whose key changed.
    [ -f "$dir/other_host_key" ] || ssh-keygen -q -t ed25519 -N '' -C es-lab-other -f "$dir/other_host_key"
    authorized="$dir/authorized_keys"
    cp "$dir/client_key.pub" "$authorized"
    chmod 644 "$authorized"
    chmod 755 "$dir"
    port=$(free_port)
    cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
PubkeyAuthentication yes
AuthorizedKeysFile $authorized
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
UsePAM no
StrictModes no
AllowUsers $user
Subsystem sftp internal-sftp
CONF
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
    for _ in $(seq 1 50); do [ -s "$dir/sshd.pid" ] && break; sleep 0.1; done
    # Ready means accepting connections, not just a pid file.
    ready=0
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then ready=1; break; fi
        sleep 0.1
    done
    if [ "$ready" != 1 ]; then
        echo "sshd.sh: sshd is not accepting connections on 127.0.0.1:$port" >&2
        tail -n 20 "$dir/sshd.log" >&2 || true
        stop_server
        exit 1
    fi
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/host_key.pub")" >"$dir/known_hosts"
    cat >"$dir/env" <<ENV
LAB_HOST=127.0.0.1
LAB_SSH_PORT=$port
LAB_SSH_USER=$user
LAB_SSH_KEY=$dir/client_key
LAB_KNOWN_HOSTS=$dir/known_hosts
LAB_HOST_KEY_FINGERPRINT=$(ssh-keygen -lf "$dir/host_key.pub" | cut -d' ' -f2)
LAB_OTHER_HOST_KEY=$dir/other_host_key
LAB_SSHD_CONFIG=$dir/sshd_config
ENV
    echo "sshd.sh: $user@127.0.0.1:$port (pid $(cat "$dir/sshd.pid"))"
    ;;
stop)
    stop_server
    rm -f "$dir/env"
    ;;
*)
    echo "usage: sshd.sh start|stop DIR" >&2
    exit 2
    ;;
esac
