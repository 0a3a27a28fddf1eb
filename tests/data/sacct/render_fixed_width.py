#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Renders a --parsable2 sacct dump in sacct's default fixed-width layout (the default field widths, JobID
# left-justified and the rest right-justified, a value longer than its column cut to width-1 characters and '+',
# every field followed by one space), as `sacct` without --parsable prints it. Used once to make
# osc_ood-sacct_fixed_width.txt from the real osc_ood-sacct_test_sacct.txt: the values are real, the layout is
# made by this script.
import sys
WIDTHS = {'JobID': 12, 'JobName': 10, 'Partition': 10, 'Account': 10, 'AllocCPUS': 10, 'State': 10, 'ExitCode': 8}
rows = [line.rstrip('\n').split('|') for line in open(sys.argv[1], encoding='utf-8')]
names = rows[0]
def cell(name, value, header=False):
    width = WIDTHS[name]
    if len(value) > width:
        value = value[:width - 1] + '+'
    return value.ljust(width) if name == 'JobID' else value.rjust(width)
print(''.join(cell(n, n) + ' ' for n in names))
print(''.join('-' * WIDTHS[n] + ' ' for n in names))
for row in rows[1:]:
    print(''.join(cell(n, v) + ' ' for n, v in zip(names, row)))
