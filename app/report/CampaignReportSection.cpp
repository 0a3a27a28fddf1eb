// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignReportSection.h"

#include "PlotPalette.h"
#include "QCustomPlotInclude.h"
#include "ReportPlotImage.h"
#include "ReportTableHtml.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace es {
namespace {

using Cell = ReportTableHtml::Cell;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString kiloJoules(const QLocale &locale, const std::optional<double> &joules)
{
    return joules ? locale.toString(*joules / 1000.0, 'f', 2) : QString();
}

QString seriesName(const CampaignCellSummary &cell)
{
    return cell.cpuFrequency.isEmpty() ? cell.workload : cell.workload + QStringLiteral(" @ ") + cell.cpuFrequency;
}

QImage energyByNodesImage(const ReportData::CampaignResult &campaign)
{
    auto plot = ReportPlotImage::newPlot(
        CampaignReportSection::tr("%1: median energy per run against node count (5-95%)").arg(campaign.name));
    std::map<QString, QList<const CampaignCellSummary *>> series;
    for (const CampaignCellSummary &cell : campaign.cells)
        if (cell.energyMedianJ)
            series[seriesName(cell)] << &cell;
    double maxKJ = 0;
    int maxNodes = 1;
    int colour = 0;
    for (auto &[name, cells] : series) {
        std::sort(cells.begin(), cells.end(), [](auto *a, auto *b) { return a->nodes < b->nodes; });
        auto *line = plot->addGraph();
        line->setName(name);
        line->setPen(QPen(PlotPalette::category(colour), 2));
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
        auto *bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
        bars->removeFromLegend();
        bars->setDataPlottable(line);
        bars->setPen(QPen(PlotPalette::category(colour++), 1));
        for (const CampaignCellSummary *c : cells) {
            const double medianKJ = *c->energyMedianJ / 1000.0;
            line->addData(c->nodes, medianKJ);
            bars->addData(medianKJ - c->energyP05J.value_or(*c->energyMedianJ) / 1000.0,
                          c->energyP95J.value_or(*c->energyMedianJ) / 1000.0 - medianKJ);
            maxKJ = std::max(maxKJ, c->energyP95J.value_or(*c->energyMedianJ) / 1000.0);
            maxNodes = std::max(maxNodes, c->nodes);
        }
    }
    plot->xAxis->setLabel(CampaignReportSection::tr("nodes"));
    plot->yAxis->setLabel(CampaignReportSection::tr("kJ per run"));
    plot->xAxis->setRange(0.5, maxNodes + 0.5);
    plot->yAxis->setRange(0, maxKJ > 0 ? maxKJ * 1.15 : 1);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
    plot->legend->setVisible(true);
    plot->legend->setBrush(ReportPlotImage::printPalette().brush(QPalette::Base));
    plot->legend->setTextColor(ReportPlotImage::printPalette().color(QPalette::WindowText));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    return ReportPlotImage::image(plot.get());
}

QString cellsTable(const ReportData::CampaignResult &campaign, int index, const QLocale &locale)
{
    QString html = ReportTableHtml::tableStart(QStringLiteral("campaign-cells-%1").arg(index));
    html += ReportTableHtml::headerRow(
        {esc(CampaignReportSection::tr("Workload")), esc(CampaignReportSection::tr("Nodes")),
         esc(CampaignReportSection::tr("CPU freq.")), esc(CampaignReportSection::tr("Runs done")),
         esc(CampaignReportSection::tr("Failed")), esc(CampaignReportSection::tr("Energy median (kJ)")),
         esc(CampaignReportSection::tr("Energy 5-95% (kJ)")), esc(CampaignReportSection::tr("Time median (s)")),
         esc(CampaignReportSection::tr("Figure of merit"))});
    for (const CampaignCellSummary &c : campaign.cells) {
        const QString range =
            c.energyP05J ? kiloJoules(locale, c.energyP05J) + QStringLiteral("–") + kiloJoules(locale, c.energyP95J)
                         : QString();
        const QString fom = c.fomMedian ? locale.toString(*c.fomMedian, 'f', 1) + u' ' + esc(c.fomUnit) : QString();
        html += ReportTableHtml::row(
            {ReportTableHtml::name(c.workload), locale.toString(c.nodes),
             esc(c.cpuFrequency.isEmpty() ? CampaignReportSection::tr("default") : c.cpuFrequency),
             locale.toString(c.completedRuns), locale.toString(c.failedRuns), kiloJoules(locale, c.energyMedianJ),
             range, c.durationMedianS ? locale.toString(*c.durationMedianS, 'f', 1) : QString(), fom},
            {Cell::Text, Cell::Number, Cell::Text});
    }
    return html + QStringLiteral("</table>\n");
}

QString failedTable(const ReportData::CampaignResult &campaign, int index)
{
    if (campaign.failedRuns.isEmpty())
        return QString();
    QString html = QStringLiteral("<p>%1</p>\n")
                       .arg(esc(CampaignReportSection::tr("Failed runs (%1 shown of %2):")
                                    .arg(campaign.failedRuns.size())
                                    .arg(campaign.failed)));
    html += ReportTableHtml::tableStart(QStringLiteral("campaign-failed-%1").arg(index));
    html += ReportTableHtml::headerRow(
        {esc(CampaignReportSection::tr("Job name")), esc(CampaignReportSection::tr("Slurm state")),
         esc(CampaignReportSection::tr("Nodes")), esc(CampaignReportSection::tr("Why"))});
    for (const auto &f : campaign.failedRuns)
        html += ReportTableHtml::row(
            {ReportTableHtml::name(f.jobName), esc(f.slurmState), ReportTableHtml::name(f.nodeList), esc(f.message)},
            {Cell::Text, Cell::Text, Cell::Text, Cell::Text});
    return html + QStringLiteral("</table>\n");
}

} // namespace

QString CampaignReportSection::plotName(int index)
{
    return QStringLiteral("campaign-%1").arg(index);
}

void CampaignReportSection::addPlots(const ReportData &data, QMap<QString, QImage> *plots)
{
    for (int i = 0; i < data.campaigns.size(); ++i) {
        const auto &cells = data.campaigns[i].cells;
        if (std::any_of(cells.cbegin(), cells.cend(), [](const CampaignCellSummary &c) { return c.energyMedianJ; }))
            plots->insert(plotName(i), energyByNodesImage(data.campaigns[i]));
    }
}

QString CampaignReportSection::html(const ReportData &data, const QMap<QString, QImage> &plots, bool embedImages,
                                    const QLocale &locale)
{
    if (data.campaigns.isEmpty())
        return QString();
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Benchmark campaigns")));
    for (int i = 0; i < data.campaigns.size(); ++i) {
        const ReportData::CampaignResult &c = data.campaigns[i];
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(c.name));
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(tr("On %1, planned %2 UTC, %3: %4 runs, %5 completed, %6 failed.")
                                 .arg(c.cluster,
                                      QDateTime::fromSecsSinceEpoch(c.createdTs, QTimeZone::utc())
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                      c.state)
                                 .arg(c.runs)
                                 .arg(c.completed)
                                 .arg(c.failed)));
        if (plots.contains(plotName(i)))
            html += ReportPlotImage::imageTag(plots, plotName(i), embedImages, tr("Energy against node count"));
        html += cellsTable(c, i, locale);
        html += failedTable(c, i);
    }
    return html;
}

} // namespace es
