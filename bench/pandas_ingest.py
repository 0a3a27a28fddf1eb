#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
"""The pandas peer of bench_ingest: load one trace into SQLite the way a data scientist would.

Usage: /usr/bin/python3 bench/pandas_ingest.py FILE DBFILE

FILE is an SWF trace (name ending in .swf or .swf.gz: whitespace-separated, ';' comments, no header) or a sacct
--parsable2 dump ('|'-separated, header line). The whole file is read with pandas.read_csv, then written with
DataFrame.to_sql into a new table of the SQLite file DBFILE, in one go (one transaction). Nothing is parsed beyond
what read_csv infers: timestamps, durations and memory sizes stay text.

Prints one JSON object on stdout: rows, columns, read_s, write_s, total_s (read + write, the figure compared with
es::Importer) and the pandas version. Interpreter start-up and "import pandas" are not timed.
Run it with Debian's /usr/bin/python3 (package python3-pandas).
"""

import json
import os
import sqlite3
import sys
import time

import pandas as pd

SWF_COLUMNS = [
    "job", "submit", "wait", "run", "procs", "avg_cpu", "used_mem", "req_procs", "req_time", "req_mem", "status",
    "user", "group", "executable", "queue", "partition", "preceding_job", "think_time",
]


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path, db_path = sys.argv[1], sys.argv[2]
    is_swf = path.endswith(".swf") or path.endswith(".swf.gz")

    start = time.perf_counter()
    if is_swf:
        frame = pd.read_csv(path, sep=r"\s+", comment=";", header=None, names=SWF_COLUMNS)
        table = "swf_jobs"
    else:
        frame = pd.read_csv(path, sep="|")
        table = "sacct_records"
    read_done = time.perf_counter()

    if os.path.exists(db_path):
        os.remove(db_path)
    connection = sqlite3.connect(db_path)
    try:
        frame.to_sql(table, connection, index=False, if_exists="replace")
        connection.commit()
    finally:
        connection.close()
    write_done = time.perf_counter()

    print(json.dumps({
        "rows": int(len(frame)),
        "columns": int(len(frame.columns)),
        "read_s": read_done - start,
        "write_s": write_done - read_done,
        "total_s": write_done - start,
        "pandas": pd.__version__,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
