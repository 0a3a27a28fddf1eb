// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonIntensity.h"

#include "EnergyUnits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace es {
namespace {

/// Windows over at most this many points are summed point by point, longer ones from the prefix sums.
constexpr size_t kDirectSegments = 256;

QString utcText(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace

std::optional<CarbonIntensity> CarbonIntensity::fromPoints(QList<CarbonPoint> points, qint64 lastHoldS, QString *error)
{
    if (points.isEmpty()) {
        *error = tr("an empty carbon-intensity series");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double g = points[i].gramsPerKwh;
        if (!std::isfinite(g) || g < 0 || g > CarbonSeriesParser::kMaxGramsPerKwh) {
            *error = tr("intensity %1 g/kWh at %2 is outside [0, %3]")
                         .arg(g)
                         .arg(utcText(points[i].ts))
                         .arg(CarbonSeriesParser::kMaxGramsPerKwh);
            return std::nullopt;
        }
        if (i > 0 && points[i].ts <= points[i - 1].ts) {
            *error = tr("the series' times do not increase at %1").arg(utcText(points[i].ts));
            return std::nullopt;
        }
    }
    if (lastHoldS <= 0) {
        QList<CarbonGap> gaps;
        CarbonSeriesParser::findGaps(points, &lastHoldS, &gaps);
    }
    if (lastHoldS <= 0) {
        *error = tr("a series of one point needs the time its value holds");
        return std::nullopt;
    }
    CarbonIntensity series;
    series.m_ts.reserve(size_t(points.size()));
    series.m_gramsPerKwh.reserve(size_t(points.size()));
    series.m_integral.reserve(size_t(points.size()));
    double integral = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            integral += double(points[i].ts - points[i - 1].ts) * points[i - 1].gramsPerKwh;
        series.m_ts.push_back(points[i].ts);
        series.m_gramsPerKwh.push_back(points[i].gramsPerKwh);
        series.m_integral.push_back(integral);
    }
    series.m_endTs = points.constLast().ts + lastHoldS;
    return series;
}

std::optional<double> CarbonIntensity::gramsPerKwhAt(qint64 ts) const
{
    if (m_ts.empty() || ts < m_ts.front() || ts >= m_endTs)
        return std::nullopt;
    const auto it = std::upper_bound(m_ts.begin(), m_ts.end(), ts);
    return m_gramsPerKwh[size_t(it - m_ts.begin()) - 1];
}

double CarbonIntensity::integralBetween(qint64 fromTs, qint64 toTs) const
{
    const auto segment = [this](qint64 ts) {
        return size_t(std::upper_bound(m_ts.begin(), m_ts.end(), ts) - m_ts.begin()) - 1;
    };
    const size_t first = segment(fromTs);
    const size_t last = segment(toTs);
    if (first == last)
        return double(toTs - fromTs) * m_gramsPerKwh[first];
    double middle = 0;
    if (last - first <= kDirectSegments) {
        // Summed here: a difference of two large prefix sums would lose digits on a short window.
        for (size_t i = first + 1; i < last; ++i)
            middle += double(m_ts[i + 1] - m_ts[i]) * m_gramsPerKwh[i];
    } else {
        middle = m_integral[last] - m_integral[first + 1];
    }
    return double(m_ts[first + 1] - fromTs) * m_gramsPerKwh[first] + middle +
           double(toTs - m_ts[last]) * m_gramsPerKwh[last];
}

bool CarbonIntensity::covered(qint64 startTs, qint64 durationS, QString *why) const
{
    if (durationS <= 0) {
        *why = tr("a window of %1 s: the duration must be positive").arg(durationS);
        return false;
    }
    if (m_ts.empty()) {
        *why = tr("no carbon-intensity series");
        return false;
    }
    // startTs + durationS > m_endTs, without overflow
    if (startTs < m_ts.front() || startTs >= m_endTs || durationS > m_endTs - startTs) {
        *why = tr("the window %1 + %2 s is not covered by the carbon-intensity series (%3 to %4)")
                   .arg(utcText(startTs))
                   .arg(durationS)
                   .arg(utcText(m_ts.front()), utcText(m_endTs));
        return false;
    }
    return true;
}

std::optional<double> CarbonIntensity::meanGramsPerKwh(qint64 startTs, qint64 durationS, QString *why) const
{
    if (!covered(startTs, durationS, why))
        return std::nullopt;
    return integralBetween(startTs, startTs + durationS) / double(durationS);
}

std::optional<double> CarbonIntensity::gramsForEnergy(qint64 startTs, qint64 durationS, double energyJ,
                                                      QString *why) const
{
    if (!std::isfinite(energyJ) || energyJ < 0) {
        *why = tr("energy %1 J: it must be a finite, non-negative number").arg(energyJ);
        return std::nullopt;
    }
    const auto mean = meanGramsPerKwh(startTs, durationS, why);
    if (!mean)
        return std::nullopt;
    return energyJ / kJoulesPerKWh * *mean;
}

std::optional<CarbonIntensity::Best> CarbonIntensity::bestStart(qint64 earliestTs, qint64 latestStartTs,
                                                                qint64 durationS, qint64 stepS, QString *why) const
{
    if (stepS <= 0 || durationS <= 0 || latestStartTs < earliestTs) {
        *why = tr("bestStart needs a positive step and duration and latest start >= earliest (step %1 s, duration "
                  "%2 s, %3 to %4)")
                   .arg(stepS)
                   .arg(durationS)
                   .arg(utcText(earliestTs), utcText(latestStartTs));
        return std::nullopt;
    }
    Best best;
    best.meanGramsPerKwh = std::numeric_limits<double>::infinity();
    QString skipped;
    for (qint64 start = earliestTs;; start += stepS) {
        QString reason;
        const auto mean = meanGramsPerKwh(start, durationS, &reason);
        if (mean) {
            ++best.candidates;
            if (*mean < best.meanGramsPerKwh) {
                best.meanGramsPerKwh = *mean;
                best.startTs = start;
            }
        } else {
            ++best.uncovered;
            if (skipped.isEmpty())
                skipped = reason;
        }
        if (latestStartTs - start < stepS)
            break;
    }
    if (best.candidates == 0) {
        *why = tr("no start between %1 and %2 has its window covered: %3")
                   .arg(utcText(earliestTs), utcText(latestStartTs), skipped);
        return std::nullopt;
    }
    return best;
}

} // namespace es
