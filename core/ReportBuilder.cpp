// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportBuilder.h"

#include "CampaignStore.h"
#include "Statistics.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <utility>

namespace es {
namespace {

constexpr qint64 kDayS = 86400;

enum Column
{
    ClusterName,
    JobIdText,
    JobName,
    UserName,
    PartitionName,
    JobTypeName,
    StartTs,
    DurationS,
    NodeCount,
    EnergyJ,
    EnergySource,
};

const char *const kJobsSelect =
    "SELECT c.name, j.job_id, j.name, j.user_name, j.partition, j.job_type, COALESCE(j.start_ts, j.submit_ts),"
    " COALESCE(j.elapsed_s, j.end_ts - j.start_ts), COALESCE(j.node_count, 1), COALESCE(m.energy_j, j.energy_j),"
    " CASE WHEN m.energy_j IS NOT NULL THEN m.energy_source ELSE j.energy_source END"
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id"
    " WHERE (COALESCE(j.start_ts, j.submit_ts) >= ? AND COALESCE(j.start_ts, j.submit_ts) < ?";
const char *const kUntimedOr = " OR COALESCE(j.start_ts, j.submit_ts) IS NULL";

bool isMeasured(const QString &source)
{
    return source == QLatin1String("slurm") || source == QLatin1String("counter") || source == QLatin1String("dataset");
}

QList<ReportData::Group> sortedGroups(const QHash<QString, ReportData::Group> &groups)
{
    QList<ReportData::Group> list = groups.values();
    std::sort(list.begin(), list.end(), [](const ReportData::Group &a, const ReportData::Group &b) {
        if (a.energyJ != b.energyJ)
            return a.energyJ > b.energyJ;
        if (a.jobs != b.jobs)
            return a.jobs > b.jobs;
        return a.name < b.name;
    });
    if (list.size() > ReportData::kMaxGroups) {
        ReportData::Group other;
        other.name = ReportBuilder::otherGroupName();
        for (qsizetype i = ReportData::kMaxGroups - 1; i < list.size(); ++i) {
            other.jobs += list[i].jobs;
            other.nodeHours += list[i].nodeHours;
            other.energyJ += list[i].energyJ;
            other.jobsWithEnergy += list[i].jobsWithEnergy;
        }
        list.resize(ReportData::kMaxGroups - 1);
        list.append(other);
    }
    return list;
}

void addToGroup(QHash<QString, ReportData::Group> *groups, const QString &name, double nodeHours,
                std::optional<double> energyJ)
{
    ReportData::Group &group = (*groups)[name];
    group.name = name;
    ++group.jobs;
    group.nodeHours += nodeHours;
    if (energyJ) {
        group.energyJ += *energyJ;
        ++group.jobsWithEnergy;
    }
}

std::optional<double> jsonNumber(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

/// What one pass over the jobs collects beyond ReportData's totals.
struct JobPass
{
    QHash<QString, ReportData::Group> partitions;
    QHash<QString, ReportData::Group> users;
    QHash<QString, ReportData::Group> jobTypes;
    std::map<qint64, double> days; ///< energy (J) per UTC day start
    QList<ReportData::Point> pairs;
    double powerEnergyJ = 0;
    double powerDurationS = 0;
};

/// The queries of one report over the request's range (and cluster, when given), on one forward-only query. Each
/// step returns false with *error set on a database error or a cancel.
class ReportQueries
{
public:
    ReportQueries(Store &store, const ReportRequest &request, std::optional<qint64> clusterId,
                  std::function<bool()> cancelled, QString *error)
        : m_query(store.database()), m_request(request), m_clusterId(clusterId), m_cancelled(std::move(cancelled)),
          m_error(error)
    {
        m_query.setForwardOnly(true);
    }

    /// One pass over the jobs that started in the range.
    bool readJobs(ReportData *data);
    bool readNodeTemperatures(ReportData *data);
    /// Alerts that started in the range.
    bool readAlerts(ReportData *data);
    /// The validation metrics the trainer stored with each model (see ml::Trainer::metricsJson).
    bool readModelAccuracy(ReportData *data);

private:
    bool dbError()
    {
        *m_error = ReportBuilder::tr("cannot read the store: %1").arg(m_query.lastError().text());
        return false;
    }
    bool cancelledError()
    {
        *m_error = ReportBuilder::tr("cancelled");
        return false;
    }
    /// Prepares sql + clusterFilter (when a cluster is given) + suffix, binds the range and the cluster, executes.
    bool execInRange(QString sql, const QString &clusterFilter, const QString &suffix);
    bool readUntimedCount(ReportData *data);
    void addJobRow(JobPass *pass, ReportData *data);
    static void addTopJob(const ReportData::TopJob &job, ReportData *data);
    static void finishJobs(JobPass *pass, ReportData *data);

    QSqlQuery m_query;
    const ReportRequest &m_request;
    const std::optional<qint64> m_clusterId;
    const std::function<bool()> m_cancelled;
    QString *m_error;
};

bool ReportQueries::execInRange(QString sql, const QString &clusterFilter, const QString &suffix)
{
    if (m_clusterId)
        sql += clusterFilter;
    sql += suffix;
    if (!m_query.prepare(sql))
        return dbError();
    m_query.addBindValue(m_request.sinceTs);
    m_query.addBindValue(m_request.untilTs);
    if (m_clusterId)
        m_query.addBindValue(*m_clusterId);
    if (!m_query.exec())
        return dbError();
    return true;
}

bool ReportQueries::readUntimedCount(ReportData *data)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM jobs j WHERE COALESCE(j.start_ts, j.submit_ts) IS NULL");
    if (m_clusterId)
        sql += QStringLiteral(" AND j.cluster_id = ?");
    if (!m_query.prepare(sql))
        return dbError();
    if (m_clusterId)
        m_query.addBindValue(*m_clusterId);
    if (!m_query.exec() || !m_query.next())
        return dbError();
    data->untimedJobs = m_query.value(0).toLongLong();
    return true;
}

bool ReportQueries::readJobs(ReportData *data)
{
    if (!readUntimedCount(data))
        return false;
    QString select = QString::fromLatin1(kJobsSelect);
    if (m_request.includeUntimed)
        select += QString::fromLatin1(kUntimedOr);
    if (!execInRange(select + u')', QStringLiteral(" AND j.cluster_id = ?"), QString()))
        return false;
    JobPass pass;
    while (m_query.next()) {
        if ((data->jobs & 0xfff) == 0 && m_cancelled())
            return cancelledError();
        addJobRow(&pass, data);
    }
    if (m_query.lastError().isValid())
        return dbError();
    finishJobs(&pass, data);
    if (m_cancelled())
        return cancelledError();
    return true;
}

void ReportQueries::addJobRow(JobPass *pass, ReportData *data)
{
    const QSqlQuery &query = m_query;
    ++data->jobs;
    const QVariant durationValue = query.value(DurationS);
    const std::optional<double> durationS = durationValue.isNull() || durationValue.toDouble() < 0
                                                ? std::nullopt
                                                : std::optional<double>(durationValue.toDouble());
    const double nodeHours = durationS.value_or(0) * std::max(1.0, query.value(NodeCount).toDouble()) / 3600.0;
    data->nodeHours += nodeHours;
    const QVariant energyValue = query.value(EnergyJ);
    const std::optional<double> energyJ =
        energyValue.isNull() ? std::nullopt : std::optional<double>(energyValue.toDouble());
    addToGroup(&pass->partitions, query.value(PartitionName).toString(), nodeHours, energyJ);
    addToGroup(&pass->users, query.value(UserName).toString(), nodeHours, energyJ);
    addToGroup(&pass->jobTypes, query.value(JobTypeName).toString(), nodeHours, energyJ);
    if (!energyJ)
        return;
    ++data->jobsWithEnergy;
    data->energyJ += *energyJ;
    const QString source = query.value(EnergySource).toString();
    if (isMeasured(source))
        data->measuredJ += *energyJ;
    else if (source == QLatin1String("model"))
        data->estimatedJ += *energyJ;
    else
        data->unspecifiedJ += *energyJ;
    const qint64 start = query.value(StartTs).toLongLong();
    pass->days[start - ((start % kDayS) + kDayS) % kDayS] += *energyJ;
    if (durationS && *durationS > 0) {
        pass->pairs.append({*durationS, *energyJ});
        pass->powerEnergyJ += *energyJ;
        pass->powerDurationS += *durationS;
    }
    if (data->topJobs.size() < ReportData::kTopJobs || *energyJ > data->topJobs.constLast().energyJ) {
        addTopJob(ReportData::TopJob{query.value(ClusterName).toString(), query.value(JobIdText).toString(),
                                     query.value(JobName).toString(), query.value(UserName).toString(),
                                     query.value(PartitionName).toString(), *energyJ, durationS, source},
                  data);
    }
}

void ReportQueries::addTopJob(const ReportData::TopJob &job, ReportData *data)
{
    const auto byEnergy = [](const ReportData::TopJob &a, const ReportData::TopJob &b) {
        return a.energyJ > b.energyJ;
    };
    data->topJobs.insert(
        std::upper_bound(data->topJobs.begin(), data->topJobs.end(), job, byEnergy) - data->topJobs.begin(), job);
    if (data->topJobs.size() > ReportData::kTopJobs)
        data->topJobs.removeLast();
}

void ReportQueries::finishJobs(JobPass *pass, ReportData *data)
{
    data->byPartition = sortedGroups(pass->partitions);
    data->byUser = sortedGroups(pass->users);
    data->byJobType = sortedGroups(pass->jobTypes);
    for (const auto &[day, joules] : pass->days)
        data->energyByDay.append({day, joules});
    if (pass->powerDurationS > 0)
        data->meanPowerW = pass->powerEnergyJ / pass->powerDurationS;
    const QList<ReportData::Point> &pairs = pass->pairs;
    data->energyVsDurationN = pairs.size();
    data->energyDurationR = ReportBuilder::pearson(pairs);
    if (pairs.size() > ReportData::kMaxScatterPoints) {
        const double step = double(pairs.size()) / ReportData::kMaxScatterPoints;
        for (int i = 0; i < ReportData::kMaxScatterPoints; ++i)
            data->energyVsDuration.append(pairs[qsizetype(double(i) * step)]);
    } else {
        data->energyVsDuration = pairs;
    }
}

bool ReportQueries::readNodeTemperatures(ReportData *data)
{
    if (!execInRange(
            QStringLiteral("SELECT c.name, n.name, AVG(s.temp_c), MAX(s.temp_c), COUNT(s.temp_c) FROM node_samples s"
                           " JOIN nodes n ON n.id = s.node_id JOIN clusters c ON c.id = n.cluster_id"
                           " WHERE s.ts >= ? AND s.ts < ? AND s.temp_c IS NOT NULL"),
            QStringLiteral(" AND n.cluster_id = ?"), QStringLiteral(" GROUP BY c.name, n.name")))
        return false;
    QList<ReportData::NodeTemperature> nodes;
    while (m_query.next()) {
        nodes.append({m_query.value(0).toString(), m_query.value(1).toString(), m_query.value(2).toDouble(),
                      m_query.value(3).toDouble(), m_query.value(4).toLongLong()});
        data->temperatureSamples += nodes.constLast().samples;
    }
    if (m_query.lastError().isValid())
        return dbError();
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        if (a.peakC != b.peakC)
            return a.peakC > b.peakC;
        return a.node < b.node;
    });
    data->hottestNodes = nodes.mid(0, ReportData::kHottestNodes);
    return true;
}

