#include "DashboardLoader.h"

#include "JobQuery.h"
#include "Store.h"

#include <QHash>
#include <QMutexLocker>
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

constexpr qint64 kDay = 86400;

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
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return nullptr;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        *error = query.lastError().text();
        return nullptr;
    }

    auto data = std::make_shared<DashboardData>();
    QHash<QString, DashboardData::Group> partitions;
    QHash<QString, DashboardData::Group> users;
    QHash<QString, DashboardData::Group> jobTypes;
    std::map<qint64, qint64> days;
    const auto byEnergy = [](const DashboardData::TopJob &a, const DashboardData::TopJob &b) {
        return a.energyJ > b.energyJ;
    };
    while (query.next()) {
        ++data->jobs;
        const QVariant ts = query.value(DayTs);
        if (!ts.isNull()) {
            const qint64 t = ts.toLongLong();
            ++days[t - ((t % kDay) + kDay) % kDay];
        }
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
            DashboardData::TopJob job{query.value(ClusterName).toString(),
                                      query.value(JobIdText).toString(),
                                      query.value(Name).toString(),
                                      query.value(UserName).toString(),
                                      joules,
                                      source};
            data->topJobs.insert(std::upper_bound(data->topJobs.begin(), data->topJobs.end(), job, byEnergy) -
                                     data->topJobs.begin(),
                                 job);
            if (data->topJobs.size() > DashboardData::kTopJobs)
                data->topJobs.removeLast();
        }
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return nullptr;
    }

    data->byPartition = sorted(partitions);
    data->byJobType = sorted(jobTypes);
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

    if (!days.empty()) {
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
    return data;
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
            Q_EMIT failed(generation, tr("Cannot read the jobs: %1").arg(error));
            continue;
        }
        Q_EMIT loaded(generation, data);
    }
}

} // namespace es
