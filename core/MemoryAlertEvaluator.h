// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace es {

class Store;
struct AlertEvaluationOptions;
struct AlertEvaluationSummary;

/// The memory alerts of one cluster, run by AlertEvaluator inside its transaction:
///  - memory_exhaustion (a job): its MaxRSS came within memoryWithinPct % of the memory it asked per node
///    (jobs.req_mem_mb / node_count; MaxRSS is its largest task's, and a task lives on one node), or it ended
///    OUT_OF_MEMORY; value is MaxRSS over the request per node (0..1+, 1 when unknown), threshold
///    1 - memoryWithinPct / 100; keyed by job and kind; the jobs checked are those that ended in the window.
///  - memory_high (a node): used memory (node_samples.mem_used_mb over nodes.real_mem_mb) at or above
///    memoryNodePct %, an episode closing below memoryNodePct - memoryNodeHysteresisPct (AlertEvaluator::episodes);
///    value the peak share in %, subject "node:N", keyed by kind, subject and start.
///
/// Threading: evaluate() uses the Store it is given, from that Store's thread.
class MemoryAlertEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(es::MemoryAlertEvaluator)

public:
    explicit MemoryAlertEvaluator(Store &store);

    bool evaluate(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                  AlertEvaluationSummary *summary, QString *error);

    /// MaxRSS over the request per node; unset when either is unknown or the request is not positive. Pure.
    static std::optional<double> rssShare(const std::optional<double> &maxRssMb, const std::optional<double> &reqMemMb,
                                          const std::optional<qint64> &nodeCount);

private:
    bool evaluateJobs(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                      AlertEvaluationSummary *summary, QString *error);
    bool evaluateNode(qint64 clusterId, const QString &cluster, qint64 nodeId, const QString &node, double realMemMb,
                      const AlertEvaluationOptions &options, AlertEvaluationSummary *summary, QString *error);

    Store &m_store;
};

} // namespace es
