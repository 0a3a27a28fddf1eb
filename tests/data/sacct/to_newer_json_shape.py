#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Rewrites a Slurm 22.05 `sacct --json` (openapi/dbv0.0.38) in the shape of the data_parser of Slurm 23.02 and
# later, as documented: numbers as {"set", "infinite", "number"}, the job state and exit statuses as lists, step
# ids as "JOB.STEP", the job's energy only on its steps. SYNTHETIC shape, real values: used once to make
# lab-slurm-22.05-sacct-as-23.02-shape.json from lab-slurm-22.05-sacct.json.
import json
import sys


def num(value):
    if value is None:
        return {"set": False, "infinite": False, "number": 0}
    return {"set": True, "infinite": False, "number": value}


def time_block(time):
    for key in ("elapsed", "eligible", "end", "start", "submission", "suspended", "limit"):
        if key in time:
            time[key] = num(time[key])


def exit_block(exit_code):
    exit_code["status"] = [exit_code["status"]]
    exit_code["return_code"] = num(exit_code.get("return_code"))


document = json.load(open(sys.argv[1], encoding="utf-8"))
document["meta"]["plugin"] = {"type": "openapi/slurmdbd", "name": "Slurm OpenAPI slurmdbd", "data_parser": "data_parser/v0.0.39"}
for job in document["jobs"]:
    time_block(job["time"])
    job["state"]["current"] = [job["state"]["current"]]
    exit_block(job["exit_code"])
    exit_block(job["derived_exit_code"])
    job["tres"]["allocated"] = [t for t in job["tres"]["allocated"] if t["type"] != "energy"]
    for step in job["steps"]:
        time_block(step["time"])
        step["state"] = [step["state"]]
        exit_block(step["exit_code"])
        step["step"]["id"] = "%s.%s" % (job["job_id"], step["step"]["id"])
        step["statistics"]["energy"]["consumed"] = num(step["statistics"]["energy"]["consumed"])
json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
print()
