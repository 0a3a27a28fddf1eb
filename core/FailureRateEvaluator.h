// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace es {

class Store;
struct AlertEvaluationOptions;
struct AlertEvaluationSummary;

/// A job as the failure rules see it: when it ended and whether it failed.
struct JobOutcome
{
    qint64 endTs = 0;
    bool failed = false;
};

/// The jobs of a subject that ended in the sliding window (ts - window, ts], from ts on until the next change.
struct FailureWindow
{
    qint64 ts = 0;
    qint64 failed = 0;
    qint64 jobs = 0;
    double share() const { return jobs > 0 ? double(failed) / double(jobs) : 0; }
};

/// One point of the level an episode rule follows: unset when there are too few jobs to say.
struct FailureLevel
{
    qint64 ts = 0;
    std::optional<double> level;
    FailureWindow subject;
    FailureWindow rest; ///< bad_node: the partition's other jobs
};

struct FailureEpisode
{
    qint64 tsStart = 0;
    std::optional<qint64> tsEnd; ///< first point below openAt - hysteresis (or with too few jobs); unset while above
    FailureLevel peak;           ///< the point of the highest level
};

/// The job failure alerts of one cluster, run by AlertEvaluator inside its transaction: a partition, a user or a
/// node whose jobs that ended in a sliding window failed (states FAILED, NODE_FAIL, OUT_OF_MEMORY, TIMEOUT) in a
/// share at or above a threshold (failure_rate), and a node whose share stands out against the rest of its partition
/// by a margin (bad_node; compared at the node's own points: its job ends, their exits from the window and the
/// horizon). Episodes open at the first job end (or window exit) where the rule holds and close at the
/// first where the level falls below threshold - hysteresis or the window holds too few jobs; keyed by kind, subject
/// and start, so evaluating again updates in place. An evaluation from `since` decides at the points from since on
/// (from the start of an episode still open there), each on its whole window: the jobs that ended in the window
/// before are read too, so that a check every few minutes sees what a check of everything sees.
///
/// Threading: evaluate() uses the Store it is given, from that Store's thread; the static functions are pure.
class FailureRateEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(es::FailureRateEvaluator)

public:
    explicit FailureRateEvaluator(Store &store);

    bool evaluate(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                  AlertEvaluationSummary *summary, QString *error);

    /// Whether a stored job state counts as a failure ("CANCELLED by 0" does not; "OUT_OF_MEMORY" does).
    static bool isFailedState(const QString &state);
    /// The window's counts at every job end and every window exit (end + windowS) in [fromTs, horizonTs], and at
    /// horizonTs, in time order; `jobs` sorted by endTs.
    static QList<FailureWindow> windows(const QList<JobOutcome> &jobs, qint64 windowS, qint64 fromTs, qint64 horizonTs);
    /// Episodes of `levels` (time order) at or above `openAt`.
    static QList<FailureEpisode> episodes(const QList<FailureLevel> &levels, double openAt, double hysteresis);

private:
    struct Group;
    static bool readJobs(QSqlQuery &query, Group *group, AlertEvaluationSummary *summary, QString *error);
    bool evaluateBadNodes(qint64 clusterId, const QString &cluster, const Group &group,
                          const QHash<QString, qint64> &nodeIds, const AlertEvaluationOptions &options, qint64 fromTs,
                          qint64 horizonTs, AlertEvaluationSummary *summary, QString *error);
    bool writeEpisodes(qint64 clusterId, const QString &cluster, const QString &kind, const QString &subject,
                       qint64 nodeId, const QList<FailureEpisode> &found, double threshold, double margin,
                       qint64 lastTs, AlertEvaluationSummary *summary, QString *error);
    std::optional<qint64> scanFrom(qint64 clusterId, const AlertEvaluationOptions &options, QString *error);

    Store &m_store;
};

} // namespace es
