#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Throwaway Slurm cluster for the test suite, on 127.0.0.1 only, with free ports, everything under one directory.
#   slurm-lab.sh start DIR    munge, MariaDB, slurmdbd, slurmctld, four slurmd (node1..node4; partitions batch =
#                             node[1-4] (default) and fast = node[3-4]), the SIMULATED sensors and a key-only sshd for
#                             the lab user; waits until the nodes are idle and sshd takes the key; writes DIR/env
#   slurm-lab.sh stop DIR     stops all of it by the pids in DIR/run (and whatever still runs on the lab's nodes,
#                             found by their mount namespaces); idempotent
#   slurm-lab.sh status DIR   which daemons run
# Root only (daemons run as munge, mysql, slurm; jobs and SSH sessions as the lab user, ES_LAB_USER, default eslab,
# created once with a home in /home and no password). Never touches system services or their files: every daemon
# gets its own config, socket, pid and log under DIR. Refuses to run unless the host name resolves to 127.x only,
# because the Slurm daemons bind to what the host name resolves to (CommunicationParameters=NoInAddrAny).
# Each slurmd runs in its own mount namespace where /sys/cray/pm_counters, /sys/class/hwmon, /sys/class/powercap
# and /sys/devices/system/cpu/cpu*/cpufreq are SIMULATED files written by sensors.sh (see README.md).
set -euo pipefail

readonly USAGE="usage: slurm-lab.sh start|stop|status DIR"
cmd=${1:?$USAGE}
dir=${2:?$USAGE}
# Plain characters only: DIR/env's values are then the same read literally (KEY=value) or sourced by a shell.
[[ $dir =~ ^/[A-Za-z0-9._/+-]+$ ]] ||
    { echo "slurm-lab.sh: DIR must be an absolute path of letters, digits and ._/+- only" >&2; exit 2; }
dir=${dir%/}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"
readonly here self
readonly NODES=(node1 node2 node3 node4)
readonly NODE_CPUS=2 NODE_MEM_MB=2000
readonly CLUSTER=lab
readonly LAB_USER=${ES_LAB_USER:-eslab}
readonly ACCOUNTS=(physics chemistry)
readonly START_TIMEOUT=${ES_LAB_START_TIMEOUT:-90}
export SLURM_CONF="$dir/etc/slurm.conf"

say() { echo "slurm-lab.sh: $*"; }
die() { echo "slurm-lab.sh: $*" >&2; exit 1; }

# --- pids ---------------------------------------------------------------------------------------------------------

# alive PID: the process exists and is not a zombie (PID 1 may reap ours late).
alive() {
    local pid=$1 state
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/stat ]] || return 1
    read -r state <"/proc/$pid/stat" 2>/dev/null || return 1
    state=${state##*) }
    [[ ${state:0:1} != Z && ${state:0:1} != X ]]
}

# pid_of FILE COMM: the pid in FILE if that process lives and is COMM, by its command name or, for a script (whose
# command name may be its interpreter's), by its arguments. A stale pid file left by a reboot or a crash must never
# make us signal someone else's process.
pid_of() {
    local file=$1 comm=$2 pid name args
    [[ -s $file ]] || return 1
    read -r pid <"$file" || true
    alive "$pid" || return 1
    read -r name <"/proc/$pid/comm" 2>/dev/null || return 1
    if [[ $name != "$comm" ]]; then
        args=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
        [[ " $args " == *"/$comm "* && " $args " == *" $dir "* ]] || return 1
    fi
    echo "$pid"
}

# wait_gone SECONDS PID...: 0 once none of the pids is alive.
wait_gone() {
    local deadline=$((SECONDS + $1)) pid any
    shift
    while :; do
        any=0
        for pid in "$@"; do alive "$pid" && any=1; done
        [[ $any -eq 0 ]] && return 0
        [[ $SECONDS -ge $deadline ]] && return 1
        sleep 0.1
    done
}

