// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobWriter.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace es {

class SshSession;
class Store;
struct ClusterProfile;

struct HarvestOptions
{
    bool full = false;             ///< ignore the watermark: everything sacct still has
    std::optional<qint64> sinceTs; ///< explicit start of the window (UTC epoch s)
    qint64 overlapS = 3600;        ///< re-read this much before the watermark (late accounting records)
    QString sacctProgram = QStringLiteral("sacct"); ///< a full path where sacct is not on the remote PATH
};

struct HarvestSummary
{
    QString slurmVersion;
    QString cluster;
    qint64 sinceTs = 0;
    qint64 untilTs = 0;
    qint64 sacctLines = 0;
    WriteSummary written;
    qint64 nodes = 0;
    qint64 nodeSamples = 0;
};

/// Harvests a Slurm cluster over SSH into the store: job history from sacct (jobs and steps, all users where
/// permitted, with a delimiter no job name can hold and epoch timestamps), then node inventory and a sample of each
/// node's CPULoad / memory / CurrentWatts from `scontrol show node -o`. Incremental: a watermark per cluster, kept
/// in harvest_state in the same transaction as the data, with an overlap window; unfinished jobs come back in later
/// windows because sacct lists every job that ran during a window. Idempotent through the store's upserts.
///
/// Threading: runs in the calling (worker) thread, on a connected SshSession and a Store both owned by that
/// thread. Progress is reported from that thread; the cancel flag may be set from any thread.
class SlurmCollector final
{
    Q_DECLARE_TR_FUNCTIONS(es::SlurmCollector)
public:
    using Progress = std::function<void(const QString &stage, qint64 sacctLines)>;

    SlurmCollector(Store &store, SshSession &ssh) : m_store(store), m_ssh(ssh) {}

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    bool harvest(const ClusterProfile &profile, const HarvestOptions &options, HarvestSummary *summary, QString *error);

    /// The sacct fields harvested, in order.
    static QStringList sacctFields();
    /// The remote sacct command for a window (exposed for tests and --dry-run).
    static QString sacctCommand(qint64 sinceTs, qint64 untilTs, const QString &program = QStringLiteral("sacct"));

private:
    void stage(const QString &text, qint64 sacctLines) const;
    /// Streams sacct's job history for summary's window into the writer (sets summary->sacctLines). False with
    /// *error on a transfer, parse or sacct failure; the caller rolls back.
    bool readJobHistory(JobWriter &writer, const HarvestOptions &options, HarvestSummary *summary, QString *error);
    /// The harvest_state row: the window's end as the watermark.
    bool recordHarvest(qint64 clusterId, qint64 nowTs, const HarvestSummary &summary, QString *error);
    bool harvestNodes(qint64 clusterId, qint64 nowTs, HarvestSummary *summary, QString *error);
    std::optional<qint64> watermark(qint64 clusterId, QString *error);

    Store &m_store;
    SshSession &m_ssh;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace es
