// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSample.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es::test {

/// A job of the Nodes test cluster. Offsets are seconds from NodeTestStore::kStartTs.
struct NodeTestJob
{
    QString jobId;
    QString name;
    QString nodeList;
    qint64 startOffsetS = 0;
    std::optional<qint64> endOffsetS; ///< unset: still running
    int cpus = 1;
};

/// A store shaped like a harvested Slurm cluster "lab" with four nodes node01..node04: the on-node sampler's
/// samples every kStepS seconds for kDurationS (source "sampler": utilisation, load, memory, temperature,
/// frequency, power), Slurm's node power every 60 s on node01 (source "slurm"), jobs with Slurm node lists, and
/// the job metrics JobMetricsDeriver derives from them. The readings follow the jobs: utilisation from the CPUs
/// the running jobs hold, temperature and power rising with it. node04 has a sampling gap [kGapFromS, kGapToS);
/// node01's sampler reads kSpikeTempC once at kSpikeTs.
class NodeTestStore final
{
public:
    static constexpr qint64 kStartTs = 1763700000; // 2025-11-21 04:40 UTC
    static constexpr qint64 kStepS = 5;
    static constexpr qint64 kDurationS = 6 * 3600;
    static constexpr qint64 kGapFromS = 4 * 3600;
    static constexpr qint64 kGapToS = 4 * 3600 + 1800;
    static constexpr qint64 kSpikeTs = kStartTs + 3 * 3600 + 5;
    static constexpr double kSpikeTempC = 97.0;
    static constexpr int kNodeCpus = 8;

    static QStringList nodeNames();
    static QList<NodeTestJob> jobs();
    /// Node list of a job whose list is random bytes (a garbage input the loader must survive).
    static QString garbageNodeList();
    /// The sampler's sample of `node` at `ts`, given the jobs above.
    static NodeSample samplerSample(const QString &node, qint64 ts);
    /// Writes the whole cluster into the store at `location` (created when missing).
    static bool write(const QString &location, QString *error);
    /// Writes sampler samples of `node` every kStepS over [fromTs, toTs] (as a harvest in another process would).
    static bool appendSamples(const QString &location, const QString &node, qint64 fromTs, qint64 toTs, QString *error);
};

} // namespace es::test
