// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CorrelationLoader.h"

#include "JobQuery.h"
#include "PreparedQuery.h"
#include "Store.h"

#include <QHash>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace es {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The energy fields of `data`, read in joules, into `unit` (Automatic: the unit of the largest finite energy).
void convertEnergies(CorrelationData *data, EnergyUnit unit)
{
    if (unit == EnergyUnit::Automatic) {
        double largestJ = 0;
        for (int f : {int(CorrelationFields::EnergyJ), int(CorrelationFields::MetricEnergyJ)})
            for (double v : data->numeric[size_t(f)])
                largestJ = std::isfinite(v) ? std::max(largestJ, std::abs(v)) : largestJ;
        unit = EnergyFormat::automaticUnit(largestJ);
    }
    data->energyUnit = unit;
    if (unit == EnergyUnit::J)
        return;
    for (int f : {int(CorrelationFields::EnergyJ), int(CorrelationFields::MetricEnergyJ)})
        for (double &v : data->numeric[size_t(f)])
            v = std::isfinite(v) ? EnergyFormat::convert(v, unit) : v;
}

// Field order of the select list below.
enum Column
{
    Pk,
    ClusterName,
    JobIdText,
    Name,
    UserName,
    PartitionName,
    StateName,
    JobTypeName,
    FirstNumeric, // elapsed_s .. timelimit_s in CorrelationFields order
    SubmitTs = FirstNumeric + int(CorrelationFields::TimelimitS) + 1,
    StartTs,
    FirstMetric,
};

const char *const kSelect =
    "SELECT j.id, c.name, j.job_id, j.name, j.user_name, j.partition, j.state, j.job_type,"
    " j.elapsed_s, j.alloc_cpus, j.node_count, j.req_mem_mb, j.max_rss_mb, j.total_cpu_s, j.ave_cpu_freq_mhz,"
    " j.energy_j, j.timelimit_s, j.submit_ts, j.start_ts,"
    " m.node_temp_avg_c, m.node_temp_peak_c, m.cpu_freq_avg_mhz, m.cpu_util_pct, m.mem_mb, m.duration_s,"
    " m.energy_j, m.power_avg_w"
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id";

} // namespace

CorrelationLoader::CorrelationLoader(QObject *parent) : QThread(parent) {}

CorrelationLoader::~CorrelationLoader()
{
    stop();
    wait();
}

void CorrelationLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeAll();
}

void CorrelationLoader::load(quint64 generation, const QString &location, const JobFilter &filter,
                             EnergyUnit energyUnit)
{
    QMutexLocker lock(&m_mutex);
    if (generation < m_generation)
        return;
    m_generation = generation;
    m_load = LoadRequest{location, filter, energyUnit};
    m_pair.reset();
    m_wake.wakeAll();
}

void CorrelationLoader::requestPair(quint64 generation, int xField, int yField)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_pair = std::make_pair(xField, yField);
    m_wake.wakeAll();
}

CorrelationDataPtr CorrelationLoader::readJobs(Store &store, const JobFilter &filter, EnergyUnit energyUnit,
                                               QString *error)
{
    QString sql = QString::fromLatin1(kSelect);
    QVariantList binds;
    if (!filter.isEmpty()) {
        // The jobs view's own filter SQL, so that both views always agree on what a filter means.
        JobQuery query;
        query.filter = filter;
        sql += QStringLiteral(" WHERE j.id IN (") + query.idSql(&binds) + u')';
    }
    sql += QStringLiteral(" ORDER BY j.id");
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, binds, error))
        return nullptr;

    auto data = std::make_shared<CorrelationData>();
    std::array<QHash<QString, int>, CorrelationFields::CategoryCount> codes;
    const int categoryColumn[] = {StateName, PartitionName, UserName, JobTypeName, ClusterName};
    static_assert(std::size(categoryColumn) == size_t(CorrelationFields::CategoryCount));
    while (query.next()) {
        data->jobPk.push_back(query.value(Pk).toLongLong());
        data->jobIds.append(query.value(JobIdText).toString());
        data->names.append(query.value(Name).toString());
        for (int f = 0; f <= CorrelationFields::TimelimitS; ++f)
            data->numeric[size_t(f)].push_back(sql::doubleOrNaN(query.value(FirstNumeric + f)));
        const QVariant submit = query.value(SubmitTs);
        const QVariant start = query.value(StartTs);
        double hour = kNaN;
        if (!submit.isNull()) {
            const qint64 s = submit.toLongLong();
            hour = double(((s % 86400) + 86400) % 86400 / 3600);
        }
        data->numeric[CorrelationFields::SubmitHourUtc].push_back(hour);
        data->numeric[CorrelationFields::WaitS].push_back(
            submit.isNull() || start.isNull() ? kNaN : double(start.toLongLong() - submit.toLongLong()));
        for (int f = CorrelationFields::MetricNodeTempAvgC; f < CorrelationFields::NumericCount; ++f)
            data->numeric[size_t(f)].push_back(
                sql::doubleOrNaN(query.value(FirstMetric + f - int(CorrelationFields::MetricNodeTempAvgC))));
        for (int c = 0; c < CorrelationFields::CategoryCount; ++c) {
            const QString value = query.value(categoryColumn[c]).toString();
            auto it = codes[size_t(c)].constFind(value);
            if (it == codes[size_t(c)].constEnd()) {
                it = codes[size_t(c)].insert(value, int(data->categoryNames[size_t(c)].size()));
                data->categoryNames[size_t(c)].append(value);
            }
            data->category[size_t(c)].push_back(*it);
        }
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return nullptr;
    }
    if (!readFeatures(store, filter, data.get(), error))
        return nullptr;
    convertEnergies(data.get(), energyUnit);
    return data;
}

