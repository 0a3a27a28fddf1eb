// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// A benchmark a campaign can run: a stable id, the programs it needs on every node, what it runs on each node and
/// how its figure of merit (FOM) is read from the job's output.
///
/// The per-node command is a shell fragment of ours with only validated numbers put in, or the user's own command
/// ("command"); either way the script builder hands it to `sh -c` as one quoted argument, never spliced in.
struct CampaignWorkload
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignWorkload)

public:
    QString id;           ///< "sysbench-cpu", "sysbench-memory", "stress-ng-cpu", "fio-randrw", "command"
    QString description;  ///< one line, for --help and the wizard
    QStringList programs; ///< must be found by `command -v` on every node before the work starts
    QString nodeCommand;  ///< the shell fragment each node runs (one task per node, all of the node's CPUs)
    QString fomPattern;   ///< regular expression; capture group 1 is a number; every match is summed
    QString fomUnit;      ///< "events/s", "MiB/s", "bogo ops/s", "IOPS"
    bool higherFomIsBetter = true;
};

/// The catalogue of workloads, and a workload as a campaign file gives it (an object with "id" and parameters).
class CampaignWorkloads final
{
public:
    /// Every built-in workload, in a stable order.
    static const QList<CampaignWorkload> &all();
    static const CampaignWorkload *byId(const QString &id);

    /// The workload of a campaign file's entry, its parameters applied: `duration_s` (1..86400, default 30) for
    /// the built-in ones; `command`, `fom_regex` (with one capture group) and `fom_unit` for "command". Unknown
    /// keys, values of the wrong type and out of range are errors naming the key.
    static std::optional<CampaignWorkload> fromJson(const QJsonObject &entry, QString *error);

    /// The figure of merit in a job's output: the sum of every match of the pattern's first group (one per node),
    /// std::nullopt when nothing matches or a match is not a finite number.
    static std::optional<double> figureOfMerit(const CampaignWorkload &workload, const QByteArray &output);
};

} // namespace es
