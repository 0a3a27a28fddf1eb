// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Job.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace es {

/// `sacct --json` as Slurm writes it: {"meta": ..., "errors": [...], "jobs": [...]}. Reads the shapes of the
/// data_parser versions: Slurm 22.05's openapi/dbv0.0.38 (plain numbers, states and step ids as strings or
/// integers) and 23.02 and later (numbers as {"set", "infinite", "number"}, states and exit statuses as lists,
/// step ids as "123.batch"). A job's usage (CPU time, energy) comes from its steps, as for a --parsable2 dump.
/// Pure.
class SacctJsonParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::SacctJsonParser)
public:
    struct Entry
    {
        Job job;
        QList<JobStep> steps;
    };
    struct Result
    {
        std::vector<Entry> jobs;
        QString slurmVersion;            ///< meta.Slurm.release ("22.05.8"), empty when absent
        QStringList problems;            ///< "jobs[3]: ..." entries that could not be read
        QList<qsizetype> problemIndexes; ///< their indexes in "jobs"
        qint64 exitCodesUnknown = 0;     ///< failed jobs whose exit code a Slurm 22.05 JSON reports as 0: left unset
    };

    /// True when `bytes` starts (after white space) as a JSON object: a sacct --json file, not a dump.
    static bool looksLikeJson(QByteArrayView bytes);
    /// nullopt (with *error) when the text is not a sacct --json document. A FAILED job or step whose exit code is
    /// 0 is left without one when the file is from Slurm before 23.02 (or does not say).
    static std::optional<Result> parse(const QByteArray &json, QString *error);
};

} // namespace es
