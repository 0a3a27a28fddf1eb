// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DatasetLoader.h"

#include "CsvDatasetReader.h"
#include "RunTimeBaselines.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace es::ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The store's rows with a finite target, per feature source.
struct StoreRows
{
    std::vector<std::vector<double>> numbers; ///< per numeric source, NaN when unknown
    std::vector<QStringList> texts;           ///< per categorical source
    std::vector<qint64> pks, times, endTimes; ///< end: 0 when unknown
    std::vector<double> targets, requested, elapsedS;
    QStringList users;
    std::vector<double> userRecentS; ///< RunTimeBaselines::userLastTwoMeanS of the rows read
    qint64 noTarget = 0;
    bool anyTime = false;
};

/// The SELECT of the target and the chosen features (appended to *sources); the dataset features' names are bound
/// first, then the cluster.
QString storeSelect(const DatasetLoader::StoreOptions &options, const QString &targetExpression,
                    const QList<DatasetLoader::StoreFeature> &datasetFeatures,
                    std::vector<const DatasetLoader::StoreFeature *> *sources)
{
    QString select = QStringLiteral("SELECT j.id, COALESCE(j.submit_ts, j.start_ts), j.timelimit_s, ") +
                     targetExpression + QStringLiteral(", j.user_name, j.end_ts, j.elapsed_s");
    for (const DatasetLoader::StoreFeature &s : DatasetLoader::storeFeatures()) {
        if (options.features.isEmpty() ? (s.phase == FeaturePhase::AfterRun && !options.afterRunFeatures)
                                       : !options.features.contains(s.name))
            continue;
        if (s.name == options.target)
            continue;
        sources->push_back(&s);
        select += QStringLiteral(", ") + s.sql;
    }
    for (const DatasetLoader::StoreFeature &s : datasetFeatures) {
        sources->push_back(&s);
        select += QStringLiteral(", ") + s.sql;
    }
    select += QStringLiteral(" FROM jobs j JOIN clusters c ON c.id = j.cluster_id"
                             " LEFT JOIN job_metrics m ON m.job_pk = j.id");
    if (!options.cluster.isEmpty())
        select += QStringLiteral(" WHERE c.name = ?");
    select += QStringLiteral(" ORDER BY j.id");
    return select;
}

/// Reads every row of the query; false when options.cancel stopped it. Equal category texts share one string (a
/// user or executable column repeats a few thousand values over a million rows).
bool readStoreRows(QSqlQuery &query, const std::vector<const DatasetLoader::StoreFeature *> &sources,
                   const DatasetLoader::StoreOptions &options, StoreRows *rows)
{
    const int first = 7;
    rows->numbers.resize(sources.size());
    rows->texts.resize(sources.size());
    std::vector<QSet<QString>> seen(sources.size());
    QSet<QString> users;
    for (qint64 read = 1; query.next(); ++read) {
        if (read % DatasetLoader::kRowsPerCheck == 0) {
            if (options.cancel && options.cancel->load())
                return false;
            if (options.progress)
                options.progress(read);
        }
        const QVariant y = query.value(3);
        if (y.isNull() || !std::isfinite(y.toDouble())) {
            ++rows->noTarget;
            continue;
        }
        rows->pks.push_back(query.value(0).toLongLong());
        rows->anyTime = rows->anyTime || !query.value(1).isNull();
        rows->times.push_back(query.value(1).toLongLong());
        rows->requested.push_back(
            query.value(2).isNull() || query.value(2).toDouble() <= 0 ? kNaN : query.value(2).toDouble());
        rows->targets.push_back(y.toDouble());
        const QString user = query.value(4).toString();
        const auto knownUser = users.constFind(user);
        rows->users << (knownUser != users.cend() ? *knownUser : *users.insert(user));
        rows->endTimes.push_back(query.value(5).isNull() ? 0 : query.value(5).toLongLong());
        rows->elapsedS.push_back(query.value(6).isNull() ? kNaN : query.value(6).toDouble());
        for (size_t s = 0; s < sources.size(); ++s) {
            const QVariant v = query.value(first + int(s));
            if (sources[s]->kind == FeatureKind::Numeric) {
                rows->numbers[s].push_back(v.isNull() ? kNaN : v.toDouble());
                continue;
            }
            const QString text = v.toString();
            const auto known = seen[s].constFind(text);
            rows->texts[s] << (known != seen[s].cend() ? *known : *seen[s].insert(text));
        }
    }
    return true;
}

