// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace es {

/// What `sbatch --test-only` says about a job it did not submit.
struct SbatchTestOnlyResult
{
    qint64 jobId = 0;      ///< the id the controller would have given (not a real job)
    qint64 startTs = 0;    ///< expected start, UTC epoch seconds
    qint64 processors = 0; ///< CPUs it would allocate
    QString nodes;         ///< Slurm hostlist expression, e.g. "n[1-4]"
    QString partition;     ///< empty when the controller (17.11 and older, or a heterogeneous job) does not say
    QStringList preempts;  ///< job ids that would be preempted ("  Preempts: 12,13")
    QStringList messages;  ///< other lines (job_submit plugin messages, warnings), verbatim
};

/// Parser of the stderr of `sbatch --test-only`. Pure.
///
/// Success is the line "Job ID to start at TIME using N processors on nodes NODELIST[ in partition P]" (or, for a
/// heterogeneous job, "... using N processors on NODELIST"), normally prefixed "sbatch: ". TIME is printed by the
/// controller's client in the local time of the machine sbatch ran on, as ISO "YYYY-MM-DDTHH:MM:SS" (Slurm's
/// default, SLURM_TIME_FORMAT=standard) or epoch seconds (SLURM_TIME_FORMAT=%s); other formats are refused.
/// Failure is one or more "sbatch: error: ..." lines (e.g. "Batch job submission failed: Requested node
/// configuration is not available" or "allocation failure: ..."): the error carries Slurm's messages.
class SbatchTestOnlyParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::SbatchTestOnlyParser)
public:
    /// `utcOffsetS`: the offset east of UTC of the time zone sbatch printed TIME in (3600 for CET in winter).
    /// std::nullopt with *error: Slurm's error messages, or why the text could not be read.
    static std::optional<SbatchTestOnlyResult> parse(QStringView text, qint64 utcOffsetS, QString *error);
};

} // namespace es
