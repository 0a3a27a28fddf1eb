// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "FeatureSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace es::ml {
namespace {

QString kindName(FeatureKind kind)
{
    return kind == FeatureKind::Numeric ? QStringLiteral("numeric") : QStringLiteral("categorical");
}

QString phaseName(FeaturePhase phase)
{
    return phase == FeaturePhase::BeforeRun ? QStringLiteral("before_run") : QStringLiteral("after_run");
}

double skewness(const std::vector<double> &v)
{
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    double m2 = 0, m3 = 0;
    for (double x : v) {
        m2 += (x - mean) * (x - mean);
        m3 += (x - mean) * (x - mean) * (x - mean);
    }
    m2 /= double(v.size());
    m3 /= double(v.size());
    return m2 > 0 ? m3 / std::pow(m2, 1.5) : 0;
}

/// The categories of `rows`, sorted: all of them, or the kMaxCategories - 1 most frequent (*other set) when there
/// are more.
/// Stops (nullopt) when keepGoing does.
std::optional<QStringList> frequentCategories(const FeatureColumn &column, const std::vector<qsizetype> &rows,
                                              bool *other, const KeepGoing &keepGoing)
{
    QHash<QString, qsizetype> counted;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (stopsAt(qsizetype(i), keepGoing))
            return std::nullopt;
        ++counted[column.categories[rows[i]]];
    }
    const std::map<QString, qsizetype> counts(counted.keyValueBegin(), counted.keyValueEnd());
    QStringList kept;
    *other = qsizetype(counts.size()) > FeatureSpec::kMaxCategories;
    if (!*other) {
        for (const auto &entry : counts)
            kept << entry.first;
        return kept;
    }
    std::vector<std::pair<qsizetype, QString>> byCount;
    byCount.reserve(counts.size());
    for (const auto &[category, n] : counts)
        byCount.emplace_back(n, category);
    // Most frequent first; ties by name, so that the choice does not depend on the order of rows.
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (size_t i = 0; i + 1 < size_t(FeatureSpec::kMaxCategories); ++i)
        kept << byCount[i].second;
    kept.sort();
    return kept;
}

} // namespace

std::optional<FeatureSpec> FeatureSpec::fit(const Dataset &data, const std::vector<qsizetype> &rowsIn, LogTarget log,
                                            QString *error, const KeepGoing &keepGoing)
{
    const auto stopped = [&] {
        *error = tr("cancelled");
        return std::nullopt;
    };
    std::vector<qsizetype> rows = rowsIn;
    if (rows.empty()) {
        rows.resize(size_t(data.rowCount()));
        for (qsizetype i = 0; i < data.rowCount(); ++i)
            rows[size_t(i)] = i;
    }
    if (rows.empty()) {
        *error = tr("no rows to fit the features on");
        return std::nullopt;
    }
    FeatureSpec spec;
    spec.m_target = data.targetName;
    std::vector<double> y;
    y.reserve(rows.size());
    for (qsizetype r : rows)
        y.push_back(data.target[size_t(r)]);
    const bool nonNegative = std::all_of(y.begin(), y.end(), [](double v) { return v >= 0; });
    const auto [lowest, highest] = std::minmax_element(y.begin(), y.end());
    spec.m_targetMin = *lowest;
    spec.m_targetMax = *highest;
    if (log == LogTarget::On && !nonNegative) {
        *error = tr("the log transform needs a target without negative values (%1 has some)").arg(data.targetName);
        return std::nullopt;
    }
    spec.m_logTarget = log == LogTarget::On || (log == LogTarget::Auto && nonNegative && skewness(y) > 1.0);
    if (spec.m_logTarget) {
        double smallestPositive = std::numeric_limits<double>::infinity();
        for (double v : y)
            if (v > 0)
                smallestPositive = std::min(smallestPositive, v);
        spec.m_logOffset = *lowest > 0 ? 0.0 : std::isfinite(smallestPositive) ? smallestPositive / 2 : 1.0;
    }
    double mean = 0, sq = 0;
    for (double &v : y) {
        v = spec.m_logTarget ? std::log(v + spec.m_logOffset) : v;
        mean += v;
    }
    mean /= double(y.size());
    for (double v : y)
        sq += (v - mean) * (v - mean);
    spec.m_targetMean = mean;
    spec.m_targetScale = sq > 0 ? std::sqrt(sq / double(y.size())) : 1.0;

    for (const FeatureColumn &c : data.columns) {
        Feature f{c.name, c.kind, c.phase, 0, 1, {}};
        if (c.kind == FeatureKind::Numeric) {
            double m = 0, s = 0;
            for (qsizetype r : rows)
                m += c.numbers[size_t(r)];
            m /= double(rows.size());
            for (qsizetype r : rows)
                s += (c.numbers[size_t(r)] - m) * (c.numbers[size_t(r)] - m);
            if (!mayGoOn(keepGoing))
                return stopped();
            s = std::sqrt(s / double(rows.size()));
            f.mean = m;
            f.scale = s > 0 ? s : 1.0;
            spec.m_width += 1;
        } else {
            std::optional<QStringList> categories = frequentCategories(c, rows, &f.otherColumn, keepGoing);
            if (!categories)
                return stopped();
            f.categories = std::move(*categories);
            spec.m_width += f.columnCount();
        }
        spec.m_features.push_back(std::move(f));
    }
    return spec;
}