bool CorrelationLoader::readFeatures(Store &store, const JobFilter &filter, CorrelationData *data, QString *error)
{
    QString sql = QStringLiteral("SELECT f.job_pk, f.name, f.value FROM job_features f");
    QVariantList binds;
    if (!filter.isEmpty()) {
        JobQuery jobs;
        jobs.filter = filter;
        sql += QStringLiteral(" WHERE f.job_pk IN (") + jobs.idSql(&binds) + u')';
    }
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    QHash<qint64, size_t> rowOfJob;
    for (size_t r = 0; r < data->jobPk.size(); ++r)
        rowOfJob.insert(data->jobPk[r], r);
    QHash<QString, int> fieldOfName;
    while (query.next()) {
        const auto row = rowOfJob.constFind(query.value(0).toLongLong());
        if (row == rowOfJob.constEnd())
            continue;
        const QString name = query.value(1).toString();
        auto field = fieldOfName.constFind(name);
        if (field == fieldOfName.constEnd())
            field = fieldOfName.insert(name, CorrelationFields::featureField(name));
        if (data->numeric.size() <= size_t(*field))
            data->numeric.resize(size_t(CorrelationFields::fieldCount()));
        std::vector<double> &column = data->numeric[size_t(*field)];
        if (column.empty())
            column.assign(data->jobPk.size(), kNaN);
        column[*row] = sql::doubleOrNaN(query.value(2));
    }
    // Every field registered has a column of the data's length (a feature of another store: all NaN).
    data->numeric.resize(size_t(CorrelationFields::fieldCount()));
    for (std::vector<double> &column : data->numeric) {
        if (column.empty())
            column.assign(data->jobPk.size(), kNaN);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

CorrelationMatrixResult CorrelationLoader::computeMatrix(const CorrelationData &data)
{
    CorrelationMatrixResult result;
    std::vector<std::span<const double>> columns;
    for (int f = 0; f < int(data.numeric.size()); ++f) {
        // Only fields with two distinct values or more can correlate with anything, and with fewer than three values
        // every coefficient is ±1 or undefined: such fields would only add empty rows to the matrix.
        const std::vector<double> &v = data.numeric[size_t(f)];
        double first = kNaN;
        bool varies = false;
        qsizetype count = 0;
        for (double x : v) {
            if (!std::isfinite(x))
                continue;
            ++count;
            if (std::isnan(first))
                first = x;
            else if (x != first)
                varies = true;
        }
        if (!varies || count < 3)
            continue;
        result.fields.push_back(f);
        columns.emplace_back(v);
    }
    result.matrix = ml::Correlation::matrix(columns);
    result.energyUnit = data.energyUnit;
    return result;
}

void CorrelationLoader::run()
{
    CorrelationDataPtr data;
    quint64 dataGeneration = 0;
    for (;;) {
        std::optional<LoadRequest> load;
        std::optional<std::pair<int, int>> pair;
        quint64 generation = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_load && !m_pair)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            generation = m_generation;
            if (m_load)
                load.swap(m_load);
            else
                pair.swap(m_pair);
        }

        if (load) {
            data.reset();
            QString error;
            Store store; // opened and closed in this thread, for this load only
            if (!store.open(load->location, &error)) {
                Q_EMIT failed(generation, tr("Cannot open the store: %1").arg(error));
                continue;
            }
            CorrelationDataPtr loadedData = readJobs(store, load->filter, load->energyUnit, &error);
            if (!loadedData) {
                Q_EMIT failed(generation, tr("Cannot read the jobs: %1").arg(error));
                continue;
            }
            data = loadedData;
            dataGeneration = generation;
            Q_EMIT loaded(generation, data);
            // Before the matrix when the view asked for a pair meanwhile: the scatter plot is what the user sees.
            std::optional<std::pair<int, int>> early;
            {
                QMutexLocker lock(&m_mutex);
                if (m_generation == generation)
                    early.swap(m_pair);
            }
            if (early)
                Q_EMIT pairReady(
                    generation, early->first, early->second,
                    ml::Correlation::pair(data->numeric[size_t(early->first)], data->numeric[size_t(early->second)]));
            Q_EMIT matrixReady(generation, computeMatrix(*data));
        } else if (pair && data && dataGeneration == generation) {
            Q_EMIT pairReady(
                generation, pair->first, pair->second,
                ml::Correlation::pair(data->numeric[size_t(pair->first)], data->numeric[size_t(pair->second)]));
        }
    }
}

} // namespace es