bool ReportQueries::readAlerts(ReportData *data)
{
    if (!execInRange(QStringLiteral("SELECT kind, COUNT(*) FROM events WHERE ts_start >= ? AND ts_start < ?"),
                     QStringLiteral(" AND cluster_id = ?"), QStringLiteral(" GROUP BY kind")))
        return false;
    while (m_query.next()) {
        data->alertsByKind.insert(m_query.value(0).toString(), m_query.value(1).toLongLong());
        data->alerts += m_query.value(1).toLongLong();
    }
    if (m_query.lastError().isValid())
        return dbError();
    return true;
}

bool ReportQueries::readModelAccuracy(ReportData *data)
{
    QSqlQuery &query = m_query;
    if (!query.exec(QStringLiteral("SELECT id, name, target, algorithm, created_ts, metrics FROM models ORDER BY id")))
        return dbError();
    while (query.next()) {
        const QJsonObject metrics = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        const QJsonArray splits = metrics.value(QLatin1String("splits")).toArray();
        for (const QJsonValue &splitValue : splits) {
            const QJsonObject split = splitValue.toObject();
            const QJsonObject model = split.value(QLatin1String("model")).toObject();
            const QJsonObject baseline = split.value(QLatin1String("baseline")).toObject();
            ReportData::ModelAccuracy entry;
            entry.id = query.value(0).toLongLong();
            entry.name = query.value(1).toString();
            entry.target = query.value(2).toString();
            entry.algorithm = query.value(3).toString();
            entry.createdTs = query.value(4).toLongLong();
            entry.split = split.value(QLatin1String("kind")).toString();
            entry.n = qint64(model.value(QLatin1String("n")).toDouble());
            entry.mae = jsonNumber(model, "mae");
            entry.rmse = jsonNumber(model, "rmse");
            entry.mapePct = jsonNumber(model, "mape_pct");
            entry.r2 = jsonNumber(model, "r2");
            entry.baselineRmse = jsonNumber(baseline, "rmse");
            entry.baselineName = baseline.value(QLatin1String("name")).toString();
            data->models.append(entry);
        }
    }
    if (query.lastError().isValid())
        return dbError();
    return true;
}

} // namespace