QStringList FeatureSpec::encodedNames() const
{
    QStringList names;
    for (const Feature &f : m_features) {
        if (f.kind == FeatureKind::Numeric)
            names << f.name;
        else {
            for (const QString &c : f.categories)
                names << f.name + u'=' + c;
            if (f.otherColumn)
                names << f.name + QStringLiteral("=(other)");
        }
    }
    return names;
}

Eigen::MatrixXd FeatureSpec::encode(const Dataset &data, const std::vector<qsizetype> &rows, qsizetype *unknown,
                                    int permuteFeature, const std::vector<qsizetype> *permutation,
                                    const KeepGoing &keepGoing) const
{
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(qsizetype(rows.size()), m_width);
    int offset = 0;
    qsizetype unknownCount = 0;
    for (size_t fi = 0; fi < m_features.size(); ++fi) {
        const Feature &f = m_features[fi];
        const int ci = data.columnIndex(f.name);
        const bool permuted = int(fi) == permuteFeature && permutation;
        if (ci < 0) { // the caller checked the columns; an absent one encodes as the training mean
            offset += f.columnCount();
            continue;
        }
        const FeatureColumn &c = data.columns[size_t(ci)];
        for (size_t i = 0; i < rows.size(); ++i) {
            if (stopsAt(qsizetype(i), keepGoing))
                return x;
            const qsizetype r = permuted ? rows[size_t((*permutation)[i])] : rows[i];
            if (f.kind == FeatureKind::Numeric) {
                x(qsizetype(i), offset) = (c.numbers[size_t(r)] - f.mean) / f.scale;
            } else {
                const auto it = std::lower_bound(f.categories.cbegin(), f.categories.cend(), c.categories[r]);
                if (it != f.categories.cend() && *it == c.categories[r])
                    x(qsizetype(i), offset + int(it - f.categories.cbegin())) = 1.0;
                else if (f.otherColumn)
                    x(qsizetype(i), offset + int(f.categories.size())) = 1.0;
                else
                    ++unknownCount;
            }
        }
        offset += f.columnCount();
    }
    if (unknown)
        *unknown = unknownCount;
    return x;
}

std::optional<Eigen::VectorXd> FeatureSpec::encodeInputs(const QHash<QString, QString> &inputs,
                                                         QStringList *unknownCategories, QString *error) const
{
    QStringList missing, extra;
    for (const Feature &f : m_features) {
        if (!inputs.contains(f.name))
            missing << f.name;
    }
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        if (std::none_of(m_features.cbegin(), m_features.cend(), [&](const Feature &f) { return f.name == it.key(); }))
            extra << it.key();
    }
    extra.sort();
    if (!missing.isEmpty() || !extra.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty())
            parts << tr("missing %1").arg(missing.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            parts << tr("not trained with %1").arg(extra.join(QStringLiteral(", ")));
        QStringList all;
        for (const Feature &f : m_features)
            all << f.name;
        *error =
            tr("the model's inputs are %1; %2").arg(all.join(QStringLiteral(", ")), parts.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    Eigen::VectorXd x = Eigen::VectorXd::Zero(m_width);
    int offset = 0;
    for (const Feature &f : m_features) {
        const QString value = inputs.value(f.name);
        if (f.kind == FeatureKind::Numeric) {
            bool ok = false;
            const double v = QLocale::c().toDouble(value.trimmed(), &ok);
            if (!ok || !std::isfinite(v)) {
                *error = tr("%1 must be a finite number, got '%2'").arg(f.name, value);
                return std::nullopt;
            }
            x(offset) = (v - f.mean) / f.scale;
            offset += 1;
        } else {
            const qsizetype at = f.categories.indexOf(value);
            if (at >= 0)
                x(offset + int(at)) = 1.0;
            else if (f.otherColumn)
                x(offset + int(f.categories.size())) = 1.0;
            else if (unknownCategories)
                *unknownCategories << f.name + u'=' + value;
            offset += f.columnCount();
        }
    }
    return x;
}

double FeatureSpec::targetToModel(double y) const
{
    return ((m_logTarget ? std::log(std::max(y + m_logOffset, std::numeric_limits<double>::min())) : y) -
            m_targetMean) /
           m_targetScale;
}

double FeatureSpec::targetFromModel(double z) const
{
    const double t = z * m_targetScale + m_targetMean;
    return std::clamp(m_logTarget ? std::exp(t) - m_logOffset : t, m_targetMin, m_targetMax);
}

QJsonObject FeatureSpec::toJson() const
{
    QJsonArray features;
    for (const Feature &f : m_features) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("kind"), kindName(f.kind)},
                      {QStringLiteral("phase"), phaseName(f.phase)}};
        if (f.kind == FeatureKind::Numeric) {
            o.insert(QStringLiteral("mean"), f.mean);
            o.insert(QStringLiteral("scale"), f.scale);
        } else {
            o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(f.categories));
            if (f.otherColumn)
                o.insert(QStringLiteral("other_column"), true);
        }
        features.append(o);
    }
    return {{QStringLiteral("target"), m_target},
            {QStringLiteral("log_target"), m_logTarget},
            {QStringLiteral("log_offset"), m_logOffset},
            {QStringLiteral("target_mean"), m_targetMean},
            {QStringLiteral("target_scale"), m_targetScale},
            {QStringLiteral("target_min"), m_targetMin},
            {QStringLiteral("target_max"), m_targetMax},
            {QStringLiteral("features"), features}};
}