/// Drops features that carry nothing: one category only, a constant, or mostly unknown values (with a note each).
std::vector<bool> usefulFeatures(const std::vector<const DatasetLoader::StoreFeature *> &sources, const StoreRows &rows,
                                 QStringList *notes)
{
    const size_t n = rows.targets.size();
    std::vector<bool> keep(sources.size(), true);
    for (size_t s = 0; s < sources.size(); ++s) {
        const QString name = sources[s]->name;
        if (sources[s]->kind == FeatureKind::Categorical) {
            const QSet<QString> distinct(rows.texts[s].cbegin(), rows.texts[s].cend());
            if (distinct.size() <= 1 && n > 0) {
                keep[s] = false;
                if (name != u"cluster")
                    *notes << DatasetLoader::tr("feature %1 dropped: it has a single value").arg(name);
            }
            continue;
        }
        size_t missing = 0;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (double v : rows.numbers[s]) {
            if (std::isnan(v)) {
                ++missing;
            } else {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        if (n > 0 && double(missing) > 0.2 * double(n)) {
            keep[s] = false;
            *notes << DatasetLoader::tr("feature %1 dropped: unknown for %2 of %3 jobs").arg(name).arg(missing).arg(n);
        } else if (n > 0 && lo == hi) {
            keep[s] = false;
            *notes << DatasetLoader::tr("feature %1 dropped: constant").arg(name);
        }
    }
    return keep;
}

/// Rows with every kept numeric feature known (a note counts the others).
std::vector<bool> completeRows(const std::vector<const DatasetLoader::StoreFeature *> &sources,
                               const std::vector<bool> &keep, const StoreRows &rows, QStringList *notes)
{
    const size_t n = rows.targets.size();
    std::vector<bool> rowOk(n, true);
    qint64 incomplete = 0;
    for (size_t r = 0; r < n; ++r) {
        for (size_t s = 0; s < sources.size(); ++s) {
            if (keep[s] && sources[s]->kind == FeatureKind::Numeric && std::isnan(rows.numbers[s][r])) {
                rowOk[r] = false;
                ++incomplete;
                break;
            }
        }
    }
    if (incomplete > 0)
        *notes << DatasetLoader::tr("%1 jobs with an unknown numeric feature were left out").arg(incomplete);
    return rowOk;
}

/// The kept features of the complete rows, the target, times, requested times and job-type groups.
void fillStoreDataset(const std::vector<const DatasetLoader::StoreFeature *> &sources, const std::vector<bool> &keep,
                      const std::vector<bool> &rowOk, const StoreRows &rows, Dataset *data)
{
    const size_t n = rows.targets.size();
    for (size_t s = 0; s < sources.size(); ++s) {
        if (!keep[s])
            continue;
        FeatureColumn c{sources[s]->name, sources[s]->kind, sources[s]->phase, {}, {}};
        for (size_t r = 0; r < n; ++r) {
            if (!rowOk[r])
                continue;
            if (c.kind == FeatureKind::Numeric)
                c.numbers.push_back(rows.numbers[s][r]);
            else
                c.categories << rows.texts[s][qsizetype(r)];
        }
        data->columns.push_back(std::move(c));
    }
    const int typeColumn = data->columnIndex(QStringLiteral("job_type"));
    bool allRequested = true;
    for (size_t r = 0; r < n; ++r) {
        if (!rowOk[r])
            continue;
        data->target.push_back(rows.targets[r]);
        data->jobPk.push_back(rows.pks[r]);
        if (rows.anyTime)
            data->timeTs.push_back(rows.times[r]);
        data->requestedS.push_back(rows.requested[r]);
        allRequested = allRequested && !std::isnan(rows.requested[r]);
        if (typeColumn >= 0)
            data->group << data->columns[size_t(typeColumn)].categories[qsizetype(data->target.size() - 1)];
    }
    data->groupName = typeColumn >= 0 ? QStringLiteral("job_type") : QString();
    if (!allRequested || data->targetName != u"duration_s")
        data->requestedS.clear();
    if (data->targetName == u"duration_s" && rows.anyTime) {
        for (size_t r = 0; r < n; ++r)
            if (rowOk[r])
                data->userRecentS.push_back(rows.userRecentS[r]);
    }
}

} // namespace

QStringList DatasetLoader::storeTargets()
{
    return {QStringLiteral("energy_j"), QStringLiteral("duration_s"), QStringLiteral("temp_peak_c")};
}

std::optional<Dataset> DatasetLoader::fromCsv(const QString &path, const CsvOptions &options, QStringList *notes,
                                              QString *error)
{
    return CsvDatasetReader::read(path, options, notes, error);
}

std::optional<Dataset> DatasetLoader::fromStore(Store &store, const StoreOptions &options, QStringList *notes,
                                                QString *error)
{
    const QString targetExpression = targetSql(options.target);
    if (targetExpression.isEmpty()) {
        *error = tr("unknown target '%1' (%2 or a numeric feature)")
                     .arg(options.target, storeTargets().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QStringList stored;
    if (std::any_of(options.features.cbegin(), options.features.cend(), isDatasetFeature)) {
        const auto names = datasetFeatureNames(store, options.cluster, error);
        if (!names)
            return std::nullopt;
        stored = *names;
    }
    QList<StoreFeature> datasetFeatures;
    for (const QString &name : options.features) {
        if (isDatasetFeature(name)) {
            if (!stored.contains(name)) {
                *error = tr("unknown feature '%1' (the store's dataset features: %2)")
                             .arg(name, stored.isEmpty() ? tr("none") : stored.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            datasetFeatures.append(datasetFeature(name));
            continue;
        }
        const auto &all = storeFeatures();
        if (std::none_of(all.cbegin(), all.cend(), [&](const StoreFeature &f) { return f.name == name; })) {
            *error = tr("unknown feature '%1'").arg(name);
            return std::nullopt;
        }
    }
    std::vector<const StoreFeature *> sources;
    const QString select = storeSelect(options, targetExpression, datasetFeatures, &sources);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(select);
    for (const StoreFeature &f : datasetFeatures)
        query.addBindValue(f.name.mid(kDatasetFeaturePrefix.size()));
    if (!options.cluster.isEmpty())
        query.addBindValue(options.cluster);
    if (!query.exec()) {
        *error = tr("cannot read the jobs: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    StoreRows rows;
    if (!readStoreRows(query, sources, options, &rows)) {
        *error = tr("cancelled");
        return std::nullopt;
    }
    if (rows.noTarget > 0)
        *notes << tr("%1 jobs without a value for %2 were left out").arg(rows.noTarget).arg(options.target);
    rows.userRecentS = RunTimeBaselines::userLastTwoMeanS(rows.users, rows.times, rows.endTimes, rows.elapsedS);
    for (size_t s = 0; s < sources.size(); ++s)
        if (sources[s]->name == kUserRecentRuntime)
            rows.numbers[s] = rows.userRecentS;
    const std::vector<bool> keep = usefulFeatures(sources, rows, notes);
    const std::vector<bool> rowOk = completeRows(sources, keep, rows, notes);

    Dataset data;
    data.targetName = options.target;
    data.description =
        tr("store %1%2, target %3, %4 features")
            .arg(store.displayLocation(),
                 options.cluster.isEmpty() ? QString() : tr(", cluster %1").arg(options.cluster), options.target,
                 std::any_of(sources.cbegin(), sources.cend(),
                             [](const StoreFeature *f) { return f->phase == FeaturePhase::AfterRun; })
                     ? tr("before- and after-run")
                     : tr("before-run"));
    fillStoreDataset(sources, keep, rowOk, rows, &data);
    return data;
}

} // namespace es::ml

namespace es::ml {

const QList<DatasetLoader::StoreFeature> &DatasetLoader::storeFeatures()
{
    using K = FeatureKind;
    using P = FeaturePhase;
    // Before a job runs: what the submission says. After: what only measurement tells.
    static const QList<StoreFeature> kFeatures{
        {QStringLiteral("cluster"), K::Categorical, P::BeforeRun, QStringLiteral("c.name")},
        {QStringLiteral("job_type"), K::Categorical, P::BeforeRun, QStringLiteral("j.job_type")},
        {QStringLiteral("partition"), K::Categorical, P::BeforeRun, QStringLiteral("j.partition")},
        {QStringLiteral("qos"), K::Categorical, P::BeforeRun, QStringLiteral("j.qos")},
        {QStringLiteral("user"), K::Categorical, P::BeforeRun, QStringLiteral("j.user_name")},
        {QStringLiteral("group"), K::Categorical, P::BeforeRun, QStringLiteral("j.group_name")},
        {QStringLiteral("account"), K::Categorical, P::BeforeRun, QStringLiteral("j.account")},
        {QStringLiteral("executable"), K::Categorical, P::BeforeRun, QStringLiteral("j.executable")},
        {QStringLiteral("req_cpus"), K::Numeric, P::BeforeRun, QStringLiteral("COALESCE(j.req_cpus, j.alloc_cpus)")},
        {QStringLiteral("node_count"), K::Numeric, P::BeforeRun, QStringLiteral("j.node_count")},
        {QStringLiteral("req_mem_mb"), K::Numeric, P::BeforeRun, QStringLiteral("j.req_mem_mb")},
        {QStringLiteral("timelimit_s"), K::Numeric, P::BeforeRun, QStringLiteral("j.timelimit_s")},
        {QStringLiteral("submit_hour_utc"), K::Numeric, P::BeforeRun,
         QStringLiteral("(COALESCE(j.submit_ts, j.start_ts) % 86400) / 3600")},
        {kUserRecentRuntime, K::Numeric, P::BeforeRun, QStringLiteral("NULL"), true},
        {QStringLiteral("node_temp_avg_c"), K::Numeric, P::AfterRun, QStringLiteral("m.node_temp_avg_c")},
        {QStringLiteral("cpu_freq_avg_mhz"), K::Numeric, P::AfterRun,
         QStringLiteral("COALESCE(m.cpu_freq_avg_mhz, j.ave_cpu_freq_mhz)")},
        {QStringLiteral("cpu_util_pct"), K::Numeric, P::AfterRun, QStringLiteral("m.cpu_util_pct")},
        {QStringLiteral("mem_mb"), K::Numeric, P::AfterRun, QStringLiteral("COALESCE(m.mem_mb, j.max_rss_mb)")},
        {QStringLiteral("power_avg_w"), K::Numeric, P::AfterRun, QStringLiteral("m.power_avg_w")},
        {QStringLiteral("duration_s"), K::Numeric, P::AfterRun, QStringLiteral("COALESCE(m.duration_s, j.elapsed_s)")},
    };
    return kFeatures;
}

bool DatasetLoader::isDatasetFeature(const QString &name)
{
    return name.startsWith(kDatasetFeaturePrefix) && name.size() > kDatasetFeaturePrefix.size();
}

DatasetLoader::StoreFeature DatasetLoader::datasetFeature(const QString &name)
{
    return {name, FeatureKind::Numeric, FeaturePhase::BeforeRun,
            QStringLiteral("(SELECT f.value FROM job_features f WHERE f.job_pk = j.id AND f.name = ?)")};
}

std::optional<QStringList> DatasetLoader::datasetFeatureNames(Store &store, const QString &cluster, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(cluster.isEmpty()
                      ? QStringLiteral("SELECT DISTINCT name FROM job_features ORDER BY name")
                      : QStringLiteral("SELECT DISTINCT f.name FROM job_features f JOIN jobs j ON j.id = f.job_pk"
                                       " JOIN clusters c ON c.id = j.cluster_id WHERE c.name = ? ORDER BY f.name"));
    if (!cluster.isEmpty())
        query.addBindValue(cluster);
    if (!query.exec()) {
        *error = tr("cannot read the dataset features: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QStringList names;
    while (query.next())
        names << kDatasetFeaturePrefix + query.value(0).toString();
    return names;
}

QString DatasetLoader::targetSql(const QString &target)
{
    if (target == u"energy_j")
        return QStringLiteral("COALESCE(m.energy_j, j.energy_j)");
    if (target == u"duration_s")
        return QStringLiteral("COALESCE(m.duration_s, j.elapsed_s)");
    if (target == u"temp_peak_c")
        return QStringLiteral("m.node_temp_peak_c");
    for (const StoreFeature &f : storeFeatures())
        if (f.kind == FeatureKind::Numeric && !f.derived && f.name == target)
            return f.sql;
    return {};
}

} // namespace es::ml
