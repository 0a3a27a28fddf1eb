#include "DatasetLoader.h"

#include "CsvReader.h"
#include "LineReader.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace es::ml {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("es::ml::DatasetLoader", text);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isNonFiniteWord(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"nan" || t == u"inf" || t == u"-inf" || t == u"+inf" || t == u"infinity" || t == u"-infinity" ||
           t == u"+infinity" || t == u"-nan";
}

/// Parses a number; std::nullopt when the text is not one. A non-finite spelling parses to NaN/inf.
std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    if (isNonFiniteWord(text))
        return std::numeric_limits<double>::infinity();
    return std::nullopt;
}

struct FeatureRequest
{
    QString name;
    std::optional<FeatureKind> kind;
    FeaturePhase phase = FeaturePhase::BeforeRun;
};

std::optional<FeatureRequest> parseFeature(const QString &text, QString *error)
{
    const QStringList parts = text.trimmed().split(u':');
    FeatureRequest r{parts[0].trimmed(), std::nullopt, FeaturePhase::BeforeRun};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString p = parts[i].trimmed();
        if (p == u"cat")
            r.kind = FeatureKind::Categorical;
        else if (p == u"num")
            r.kind = FeatureKind::Numeric;
        else if (p == u"after")
            r.phase = FeaturePhase::AfterRun;
        else if (p == u"before")
            r.phase = FeaturePhase::BeforeRun;
        else {
            *error = tr("feature '%1': unknown suffix ':%2' (use :cat, :num, :after)").arg(text, p);
            return std::nullopt;
        }
    }
    if (r.name.isEmpty()) {
        *error = tr("an empty feature name in --features");
        return std::nullopt;
    }
    return r;
}

} // namespace

QStringList DatasetLoader::storeTargets()
{
    return {QStringLiteral("energy_j"), QStringLiteral("duration_s"), QStringLiteral("temp_peak_c")};
}