ReportBuilder::ReportBuilder(Store &store) : m_store(store) {}

QString ReportBuilder::otherGroupName()
{
    return tr("(all others)");
}

std::optional<double> ReportBuilder::pearson(const QList<ReportData::Point> &points)
{
    if (points.size() < 3)
        return std::nullopt;
    std::vector<double> durationS, energyJ;
    durationS.reserve(size_t(points.size()));
    energyJ.reserve(size_t(points.size()));
    for (const ReportData::Point &p : points) {
        durationS.push_back(p.durationS);
        energyJ.push_back(p.energyJ);
    }
    const double r = statistics::pearsonR(durationS, energyJ);
    return std::isnan(r) ? std::nullopt : std::optional<double>(r);
}

bool ReportBuilder::readCampaigns(ReportData *data, QString *error) const
{
    CampaignStore store(m_store);
    const auto all = store.campaigns(error);
    if (!all)
        return false;
    for (const CampaignRecord &c : *all) {
        if ((!data->request.cluster.isEmpty() && c.cluster != data->request.cluster) ||
            c.createdTs < data->request.sinceTs || c.createdTs >= data->request.untilTs)
            continue;
        const auto runs = store.runs(c.id, error);
        if (!runs)
            return false;
        ReportData::CampaignResult result;
        result.name = c.name;
        result.cluster = c.cluster;
        result.state = c.state;
        result.createdTs = c.createdTs;
        for (const CampaignRunRecord &run : *runs) {
            if (run.state == QLatin1String("retried"))
                continue; // its next attempt stands for it
            ++result.runs;
            result.completed += run.state == QLatin1String("completed") ? 1 : 0;
            if (run.state != QLatin1String("failed"))
                continue;
            ++result.failed;
            if (result.failedRuns.size() < ReportData::kMaxFailedRuns)
                result.failedRuns << ReportData::CampaignResult::FailedRun{run.jobName, run.slurmState, run.nodeList,
                                                                           run.message};
        }
        result.cells = CampaignSummary::cells(*runs);
        data->campaigns << result;
    }
    return true;
}

std::optional<ReportData> ReportBuilder::build(const ReportRequest &request, QString *error) const
{
    if (request.untilTs <= request.sinceTs) {
        *error = tr("the report's range is empty: its end must come after its start");
        return std::nullopt;
    }
    std::optional<qint64> clusterId;
    if (!request.cluster.isEmpty()) {
        clusterId = m_store.clusterId(request.cluster);
        if (!clusterId) {
            *error = tr("no cluster named %1 in the store").arg(request.cluster);
            return std::nullopt;
        }
    }
    ReportData data;
    data.request = request;
    data.generatedTs = QDateTime::currentSecsSinceEpoch();
    ReportQueries queries(
        m_store, request, clusterId, [this] { return cancelled(); }, error);
    if (!queries.readJobs(&data) || !queries.readNodeTemperatures(&data) || !queries.readAlerts(&data) ||
        !queries.readModelAccuracy(&data) || !readCampaigns(&data, error))
        return std::nullopt;
    return data;
}

} // namespace es
