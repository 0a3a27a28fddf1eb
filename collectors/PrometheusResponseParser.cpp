// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusResponseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace es {
namespace {

/// Prometheus writes sample values as strings: a Go float, or NaN, +Inf, -Inf.
enum class ValueKind
{
    Finite,
    NonFinite,
    Invalid
};

ValueKind readValue(const QString &text, double *value)
{
    const QChar first = text.isEmpty() ? QChar() : text.front();
    if ((first == u'N' || first == u'+' || first == u'-' || first == u'I') &&
        (text == u"NaN" || text == u"+Inf" || text == u"-Inf" || text == u"Inf"))
        return ValueKind::NonFinite;
    bool ok = false;
    *value = text.toDouble(&ok);
    if (!ok)
        return ValueKind::Invalid;
    return std::isfinite(*value) ? ValueKind::Finite : ValueKind::NonFinite;
}

/// One series' labels and points (result[i]); the non-finite values are counted in *matrix. False with *error.
bool readSeries(qsizetype i, const QJsonObject &item, PrometheusMatrix *matrix, PrometheusSeries *series,
                QString *error)
{
    const QJsonValue metric = item.value(QStringLiteral("metric"));
    const QJsonValue values = item.value(QStringLiteral("values"));
    if (!metric.isObject() || !values.isArray()) {
        *error = PrometheusResponseParser::tr("result[%1] is not a series (needs \"metric\" and \"values\")").arg(i);
        return false;
    }
    const QJsonObject labels = metric.toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = PrometheusResponseParser::tr("result[%1]: label %2 is not a string").arg(i).arg(it.key());
            return false;
        }
        series->labels.insert(it.key(), it.value().toString());
    }
    const QJsonArray points = values.toArray();
    series->points.reserve(points.size());
    qsizetype j = 0;
    for (auto it = points.begin(); it != points.end(); ++it, ++j) { // iterators: no per-point container copy
        const auto point = *it;
        const QJsonArray pair = point.toArray();
        const QJsonValue tsValue = pair.size() == 2 ? pair.first() : QJsonValue();
        const QJsonValue textValue = pair.size() == 2 ? pair.last() : QJsonValue();
        if (!tsValue.isDouble() || !textValue.isString()) {
            *error =
                PrometheusResponseParser::tr("result[%1].values[%2] is not a [time, \"value\"] pair").arg(i).arg(j);
            return false;
        }
        const double tsS = tsValue.toDouble();
        if (!std::isfinite(tsS) || tsS < 0 || tsS > 1e11) {
            *error =
                PrometheusResponseParser::tr("result[%1].values[%2]: time %3 is out of range").arg(i).arg(j).arg(tsS);
            return false;
        }
        const QString text = textValue.toString();
        double value = 0;
        switch (readValue(text, &value)) {
        case ValueKind::Finite:
            series->points.append({std::llround(tsS), value});
            break;
        case ValueKind::NonFinite:
            if (matrix->nonFiniteValues++ == 0) {
                matrix->firstNonFinite = PrometheusResponseParser::tr("%1 at %2 in %3")
                                             .arg(text)
                                             .arg(std::llround(tsS))
                                             .arg(PrometheusResponseParser::describeLabels(series->labels));
            }
            break;
        case ValueKind::Invalid:
            *error = PrometheusResponseParser::tr("result[%1].values[%2]: '%3' is not a number")
                         .arg(i)
                         .arg(j)
                         .arg(text.left(40));
            return false;
        }
    }
    for (qsizetype k = 1; k < series->points.size(); ++k) {
        if (series->points[k].ts <= series->points[k - 1].ts) {
            *error = PrometheusResponseParser::tr("result[%1]: times are not increasing at point %2").arg(i).arg(k);
            return false;
        }
    }
    return true;
}

} // namespace

QString PrometheusResponseParser::describeLabels(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QStringLiteral("=\"") + it.value() + u'"';
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString PrometheusResponseParser::errorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return QString();
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("status")).toString() != u"error")
        return QString();
    const QString type = root.value(QStringLiteral("errorType")).toString();
    const QString message = root.value(QStringLiteral("error")).toString();
    return type.isEmpty() ? message : type + QStringLiteral(": ") + message;
}

std::optional<PrometheusMatrix> PrometheusResponseParser::parseMatrix(const QByteArray &body, QString *error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = tr("the answer is not JSON (%1 at byte %2 of %3)")
                     .arg(jsonError.errorString())
                     .arg(jsonError.offset)
                     .arg(body.size());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == u"error") {
        *error = tr("Prometheus answered with an error: %1").arg(errorMessage(body));
        return std::nullopt;
    }
    if (status != u"success") {
        *error = tr("the answer has no \"status\": \"success\" (not a Prometheus API answer?)");
        return std::nullopt;
    }
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QString resultType = data.value(QStringLiteral("resultType")).toString();
    if (resultType != u"matrix") {
        *error = tr("expected a range result (resultType matrix), got '%1'").arg(resultType);
        return std::nullopt;
    }
    const QJsonValue resultValue = data.value(QStringLiteral("result"));
    if (!resultValue.isArray()) {
        *error = tr("the answer's data.result is not an array");
        return std::nullopt;
    }

    PrometheusMatrix matrix;
    for (const QJsonValue &warning : root.value(QStringLiteral("warnings")).toArray())
        matrix.warnings << warning.toString();
    const QJsonArray result = resultValue.toArray();
    matrix.series.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        PrometheusSeries series;
        if (!readSeries(i, result.at(i).toObject(), &matrix, &series, error))
            return std::nullopt;
        matrix.series.append(std::move(series));
    }
    return matrix;
}

} // namespace es
