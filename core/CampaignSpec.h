// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignArrival.h"
#include "CampaignWorkload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// One cell a campaign file names itself (the "cells" list) instead of the full factorial design: what an active
/// campaign's proposal writes.
struct CampaignCellChoice
{
    int workloadIndex = 0; ///< into CampaignSpec::workloadEntries
    int nodes = 1;
    QString cpuFrequency; ///< empty: Slurm's default

    bool operator==(const CampaignCellChoice &) const = default;
};

/// A campaign as its file says it (docs/campaign-format.md): which workloads, over which node counts and CPU
/// frequencies, how many times each, and how jobs are submitted. The same object comes from the CLI's options and
/// from the wizard; it is stored with the campaign, so a campaign can be kept in git and run again.
struct CampaignSpec
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignSpec)

public:
    static constexpr int kFormat = 1;

    QString name;                       ///< [A-Za-z0-9_.-], 1..40 characters: part of every job's name
    QString profile;                    ///< the cluster profile whose head node submits
    QList<QJsonObject> workloadEntries; ///< as the file gives them ({"id": ..., parameters})
    QList<int> nodeCounts{1};
    QStringList cpuFrequencies; ///< sbatch --cpu-freq values ("low", "high", "2400000"); empty: Slurm's default
    QString partition;          ///< empty: the cluster's default
    int repeats = 3;
    bool exclusive = true; ///< whole nodes, so that a node's energy is the job's
    int timeLimitMin = 15;
    int maxRetries = 2;       ///< new attempts of a run whose node failed or was preempted
    int samplerIntervalS = 5; ///< the on-node sampler around every job; 0: no sampler
    quint32 seed = 1;         ///< the run order's shuffle
    /// Stop repeating a cell once the 95% confidence interval of its mean energy is within ± this percentage
    /// (after at least CampaignSummary::kMinRunsToStop completed runs); unset: every repeat runs.
    std::optional<double> stopWithinPct;
    /// When set, the campaign runs exactly these cells (each `repeats` times) instead of every workload x node count
    /// x CPU frequency; nodeCounts and cpuFrequencies are then unused.
    QList<CampaignCellChoice> cells;
    /// Arrival mode: the runs are the simulator's arrivals, each submitted with `--begin` at its time, instead of
    /// repeats of cells; nodeCounts and repeats are then unused and cpuFrequencies has at most one value.
    std::optional<CampaignArrival> arrival;

    /// Parses and validates a campaign file: unknown keys, wrong types, a list with no values, counts out of range
    /// and unknown workloads are errors naming the key.
    static std::optional<CampaignSpec> fromJson(const QByteArray &json, QString *error);
    QJsonObject toJson() const;
    /// The checks fromJson makes, for a spec built in code (the CLI's options, the wizard).
    bool validate(QString *error) const;
    /// The workloads with their parameters applied (validate() first).
    QList<CampaignWorkload> workloads() const;
};

} // namespace es
