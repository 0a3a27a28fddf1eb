// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LogAxisTicker.h"

#include <cmath>

namespace es {
namespace {

/// Decades below which QCPAxisTickerLog::createTickVector places linear ticks (its own threshold).
constexpr double kLinearBelowDecades = 1.6;

} // namespace

QVector<double> LogAxisTicker::createTickVector(double tickStep, const QCPRange &range)
{
    m_linearTicks = !(range.lower > 0 && range.upper > 0) ||
                    std::log(range.upper / range.lower) * mLogBaseLnInv < kLinearBelowDecades;
    return QCPAxisTickerLog::createTickVector(tickStep, range);
}

QString LogAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    // Six significant digits tell apart any two linear ticks of a range under two decades.
    return QCPAxisTickerLog::getTickLabel(tick, locale, formatChar, m_linearTicks ? 6 : precision);
}

} // namespace es
