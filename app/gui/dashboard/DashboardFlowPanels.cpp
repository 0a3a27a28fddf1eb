// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardFlowPanels.h"

#include "DashboardCharts.h"
#include "PlotPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>

namespace es {
namespace {

constexpr qint64 kDay = 86400;
constexpr int kMaxPointDays = 31; // up to this many days the points are drawn, more as a plain line

QDateTimeAxis *dayAxis(qint64 firstDay, qint64 lastDay, const QPalette &palette)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(lastDay - firstDay > 120 * kDay ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    axis->setRange(DashboardCharts::axisDay(firstDay), DashboardCharts::axisDay(lastDay + kDay));
    // Four "Sep 1998" labels fit a third of a 1024 px window, five were cut; fewer days than that get one label per
    // midnight, never the same date twice.
    axis->setTickCount(int(std::min<qint64>(4, (lastDay - firstDay) / kDay + 2)));
    axis->setTitleText(DashboardFlowPanels::tr("Day (UTC)"));
    DashboardCharts::styleAxis(axis, palette);
    return axis;
}

QValueAxis *valueAxis(const QString &title, double maximum, const QPalette &palette)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    DashboardCharts::styleAxis(axis, palette);
    return axis;
}

void showLegend(QChart *chart, const QPalette &palette)
{
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    chart->legend()->setFont(font);
}

QLineSeries *line(const QString &name, const QColor &color, qreal width, Qt::PenStyle style, bool points)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color, width);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(points);
    return series;
}

} // namespace

DashboardFlowPanels::DashboardFlowPanels(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const char *const names[PanelCount] = {"dashboardQueueWait", "dashboardThroughput", "dashboardFailures"};
    for (int p = 0; p < PanelCount; ++p) {
        m_stacks[p] = new QStackedWidget(this);
        m_views[p] = DashboardCharts::newChartView(m_stacks[p]);
        m_views[p]->setObjectName(QString::fromLatin1(names[p]) + QStringLiteral("Chart"));
        m_empty[p] = new QLabel(m_stacks[p]);
        m_empty[p]->setObjectName(QString::fromLatin1(names[p]) + QStringLiteral("EmptyState"));
        m_empty[p]->setAlignment(Qt::AlignCenter);
        m_empty[p]->setWordWrap(true);
        m_empty[p]->setMargin(12);
        m_empty[p]->setFrameShape(QFrame::StyledPanel);
        m_empty[p]->setForegroundRole(QPalette::PlaceholderText);
        m_stacks[p]->addWidget(m_views[p]);
        m_stacks[p]->addWidget(m_empty[p]);
        layout->addWidget(m_stacks[p], 1);
    }
}

bool DashboardFlowPanels::isShowingEmpty(Panel panel) const
{
    return m_stacks[panel]->currentWidget() == m_empty[panel];
}

QString DashboardFlowPanels::emptyText(Panel panel) const
{
    return m_empty[panel]->text();
}

void DashboardFlowPanels::setFlow(const DashboardFlow &flow)
{
    fillQueueWait(flow);
    fillThroughput(flow);
    fillFailures(flow);
}

void DashboardFlowPanels::showEmpty(Panel panel, const QString &text)
{
    m_empty[panel]->setText(text);
    m_stacks[panel]->setCurrentWidget(m_empty[panel]);
}

void DashboardFlowPanels::fillQueueWait(const DashboardFlow &flow)
{
    if (flow.queueWait.isEmpty()) {
        showEmpty(QueueWait, tr("No queue wait: no job of this selection has both a submit and a start time."));
        return;
    }
    QList<double> p90s;
    qint64 firstDay = flow.queueWait.constFirst().dayTs, lastDay = firstDay;
    for (const DashboardFlow::QueueWaitDay &day : flow.queueWait) {
        p90s.append(day.p90S);
        firstDay = std::min(firstDay, day.dayTs);
        lastDay = std::max(lastDay, day.dayTs);
    }
    // A few days of very long waits would flatten every other day: the axis ends at the 98th percentile of the
    // daily p90s, and the axis title says how many days go beyond it.
    std::sort(p90s.begin(), p90s.end());
    const double topS = std::max(60.0, p90s[std::min(p90s.size() - 1, (p90s.size() * 98 + 99) / 100 - 1)]);
    const qsizetype cut = p90s.cend() - std::upper_bound(p90s.cbegin(), p90s.cend(), topS);
    const bool hours = topS >= 2 * 3600;
    const double unitS = hours ? 3600 : 60;
    const QString title = hours ? tr("Queue wait per day (h), p90 dashed") : tr("Queue wait per day (min), p90 dashed");
    QString axisTitle = hours ? tr("Wait (h)") : tr("Wait (min)");
    if (cut > 0)
        axisTitle = tr("%1; %n day(s) above", nullptr, int(cut)).arg(axisTitle);
    QChart *chart = DashboardCharts::newChart(title, palette());
    DashboardCharts::replaceChart(m_views[QueueWait], chart);
    showLegend(chart, palette());
    QDateTimeAxis *days = dayAxis(firstDay, lastDay, palette());
    QValueAxis *waits = valueAxis(axisTitle, topS / unitS, palette());
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(waits, Qt::AlignLeft);
    const bool points = (lastDay - firstDay) / kDay < kMaxPointDays;
    for (qsizetype g = 0; g < flow.queueGroups.size(); ++g) {
        const QString name = flow.queueGroups[g].isEmpty() ? tr("(none)") : flow.queueGroups[g];
        const QColor color = PlotPalette::category(int(g));
        QLineSeries *median = line(name, color, 2, Qt::SolidLine, points);
        QLineSeries *p90 = line(tr("%1 p90").arg(name), color, 1, Qt::DashLine, points);
        for (const DashboardFlow::QueueWaitDay &day : flow.queueWait) {
            if (day.group != flow.queueGroups[g])
                continue;
            const qreal x = qreal(DashboardCharts::axisDay(day.dayTs).toMSecsSinceEpoch());
            median->append(x, day.medianS / unitS);
            p90->append(x, day.p90S / unitS);
        }
        for (QLineSeries *series : {p90, median}) {
            chart->addSeries(series);
            series->attachAxis(days);
            series->attachAxis(waits);
        }
        // One legend entry per group (its colour); the title says which line is which.
        for (QLegendMarker *marker : chart->legend()->markers(p90))
            marker->setVisible(false);
    }
    m_stacks[QueueWait]->setCurrentWidget(m_views[QueueWait]);
}

