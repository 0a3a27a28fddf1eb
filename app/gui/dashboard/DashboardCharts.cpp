// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardCharts.h"

#include "DashboardView.h"
#include "PlotPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>

namespace es {
namespace {

constexpr int kMaxBars = 10;    // groups shown per chart; the rest are summed into one bar
constexpr int kMaxDayBars = 31; // up to this many days as bars, more as a line

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    axis->setLabelsBrush(text);
    axis->setTitleBrush(text);
    QColor grid = text;
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
    QColor line = text;
    line.setAlpha(110);
    axis->setLinePenColor(line);
}

QDateTime utc(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
}

// QDateTimeAxis (Qt 6.4) labels in local time: the local midnight of a UTC day shows that day's date.
QDateTime axisTime(qint64 utcDayStart)
{
    return QDateTime(utc(utcDayStart).date(), QTime(0, 0));
}

// A count axis with integer ticks one or more apart: below four, one tick per count (0 1 2 3), never "0 0 1 1".
QValueAxis *countAxis(const QString &title, qint64 maximum)
{
    constexpr qint64 kNiceFrom = 4;
    auto *counts = new QValueAxis;
    counts->setTitleText(title);
    counts->setLabelFormat(QStringLiteral("%d"));
    const qint64 top = std::max<qint64>(1, maximum);
    if (top < kNiceFrom) {
        counts->setRange(0, double(top));
        counts->setTickCount(int(top) + 1);
    } else {
        counts->setRange(0, double(top) * 1.1);
        counts->setTickCount(5);
        counts->applyNiceNumbers(); // steps of 1, 2 or 5 times a power of ten: integers, since the range is >= 4
    }
    return counts;
}

// A day axis whose labels fit a dashboard panel a third of 1024 px wide: five short labels ("Nov 3", or "Nov 2023"
// beyond four months) instead of six ISO dates that the chart cuts to "2023-11...".
QDateTimeAxis *newDayAxis(qint64 firstDayTs, qint64 lastDayTs)
{
    constexpr qint64 kFourMonthsS = 120 * 86400;
    auto *dates = new QDateTimeAxis;
    dates->setFormat(lastDayTs - firstDayTs > kFourMonthsS ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM d"));
    dates->setTitleText(DashboardView::tr("Day (UTC)"));
    // A third of a 1024 px window holds four "Sep 1998" labels, not five (five were cut to "Sep 1…"); fewer days
    // than that get one label per midnight (one day: that day and the next), never the same date twice.
    constexpr qint64 kDayS = 86400;
    const qint64 endDayTs = std::max(lastDayTs, firstDayTs + kDayS);
    dates->setTickCount(int(std::min<qint64>(4, (endDayTs - firstDayTs) / kDayS + 1)));
    dates->setRange(axisTime(firstDayTs), axisTime(endDayTs));
    return dates;
}

/// Adds day bars to `chart` (which takes ownership of the series and the new axis) on a category axis of the
/// days and the `counts` axis.
void addDayBars(QChart *chart, QAbstractBarSeries *series, const QStringList &days, QValueAxis *counts,
                const QPalette &palette)
{
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *dates = new QBarCategoryAxis;
    dates->append(days);
    dates->setTitleText(DashboardView::tr("Day (UTC)"));
    dates->setGridLineVisible(false);
    styleAxis(dates, palette);
    chart->addAxis(dates, Qt::AlignBottom);
    series->attachAxis(dates);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

} // namespace

void DashboardCharts::styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    es::styleAxis(axis, palette);
}

QDateTime DashboardCharts::axisDay(qint64 utcDayStart)
{
    return axisTime(utcDayStart);
}

QChart *DashboardCharts::newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme picks light or dark; the desktop palette gives the exact colours.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void DashboardCharts::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the new chart but releases the old one without deleting it
    delete old;
}

QChartView *DashboardCharts::newChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 160); // three rows of charts and the figures fit a 1024x768 window
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

void DashboardCharts::fillGroupChart(QChart *chart, const QList<DashboardData::Group> &groups, bool lastIsOther,
                                     const QString &noneName, EnergyUnit unit, const QPalette &palette)
{
    // Largest at the top: horizontal bar categories run from the bottom up.
    QList<DashboardData::Group> shown = groups;
    bool other = lastIsOther;
    if (shown.size() > kMaxBars + (other ? 1 : 0)) {
        DashboardData::Group rest;
        for (qsizetype i = kMaxBars; i < shown.size(); ++i) {
            rest.energyJ += shown[i].energyJ;
            rest.jobs += shown[i].jobs;
        }
        shown.resize(kMaxBars);
        shown.append(rest);
        other = true;
    }
    const QString unitTitle = DashboardView::tr("Energy (%1)").arg(EnergyFormat::symbol(unit));
    auto *set = new QBarSet(unitTitle);
    QStringList categories;
    double maximum = 0;
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const DashboardData::Group &group = shown[i];
        const double value = EnergyFormat::convert(group.energyJ, unit);
        *set << value;
        maximum = std::max(maximum, value);
        QString name = group.name.isEmpty() ? noneName : group.name;
        if (other && i == shown.size() - 1)
            name = DashboardView::tr("Other (%1 jobs)").arg(QLocale().toString(group.jobs));
        categories << name;
    }
    set->setColor(PlotPalette::category(0));
    set->setBorderColor(PlotPalette::category(0));
    set->setLabelColor(palette.color(QPalette::Text));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, palette);
    names->setGridLineVisible(false);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    values->setTitleText(unitTitle);
    values->setRange(0, maximum > 0 ? maximum * 1.2 : 1);
    values->setLabelFormat(QStringLiteral("%g"));
    values->setTickCount(5);
    values->applyNiceNumbers();
    styleAxis(values, palette);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

