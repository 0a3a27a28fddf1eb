// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardLoader.h"

#include "AlertEvent.h"
#include "JobQuery.h"
#include "PreparedQuery.h"
#include "Store.h"

#include <QHash>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace es {
namespace {

enum Column
{
    ClusterName,
    JobIdText,
    Name,
    UserName,
    PartitionName,
    JobTypeName,
    DayTs,
    EnergyJ,
    EnergySource,
};

// One row per job; the energy of a job is its derived/dataset metric when there is one, else the accounted value.
const char *const kSelect =
    "SELECT c.name, j.job_id, j.name, j.user_name, j.partition, j.job_type, COALESCE(j.start_ts, j.submit_ts),"
    " COALESCE(m.energy_j, j.energy_j),"
    " CASE WHEN m.energy_j IS NOT NULL THEN m.energy_source ELSE j.energy_source END"
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id";

// Node temperature events; value is the episode's peak temperature in °C.
const char *const kThermalSelect =
    "SELECT e.node_id, c.name, n.name, e.severity, e.ts_start, e.value FROM events e"
    " JOIN clusters c ON c.id = e.cluster_id LEFT JOIN nodes n ON n.id = e.node_id WHERE e.kind IN (?, ?)";

constexpr qint64 kDay = 86400;

qint64 dayStart(qint64 ts)
{
    return ts - ((ts % kDay) + kDay) % kDay;
}

QList<DashboardData::Group> sorted(const QHash<QString, DashboardData::Group> &groups)
{
    QList<DashboardData::Group> list = groups.values();
    std::sort(list.begin(), list.end(), [](const DashboardData::Group &a, const DashboardData::Group &b) {
        if (a.energyJ != b.energyJ)
            return a.energyJ > b.energyJ;
        return a.name < b.name;
    });
    return list;
}

void add(QHash<QString, DashboardData::Group> *groups, const QString &name, double energyJ)
{
    DashboardData::Group &group = (*groups)[name];
    group.name = name;
    group.energyJ += energyJ;
    ++group.jobs;
}

/// Keeps data->topJobs the kTopJobs most energy-hungry jobs, by energy.
void addTopJob(const DashboardData::TopJob &job, DashboardData *data)
{
    const auto byEnergy = [](const DashboardData::TopJob &a, const DashboardData::TopJob &b) {
        return a.energyJ > b.energyJ;
    };
    data->topJobs.insert(
        std::upper_bound(data->topJobs.begin(), data->topJobs.end(), job, byEnergy) - data->topJobs.begin(), job);
    if (data->topJobs.size() > DashboardData::kTopJobs)
        data->topJobs.removeLast();
}

/// The kTopUsers users with the most energy, the others summed into one last group (usersHaveOther).
void fillUsers(const QHash<QString, DashboardData::Group> &users, DashboardData *data)
{
    QList<DashboardData::Group> allUsers = sorted(users);
    if (allUsers.size() > DashboardData::kTopUsers) {
        DashboardData::Group other;
        for (qsizetype i = DashboardData::kTopUsers; i < allUsers.size(); ++i) {
            other.energyJ += allUsers[i].energyJ;
            other.jobs += allUsers[i].jobs;
        }
        allUsers.resize(DashboardData::kTopUsers);
        allUsers.append(other);
        data->usersHaveOther = true;
    }
    data->byUser = allUsers;
}

/// Jobs per UTC day: every day from the first to the last (zeros included) when the span is short enough, else
/// only the days with jobs.
void fillJobsPerDay(const std::map<qint64, qint64> &days, DashboardData *data)
{
    if (days.empty())
        return;
    const qint64 first = days.begin()->first;
    const qint64 last = days.rbegin()->first;
    data->daysContiguous = (last - first) / kDay < DashboardData::kMaxFilledDays;
    if (data->daysContiguous) {
        for (qint64 day = first; day <= last; day += kDay) {
            const auto it = days.find(day);
            data->jobsPerDay.append({day, it == days.end() ? 0 : it->second});
        }
    } else {
        for (const auto &[day, count] : days)
            data->jobsPerDay.append({day, count});
    }
}

} // namespace

DashboardLoader::DashboardLoader(QObject *parent) : QThread(parent) {}

DashboardLoader::~DashboardLoader()
{
    stop();
    wait();
}

void DashboardLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeAll();
}

void DashboardLoader::load(quint64 generation, const QString &location, const JobFilter &filter)
{
    QMutexLocker lock(&m_mutex);
    if (generation < m_generation)
        return;
    m_generation = generation;
    m_load = LoadRequest{location, filter};
    m_wake.wakeAll();
}

bool DashboardLoader::isMeasuredSource(const QString &source)
{
    return source == QLatin1String("slurm") || source == QLatin1String("counter") || source == QLatin1String("dataset");
}

