#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
"""The tables of bench/swf_runtime.sh from its JSON answers: swf_runtime_table.py OUT_DIR TRACE..."""
import json
import os
import sys


def pct(v):
    return 'n/a' if v is None else '%.1f%%' % v


def num(v, fmt='%.0f'):
    return 'n/a' if v is None else fmt % v


def row(trace, rows, name, m):
    return '| %s | %s | %s | %s | %s | %s | %s | %s |' % (trace, rows, name, num(m['mae']), num(m['rmse']),
                                                      num(m['r2'], '%.3f'), pct(m['within_2x_pct']),
                                                      pct(m['under_predicted_pct']))


def runtime_table(out, traces):
    print('| trace | test rows | estimator | MAE (s) | RMSE (s) | R² | within 2x | under-predicted |')
    print('|---|---|---|---|---|---|---|---|')
    wins = done = 0
    for t in traces:
        path = os.path.join(out, t + '.json')
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            continue
        answer = json.load(open(path))
        done += 1
        best_model, baselines, name = None, [], t.replace('-cln', '')
        for e in answer['evaluations']:
            for s in e['splits']:
                print(row(name, s['model']['n'], e['algorithm'], s['model']))
                name = ''
                best_model = min(best_model, s['model']['mae']) if best_model is not None else s['model']['mae']
                baselines = s['baselines']
        for b in baselines:
            print(row('', '', b['name'], b))
        best_baseline = min(b['mae'] for b in baselines)
        wins += best_model < best_baseline
        print('| | | **best model / best baseline MAE** | %.0f / %.0f | | | | |' % (best_model, best_baseline))
    print('\nTraces where the best model has a lower MAE than every baseline (time-ordered): %d of %d\n' % (wins, done))


def forecast_table(out, traces):
    print('| trace | horizon (min) | model MAE (busy CPUs) | R² | persistence MAE | R² | seasonal-naive MAE | beats persistence |')
    print('|---|---|---|---|---|---|---|---|')
    for t in traces:
        path = os.path.join(out, t + '.forecast.json')
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            continue
        answer = json.load(open(path))
        for e in answer['evaluation']:
            seasonal = e.get('seasonal_naive') or {}
            print('| %s | %d | %s | %s | %s | %s | %s | %s |' % (
                t.replace('-cln', ''), e['horizon_min'], num(e['model']['mae'], '%.2f'), num(e['model']['r2'], '%.3f'),
                num(e['persistence']['mae'], '%.2f'), num(e['persistence']['r2'], '%.3f'),
                num(seasonal.get('mae'), '%.2f'), 'yes' if e['beats_persistence'] else 'no'))


if __name__ == '__main__':
    runtime_table(sys.argv[1], sys.argv[2:])
    forecast_table(sys.argv[1], sys.argv[2:])
