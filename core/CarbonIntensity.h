// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CarbonSeriesParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace es {

/// A carbon-intensity series as a step function: each point's intensity (gCO2e/kWh) holds from its ts until the next
/// point's ts; the last point holds for `lastHoldS` (by default the series' most common interval). The series covers
/// [first ts, last ts + lastHoldS); a window reaching outside is refused, never extrapolated. Gaps inside the series
/// are held by the point before them (they were reported at import).
///
/// Immutable after construction; safe to read from several threads. Times are UTC epoch seconds.
class CarbonIntensity final
{
    Q_DECLARE_TR_FUNCTIONS(es::CarbonIntensity)
public:
    /// The start of least mean intensity found by bestStart().
    struct Best
    {
        qint64 startTs = 0;
        double meanGramsPerKwh = 0;
        qint64 candidates = 0; ///< start times evaluated (covered windows)
        qint64 uncovered = 0;  ///< start times skipped because their window leaves the series
    };

    CarbonIntensity() = default;
    /// `points` must have strictly increasing ts and intensities in [0, 5000]; lastHoldS 0 means "the most common
    /// interval" (and is required to be positive for a single point). std::nullopt with *error otherwise.
    static std::optional<CarbonIntensity> fromPoints(QList<CarbonPoint> points, qint64 lastHoldS, QString *error);

    bool isEmpty() const { return m_ts.empty(); }
    qint64 firstTs() const { return m_ts.empty() ? 0 : m_ts.front(); }
    /// The end (exclusive) of the covered range.
    qint64 endTs() const { return m_endTs; }
    qsizetype size() const { return qsizetype(m_ts.size()); }

    /// The intensity in force at `ts`; std::nullopt outside the covered range.
    std::optional<double> gramsPerKwhAt(qint64 ts) const;
    /// Time-weighted mean intensity over [startTs, startTs + durationS). std::nullopt with *why when the window is
    /// not covered or durationS <= 0.
    std::optional<double> meanGramsPerKwh(qint64 startTs, qint64 durationS, QString *why) const;
    /// Grams CO2e of `energyJ` joules spread evenly over [startTs, startTs + durationS): each slice of the window
    /// costs its share of the energy times the intensity in force. std::nullopt with *why for a window not covered,
    /// durationS <= 0, or a negative or non-finite energy.
    std::optional<double> gramsForEnergy(qint64 startTs, qint64 durationS, double energyJ, QString *why) const;
    /// The start in {earliestTs, earliestTs + stepS, ...} <= latestStartTs whose window of durationS has the least
    /// mean intensity (ties: the earliest), as CATS does. Starts whose window leaves the series are skipped and
    /// counted; std::nullopt with *why when none is covered or the arguments are invalid (stepS, durationS <= 0,
    /// latestStartTs < earliestTs).
    std::optional<Best> bestStart(qint64 earliestTs, qint64 latestStartTs, qint64 durationS, qint64 stepS,
                                  QString *why) const;

private:
    /// Integral of intensity over [fromTs, toTs) in g/kWh x s; both inside [firstTs, endTs], fromTs < toTs.
    double integralBetween(qint64 fromTs, qint64 toTs) const;
    bool covered(qint64 startTs, qint64 durationS, QString *why) const;

    std::vector<qint64> m_ts;
    std::vector<double> m_gramsPerKwh;
    std::vector<double> m_integral; ///< integral from the first point to m_ts[i]
    qint64 m_endTs = 0;
};

} // namespace es