std::optional<Dataset> DatasetLoader::fromCsv(const QString &path, const CsvOptions &options, QStringList *notes,
                                              QString *error)
{
    if (options.targetColumn.isEmpty() || options.features.isEmpty()) {
        *error = tr("a CSV dataset needs a target column and at least one feature column");
        return std::nullopt;
    }
    std::vector<FeatureRequest> requests;
    for (const QString &f : options.features) {
        const auto r = parseFeature(f, error);
        if (!r)
            return std::nullopt;
        if (r->name == options.targetColumn) {
            *error = tr("%1 is the target: it cannot also be a feature").arg(r->name);
            return std::nullopt;
        }
        requests.push_back(*r);
    }
    LineReader lines;
    if (!lines.open(path, error))
        return std::nullopt;
    CsvReader csv(lines, options.separator);
    QStringList header, fields;
    QString reason;
    if (csv.next(&header, &reason) != CsvReader::Status::Record) {
        *error = reason.isEmpty() ? tr("%1: the file is empty (no header line)").arg(path)
                                  : tr("%1:%2: %3").arg(path).arg(csv.recordLine()).arg(reason);
        return std::nullopt;
    }
    for (QString &h : header)
        h = h.trimmed();
    const auto column = [&](const QString &name, bool required, qsizetype *index) {
        *index = name.isEmpty() ? -1 : header.indexOf(name);
        if (*index < 0 && required && !name.isEmpty()) {
            *error =
                tr("%1: no column named '%2' (the header has: %3)").arg(path, name, header.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    };
    qsizetype targetAt, timeAt, groupAt, requestedAt, foldAt;
    if (!column(options.targetColumn, true, &targetAt) || !column(options.timeColumn, true, &timeAt) ||
        !column(options.groupColumn, true, &groupAt) || !column(options.requestedColumn, true, &requestedAt) ||
        !column(options.foldColumn, true, &foldAt))
        return std::nullopt;
    QString groupName = options.groupColumn;
    if (options.groupColumn.isEmpty() && header.contains(QStringLiteral("job_type"))) {
        groupAt = header.indexOf(QStringLiteral("job_type"));
        groupName = QStringLiteral("job_type");
    }
    std::vector<qsizetype> featureAt;
    for (const FeatureRequest &r : requests) {
        qsizetype at;
        if (!column(r.name, true, &at))
            return std::nullopt;
        featureAt.push_back(at);
    }

    // Read every record as text first: a column's kind is decided on all of its values.
    std::vector<QStringList> records;
    std::vector<qint64> recordLines;
    qint64 skippedNoTarget = 0, skippedEmptyFeature = 0;
    for (;;) {
        const CsvReader::Status status = csv.next(&fields, &reason);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            *error = tr("%1:%2: %3").arg(path).arg(csv.recordLine()).arg(reason);
            return std::nullopt;
        }
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue;
        if (fields.size() != header.size()) {
            *error = tr("%1:%2: %3 fields, the header has %4")
                         .arg(path)
                         .arg(csv.recordLine())
                         .arg(fields.size())
                         .arg(header.size());
            return std::nullopt;
        }
        if (fields[targetAt].trimmed().isEmpty()) {
            ++skippedNoTarget;
            continue;
        }
        records.push_back(fields);
        recordLines.push_back(csv.recordLine());
    }
    if (lines.hasError()) {
        *error = lines.errorString();
        return std::nullopt;
    }

    std::vector<FeatureKind> kinds;
    for (size_t f = 0; f < requests.size(); ++f) {
        FeatureKind kind = FeatureKind::Numeric;
        if (requests[f].kind) {
            kind = *requests[f].kind;
        } else {
            for (const QStringList &rec : records) {
                const QString &v = rec[featureAt[f]];
                if (!v.trimmed().isEmpty() && !number(v)) {
                    kind = FeatureKind::Categorical;
                    break;
                }
            }
        }
        kinds.push_back(kind);
    }

    Dataset data;
    data.targetName = options.targetColumn;
    data.groupName = groupAt >= 0 ? groupName : QString();
    data.description = tr("CSV %1, target %2").arg(QFileInfo(path).fileName(), options.targetColumn);
    for (size_t f = 0; f < requests.size(); ++f)
        data.columns.push_back(FeatureColumn{requests[f].name, kinds[f], requests[f].phase, {}, {}});
    for (size_t i = 0; i < records.size(); ++i) {
        const QStringList &rec = records[i];
        const auto where = [&](qsizetype at) {
            return tr("%1:%2: column %3").arg(path).arg(recordLines[i]).arg(header[at]);
        };
        const auto y = number(rec[targetAt]);
        if (!y) {
            *error = tr("%1: the target '%2' is not a number").arg(where(targetAt), rec[targetAt]);
            return std::nullopt;
        }
        if (!std::isfinite(*y)) {
            *error = tr("%1: the target '%2' is not a finite number").arg(where(targetAt), rec[targetAt]);
            return std::nullopt;
        }
        bool emptyFeature = false;
        std::vector<double> values(requests.size(), 0.0);
        for (size_t f = 0; f < requests.size(); ++f) {
            const QString &text = rec[featureAt[f]];
            if (kinds[f] == FeatureKind::Categorical)
                continue;
            if (text.trimmed().isEmpty()) {
                emptyFeature = true;
                break;
            }
            const auto v = number(text);
            if (!v) {
                *error = tr("%1: '%2' is not a number (name it %3:cat for a categorical feature)")
                             .arg(where(featureAt[f]), text, header[featureAt[f]]);
                return std::nullopt;
            }
            if (!std::isfinite(*v)) {
                *error = tr("%1: '%2' is not a finite number").arg(where(featureAt[f]), text);
                return std::nullopt;
            }
            values[f] = *v;
        }
        if (emptyFeature) {
            ++skippedEmptyFeature;
            continue;
        }
        for (size_t f = 0; f < requests.size(); ++f) {
            if (kinds[f] == FeatureKind::Categorical)
                data.columns[f].categories << rec[featureAt[f]].trimmed();
            else
                data.columns[f].numbers.push_back(values[f]);
        }
        data.target.push_back(*y);
        if (timeAt >= 0) {
            const auto t = number(rec[timeAt]);
            if (!t || !std::isfinite(*t)) {
                *error = tr("%1: '%2' is not a time in epoch seconds").arg(where(timeAt), rec[timeAt]);
                return std::nullopt;
            }
            data.timeTs.push_back(qint64(*t));
        }
        if (groupAt >= 0)
            data.group << rec[groupAt].trimmed();
        if (requestedAt >= 0) {
            const auto r = number(rec[requestedAt]);
            data.requestedS.push_back(r && std::isfinite(*r) && *r > 0 ? *r : kNaN);
        }
        if (foldAt >= 0) {
            const auto k = number(rec[foldAt]);
            if (!k || *k < 0 || *k > 1000 || *k != std::floor(*k)) {
                *error = tr("%1: '%2' is not a fold number (0, 1, ...)").arg(where(foldAt), rec[foldAt]);
                return std::nullopt;
            }
            data.givenFold.push_back(int(*k));
        }
    }
    if (skippedNoTarget > 0)
        *notes << tr("%1 rows without a value for %2 were left out").arg(skippedNoTarget).arg(options.targetColumn);
    if (skippedEmptyFeature > 0)
        *notes << tr("%1 rows with an empty numeric feature were left out").arg(skippedEmptyFeature);
    return data;
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
    for (const QString &name : options.features) {
        const auto &all = storeFeatures();
        if (std::none_of(all.cbegin(), all.cend(), [&](const StoreFeature &f) { return f.name == name; })) {
            *error = tr("unknown feature '%1'").arg(name);
            return std::nullopt;
        }
    }
    std::vector<const StoreFeature *> sources;
    QString select =
        QStringLiteral("SELECT j.id, COALESCE(j.submit_ts, j.start_ts), j.timelimit_s, ") + targetExpression;
    for (const StoreFeature &s : storeFeatures()) {
        if (options.features.isEmpty() ? (s.phase == FeaturePhase::AfterRun && !options.afterRunFeatures)
                                       : !options.features.contains(s.name))
            continue;
        if (s.name == options.target)
            continue;
        sources.push_back(&s);
        select += QStringLiteral(", ") + s.sql;
    }
    select += QStringLiteral(" FROM jobs j JOIN clusters c ON c.id = j.cluster_id"
                             " LEFT JOIN job_metrics m ON m.job_pk = j.id");
    if (!options.cluster.isEmpty())
        select += QStringLiteral(" WHERE c.name = ?");
    select += QStringLiteral(" ORDER BY j.id");
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(select);
    if (!options.cluster.isEmpty())
        query.addBindValue(options.cluster);
    if (!query.exec()) {
        *error = tr("cannot read the jobs: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    const int first = 4;
    std::vector<std::vector<double>> numbers(sources.size());
    std::vector<QStringList> texts(sources.size());
    std::vector<qint64> pks, times;
    std::vector<double> targets, requested;
    qint64 noTarget = 0;
    bool anyTime = false;
    while (query.next()) {
        const QVariant y = query.value(3);
        if (y.isNull() || !std::isfinite(y.toDouble())) {
            ++noTarget;
            continue;
        }
        pks.push_back(query.value(0).toLongLong());
        anyTime = anyTime || !query.value(1).isNull();
        times.push_back(query.value(1).toLongLong());
        requested.push_back(query.value(2).isNull() || query.value(2).toDouble() <= 0 ? kNaN
                                                                                      : query.value(2).toDouble());
        targets.push_back(y.toDouble());
        for (size_t s = 0; s < sources.size(); ++s) {
            const QVariant v = query.value(first + int(s));
            if (sources[s]->kind == FeatureKind::Numeric)
                numbers[s].push_back(v.isNull() ? kNaN : v.toDouble());
            else
                texts[s] << v.toString();
        }
    }
    if (noTarget > 0)
        *notes << tr("%1 jobs without a value for %2 were left out").arg(noTarget).arg(options.target);
    const size_t n = targets.size();

    // Drop features that carry nothing: one category only, a constant, or mostly unknown values.
    std::vector<bool> keep(sources.size(), true);
    for (size_t s = 0; s < sources.size(); ++s) {
        const QString name = sources[s]->name;
        if (sources[s]->kind == FeatureKind::Categorical) {
            const QSet<QString> distinct(texts[s].cbegin(), texts[s].cend());
            if (distinct.size() <= 1 && n > 0) {
                keep[s] = false;
                if (name != u"cluster")
                    *notes << tr("feature %1 dropped: it has a single value").arg(name);
            }
            continue;
        }
        size_t missing = 0;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (double v : numbers[s]) {
            if (std::isnan(v)) {
                ++missing;
            } else {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        if (n > 0 && double(missing) > 0.2 * double(n)) {
            keep[s] = false;
            *notes << tr("feature %1 dropped: unknown for %2 of %3 jobs").arg(name).arg(missing).arg(n);
        } else if (n > 0 && lo == hi) {
            keep[s] = false;
            *notes << tr("feature %1 dropped: constant").arg(name);
        }
    }
    std::vector<bool> rowOk(n, true);
    qint64 incomplete = 0;
    for (size_t r = 0; r < n; ++r) {
        for (size_t s = 0; s < sources.size(); ++s) {
            if (keep[s] && sources[s]->kind == FeatureKind::Numeric && std::isnan(numbers[s][r])) {
                rowOk[r] = false;
                ++incomplete;
                break;
            }
        }
    }
    if (incomplete > 0)
        *notes << tr("%1 jobs with an unknown numeric feature were left out").arg(incomplete);

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
    for (size_t s = 0; s < sources.size(); ++s) {
        if (!keep[s])
            continue;
        FeatureColumn c{sources[s]->name, sources[s]->kind, sources[s]->phase, {}, {}};
        for (size_t r = 0; r < n; ++r) {
            if (!rowOk[r])
                continue;
            if (c.kind == FeatureKind::Numeric)
                c.numbers.push_back(numbers[s][r]);
            else
                c.categories << texts[s][qsizetype(r)];
        }
        data.columns.push_back(std::move(c));
    }
    const int typeColumn = data.columnIndex(QStringLiteral("job_type"));
    bool allRequested = true;
    for (size_t r = 0; r < n; ++r) {
        if (!rowOk[r])
            continue;
        data.target.push_back(targets[r]);
        data.jobPk.push_back(pks[r]);
        if (anyTime)
            data.timeTs.push_back(times[r]);
        data.requestedS.push_back(requested[r]);
        allRequested = allRequested && !std::isnan(requested[r]);
        if (typeColumn >= 0)
            data.group << data.columns[size_t(typeColumn)].categories[qsizetype(data.target.size() - 1)];
    }
    data.groupName = typeColumn >= 0 ? QStringLiteral("job_type") : QString();
    if (!allRequested || options.target != u"duration_s")
        data.requestedS.clear();
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

QString DatasetLoader::targetSql(const QString &target)
{
    if (target == u"energy_j")
        return QStringLiteral("COALESCE(m.energy_j, j.energy_j)");
    if (target == u"duration_s")
        return QStringLiteral("COALESCE(m.duration_s, j.elapsed_s)");
    if (target == u"temp_peak_c")
        return QStringLiteral("m.node_temp_peak_c");
    for (const StoreFeature &f : storeFeatures())
        if (f.kind == FeatureKind::Numeric && f.name == target)
            return f.sql;
    return {};
}

} // namespace es::ml
