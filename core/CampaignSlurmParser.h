// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace es {

/// What Slurm says of one job of a campaign.
struct CampaignJobState
{
    QString jobId;
    QString jobName;
    QString state;                 ///< first word of Slurm's state ("CANCELLED by 0" -> "CANCELLED")
    QString nodeList;              ///< Slurm hostlist, empty while pending
    QString exitCode;              ///< "0:0"
    std::optional<qint64> startTs; ///< UTC epoch s
    std::optional<qint64> endTs;
    std::optional<double> elapsedS;
    std::optional<double> energyJ; ///< ConsumedEnergyRaw when the cluster measures it
    /// sacct's Comment: the job's --comment where the cluster stores it (AccountingStoreFlags=job_comment), else
    /// empty; never from squeue.
    QString comment;
};

/// Parses the two answers the campaign tracker asks for: sacct's (`-n -X -P --delimiter=US` with kSacctFields,
/// times as epoch seconds; the Comment last, so that whatever a comment holds, even the delimiter, stays in it; the 9
/// fields before it alone are read too) and squeue's (`-h -o %i|%j|%T|%N`). Malformed lines are errors naming the line;
/// a number out of range is an error, never a wrapped value.
class CampaignSlurmParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignSlurmParser)
public:
    static const char *const
        kSacctFields; ///< JobIDRaw,JobName,State,Start,End,ElapsedRaw,NodeList,ConsumedEnergyRaw,ExitCode,Comment
    static const char *const kSqueueFormat; ///< %i|%j|%T|%N

    static std::optional<QList<CampaignJobState>> parseSacct(const QByteArray &text, QString *error);
    static std::optional<QList<CampaignJobState>> parseSqueue(const QByteArray &text, QString *error);
};

} // namespace es
