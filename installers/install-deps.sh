#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Installs everything needed to build (and, with --test, to test and benchmark) HPC Energy Studio on Debian 12.
#
# Usage: installers/install-deps.sh [--test] [--dry-run] [--log FILE]
#   --test     also the packages used by the tests and benchmarks (PostgreSQL server, Xvfb, pandas, scikit-learn)
#   --dry-run  ask apt-get to simulate the installation (no root needed, nothing changes)
#   --log FILE where apt's output goes (default: a new file under ${TMPDIR:-/tmp})
#
# Runs as root, or re-runs itself through sudo. Idempotent: when every package is already installed it changes
# nothing and needs no network. The package lists are refreshed only when missing or older than a day. Package
# maintainer scripts are kept from starting services (a temporary /usr/sbin/policy-rc.d that exits 101; an
# existing one is left untouched). Prints one summary line; on failure, the tail of the log.
set -euo pipefail

readonly BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libssh-dev libeigen3-dev libdlib-dev qtkeychain-qt6-dev zlib1g-dev libsqlite3-dev libpq-dev
    clang-format
)
# Tests and benchmarks only: a PostgreSQL server for the store tests, Xvfb for the GUI tests, the Python peers
# of the benchmarks (run with /usr/bin/python3), and the Slurm lab of tests/lab/slurm-lab.sh (munge, Slurm with
# accounting in MariaDB, a key-only sshd; unshare, setpriv and runuser from util-linux, ps from procps), Prometheus
# with node_exporter for the Prometheus importer, openssl for the loopback HTTPS server of the Proxmox tests, the
# benchmark workloads that the campaign tests run on the lab nodes, and clang with its runtime libraries (libFuzzer,
# ASan, UBSan) for the parsers' fuzz targets (tests/fuzz, -DES_FUZZ=ON), and poppler-utils (pdftotext) for the
# report tests that read the PDF's text back; debootstrap and lintian for the package test (the .deb installed in
# a clean Debian 12 chroot), appstream and desktop-file-utils for the checks of the desktop files.
readonly TEST_PACKAGES=(
    postgresql tzdata xvfb xauth python3-pandas python3-sklearn debootstrap lintian appstream desktop-file-utils
    munge slurm-wlm slurmctld slurmd slurm-client slurmdbd mariadb-server openssh-server openssh-client
    util-linux procps prometheus prometheus-node-exporter openssl
    sysbench stress-ng fio hpcc
    clang libclang-rt-14-dev
    poppler-utils
)

readonly POLICY_RC=/usr/sbin/policy-rc.d
readonly LISTS_DIR=/var/lib/apt/lists
readonly MAX_LIST_AGE_MIN=1440

with_test=0
dry_run=0
log_file=""
original_args=("$@")
while [[ $# -gt 0 ]]; do
    case "$1" in
    --test) with_test=1 ;;
    --dry-run) dry_run=1 ;;
    --log)
        [[ $# -ge 2 ]] || { echo "install-deps: --log needs a file" >&2; exit 2; }
        log_file="$2"
        shift
        ;;
    -h | --help)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "install-deps: unknown argument '$1' (see --help)" >&2
        exit 2
        ;;
    esac
    shift
done

if [[ $EUID -ne 0 && $dry_run -eq 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo -- bash "$0" "${original_args[@]}"
    fi
    echo "install-deps: must run as root (or with sudo installed)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
export APT_LISTCHANGES_FRONTEND=none

packages=("${BUILD_PACKAGES[@]}")
if [[ $with_test -eq 1 ]]; then
    packages+=("${TEST_PACKAGES[@]}")
fi

if [[ -z $log_file ]]; then
    log_file=$(mktemp "${TMPDIR:-/tmp}/energy-studio-install-deps.XXXXXX.log")
fi
: >"$log_file"

created_policy=0
on_exit() {
    local status=$?
    if [[ $created_policy -eq 1 ]]; then
        rm -f "$POLICY_RC"
    fi
    if [[ $status -ne 0 ]]; then
        echo "install-deps: FAILED (exit $status); last lines of $log_file:" >&2
        tail -n 25 "$log_file" >&2 || true
    fi
    exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '[%(%F %T)T] %s\n' -1 "$*" >>"$log_file"; }

missing_packages() {
    local package status
    for package in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
        if [[ $status != installed ]]; then
            echo "$package"
        fi
    done
}

lists_are_fresh() {
    # Fresh when at least one index was fetched within the last day.
    [[ -d $LISTS_DIR ]] &&
        [[ -n $(find "$LISTS_DIR" -maxdepth 1 -type f \( -name '*_InRelease' -o -name '*_Release' \) \
            -mmin "-$MAX_LIST_AGE_MIN" -print -quit) ]]
}

apt_update() {
    log "apt-get update"
    apt-get update -q >>"$log_file" 2>&1
    updated=1
}

apt_install() {
    local simulate=()
    [[ $dry_run -eq 1 ]] && simulate=(--simulate)
    log "apt-get install ${packages[*]}"
    apt-get install -y -q --no-install-recommends "${simulate[@]}" \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${packages[@]}" >>"$log_file" 2>&1
}

mapfile -t missing < <(missing_packages)
log "requested ${#packages[@]} packages, missing: ${missing[*]:-none}"

if [[ ${#missing[@]} -eq 0 && $dry_run -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages already installed, nothing to do (log: $log_file)"
    exit 0
fi

if [[ $dry_run -eq 0 && ! -e $POLICY_RC ]]; then
    printf '#!/bin/sh\n# Temporary, from energy-studio install-deps.sh: no service starts during installation.\nexit 101\n' \
        >"$POLICY_RC"
    chmod 0755 "$POLICY_RC"
    created_policy=1
    log "created $POLICY_RC"
fi

updated=0
if [[ $dry_run -eq 0 ]] && ! lists_are_fresh; then
    apt_update
fi
if ! apt_install; then
    # Stale lists (a 404 on a superseded .deb) are the usual cause: refresh once and retry.
    if [[ $updated -eq 1 || $dry_run -eq 1 ]]; then
        exit 1
    fi
    log "install failed, retrying after apt-get update"
    apt_update
    apt_install
fi

if [[ $dry_run -eq 1 ]]; then
    would=$(grep -c '^Inst ' "$log_file" || true)
    echo "install-deps: dry run: ${#missing[@]} of ${#packages[@]} requested packages missing, apt would install or upgrade" \
        "$would packages (log: $log_file)"
    exit 0
fi

mapfile -t still_missing < <(missing_packages)
if [[ ${#still_missing[@]} -ne 0 ]]; then
    log "still not installed: ${still_missing[*]}"
    exit 1
fi
echo "install-deps: installed ${#missing[@]} missing of ${#packages[@]} requested packages" \
    "($([[ $updated -eq 1 ]] && echo 'lists refreshed' || echo 'lists fresh')); log: $log_file"
