// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobDetailLoader.h"

#include "Hostlist.h"
#include "NodeLoader.h"
#include "PreparedQuery.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <tuple>

namespace es {
namespace {

/// sql::execPrepared, its error said as this view says it.
bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    if (sql::execPrepared(query, sql, binds, error))
        return true;
    *error = JobDetailLoader::tr("cannot read the job: %1").arg(*error);
    return false;
}

/// The jobs row: the cluster's name first, then every column of the table but the two keys.
bool readJob(Store &store, const JobRef &job, JobDetailData *data, qint64 *clusterId, QString *error)
{
    QSqlQuery query(store.database());
    const QString select = QStringLiteral("SELECT c.name AS cluster, j.* FROM jobs j JOIN clusters c ON c.id = "
                                          "j.cluster_id WHERE ");
    const bool byPk = job.jobPk > 0;
    if (!execPrepared(query,
                      select + (byPk ? QStringLiteral("j.id = ?") : QStringLiteral("c.name = ? AND j.job_id = ?")),
                      byPk ? QVariantList{job.jobPk} : QVariantList{job.cluster, job.jobId}, error))
        return false;
    if (!query.next()) {
        *error = byPk ? JobDetailLoader::tr("job %1 is not in the store").arg(job.jobPk)
                      : JobDetailLoader::tr("job %1 of cluster %2 is not in the store").arg(job.jobId, job.cluster);
        return false;
    }
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i).toLower();
        if (name == u"id")
            data->jobPk = query.value(i).toLongLong();
        else if (name == u"cluster_id")
            *clusterId = query.value(i).toLongLong();
        else
            data->fields.append({name, query.value(i)});
    }
    data->cluster = JobDetailData::value(data->fields, QStringLiteral("cluster")).toString();
    data->jobId = JobDetailData::value(data->fields, QStringLiteral("job_id")).toString();
    return true;
}

bool readSteps(Store &store, JobDetailData *data, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    data->stepColumns = {
        QStringLiteral("step_id"),          QStringLiteral("name"),       QStringLiteral("state"),
        QStringLiteral("exit_code"),        QStringLiteral("start_ts"),   QStringLiteral("end_ts"),
        QStringLiteral("elapsed_s"),        QStringLiteral("alloc_cpus"), QStringLiteral("node_count"),
        QStringLiteral("node_list"),        QStringLiteral("max_rss_mb"), QStringLiteral("total_cpu_s"),
        QStringLiteral("ave_cpu_freq_mhz"), QStringLiteral("energy_j")};
    // The column names come from the fixed list above, never from input.
    const QString sql = QStringLiteral("SELECT ") + data->stepColumns.join(QStringLiteral(", ")) +
                        QStringLiteral(" FROM job_steps WHERE job_pk = ? ORDER BY start_ts, step_id");
    if (!execPrepared(query, sql, {data->jobPk}, error))
        return false;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < data->stepColumns.size(); ++i)
            row.append(query.value(i));
        data->steps.append(row);
    }
    return true;
}

bool readMetrics(Store &store, JobDetailData *data, QString *error)
{
    QSqlQuery query(store.database());
    if (!execPrepared(query, QStringLiteral("SELECT * FROM job_metrics WHERE job_pk = ?"), {data->jobPk}, error))
        return false;
    if (!query.next())
        return true;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i).toLower();
        if (name != u"job_pk")
            data->metrics.append({name, query.value(i)});
    }
    return true;
}

/// The job's own value of a model target, for predictions stored without one.
std::optional<double> jobValueOf(const JobDetailData &data, const QString &target)
{
    QVariant value;
    if (target == u"energy_j") {
        value = JobDetailData::value(data.metrics, target);
        if (value.isNull())
            value = JobDetailData::value(data.fields, target);
    } else if (target == u"duration_s") {
        value = JobDetailData::value(data.metrics, target);
        if (value.isNull())
            value = JobDetailData::value(data.fields, QStringLiteral("elapsed_s"));
    } else if (target == u"temp_peak_c") {
        value = JobDetailData::value(data.metrics, QStringLiteral("node_temp_peak_c"));
    } else {
        value = JobDetailData::value(data.fields, target);
        if (value.isNull())
            value = JobDetailData::value(data.metrics, target);
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    return !value.isNull() && ok ? std::optional<double>(number) : std::nullopt;
}

bool readPredictions(Store &store, JobDetailData *data, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT p.id, p.model_id, m.name, m.target, m.algorithm, p.created_ts, p.predicted, p.actual "
                       "FROM predictions p JOIN models m ON m.id = p.model_id WHERE p.job_pk = ? "
                       "ORDER BY p.created_ts DESC, p.id DESC");
    if (!execPrepared(query, sql, {data->jobPk}, error))
        return false;
    while (query.next()) {
        JobDetailData::Prediction prediction;
        prediction.id = query.value(0).toLongLong();
        prediction.modelId = query.value(1).toLongLong();
        prediction.modelName = query.value(2).toString();
        prediction.target = query.value(3).toString();
        prediction.algorithm = query.value(4).toString();
        prediction.createdTs = query.value(5).toLongLong();
        prediction.predicted = query.value(6).toDouble();
        if (!query.value(7).isNull()) {
            prediction.actual = query.value(7).toDouble();
        } else {
            prediction.actual = jobValueOf(*data, prediction.target);
            prediction.actualFromJob = prediction.actual.has_value();
        }
        data->predictions.append(prediction);
    }
    return true;
}

