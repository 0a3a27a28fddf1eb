// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "QCustomPlotInclude.h"

namespace es {

/// A logarithmic axis ticker whose labels never repeat. Over a range of many decades the ticks are powers of ten
/// ("10³" with the axis's "gb" format); over less than about 1.6 decades QCustomPlot falls back to linear ticks
/// (10, 15, 20...), which a precision of 0 would write as "10¹ 2·10¹ 2·10¹": those are written in full ("15").
///
/// Threading: as any ticker, used by the plot's thread only.
class LogAxisTicker final : public QCPAxisTickerLog
{
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    bool m_linearTicks = false; ///< the last tick vector was the linear fallback
};

} // namespace es