std::optional<FeatureSpec> FeatureSpec::fromJson(const QJsonObject &json, QString *error)
{
    FeatureSpec spec;
    spec.m_target = json.value(QStringLiteral("target")).toString();
    spec.m_logTarget = json.value(QStringLiteral("log_target")).toBool();
    spec.m_logOffset = json.value(QStringLiteral("log_offset")).toDouble(1.0);
    if (!(spec.m_logOffset >= 0) || !std::isfinite(spec.m_logOffset)) {
        *error = tr("the feature specification has a bad log offset");
        return std::nullopt;
    }
    spec.m_targetMean = json.value(QStringLiteral("target_mean")).toDouble();
    spec.m_targetScale = json.value(QStringLiteral("target_scale")).toDouble(1.0);
    spec.m_targetMin = json.value(QStringLiteral("target_min")).toDouble(-std::numeric_limits<double>::infinity());
    spec.m_targetMax = json.value(QStringLiteral("target_max")).toDouble(std::numeric_limits<double>::infinity());
    if (!(spec.m_targetMin <= spec.m_targetMax)) {
        *error = tr("the feature specification has a target range whose minimum is above its maximum");
        return std::nullopt;
    }
    const QJsonArray features = json.value(QStringLiteral("features")).toArray();
    if (spec.m_target.isEmpty() || features.isEmpty() || !(spec.m_targetScale > 0)) {
        *error = tr("the feature specification is incomplete (no target, no features or a bad scale)");
        return std::nullopt;
    }
    for (const QJsonValue &v : features) {
        const QJsonObject o = v.toObject();
        Feature f;
        f.name = o.value(QStringLiteral("name")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString phase = o.value(QStringLiteral("phase")).toString();
        if (f.name.isEmpty() ||
            (kind != kindName(FeatureKind::Numeric) && kind != kindName(FeatureKind::Categorical))) {
            *error =
                tr("the feature specification has a feature without a name or with an unknown kind '%1'").arg(kind);
            return std::nullopt;
        }
        f.kind = kind == kindName(FeatureKind::Numeric) ? FeatureKind::Numeric : FeatureKind::Categorical;
        f.phase = phase == phaseName(FeaturePhase::AfterRun) ? FeaturePhase::AfterRun : FeaturePhase::BeforeRun;
        if (f.kind == FeatureKind::Numeric) {
            f.mean = o.value(QStringLiteral("mean")).toDouble();
            f.scale = o.value(QStringLiteral("scale")).toDouble(1.0);
            if (!(f.scale > 0)) {
                *error = tr("the feature %1 has a bad scale").arg(f.name);
                return std::nullopt;
            }
            spec.m_width += 1;
        } else {
            for (const QJsonValue &c : o.value(QStringLiteral("categories")).toArray())
                f.categories << c.toString();
            std::sort(f.categories.begin(), f.categories.end());
            f.otherColumn = o.value(QStringLiteral("other_column")).toBool();
            spec.m_width += f.columnCount();
        }
        spec.m_features.push_back(std::move(f));
    }
    return spec;
}

} // namespace es::ml