void DashboardFlowPanels::fillThroughput(const DashboardFlow &flow)
{
    if (flow.throughputPerDay.isEmpty()) {
        showEmpty(Throughput, tr("No throughput: no job of this selection has ended."));
        return;
    }
    qint64 maxJobs = 0;
    double maxNodeHours = 0;
    for (const DashboardFlow::ThroughputDay &day : flow.throughputPerDay) {
        maxJobs = std::max(maxJobs, day.jobs);
        maxNodeHours = std::max(maxNodeHours, day.nodeHours);
    }
    const qint64 firstDay = flow.throughputPerDay.constFirst().dayTs;
    const qint64 lastDay = flow.throughputPerDay.constLast().dayTs;
    const bool nodeHours = flow.jobsWithNodeHours > 0;
    QChart *chart = DashboardCharts::newChart(nodeHours ? tr("Throughput: jobs ended and node-hours per day")
                                                        : tr("Throughput: jobs ended per day (no node counts)"),
                                              palette());
    DashboardCharts::replaceChart(m_views[Throughput], chart);
    QDateTimeAxis *days = dayAxis(firstDay, lastDay, palette());
    QValueAxis *jobsAxis = valueAxis(tr("Jobs ended"), double(maxJobs), palette());
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(jobsAxis, Qt::AlignLeft);
    const bool points = (lastDay - firstDay) / kDay < kMaxPointDays;
    QLineSeries *jobs = line(tr("Jobs ended"), PlotPalette::category(1), 1.5, Qt::SolidLine, points);
    QLineSeries *hours = line(tr("Node-hours"), PlotPalette::category(2), 1.5, Qt::SolidLine, points);
    for (const DashboardFlow::ThroughputDay &day : flow.throughputPerDay) {
        const qreal x = qreal(DashboardCharts::axisDay(day.dayTs).toMSecsSinceEpoch());
        jobs->append(x, double(day.jobs));
        hours->append(x, day.nodeHours);
    }
    chart->addSeries(jobs);
    jobs->attachAxis(days);
    jobs->attachAxis(jobsAxis);
    if (nodeHours) {
        showLegend(chart, palette());
        QValueAxis *hoursAxis = valueAxis(tr("Node-hours"), maxNodeHours, palette());
        chart->addAxis(hoursAxis, Qt::AlignRight);
        chart->addSeries(hours);
        hours->attachAxis(days);
        hours->attachAxis(hoursAxis);
    } else {
        delete hours;
    }
    m_stacks[Throughput]->setCurrentWidget(m_views[Throughput]);
}

void DashboardFlowPanels::fillFailures(const DashboardFlow &flow)
{
    if (flow.failures.isEmpty()) {
        showEmpty(Failures, tr("No failure share: no ended job of this selection has a state."));
        return;
    }
    QChart *chart = DashboardCharts::newChart(tr("Failed jobs per partition (%)"), palette());
    DashboardCharts::replaceChart(m_views[Failures], chart);
    chart->setToolTip(tr("FAILED, NODE_FAIL, OUT_OF_MEMORY and TIMEOUT among the ended jobs with a state; a job "
                         "without a partition counts under its QoS (an SWF trace's queue)"));
    auto *set = new QBarSet(tr("Failed (%)"));
    QStringList categories;
    const QLocale locale;
    double maximum = 0;
    // Largest at the top: horizontal bar categories run from the bottom up.
    for (qsizetype i = flow.failures.size() - 1; i >= 0; --i) {
        const DashboardFlow::FailureGroup &group = flow.failures[i];
        const double share = group.ended > 0 ? 100.0 * double(group.failed) / double(group.ended) : 0;
        *set << share;
        maximum = std::max(maximum, share);
        QString name = group.group.isEmpty() ? tr("(none)") : group.group;
        if (flow.failuresHaveOther && i == flow.failures.size() - 1)
            name = tr("Other");
        categories << tr("%1 (%2 jobs)").arg(name, locale.toString(group.ended));
    }
    set->setColor(PlotPalette::category(3));
    set->setBorderColor(PlotPalette::category(3));
    set->setLabelColor(palette().color(QPalette::Text));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    DashboardCharts::styleAxis(names, palette());
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis *shares = valueAxis(tr("Failed (%)"), 0, palette());
    shares->setRange(0, maximum > 80 ? 100 : std::max(1.0, maximum * 1.25)); // room for the labels, never past 100
    shares->applyNiceNumbers(); // ticks at 1, 2 or 5 times a power of ten, not 3.57143
    if (shares->max() > 100)
        shares->setRange(0, 100);
    chart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(shares);
    m_stacks[Failures]->setCurrentWidget(m_views[Failures]);
}

} // namespace es
