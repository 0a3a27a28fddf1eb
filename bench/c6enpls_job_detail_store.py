#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
"""The store of docs/screenshots/job-detail.png, from the public C6EnPLS dataset (CC0, ../shared/data/jobs_energy).

Writes into OUT_DIR a jobs CSV (Slurm-style node lists, the dataset's measured energy in kWh) and one es-sampler v1
file per node of the 2023-11-21 sensor file (CPU temperatures, system power, CPU utilisation; real readings, one a
second). Then:

  cli=build/app/cli/energy-studio-cli; db=OUT_DIR/c6.sqlite
  $cli --db $db import csv OUT_DIR/jobs-noenergy.csv --cluster c6
  for f in OUT_DIR/*.samples; do n=$(basename $f .samples); $cli --db $db sample import $f --node $n --cluster c6; done
  $cli --db $db metrics derive --cluster c6        # temperatures, utilisation from the samples
  $cli --db $db import csv OUT_DIR/jobs.csv --cluster c6   # the measured energy replaces the derived one
  ES_SCREENSHOT_JOB_DETAIL=c6/879962 xvfb-run -a -s '-screen 0 1440x900x24' \\
      build/app/gui/energy-studio --db $db --tab jobs --screenshot docs/screenshots/job-detail.png
"""
import collections
import csv
import os
import re
import sys

DATA = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'jobs_energy')


def hostlist(nodes):
    """'48*cresco6x051:48*cresco6x114' -> 'cresco6x[051,114]'."""
    groups = collections.defaultdict(list)
    for name in sorted({part.split('*')[1] for part in nodes.split(':') if '*' in part}):
        match = re.match(r'(.*?)(\d+)$', name)
        groups[match.group(1)].append(match.group(2))
    return ','.join('%s[%s]' % (prefix, ','.join(numbers)) if len(numbers) > 1 else prefix + numbers[0]
                    for prefix, numbers in groups.items())


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    energy = {row['jobid']: row['energy_from_delta_e']
              for row in csv.DictReader(open(os.path.join(DATA, 'C6EnPLS_jobs_info.csv')))}
    header = ['job_id', 'name', 'start_ts', 'end_ts', 'alloc_cpus', 'node_count', 'node_list', 'job_type']
    with open(os.path.join(out_dir, 'jobs.csv'), 'w', newline='') as full, \
            open(os.path.join(out_dir, 'jobs-noenergy.csv'), 'w', newline='') as bare:
        with_energy, without = csv.writer(full), csv.writer(bare)
        with_energy.writerow(header + ['energy_kwh'])
        without.writerow(header)
        for row in csv.DictReader(open(os.path.join(DATA, 'C6EnPLS_jobs_data.csv'))):
            fields = [row['jobid'], row['jobname'], row['start_ts'], row['end_ts'], int(float(row['total_proc'])),
                      int(float(row['number_of_nodes'])), hostlist(row['nodes']), row['algorithm']]
            with_energy.writerow(fields + [energy.get(row['jobid'], '')])
            without.writerow(fields)
    # Tab-separated despite the name; rows are not time-sorted.
    sensors = os.path.join(DATA, 'C6EnPLS_sensors_data', '20231121_measures.csv')
    by_node = collections.defaultdict(dict)
    for row in csv.DictReader(open(sensors), delimiter='\t'):
        by_node[row['nodename']][int(row['timestamp_measure'])] = row
    for node, samples in by_node.items():
        times = sorted(samples)
        with open(os.path.join(out_dir, node + '.samples'), 'w') as out:
            out.write('#es-sampler v1 host=%s interval=1 start=%d ncpu=48\n' % (node, times[0]))
            previous = None
            for ts in times:
                row = samples[ts]
                out.write('S %d dt_s=%d cpu_util_pct=%s temp_c.cpu1=%s temp_c.cpu2=%s power_w.ipmi=%s $\n' %
                          (ts, ts - previous if previous else 1, row['cpu_util'], row['cpu1_temp'], row['cpu2_temp'],
                           row['sys_power']))
                previous = ts


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'c6-store')