DashboardDataPtr DashboardLoader::aggregate(Store &store, const JobFilter &filter, QString *error)
{
    QString sql = QString::fromLatin1(kSelect);
    QVariantList binds;
    if (!filter.isEmpty()) {
        // The jobs view's own filter SQL, so that every view agrees on what a filter means.
        JobQuery query;
        query.filter = filter;
        sql += QStringLiteral(" WHERE j.id IN (") + query.idSql(&binds) + u')';
    }
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, binds, error))
        return nullptr;

    auto data = std::make_shared<DashboardData>();
    QHash<QString, DashboardData::Group> partitions;
    QHash<QString, DashboardData::Group> users;
    QHash<QString, DashboardData::Group> jobTypes;
    std::map<qint64, qint64> days;
    while (query.next()) {
        ++data->jobs;
        const QVariant ts = query.value(DayTs);
        if (!ts.isNull())
            ++days[dayStart(ts.toLongLong())];
        const QVariant energy = query.value(EnergyJ);
        if (energy.isNull())
            continue;
        const double joules = energy.toDouble();
        const QString source = query.value(EnergySource).toString();
        ++data->jobsWithEnergy;
        data->energyJ += joules;
        if (isMeasuredSource(source))
            data->measuredJ += joules;
        else if (source == QLatin1String("model"))
            data->estimatedJ += joules;
        else
            data->unspecifiedJ += joules;
        add(&partitions, query.value(PartitionName).toString(), joules);
        add(&users, query.value(UserName).toString(), joules);
        add(&jobTypes, query.value(JobTypeName).toString(), joules);
        if (data->topJobs.size() < DashboardData::kTopJobs || joules > data->topJobs.constLast().energyJ) {
            addTopJob(DashboardData::TopJob{query.value(ClusterName).toString(), query.value(JobIdText).toString(),
                                            query.value(Name).toString(), query.value(UserName).toString(), joules,
                                            source},
                      data.get());
        }
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return nullptr;
    }

    data->byPartition = sorted(partitions);
    data->byJobType = sorted(jobTypes);
    fillUsers(users, data.get());
    fillJobsPerDay(days, data.get());
    if (!aggregateThermalEvents(store, filter, data.get(), error) ||
        !DashboardFlowStats::aggregate(store, filter, &data->flow, error))
        return nullptr;
    return data;
}

bool DashboardLoader::aggregateThermalEvents(Store &store, const JobFilter &filter, DashboardData *data, QString *error)
{
    QString sql = QString::fromLatin1(kThermalSelect);
    QVariantList binds{AlertEvent::tempWarningKind(), AlertEvent::tempCriticalKind()};
    if (!filter.cluster.isEmpty()) {
        sql += QStringLiteral(" AND c.name = ?");
        binds << filter.cluster;
    }
    if (filter.startFrom) {
        sql += QStringLiteral(" AND e.ts_start >= ?");
        binds << *filter.startFrom;
    }
    if (filter.startTo) {
        sql += QStringLiteral(" AND e.ts_start < ?");
        binds << *filter.startTo;
    }
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    std::map<qint64, DashboardData::ThermalDay> days;
    QSet<qint64> nodes;
    while (query.next()) {
        ++data->thermalEvents;
        if (!query.value(0).isNull())
            nodes.insert(query.value(0).toLongLong());
        const qint64 day = dayStart(query.value(4).toLongLong());
        DashboardData::ThermalDay &counts = days[day];
        counts.dayTs = day;
        if (query.value(3).toString() == QLatin1String("critical"))
            ++counts.criticals;
        else
            ++counts.warnings;
        const QVariant peak = query.value(5);
        if (!peak.isNull() && (!data->hottestTempC || peak.toDouble() > *data->hottestTempC)) {
            data->hottestTempC = peak.toDouble();
            data->hottestCluster = query.value(1).toString();
            data->hottestNode = query.value(2).toString();
        }
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    data->thermalNodes = nodes.size();
    if (days.empty())
        return true;
    const qint64 first = days.begin()->first;
    const qint64 last = days.rbegin()->first;
    data->thermalDaysContiguous = (last - first) / kDay < DashboardData::kMaxFilledDays;
    for (qint64 day = first; data->thermalDaysContiguous && day <= last; day += kDay) {
        const auto it = days.find(day);
        data->thermalPerDay.append(it == days.end() ? DashboardData::ThermalDay{day, 0, 0} : it->second);
    }
    if (!data->thermalDaysContiguous) {
        for (const auto &entry : days)
            data->thermalPerDay.append(entry.second);
    }
    return true;
}

void DashboardLoader::run()
{
    for (;;) {
        std::optional<LoadRequest> load;
        quint64 generation = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_load)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            generation = m_generation;
            load.swap(m_load);
        }
        QString error;
        Store store; // opened and closed in this thread, for this load only
        if (!store.open(load->location, &error)) {
            Q_EMIT failed(generation, tr("Cannot open the store: %1").arg(error));
            continue;
        }
        DashboardDataPtr data = aggregate(store, load->filter, &error);
        if (!data) {
            Q_EMIT failed(generation, tr("Cannot read the jobs and events: %1").arg(error));
            continue;
        }
        Q_EMIT loaded(generation, data);
    }
}

} // namespace es
