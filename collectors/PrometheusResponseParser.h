// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// One value of a series: `ts` in UTC epoch seconds (Prometheus's float seconds, rounded), `value` finite.
struct PrometheusPoint
{
    qint64 ts = 0;
    double value = 0;
};

/// One series of a range result: its labels (`__name__` included when Prometheus kept it) and its points in time
/// order.
struct PrometheusSeries
{
    QMap<QString, QString> labels;
    QList<PrometheusPoint> points;
};

/// A parsed `/api/v1/query_range` answer. Non-finite values ("NaN", "+Inf", "-Inf": what PromQL gives for 0/0,
/// x/0 or a stale division) are never stored as numbers: such points are left out of `points`, counted here, and
/// the first one is described in `firstNonFinite`, so the caller can say so.
struct PrometheusMatrix
{
    QList<PrometheusSeries> series;
    QStringList warnings; ///< the answer's own "warnings"
    qint64 nonFiniteValues = 0;
    QString firstNonFinite; ///< e.g. `NaN at 1795295020 in {instance="node1"}`
};

/// Reads the JSON answers of the Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/).
/// Pure: bytes in, series or a clear error out. Never throws, never crashes on garbage.
class PrometheusResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::PrometheusResponseParser)
public:
    /// A range result (`"resultType": "matrix"`). Fails with *error for: bytes that are not JSON (truncated,
    /// garbage: with the offset), `"status": "error"` (with Prometheus's errorType and error), another resultType,
    /// or a malformed series or value (naming result[i]).
    static std::optional<PrometheusMatrix> parseMatrix(const QByteArray &body, QString *error);

    /// The message of an error answer (`errorType: error`), or an empty string when `body` is not one.
    static QString errorMessage(const QByteArray &body);

    /// `{a="b", c="d"}`: labels as PromQL writes them, for messages.
    static QString describeLabels(const QMap<QString, QString> &labels);
};

} // namespace es