# terminate SECONDS PID...: SIGTERM, then SIGKILL after SECONDS.
terminate() {
    local grace=$1
    shift
    [[ $# -gt 0 ]] || return 0
    kill -TERM "$@" 2>/dev/null || true
    wait_gone "$grace" "$@" && return 0
    kill -KILL "$@" 2>/dev/null || true
    wait_gone 5 "$@" || true
}

# ns_pids NSID: pids whose mount namespace is NSID ("dev:inode", as recorded when the node started).
ns_pids() {
    local want=$1 id path pid
    while read -r id path; do
        pid=${path#/proc/}
        pid=${pid%%/*}
        [[ $id == "$want" ]] && alive "$pid" && echo "$pid"
    done < <(stat -L -c '%d:%i %n' /proc/[0-9]*/ns/mnt 2>/dev/null)
    return 0
}

# daemon table: name, pid file, command name (as /proc/PID/comm shows it)
daemons() {
    echo "sshd $dir/run/sshd.pid sshd"
    echo "sensors $dir/run/sensors.pid sensors.sh"
    local n
    for n in "${NODES[@]}"; do echo "slurmd-$n $dir/run/slurmd-$n.pid slurmd"; done
    echo "slurmctld $dir/run/slurm/slurmctld.pid slurmctld"
    echo "slurmdbd $dir/run/slurm/slurmdbd.pid slurmdbd"
    echo "mariadb $dir/run/mariadb.pid mariadbd"
    echo "munged $dir/run/munge/munged.pid munged"
}

stop_all() {
    local name file comm pid n ns pids
    while read -r name file comm; do
        pid=$(pid_of "$file" "$comm") || { rm -f "$file"; continue; }
        case "$name" in
        slurmd-*) terminate 10 "$pid" ;;
        slurmctld | slurmdbd | mariadb) terminate 20 "$pid" ;;
        *) terminate 5 "$pid" ;;
        esac
        rm -f "$file"
        if [[ $name == slurmd-* ]]; then
            # Whatever is left on that node (slurmstepd, job processes): all in the node's mount namespace.
            n=${name#slurmd-}
            if [[ -s $dir/run/$n.mntns ]]; then
                read -r ns <"$dir/run/$n.mntns"
                mapfile -t pids < <(ns_pids "$ns")
                terminate 3 "${pids[@]}"
                rm -f "$dir/run/$n.mntns"
            fi
        fi
    done < <(daemons)
    # An interrupted start may have left node namespaces without a slurmd pid file.
    for ns in "$dir"/run/node*.mntns; do
        [[ -s $ns ]] || continue
        read -r n <"$ns"
        mapfile -t pids < <(ns_pids "$n")
        terminate 3 "${pids[@]}"
        rm -f "$ns"
    done
    rm -f "$dir/env"
}

status_all() {
    local name file comm pid up=0 total=0
    while read -r name file comm; do
        total=$((total + 1))
        if pid=$(pid_of "$file" "$comm"); then
            printf '%-14s running  pid %s\n' "$name" "$pid"
            up=$((up + 1))
        else
            printf '%-14s stopped\n' "$name"
        fi
    done < <(daemons)
    echo "$up of $total running"
    [[ -f $dir/env ]] && echo "env: $dir/env"
    return 0
}

# --- start helpers ------------------------------------------------------------------------------------------------

used_ports=" "
free_port() {
    local port
    for _ in $(seq 1 100); do
        # Below the kernel's ephemeral range (32768-60999 here): a port an outgoing connection happens to use
        # cannot be bound, and the tests make many outgoing connections.
        port=$((10000 + RANDOM % 22000))
        [[ $used_ports == *" $port "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            used_ports+="$port "
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for SECONDS WHAT COMMAND...: retry COMMAND every 0.2 s.
wait_for() {
    local deadline=$((SECONDS + $1)) what=$2
    shift 2
    until "$@" >/dev/null 2>&1; do
        [[ $SECONDS -lt $deadline ]] || { echo "slurm-lab.sh: timed out waiting for $what" >&2; return 1; }
        sleep 0.2
    done
}

check_loopback_hostname() {
    local host addrs a
    host=$(hostname -s)
    addrs=$(getent ahosts "$host" | awk '{print $1}' | sort -u) || true
    [[ -n $addrs ]] || die "host name '$host' does not resolve; add '127.0.1.1 $host' to /etc/hosts"
    for a in $addrs; do
        [[ $a == 127.* || $a == ::1 ]] ||
            die "host name '$host' resolves to $a: the Slurm daemons bind to what it resolves to, so the lab" \
                "would listen off loopback. Refusing. (Make '$host' resolve to 127.x only in /etc/hosts.)"
    done
}

check_tools() {
    local t missing=()
    for t in munged mariadbd mariadb-install-db mariadb slurmdbd slurmctld slurmd sacctmgr sinfo sbatch /usr/sbin/sshd \
        ssh ssh-keygen unshare setpriv runuser start-stop-daemon ps perl; do
        command -v "$t" >/dev/null 2>&1 || missing+=("$t")
    done
    [[ ${#missing[@]} -eq 0 ]] || die "missing programs: ${missing[*]} (run installers/install-deps.sh --test)"
}

ensure_user() {
    if ! id -u "$LAB_USER" >/dev/null 2>&1; then
        useradd --create-home --user-group --shell /bin/bash --comment "HPC Energy Studio test lab" "$LAB_USER"
    fi
    # useradd leaves the password '!' (locked), and with UsePAM no sshd then refuses even key logins.
    if [[ $(getent shadow "$LAB_USER" | cut -d: -f2) != '*' ]]; then usermod -p '*' "$LAB_USER"; fi
}

# mkown OWNER MODE DIR...
mkown() {
    local owner=$1 mode=$2
    shift 2
    mkdir -p "$@"
    chown "$owner" "$@"
    chmod "$mode" "$@"
}

# logfile OWNER FILE: an empty-or-kept log the daemon (which opens it after dropping root) can append to.
logfile() {
    touch "$2"
    chown "$1" "$2"
    chmod 0640 "$2"
}

write_configs() {
    local host=$1 n i
    cat >"$dir/etc/slurm.conf" <<EOF
# HPC Energy Studio Slurm test lab (generated by tests/lab/slurm-lab.sh; regenerated at every start).
# Loopback only; energy readings come from SIMULATED /sys/cray/pm_counters files (tests/lab/sensors.sh).
ClusterName=$CLUSTER
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port_ctld
SlurmUser=slurm
SlurmdUser=root
CommunicationParameters=NoInAddrAny,NoCtldInAddrAny
AuthType=auth/munge
AuthInfo=socket=$dir/run/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state/slurmctld
SlurmdSpoolDir=$dir/state/slurmd/%n
SlurmctldPidFile=$dir/run/slurm/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd-%n.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd-%n.log
SlurmctldDebug=info
SlurmdDebug=info
PlugStackConfig=$dir/etc/plugstack.conf
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=5
JobAcctGatherParams=OverMemoryKill
AcctGatherEnergyType=acct_gather_energy/pm_counters
AcctGatherNodeFreq=10
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
DefMemPerCPU=100
SlurmdParameters=config_overrides
PrologFlags=Contain
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
ReturnToService=2
SlurmdTimeout=300
InactiveLimit=0
KillWait=5
MinJobAge=600
MpiDefault=none
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$port_dbd
AccountingStoragePass=$dir/run/munge/munge.socket
AccountingStorageEnforce=associations
AccountingStorageTRES=cpu,mem,energy,node,billing
AccountingStoreFlags=job_comment
JobCompType=jobcomp/none
EOF
    i=0
    for n in "${NODES[@]}"; do
        echo "NodeName=$n NodeHostname=$host NodeAddr=127.0.0.1 Port=${port_nodes[$i]} CPUs=$NODE_CPUS Boards=1" \
            "SocketsPerBoard=1 CoresPerSocket=$NODE_CPUS ThreadsPerCore=1 RealMemory=$NODE_MEM_MB State=UNKNOWN" \
            >>"$dir/etc/slurm.conf"
        i=$((i + 1))
    done
    cat >>"$dir/etc/slurm.conf" <<EOF
PartitionName=batch Nodes=node[1-4] Default=YES MaxTime=INFINITE State=UP
PartitionName=fast Nodes=node[3-4] MaxTime=01:00:00 PriorityTier=2 State=UP
EOF
    chmod 0644 "$dir/etc/slurm.conf"
    : >"$dir/etc/plugstack.conf"

    cat >"$dir/etc/slurmdbd.conf" <<EOF
# HPC Energy Studio Slurm test lab (generated by tests/lab/slurm-lab.sh).
DbdHost=$host
DbdAddr=127.0.0.1
DbdPort=$port_dbd
CommunicationParameters=NoInAddrAny
SlurmUser=slurm
AuthType=auth/munge
AuthInfo=socket=$dir/run/munge/munge.socket
PidFile=$dir/run/slurm/slurmdbd.pid
LogFile=$dir/log/slurmdbd.log
DebugLevel=info
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$port_db
StorageUser=slurm
StoragePass=$db_pass
StorageLoc=slurm_acct_db
EOF
    chown slurm:slurm "$dir/etc/slurmdbd.conf"
    chmod 0600 "$dir/etc/slurmdbd.conf"

    cat >"$dir/etc/sshd_config" <<EOF
# HPC Energy Studio test lab sshd (generated by tests/lab/slurm-lab.sh): key-only, loopback only, one user.
Port $port_ssh
ListenAddress 127.0.0.1
AddressFamily inet
HostKey $dir/ssh/host/ssh_host_ed25519_key
PidFile $dir/run/sshd.pid
PubkeyAuthentication yes
AuthorizedKeysFile $dir/ssh/authorized_keys/%u
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
UsePAM no
AllowUsers $LAB_USER
X11Forwarding no
AllowAgentForwarding no
PrintMotd no
MaxStartups 50:30:100
MaxSessions 20
LogLevel VERBOSE
SetEnv SLURM_CONF=$dir/etc/slurm.conf
Subsystem sftp internal-sftp
EOF
    chmod 0644 "$dir/etc/sshd_config"
}

# Run as `unshare --mount --propagation private slurm-lab.sh _node DIR NODE`: builds this node's view of /sys (the
# real entries bound back, plus the per-node SIMULATED sensor directories) and execs slurmd, which daemonizes;
# slurmstepd and every job process inherit the namespace.
node_namespace() {
    local node=$1 sim="$dir/nodes/$1/sim" stash="$dir/nodes/$1/realsys"
    mkdir -p "$stash"
    mount --rbind /sys "$stash"
    mount --make-rprivate "$stash"
    mount -t tmpfs -o mode=0755,size=1m es-lab-sys /sys

    # mirror SRC DST SKIP...: DST (a tmpfs directory) gets every entry of SRC except SKIP, bound from the real one.
    mirror() {
        local src=$1 dst=$2 e name
        shift 2
        for e in "$src"/*; do
            name=${e##*/}
            [[ -e $e || -L $e ]] || continue
            case " $* " in *" $name "*) continue ;; esac
            if [[ -L $e ]]; then
                ln -s "$(readlink "$e")" "$dst/$name"
            elif [[ -d $e ]]; then
                mkdir "$dst/$name"
                mount --rbind "$e" "$dst/$name"
            else
                : >"$dst/$name"
                mount --bind "$e" "$dst/$name"
            fi
        done
    }
    local cpus=() c
    for c in "$stash"/devices/system/cpu/cpu[0-9]*; do cpus+=("${c##*/}"); done
    mirror "$stash" /sys class devices
    mkdir /sys/class /sys/devices /sys/devices/system /sys/devices/system/cpu /sys/cray
    mirror "$stash/class" /sys/class hwmon powercap
    mirror "$stash/devices" /sys/devices system
    mirror "$stash/devices/system" /sys/devices/system cpu
    mirror "$stash/devices/system/cpu" /sys/devices/system/cpu "${cpus[@]}"
    for c in "${cpus[@]}"; do
        mkdir "/sys/devices/system/cpu/$c"
        mirror "$stash/devices/system/cpu/$c" "/sys/devices/system/cpu/$c" cpufreq
        mkdir "/sys/devices/system/cpu/$c/cpufreq"
        mount --bind "$sim/cpufreq" "/sys/devices/system/cpu/$c/cpufreq"
    done
    mkdir /sys/class/hwmon /sys/class/powercap /sys/cray/pm_counters
    mount --bind "$sim/hwmon" /sys/class/hwmon
    mount --bind "$sim/powercap" /sys/class/powercap
    mount --bind "$sim/pm_counters" /sys/cray/pm_counters
    umount -l "$stash"
    mount -o remount,ro,bind /sys 2>/dev/null || true
    exec slurmd -N "$node" -f "$dir/etc/slurm.conf"
}

print_logs() {
    local f
    echo "slurm-lab.sh: start FAILED; last log lines:" >&2
    for f in "$dir"/log/*.log; do
        [[ -s $f && $f != */mariadb-install.log ]] || continue
        echo "----- $f" >&2
        tail -n 15 "$f" >&2
    done
}

# listeners_off_loopback: TCP listening sockets of our daemons bound anywhere but 127.x (should print nothing).
listeners_off_loopback() {
    local name file comm pid fd inodes=" "
    while read -r name file comm; do
        pid=$(pid_of "$file" "$comm") || continue
        for fd in /proc/"$pid"/fd/*; do
            fd=$(readlink "$fd" 2>/dev/null) || continue
            [[ $fd == socket:\[*\] ]] && inodes+="${fd//[^0-9]/} "
        done
    done < <(daemons)
    awk -v inodes="$inodes" '
        FNR > 1 && $4 == "0A" && index(inodes, " " $10 " ") {
            split($2, a, ":")
            if (FILENAME ~ /tcp6/) { if (a[1] != "00000000000000000000000001000000") print FILENAME, $2 }
            else if (substr(a[1], 7, 2) != "7F") print FILENAME, $2
        }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

start_all() {
    [[ $(id -u) == 0 ]] || die "must run as root"
    check_tools
    check_loopback_hostname
    local host t0=$SECONDS n i pid
    host=$(hostname -s)

    stop_all
    ensure_user
    mkdir -p "$dir"
    chmod 0755 "$dir"
    mkown root:root 0755 "$dir/etc" "$dir/run" "$dir/log" "$dir/state" "$dir/nodes" "$dir/ssh" "$dir/ssh/host" \
        "$dir/ssh/client" "$dir/ssh/authorized_keys"
    mkown munge:munge 0700 "$dir/etc/munge" "$dir/state/munge"
    mkown munge:munge 0755 "$dir/run/munge"
    mkown mysql:mysql 0755 "$dir/run/mysql"
    mkown mysql:mysql 0700 "$dir/state/mysql"
    mkown slurm:slurm 0755 "$dir/run/slurm" "$dir/state/slurmctld"
    mkown root:root 0755 "$dir/state/slurmd"
    for n in "${NODES[@]}"; do mkown root:root 0755 "$dir/state/slurmd/$n"; done
    mkown "$LAB_USER:$LAB_USER" 0755 "$dir/jobs"
    logfile munge:munge "$dir/log/munged.log"
    logfile mysql:mysql "$dir/log/mariadb.log"
    logfile slurm:slurm "$dir/log/slurmctld.log"
    logfile slurm:slurm "$dir/log/slurmdbd.log"
    rm -f "$dir"/run/node*.mntns

    port_ctld=$(free_port)
    port_dbd=$(free_port)
    port_db=$(free_port)
    port_ssh=$(free_port)
    port_nodes=()
    for n in "${NODES[@]}"; do port_nodes+=("$(free_port)"); done

    if [[ ! -s $dir/state/dbpass ]]; then
        (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/state/dbpass")
    fi
    db_pass=$(<"$dir/state/dbpass")
    write_configs "$host"

    # SSH keys (kept across restarts): the server's host key and the lab user's client key.
    [[ -s $dir/ssh/host/ssh_host_ed25519_key ]] ||
        ssh-keygen -q -t ed25519 -N '' -C "es-lab-host" -f "$dir/ssh/host/ssh_host_ed25519_key"
    [[ -s $dir/ssh/client/id_ed25519 ]] ||
        ssh-keygen -q -t ed25519 -N '' -C "$LAB_USER@es-lab" -f "$dir/ssh/client/id_ed25519"
    chmod 0600 "$dir/ssh/host/ssh_host_ed25519_key" "$dir/ssh/client/id_ed25519"
    install -o "$LAB_USER" -g "$LAB_USER" -m 0644 "$dir/ssh/client/id_ed25519.pub" \
        "$dir/ssh/authorized_keys/$LAB_USER"
    echo "[127.0.0.1]:$port_ssh $(cut -d' ' -f1,2 "$dir/ssh/host/ssh_host_ed25519_key.pub")" >"$dir/ssh/known_hosts"
    chmod 0644 "$dir/ssh/known_hosts"

    # munge
    if [[ ! -s $dir/etc/munge/munge.key ]]; then
        (umask 077 && head -c 1024 /dev/urandom >"$dir/etc/munge/munge.key")
    fi
    chown munge:munge "$dir/etc/munge/munge.key"
    chmod 0400 "$dir/etc/munge/munge.key"
    setpriv --reuid=munge --regid=munge --init-groups munged --socket="$dir/run/munge/munge.socket" \
        --key-file="$dir/etc/munge/munge.key" --pid-file="$dir/run/munge/munged.pid" \
        --log-file="$dir/log/munged.log" --seed-file="$dir/state/munge/munged.seed" --num-threads=4
    wait_for 10 "munged" test -S "$dir/run/munge/munge.socket"

    # MariaDB (utf8mb4: with the latin1 default unicode job names come back as '?')
    local mysql=(mariadb --no-defaults --socket="$dir/run/mysql/mysqld.sock" -u root)
    if [[ ! -d $dir/state/mysql/mysql ]]; then
        mariadb-install-db --no-defaults --user=mysql --datadir="$dir/state/mysql" \
            --auth-root-authentication-method=socket --skip-test-db >"$dir/log/mariadb-install.log" 2>&1 ||
            { cat "$dir/log/mariadb-install.log" >&2; return 1; }
    fi
    start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$dir/run/mariadb.pid" \
        --exec /usr/sbin/mariadbd -- --no-defaults --user=mysql --datadir="$dir/state/mysql" \
        --bind-address=127.0.0.1 --port="$port_db" --socket="$dir/run/mysql/mysqld.sock" \
        --pid-file="$dir/run/mysql/mariadbd.pid" --log-error="$dir/log/mariadb.log" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci --innodb-buffer-pool-size=128M \
        --innodb-log-file-size=64M --innodb-lock-wait-timeout=900 --innodb-flush-log-at-trx-commit=2 \
        --max-connections=100 --skip-log-bin
    wait_for 30 "MariaDB" "${mysql[@]}" -e 'SELECT 1'
    "${mysql[@]}" -e "CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY '$db_pass';
        ALTER USER 'slurm'@'127.0.0.1' IDENTIFIED BY '$db_pass';
        GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1'; FLUSH PRIVILEGES;"

    # slurmdbd, then the accounting objects (the cluster must exist before slurmctld registers)
    # slurmdbd has no -f: it reads slurmdbd.conf beside $SLURM_CONF.
    slurmdbd
    wait_for 30 "slurmdbd on port $port_dbd" port_open "$port_dbd"
    wait_for 30 "slurmdbd to answer" sacctmgr -n -P show cluster format=cluster
    if ! sacctmgr -n -P show cluster format=cluster | grep -qx "$CLUSTER"; then
        sacctmgr -i add cluster "$CLUSTER" >/dev/null
    fi
    local existing a
    existing=$(sacctmgr -n -P show account format=account)
    for a in "${ACCOUNTS[@]}"; do
        grep -qx "$a" <<<"$existing" ||
            sacctmgr -i add account "$a" Cluster="$CLUSTER" Description="lab $a" Organization=lab >/dev/null
    done
    if ! sacctmgr -n -P show assoc where user="$LAB_USER" format=account | grep -qx "${ACCOUNTS[0]}"; then
        sacctmgr -i add user "$LAB_USER" Account="$(IFS=,; echo "${ACCOUNTS[*]}")" \
            DefaultAccount="${ACCOUNTS[0]}" Cluster="$CLUSTER" >/dev/null
    fi

    # SIMULATED sensor files, present before slurmd loads acct_gather_energy/pm_counters
    for n in "${NODES[@]}"; do mkdir -p "$dir/nodes/$n/sim"; done
    "$here/sensors.sh" init "$dir" "${NODES[@]}"

    slurmctld -f "$dir/etc/slurm.conf" 2>>"$dir/log/slurmctld.log"
    wait_for 30 "slurmctld on port $port_ctld" port_open "$port_ctld"

    local slurmd_since
    slurmd_since=$(date +%FT%T)
    for n in "${NODES[@]}"; do
        unshare --mount --propagation private "$self" _node "$dir" "$n" >>"$dir/log/slurmd-$n.log" 2>&1
    done
    for n in "${NODES[@]}"; do
        wait_for 20 "slurmd $n" pid_of "$dir/run/slurmd-$n.pid" slurmd
        pid=$(pid_of "$dir/run/slurmd-$n.pid" slurmd)
        stat -L -c '%d:%i' "/proc/$pid/ns/mnt" >"$dir/run/$n.mntns"
    done

    start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$dir/run/sensors.pid" \
        --startas "$here/sensors.sh" -- run "$dir" "${NODES[@]}"
    wait_for 5 "sensors.sh" pid_of "$dir/run/sensors.pid" sensors.sh

    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    /usr/sbin/sshd -f "$dir/etc/sshd_config" -E "$dir/log/sshd.log"

    # usable = the four nodes idle in sinfo and registered by the slurmd just started (after a restart slurmctld
    # shows the saved state at once), and the lab key logs in over SSH with SLURM_CONF set
    idle_nodes() {
        [[ $(sinfo -h -N -p batch -o '%N %T' 2>/dev/null | grep -c ' idle$') -eq ${#NODES[@]} ]] &&
            [[ $(scontrol show node -o 2>/dev/null | grep -o 'SlurmdStartTime=[^ ]*' |
                awk -F= -v since="$slurmd_since" '$2 >= since' | wc -l) -eq ${#NODES[@]} ]]
    }
    wait_for "$START_TIMEOUT" "${#NODES[@]} idle nodes in sinfo" idle_nodes
    ssh_ok() {
        [[ $(ssh -F /dev/null -i "$dir/ssh/client/id_ed25519" -p "$port_ssh" -o BatchMode=yes -o ConnectTimeout=5 \
            -o UserKnownHostsFile="$dir/ssh/known_hosts" -o StrictHostKeyChecking=yes "$LAB_USER@127.0.0.1" \
            'printf %s "$SLURM_CONF"') == "$dir/etc/slurm.conf" ]]
    }
    wait_for 20 "sshd to accept the lab key" ssh_ok
    local off
    off=$(listeners_off_loopback)
    [[ -z $off ]] || { echo "slurm-lab.sh: listening off loopback: $off" >&2; return 1; }

    local fp
    fp=$(ssh-keygen -lf "$dir/ssh/host/ssh_host_ed25519_key.pub" | awk '{print $2}')
    {
        printf 'LAB_HOST=%s\n' 127.0.0.1
        printf 'LAB_SSH_PORT=%s\n' "$port_ssh"
        printf 'LAB_SSH_USER=%s\n' "$LAB_USER"
        printf 'LAB_SSH_KEY=%s\n' "$dir/ssh/client/id_ed25519"
        printf 'LAB_SSH_PUBKEY=%s\n' "$dir/ssh/client/id_ed25519.pub"
        printf 'LAB_KNOWN_HOSTS=%s\n' "$dir/ssh/known_hosts"
        printf 'LAB_HOST_KEY_FINGERPRINT=%s\n' "$fp"
        printf 'LAB_SLURM_CONF=%s\n' "$dir/etc/slurm.conf"
        printf 'LAB_CLUSTER=%s\n' "$CLUSTER"
        printf 'LAB_DIR=%s\n' "$dir"
    } >"$dir/env.tmp"
    chmod 0644 "$dir/env.tmp"
    mv -f "$dir/env.tmp" "$dir/env"
    say "up in $((SECONDS - t0)) s: ssh -p $port_ssh $LAB_USER@127.0.0.1, slurmctld :$port_ctld, slurmdbd :$port_dbd," \
        "MariaDB :$port_db, slurmd :${port_nodes[*]}; env in $dir/env"
}

case "$cmd" in
start)
    started=0
    on_exit() {
        local status=$?
        if [[ $started -eq 0 ]]; then
            trap - ERR
            set +e
            print_logs
            stop_all
            exit $((status == 0 ? 1 : status))
        fi
    }
    set -E
    trap 'echo "slurm-lab.sh: failed (status $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
    trap on_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    start_all
    started=1
    ;;
stop)
    [[ $(id -u) == 0 ]] || die "must run as root"
    [[ -d $dir ]] || exit 0
    stop_all
    say "stopped"
    ;;
status)
    status_all
    ;;
_node)
    node_namespace "${3:?node}"
    ;;
*)
    echo "$USAGE" >&2
    exit 2
    ;;
esac