void DashboardCharts::fillDayChart(QChartView *view, const DashboardData &data, const QPalette &palette)
{
    const QList<std::pair<qint64, qint64>> &days = data.jobsPerDay;
    QChart *chart = newChart(DashboardView::tr("Jobs per day (UTC)"), palette);
    replaceChart(view, chart);
    if (days.isEmpty()) {
        chart->setTitle(DashboardView::tr("Jobs per day (UTC)<br><small>None: no job of this selection has a submit "
                                          "time.</small>"));
        return;
    }
    qint64 maximum = 0;
    for (const auto &day : days)
        maximum = std::max(maximum, day.second);
    QValueAxis *counts = countAxis(DashboardView::tr("Jobs"), maximum);
    styleAxis(counts, palette);

    if (data.daysContiguous && days.size() <= kMaxDayBars) {
        auto *set = new QBarSet(DashboardView::tr("Jobs"));
        QStringList categories;
        for (const auto &day : days) {
            *set << double(day.second);
            categories << QLocale().toString(utc(day.first).date(), QStringLiteral("d MMM"));
        }
        set->setColor(PlotPalette::category(1));
        set->setBorderColor(PlotPalette::category(1));
        auto *series = new QBarSeries;
        series->append(set);
        addDayBars(chart, series, categories, counts, palette);
        return;
    }
    // Days without jobs are zeros of the line; over long spans they are left out and the days are points.
    QXYSeries *series = nullptr;
    if (data.daysContiguous) {
        series = new QLineSeries;
        QPen pen(PlotPalette::category(1));
        pen.setWidthF(1.5);
        series->setPen(pen);
    } else {
        auto *points = new QScatterSeries;
        points->setMarkerSize(6);
        points->setColor(PlotPalette::category(1));
        points->setBorderColor(PlotPalette::category(1));
        series = points;
    }
    for (const auto &day : days)
        series->append(double(axisTime(day.first).toMSecsSinceEpoch()), double(day.second));
    chart->addSeries(series);
    QDateTimeAxis *dates = newDayAxis(days.constFirst().first, days.constLast().first);
    styleAxis(dates, palette);
    chart->addAxis(dates, Qt::AlignBottom);
    series->attachAxis(dates);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

void DashboardCharts::fillThermalChart(QChartView *view, const DashboardData &data, const QPalette &palette)
{
    QChart *chart = newChart(DashboardView::tr("Thermal events per day (UTC)"), palette);
    replaceChart(view, chart);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    const QColor warningColor = PlotPalette::category(5);
    const QColor criticalColor = PlotPalette::category(2);
    qint64 maximum = 0;
    for (const DashboardData::ThermalDay &day : data.thermalPerDay)
        maximum = std::max(maximum, day.warnings + day.criticals);
    QValueAxis *counts = countAxis(DashboardView::tr("Events"), maximum);
    styleAxis(counts, palette);

    if (data.thermalDaysContiguous && data.thermalPerDay.size() <= kMaxDayBars)
        addThermalBars(chart, counts, data, palette, warningColor, criticalColor);
    else
        addThermalLines(chart, counts, data, palette, warningColor, criticalColor);
}

void DashboardCharts::addThermalBars(QChart *chart, QValueAxis *counts, const DashboardData &data,
                                     const QPalette &palette, const QColor &warningColor, const QColor &criticalColor)
{
    auto *warnings = new QBarSet(DashboardView::tr("Warning"));
    auto *criticals = new QBarSet(DashboardView::tr("Critical"));
    QStringList categories;
    for (const DashboardData::ThermalDay &day : data.thermalPerDay) {
        *warnings << double(day.warnings);
        *criticals << double(day.criticals);
        categories << QLocale().toString(utc(day.dayTs).date(), QStringLiteral("d MMM"));
    }
    for (const auto &[set, color] : {std::pair{warnings, warningColor}, std::pair{criticals, criticalColor}}) {
        set->setColor(color);
        set->setBorderColor(color);
    }
    auto *series = new QStackedBarSeries;
    series->append(warnings);
    series->append(criticals);
    addDayBars(chart, series, categories, counts, palette);
}

void DashboardCharts::addThermalLines(QChart *chart, QValueAxis *counts, const DashboardData &data,
                                      const QPalette &palette, const QColor &warningColor, const QColor &criticalColor)
{
    // Long spans: one line (or, when the days between are left out, points) per severity; not stacked.
    QDateTimeAxis *dates = newDayAxis(data.thermalPerDay.constFirst().dayTs, data.thermalPerDay.constLast().dayTs);
    styleAxis(dates, palette);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    for (const bool critical : {false, true}) {
        const QColor color = critical ? criticalColor : warningColor;
        QXYSeries *series = nullptr;
        if (data.thermalDaysContiguous) {
            series = new QLineSeries;
            QPen pen(color);
            pen.setWidthF(1.5);
            series->setPen(pen);
        } else {
            auto *points = new QScatterSeries;
            points->setMarkerSize(6);
            points->setColor(color);
            points->setBorderColor(color);
            series = points;
        }
        series->setName(critical ? DashboardView::tr("Critical") : DashboardView::tr("Warning"));
        for (const DashboardData::ThermalDay &day : data.thermalPerDay)
            series->append(double(axisTime(day.dayTs).toMSecsSinceEpoch()),
                           double(critical ? day.criticals : day.warnings));
        chart->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(counts);
    }
}

} // namespace es
