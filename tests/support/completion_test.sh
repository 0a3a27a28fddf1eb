#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# The bash completion of energy-studio-cli completes commands, subcommands and global options.
# Usage: completion_test.sh COMPLETION_FILE
set -u
source "$1"
complete_words() { # the words typed so far, the last one being completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _energy_studio_cli
    echo "${COMPREPLY[*]}"
}
fail=0
expect() { # expected, then the words
    local want=$1
    shift
    local got
    got=$(complete_words "$@")
    if [[ $got != "$want" ]]; then
        echo "completing '$*': got '$got', want '$want'"
        fail=1
    fi
}
expect "import import-carbon" energy-studio-cli imp
expect "train" energy-studio-cli --db s.sqlite tra
expect "--db" energy-studio-cli --d
expect "swf sacct csv" energy-studio-cli import ""
expect "derive" energy-studio-cli metrics d
expect "cancel" energy-studio-cli campaign can
expect "--help" energy-studio-cli train --he
complete -p energy-studio-cli | grep -q _energy_studio_cli || { echo "not registered"; fail=1; }
exit $fail
