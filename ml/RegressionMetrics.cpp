// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RegressionMetrics.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace es::ml {

RegressionMetrics RegressionMetrics::compute(std::span<const double> actual, std::span<const double> predicted)
{
    RegressionMetrics m;
    const qsizetype n = qsizetype(qMin(actual.size(), predicted.size()));
    m.n = n;
    if (n == 0 || actual.size() != predicted.size()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        m.mae = m.rmse = m.mapePct = m.r2 = m.within2xPct = m.underPredictedPct = nan;
        return m;
    }
    double mean = 0;
    for (qsizetype i = 0; i < n; ++i)
        mean += actual[i];
    mean /= double(n);
    double absSum = 0, sqSum = 0, totSum = 0, apeSum = 0;
    qsizetype apeCount = 0, positiveCount = 0, within2x = 0, under = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double err = predicted[i] - actual[i];
        under += predicted[i] < actual[i];
        if (actual[i] > 0) {
            ++positiveCount;
            within2x += predicted[i] >= 0.5 * actual[i] && predicted[i] <= 2.0 * actual[i];
        }
        absSum += std::abs(err);
        sqSum += err * err;
        totSum += (actual[i] - mean) * (actual[i] - mean);
        if (actual[i] != 0) {
            apeSum += std::abs(err / actual[i]);
            ++apeCount;
        }
    }
    m.mae = absSum / double(n);
    m.rmse = std::sqrt(sqSum / double(n));
    m.mapeExcludedZeros = n - apeCount;
    m.mapePct = apeCount > 0 ? 100.0 * apeSum / double(apeCount) : std::numeric_limits<double>::quiet_NaN();
    m.r2 = totSum > 0 ? 1.0 - sqSum / totSum : std::numeric_limits<double>::quiet_NaN();
    m.within2xPct =
        positiveCount > 0 ? 100.0 * double(within2x) / double(positiveCount) : std::numeric_limits<double>::quiet_NaN();
    m.underPredictedPct = 100.0 * double(under) / double(n);
    return m;
}

QJsonObject RegressionMetrics::toJson() const
{
    const auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return {{QStringLiteral("n"), double(n)},
            {QStringLiteral("mae"), number(mae)},
            {QStringLiteral("rmse"), number(rmse)},
            {QStringLiteral("mape_pct"), number(mapePct)},
            {QStringLiteral("mape_excluded_zeros"), double(mapeExcludedZeros)},
            {QStringLiteral("r2"), number(r2)},
            {QStringLiteral("within_2x_pct"), number(within2xPct)},
            {QStringLiteral("under_predicted_pct"), number(underPredictedPct)}};
}

} // namespace es::ml
