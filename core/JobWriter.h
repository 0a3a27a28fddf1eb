// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "BulkUpsert.h"
#include "ClusterTransaction.h"
#include "Job.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace es {

class Store;

/// What a write did, counted against what was already stored.
struct WriteSummary
{
    qint64 jobsSeen = 0;
    qint64 jobsNew = 0;
    qint64 jobsUpdated = 0;
    qint64 jobsUnchanged = 0;
    /// Jobs whose stored energy was replaced by a different one (a conflict between two sources, said to the user).
    qint64 jobsEnergyReplaced = 0;
    qint64 stepsSeen = 0;
    qint64 stepsWritten = 0; ///< new or changed
    qint64 metricsSeen = 0;
    qint64 metricsWritten = 0;
    qint64 featuresSeen = 0;
    qint64 featuresWritten = 0; ///< new or changed
};

/// Writes jobs, steps, job metrics and job features of one cluster in a single transaction: everything lands at
/// commit(), or nothing does. Re-writing identical records changes no row (see BulkUpsert).
///
/// Threading: use from the thread that owns the Store. Steps and metrics must name jobs added before them (in this
/// writer or already stored).
class JobWriter final
{
    Q_DECLARE_TR_FUNCTIONS(es::JobWriter)
public:
    /// The cluster is created, if new, inside the write's transaction.
    JobWriter(Store &store, QString clusterName);
    ~JobWriter();
    Q_DISABLE_COPY_MOVE(JobWriter)

    bool begin(QString *error);
    bool addJob(const Job &job, QString *error);
    bool addStep(const JobStep &step, QString *error);
    bool addMetrics(const JobMetrics &metrics, QString *error);
    /// A numeric dataset feature of a job (job_features): a stored value of the same name is replaced, other
    /// names are kept.
    bool addFeature(const QString &jobId, const QString &name, double value, QString *error);
    bool commit(QString *error);
    /// Discards everything since begin(). Called by the destructor when commit() was not reached.
    void rollback();

    WriteSummary summary() const { return m_summary; }
    /// Valid after a successful begin().
    qint64 clusterId() const { return m_clusterId; }

private:
    bool flushAll(QString *error);
    /// SQLite: a larger page cache for the write, and the jobs table's secondary indexes dropped when it is empty.
    bool tuneForBulkWrite(QString *error);
    bool buildDeferredIndexes(QString *error);
    void restoreCacheSize();
    qint64 jobCount() const;

    Store &m_store;
    ClusterTransaction m_transaction{m_store};
    QString m_clusterName;
    qint64 m_clusterId = 0;
    std::unique_ptr<BulkUpsert> m_jobs;
    std::unique_ptr<BulkUpsert> m_steps;
    std::unique_ptr<BulkUpsert> m_metrics;
    std::unique_ptr<BulkUpsert> m_features;
    WriteSummary m_summary;
    qint64 m_jobsBefore = 0;
    bool m_indexesDeferred = false;
    std::optional<int> m_cacheSizeBefore;
};

} // namespace es
