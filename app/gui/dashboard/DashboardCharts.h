// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "DashboardLoader.h"
#include "EnergyFormat.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPalette>
#include <QString>

class QAbstractAxis;
class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace es {

/// The Dashboard tab's charts (Qt Charts): energy per group as horizontal bars, jobs per day and thermal events per
/// day (bars up to a month of contiguous days, else a line, or points when days are missing). Colours follow the
/// given palette (light or dark theme). Stateless; the views belong to DashboardView. GUI thread only.
class DashboardCharts final
{
public:
    /// A chart with the palette's colours, a bold title, no legend and no animation.
    static QChart *newChart(const QString &title, const QPalette &palette);
    /// Sets the view's chart and deletes the one it had.
    static void replaceChart(QChartView *view, QChart *chart);
    static QChartView *newChartView(QWidget *parent);
    /// The groups' energy in `unit` (a fixed EnergyUnit), the largest at the top; beyond 10 groups the rest are one
    /// "Other" bar (as is the last group when lastIsOther). A group without a name shows noneName.
    static void fillGroupChart(QChart *chart, const QList<DashboardData::Group> &groups, bool lastIsOther,
                               const QString &noneName, EnergyUnit unit, const QPalette &palette);
    /// A new chart of data.jobsPerDay in the view.
    static void fillDayChart(QChartView *view, const DashboardData &data, const QPalette &palette);
    /// A new chart of data.thermalPerDay in the view: warnings and criticals, stacked as bars, else one series each.
    static void fillThermalChart(QChartView *view, const DashboardData &data, const QPalette &palette);
    /// An axis in the palette's text colour, with a faint grid.
    static void styleAxis(QAbstractAxis *axis, const QPalette &palette);
    /// The QDateTimeAxis position of a UTC day (the axis labels local times).
    static QDateTime axisDay(qint64 utcDayStart);

private:
    static void addThermalBars(QChart *chart, QValueAxis *counts, const DashboardData &data, const QPalette &palette,
                               const QColor &warningColor, const QColor &criticalColor);
    static void addThermalLines(QChart *chart, QValueAxis *counts, const DashboardData &data, const QPalette &palette,
                                const QColor &warningColor, const QColor &criticalColor);
};

} // namespace es