bool readNodeIds(Store &store, qint64 clusterId, JobDetailData *data, QString *error)
{
    const QString nodeList = JobDetailData::value(data->fields, QStringLiteral("node_list")).toString();
    if (nodeList.trimmed().isEmpty())
        return true;
    QString expandError;
    const std::optional<QStringList> names = Hostlist::expand(nodeList, &expandError);
    if (!names) {
        data->nodeListError = expandError;
        return true;
    }
    data->nodeNames = *names;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!execPrepared(query, QStringLiteral("SELECT id, name FROM nodes WHERE cluster_id = ?"), {clusterId}, error))
        return false;
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    for (const QString &name : std::as_const(data->nodeNames)) {
        if (const auto it = ids.constFind(name); it != ids.cend())
            data->nodeIds.append(*it);
    }
    return true;
}

/// The run of the job, [start, end]: its end, else start + elapsed, else now while it runs. False without a start.
bool runSpan(const JobDetailData &data, qint64 *fromTs, qint64 *toTs)
{
    const QVariant start = JobDetailData::value(data.fields, QStringLiteral("start_ts"));
    if (start.isNull())
        return false;
    *fromTs = start.toLongLong();
    const QVariant end = JobDetailData::value(data.fields, QStringLiteral("end_ts"));
    const QVariant elapsed = JobDetailData::value(data.fields, QStringLiteral("elapsed_s"));
    if (!end.isNull())
        *toTs = end.toLongLong();
    else if (!elapsed.isNull())
        *toTs = *fromTs + elapsed.toLongLong();
    else
        *toTs = std::max(*fromTs, QDateTime::currentSecsSinceEpoch());
    return *toTs >= *fromTs;
}

} // namespace

JobDetailLoader::JobDetailLoader(const QString &location, const JobRef &job, QObject *parent)
    : QThread(parent), m_location(location), m_job(job)
{}

JobDetailLoader::~JobDetailLoader()
{
    cancel();
    wait();
}

void JobDetailLoader::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    m_data = read(store, m_job, m_cancel, &m_error);
}

std::pair<qint64, qint64> JobDetailLoader::sampleRange(qint64 startTs, qint64 endTs)
{
    const qint64 marginS = std::max<qint64>(60, (endTs - startTs) / 10);
    return {startTs - marginS, endTs + marginS};
}

JobDetailDataPtr JobDetailLoader::read(Store &store, const JobRef &job, const std::atomic_bool &cancel, QString *error)
{
    auto data = std::make_shared<JobDetailData>();
    qint64 clusterId = 0;
    if (!readJob(store, job, data.get(), &clusterId, error) || cancel || !readSteps(store, data.get(), error) ||
        cancel || !readMetrics(store, data.get(), error) || cancel || !readPredictions(store, data.get(), error) ||
        cancel || !readNodeIds(store, clusterId, data.get(), error) || cancel)
        return nullptr;
    qint64 fromTs = 0;
    qint64 toTs = 0;
    if (!data->nodeIds.isEmpty() && runSpan(*data, &fromTs, &toTs)) {
        NodeLoadRequest request;
        request.nodeIds.assign(data->nodeIds.cbegin(), data->nodeIds.cend());
        std::tie(request.fromTs, request.toTs) = sampleRange(fromTs, toTs);
        request.buckets = kSampleBuckets;
        data->samplesFromTs = request.fromTs;
        data->samplesToTs = request.toTs;
        data->samples = NodeLoader::readSeries(store, request, error);
        if (!data->samples)
            return nullptr;
    }
    return data;
}

} // namespace es
