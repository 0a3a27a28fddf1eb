#include "ReportBuilder.h"

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
#include <map>

namespace es {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("es::ReportBuilder", text);
}

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
    " WHERE COALESCE(j.start_ts, j.submit_ts) >= ? AND COALESCE(j.start_ts, j.submit_ts) < ?";

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

} // namespace

ReportBuilder::ReportBuilder(Store &store) : m_store(store) {}

QString ReportBuilder::otherGroupName()
{
    return tr("(all others)");
}

std::optional<double> ReportBuilder::pearson(const QList<ReportData::Point> &points)
{
    const qsizetype n = points.size();
    if (n < 3)
        return std::nullopt;
    double meanX = 0;
    double meanY = 0;
    for (const ReportData::Point &p : points) {
        meanX += p.durationS;
        meanY += p.energyJ;
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (const ReportData::Point &p : points) {
        const double dx = p.durationS - meanX;
        const double dy = p.energyJ - meanY;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
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
    auto dbError = [&](const QSqlQuery &query) {
        *error = tr("cannot read the store: %1").arg(query.lastError().text());
        return std::nullopt;
    };
    auto cancelledError = [&] {
        *error = tr("cancelled");
        return std::nullopt;
    };

    ReportData data;
    data.request = request;
    data.generatedTs = QDateTime::currentSecsSinceEpoch();

    // Jobs: one pass over the jobs that started in the range.
    QString sql = QString::fromLatin1(kJobsSelect);
    if (clusterId)
        sql += QStringLiteral(" AND j.cluster_id = ?");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return dbError(query);
    query.addBindValue(request.sinceTs);
    query.addBindValue(request.untilTs);
    if (clusterId)
        query.addBindValue(*clusterId);
    if (!query.exec())
        return dbError(query);
    QHash<QString, ReportData::Group> partitions;
    QHash<QString, ReportData::Group> users;
    QHash<QString, ReportData::Group> jobTypes;
    std::map<qint64, double> days;
    QList<ReportData::Point> pairs;
    double powerEnergyJ = 0;
    double powerDurationS = 0;
    const auto byEnergy = [](const ReportData::TopJob &a, const ReportData::TopJob &b) {
        return a.energyJ > b.energyJ;
    };
    while (query.next()) {
        if ((data.jobs & 0xfff) == 0 && cancelled())
            return cancelledError();
        ++data.jobs;
        const QVariant durationValue = query.value(DurationS);
        const std::optional<double> durationS = durationValue.isNull() || durationValue.toDouble() < 0
                                                    ? std::nullopt
                                                    : std::optional<double>(durationValue.toDouble());
        const double nodeHours = durationS.value_or(0) * std::max(1.0, query.value(NodeCount).toDouble()) / 3600.0;
        data.nodeHours += nodeHours;
        const QVariant energyValue = query.value(EnergyJ);
        const std::optional<double> energyJ =
            energyValue.isNull() ? std::nullopt : std::optional<double>(energyValue.toDouble());
        addToGroup(&partitions, query.value(PartitionName).toString(), nodeHours, energyJ);
        addToGroup(&users, query.value(UserName).toString(), nodeHours, energyJ);
        addToGroup(&jobTypes, query.value(JobTypeName).toString(), nodeHours, energyJ);
        if (!energyJ)
            continue;
        ++data.jobsWithEnergy;
        data.energyJ += *energyJ;
        const QString source = query.value(EnergySource).toString();
        if (isMeasured(source))
            data.measuredJ += *energyJ;
        else if (source == QLatin1String("model"))
            data.estimatedJ += *energyJ;
        else
            data.unspecifiedJ += *energyJ;
        const qint64 start = query.value(StartTs).toLongLong();
        days[start - ((start % kDayS) + kDayS) % kDayS] += *energyJ;
        if (durationS && *durationS > 0) {
            pairs.append({*durationS, *energyJ});
            powerEnergyJ += *energyJ;
            powerDurationS += *durationS;
        }
        if (data.topJobs.size() < ReportData::kTopJobs || *energyJ > data.topJobs.constLast().energyJ) {
            ReportData::TopJob job{query.value(ClusterName).toString(),
                                   query.value(JobIdText).toString(),
                                   query.value(JobName).toString(),
                                   query.value(UserName).toString(),
                                   query.value(PartitionName).toString(),
                                   *energyJ,
                                   durationS,
                                   source};
            data.topJobs.insert(
                std::upper_bound(data.topJobs.begin(), data.topJobs.end(), job, byEnergy) - data.topJobs.begin(), job);
            if (data.topJobs.size() > ReportData::kTopJobs)
                data.topJobs.removeLast();
        }
    }
    if (query.lastError().isValid())
        return dbError(query);
    data.byPartition = sortedGroups(partitions);
    data.byUser = sortedGroups(users);
    data.byJobType = sortedGroups(jobTypes);
    for (const auto &[day, joules] : days)
        data.energyByDay.append({day, joules});
    if (powerDurationS > 0)
        data.meanPowerW = powerEnergyJ / powerDurationS;
    data.energyVsDurationN = pairs.size();
    data.energyDurationR = pearson(pairs);
    if (pairs.size() > ReportData::kMaxScatterPoints) {
        const double step = double(pairs.size()) / ReportData::kMaxScatterPoints;
        for (int i = 0; i < ReportData::kMaxScatterPoints; ++i)
            data.energyVsDuration.append(pairs[qsizetype(double(i) * step)]);
    } else {
        data.energyVsDuration = pairs;
    }
    if (cancelled())
        return cancelledError();

    // Node temperatures in the range.
    sql = QStringLiteral("SELECT c.name, n.name, AVG(s.temp_c), MAX(s.temp_c), COUNT(s.temp_c) FROM node_samples s"
                         " JOIN nodes n ON n.id = s.node_id JOIN clusters c ON c.id = n.cluster_id"
                         " WHERE s.ts >= ? AND s.ts < ? AND s.temp_c IS NOT NULL");
    if (clusterId)
        sql += QStringLiteral(" AND n.cluster_id = ?");
    sql += QStringLiteral(" GROUP BY c.name, n.name");
    if (!query.prepare(sql))
        return dbError(query);
    query.addBindValue(request.sinceTs);
    query.addBindValue(request.untilTs);
    if (clusterId)
        query.addBindValue(*clusterId);
    if (!query.exec())
        return dbError(query);
    QList<ReportData::NodeTemperature> nodes;
    while (query.next()) {
        nodes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
                      query.value(3).toDouble(), query.value(4).toLongLong()});
        data.temperatureSamples += nodes.constLast().samples;
    }
    if (query.lastError().isValid())
        return dbError(query);
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        if (a.peakC != b.peakC)
            return a.peakC > b.peakC;
        return a.node < b.node;
    });
    data.hottestNodes = nodes.mid(0, ReportData::kHottestNodes);

    // Alerts that started in the range.
    sql = QStringLiteral("SELECT kind, COUNT(*) FROM events WHERE ts_start >= ? AND ts_start < ?");
    if (clusterId)
        sql += QStringLiteral(" AND cluster_id = ?");
    sql += QStringLiteral(" GROUP BY kind");
    if (!query.prepare(sql))
        return dbError(query);
    query.addBindValue(request.sinceTs);
    query.addBindValue(request.untilTs);
    if (clusterId)
        query.addBindValue(*clusterId);
    if (!query.exec())
        return dbError(query);
    while (query.next()) {
        data.alertsByKind.insert(query.value(0).toString(), query.value(1).toLongLong());
        data.alerts += query.value(1).toLongLong();
    }
    if (query.lastError().isValid())
        return dbError(query);

    // Model accuracy: the validation metrics the trainer stored with each model (see ml::Trainer::metricsJson).
    if (!query.exec(QStringLiteral("SELECT id, name, target, algorithm, created_ts, metrics FROM models ORDER BY id")))
        return dbError(query);
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
            data.models.append(entry);
        }
    }
    if (query.lastError().isValid())
        return dbError(query);
    return data;
}

} // namespace es
