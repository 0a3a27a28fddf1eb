// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobWriter.h"

#include "SchemaMigrations.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace es {
namespace {

constexpr qint64 kFlushEveryRows = 50000;
/// SQLite's page cache during a write, in KiB (PRAGMA cache_size takes a negative count of KiB): the index B-trees
/// of a large import stay in memory. The connection's own setting is restored after the write.
constexpr int kWriteCacheKiB = 65536;

BulkUpsert::Spec jobSpec()
{
    return {QStringLiteral("jobs"),
            {QStringLiteral("cluster_id"), QStringLiteral("job_id")},
            {QStringLiteral("job_id_raw"),
             QStringLiteral("name"),
             QStringLiteral("user_name"),
             QStringLiteral("group_name"),
             QStringLiteral("account"),
             QStringLiteral("partition"),
             QStringLiteral("qos"),
             QStringLiteral("state"),
             QStringLiteral("exit_code"),
             QStringLiteral("exit_signal"),
             QStringLiteral("submit_ts"),
             QStringLiteral("start_ts"),
             QStringLiteral("end_ts"),
             QStringLiteral("elapsed_s"),
             QStringLiteral("timelimit_s"),
             QStringLiteral("req_cpus"),
             QStringLiteral("alloc_cpus"),
             QStringLiteral("node_count"),
             QStringLiteral("node_list"),
             QStringLiteral("req_mem_mb"),
             QStringLiteral("max_rss_mb"),
             QStringLiteral("total_cpu_s"),
             QStringLiteral("ave_cpu_freq_mhz"),
             QStringLiteral("energy_j"),
             QStringLiteral("energy_source"),
             QStringLiteral("job_type"),
             QStringLiteral("executable"),
             QStringLiteral("work_dir")},
            {QStringLiteral("BIGINT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("INTEGER"),
             QStringLiteral("INTEGER"),
             QStringLiteral("BIGINT"),
             QStringLiteral("BIGINT"),
             QStringLiteral("BIGINT"),
             QStringLiteral("BIGINT"),
             QStringLiteral("BIGINT"),
             QStringLiteral("INTEGER"),
             QStringLiteral("INTEGER"),
             QStringLiteral("INTEGER"),
             QStringLiteral("TEXT"),
             QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT"),
             QStringLiteral("TEXT")},
            false,
            true};
}

BulkUpsert::Spec stepSpec()
{
    return {QStringLiteral("job_steps"),
            {QStringLiteral("job_pk"), QStringLiteral("step_id")},
            {QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("exit_code"),
             QStringLiteral("exit_signal"), QStringLiteral("start_ts"), QStringLiteral("end_ts"),
             QStringLiteral("elapsed_s"), QStringLiteral("alloc_cpus"), QStringLiteral("node_count"),
             QStringLiteral("node_list"), QStringLiteral("max_rss_mb"), QStringLiteral("total_cpu_s"),
             QStringLiteral("ave_cpu_freq_mhz"), QStringLiteral("energy_j")},
            {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("TEXT"), QStringLiteral("TEXT"),
             QStringLiteral("INTEGER"), QStringLiteral("INTEGER"), QStringLiteral("BIGINT"), QStringLiteral("BIGINT"),
             QStringLiteral("BIGINT"), QStringLiteral("INTEGER"), QStringLiteral("INTEGER"), QStringLiteral("TEXT"),
             QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION")},
            true,
            true};
}

BulkUpsert::Spec metricsSpec()
{
    return {QStringLiteral("job_metrics"),
            {QStringLiteral("job_pk")},
            {QStringLiteral("node_temp_avg_c"), QStringLiteral("node_temp_peak_c"), QStringLiteral("cpu_freq_avg_mhz"),
             QStringLiteral("cpu_util_pct"), QStringLiteral("mem_mb"), QStringLiteral("duration_s"),
             QStringLiteral("energy_j"), QStringLiteral("power_avg_w"), QStringLiteral("energy_source")},
            {QStringLiteral("BIGINT"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"),
             QStringLiteral("TEXT")},
            true,
            true};
}

BulkUpsert::Spec featureSpec()
{
    return {QStringLiteral("job_features"),
            {QStringLiteral("job_pk"), QStringLiteral("name")},
            {QStringLiteral("value")},
            {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("DOUBLE PRECISION")},
            true,
            true};
}

} // namespace

JobWriter::JobWriter(Store &store, QString clusterName) : m_store(store), m_clusterName(std::move(clusterName)) {}

JobWriter::~JobWriter()
{
    rollback();
}

qint64 JobWriter::jobCount() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE cluster_id = ?"));
    query.addBindValue(m_clusterId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool JobWriter::begin(QString *error)
{
    m_summary = {};
    if (!m_transaction.begin(m_clusterName, error))
        return false;
    m_clusterId = m_transaction.clusterId();
    m_jobsBefore = jobCount();
    if (!tuneForBulkWrite(error)) {
        rollback();
        return false;
    }
    m_jobs = std::make_unique<BulkUpsert>(m_store, jobSpec());
    m_jobs->setConflictColumns({QStringLiteral("energy_j")});
    m_steps = std::make_unique<BulkUpsert>(m_store, stepSpec());
    m_metrics = std::make_unique<BulkUpsert>(m_store, metricsSpec());
    m_metrics->setConflictColumns({QStringLiteral("energy_j")}); // a CSV's energy column lands here
    m_features = std::make_unique<BulkUpsert>(m_store, featureSpec());
    if (m_jobs->prepare(error) && m_steps->prepare(error) && m_metrics->prepare(error) && m_features->prepare(error))
        return true;
    rollback();
    return false;
}

bool JobWriter::addJob(const Job &job, QString *error)
{
    if (job.jobId.isEmpty()) {
        *error = tr("a job without an id");
        return false;
    }
    std::vector<SqlValue> row;
    row.reserve(30);
    row.emplace_back(m_clusterId);
    row.emplace_back(job.jobId);
    row.push_back(toSqlValue(job.jobIdRaw));
    row.push_back(toSqlValue(job.name));
    row.push_back(toSqlValue(job.user));
    row.push_back(toSqlValue(job.group));
    row.push_back(toSqlValue(job.account));
    row.push_back(toSqlValue(job.partition));
    row.push_back(toSqlValue(job.qos));
    row.push_back(toSqlValue(job.state));
    row.push_back(toSqlValue(job.exitCode));
    row.push_back(toSqlValue(job.exitSignal));
    row.push_back(toSqlValue(job.submitTs));
    row.push_back(toSqlValue(job.startTs));
    row.push_back(toSqlValue(job.endTs));
    row.push_back(toSqlValue(job.elapsedS));
    row.push_back(toSqlValue(job.timelimitS));
    row.push_back(toSqlValue(job.reqCpus));
    row.push_back(toSqlValue(job.allocCpus));
    row.push_back(toSqlValue(job.nodeCount));
    row.push_back(toSqlValue(job.nodeList));
    row.push_back(toSqlValue(job.reqMemMb));
    row.push_back(toSqlValue(job.maxRssMb));
    row.push_back(toSqlValue(job.totalCpuS));
    row.push_back(toSqlValue(job.aveCpuFreqMhz));
    row.push_back(toSqlValue(job.energyJ));
    row.push_back(toSqlValue(job.energySource));
    row.push_back(toSqlValue(job.jobType));
    row.push_back(toSqlValue(job.executable));
    row.push_back(toSqlValue(job.workDir));
    ++m_summary.jobsSeen;
    if (!m_jobs->add(std::move(row), error))
        return false;
    return m_jobs->pendingRows() < kFlushEveryRows || flushAll(error);
}

bool JobWriter::addStep(const JobStep &step, QString *error)
{
    std::vector<SqlValue> row;
    row.reserve(17);
    row.emplace_back(m_clusterId);
    row.emplace_back(step.jobId);
    row.emplace_back(step.stepId);
    row.push_back(toSqlValue(step.name));
    row.push_back(toSqlValue(step.state));
    row.push_back(toSqlValue(step.exitCode));
    row.push_back(toSqlValue(step.exitSignal));
    row.push_back(toSqlValue(step.startTs));
    row.push_back(toSqlValue(step.endTs));
    row.push_back(toSqlValue(step.elapsedS));
    row.push_back(toSqlValue(step.allocCpus));
    row.push_back(toSqlValue(step.nodeCount));
    row.push_back(toSqlValue(step.nodeList));
    row.push_back(toSqlValue(step.maxRssMb));
    row.push_back(toSqlValue(step.totalCpuS));
    row.push_back(toSqlValue(step.aveCpuFreqMhz));
    row.push_back(toSqlValue(step.energyJ));
    ++m_summary.stepsSeen;
    if (!m_steps->add(std::move(row), error))
        return false;
    return m_steps->pendingRows() < kFlushEveryRows || flushAll(error);
}

bool JobWriter::addMetrics(const JobMetrics &metrics, QString *error)
{
    std::vector<SqlValue> row;
    row.reserve(11);
    row.emplace_back(m_clusterId);
    row.emplace_back(metrics.jobId);
    row.push_back(toSqlValue(metrics.nodeTempAvgC));
    row.push_back(toSqlValue(metrics.nodeTempPeakC));
    row.push_back(toSqlValue(metrics.cpuFreqAvgMhz));
    row.push_back(toSqlValue(metrics.cpuUtilPct));
    row.push_back(toSqlValue(metrics.memMb));
    row.push_back(toSqlValue(metrics.durationS));
    row.push_back(toSqlValue(metrics.energyJ));
    row.push_back(toSqlValue(metrics.powerAvgW));
    row.push_back(toSqlValue(metrics.energySource));
    ++m_summary.metricsSeen;
    if (!m_metrics->add(std::move(row), error))
        return false;
    return m_metrics->pendingRows() < kFlushEveryRows || flushAll(error);
}

bool JobWriter::addFeature(const QString &jobId, const QString &name, double value, QString *error)
{
    std::vector<SqlValue> row;
    row.reserve(4);
    row.emplace_back(m_clusterId);
    row.emplace_back(jobId);
    row.emplace_back(name);
    row.emplace_back(value);
    ++m_summary.featuresSeen;
    if (!m_features->add(std::move(row), error))
        return false;
    return m_features->pendingRows() < kFlushEveryRows || flushAll(error);
}

bool JobWriter::flushAll(QString *error)
{
    // Jobs first: steps, metrics and features look their job up.
    return m_jobs->flush(error) && m_steps->flush(error) && m_metrics->flush(error) && m_features->flush(error);
}

bool JobWriter::commit(QString *error)
{
    if (!m_transaction.isActive()) {
        *error = tr("no write in progress");
        return false;
    }
    if (!flushAll(error)) {
        rollback();
        return false;
    }
    const qint64 jobsAfter = jobCount();
    m_summary.jobsNew = jobsAfter - m_jobsBefore;
    m_summary.jobsUpdated = m_jobs->affectedRows() - m_summary.jobsNew;
    m_summary.jobsUnchanged = m_summary.jobsSeen - m_jobs->affectedRows();
    // A file's energy is written to jobs and to job_metrics alike, so the same job conflicts in both: the larger
    // count is the number of jobs (a lower bound when the two tables disagree on different jobs).
    m_summary.jobsEnergyReplaced = std::max(m_jobs->conflictRows(), m_metrics->conflictRows());
    m_summary.stepsWritten = m_steps->affectedRows();
    m_summary.metricsWritten = m_metrics->affectedRows();
    m_summary.featuresWritten = m_features->affectedRows();
    m_jobs.reset();
    m_steps.reset();
    m_metrics.reset();
    m_features.reset();
    if (!buildDeferredIndexes(error) || !m_transaction.commit(error)) {
        rollback();
        return false;
    }
    restoreCacheSize();
    return true;
}

bool JobWriter::tuneForBulkWrite(QString *error)
{
    if (m_store.engine() != Store::Engine::Sqlite)
        return true;
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
        m_cacheSizeBefore = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kWriteCacheKiB));
    }
    // An empty jobs table (a first import) gets its secondary indexes after its rows: one sorted build each instead
    // of a B-tree insert per row. Dropped inside the write's transaction, so a failed write keeps them.
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM jobs)")) || !query.next()) {
        *error = tr("cannot read the jobs table: %1").arg(query.lastError().text());
        return false;
    }
    if (query.value(0).toBool())
        return true;
    for (const SchemaMigrations::Index &index : SchemaMigrations::jobSecondaryIndexes()) {
        if (!query.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index.name))) {
            *error = tr("cannot prepare the jobs table: %1").arg(query.lastError().text());
            return false;
        }
    }
    m_indexesDeferred = true;
    return true;
}

bool JobWriter::buildDeferredIndexes(QString *error)
{
    if (!m_indexesDeferred)
        return true;
    QSqlQuery query(m_store.database());
    for (const SchemaMigrations::Index &index : SchemaMigrations::jobSecondaryIndexes()) {
        if (!query.exec(index.createSql)) {
            *error = tr("cannot index the jobs: %1").arg(query.lastError().text());
            return false;
        }
    }
    m_indexesDeferred = false;
    return true;
}

void JobWriter::restoreCacheSize()
{
    if (!m_cacheSizeBefore)
        return;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSizeBefore));
    m_cacheSizeBefore.reset();
}

void JobWriter::rollback()
{
    m_jobs.reset();
    m_steps.reset();
    m_metrics.reset();
    m_features.reset();
    m_transaction.rollback(); // takes back a drop of the secondary indexes too
    m_indexesDeferred = false;
    restoreCacheSize();
}

} // namespace es
