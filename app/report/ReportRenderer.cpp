// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportRenderer.h"

#include "CampaignReportSection.h"
#include "EnergyUnits.h"
#include "PlotPalette.h"
#include "QCustomPlotInclude.h"
#include "ReportBuilder.h"
#include "ReportPagination.h"
#include "ReportPlotImage.h"
#include "ReportTableHtml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace es {
namespace {

using Cell = ReportTableHtml::Cell;

constexpr double kPageWidth = ReportPagination::kPageWidth;
constexpr double kPageHeight = ReportPagination::kPageHeight;
constexpr double kPageMargin = ReportPagination::kPageMargin;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString utc(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString groupName(const QString &name)
{
    return name.isEmpty() ? ReportRenderer::tr("(none)") : name;
}

QString fixedDecimals(const QLocale &locale, double value, int decimals)
{
    return locale.toString(value, 'f', decimals);
}

QString optionalNumber(const QLocale &locale, const std::optional<double> &value, int decimals)
{
    return value ? fixedDecimals(locale, *value, decimals) : QStringLiteral("–");
}

QString kwh(const QLocale &locale, double joules)
{
    return fixedDecimals(locale, joules / kJoulesPerKWh, 2);
}

QString groupTable(const QString &id, const QString &what, const QList<ReportData::Group> &groups, double totalJ,
                   const QLocale &locale)
{
    if (groups.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(esc(ReportRenderer::tr("No jobs.")));
    QString html = ReportTableHtml::tableStart(id);
    html +=
        ReportTableHtml::headerRow({esc(what), esc(ReportRenderer::tr("Jobs")), esc(ReportRenderer::tr("Node-hours")),
                                    esc(ReportRenderer::tr("Energy (kWh)")), esc(ReportRenderer::tr("Share"))});
    for (const ReportData::Group &g : groups) {
        const QString share = totalJ > 0
                                  ? fixedDecimals(locale, 100.0 * g.energyJ / totalJ, 1) + QStringLiteral("\u00a0%")
                                  : QStringLiteral("–");
        html += ReportTableHtml::row({ReportTableHtml::name(groupName(g.name)), locale.toString(g.jobs),
                                      fixedDecimals(locale, g.nodeHours, 1),
                                      g.jobsWithEnergy > 0 ? kwh(locale, g.energyJ) : QStringLiteral("–"), share});
    }
    return html + QStringLiteral("</table>\n");
}

/// The PDF's document: A4 pages at the 96 dpi of document units with 15 mm margins, words never broken inside
/// (a cell too narrow for a word widens its column instead), headings kept with their content.
std::unique_ptr<QTextDocument> document(const ReportData &data, const QMap<QString, QImage> &plots,
                                        const QLocale &locale)
{
    auto doc = std::make_unique<QTextDocument>();
    for (auto it = plots.cbegin(); it != plots.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report-plot:") + it.key()), it.value());
    QFont font = doc->defaultFont();
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(option);
    doc->setHtml(ReportRenderer::html(data, plots, false, locale));
    doc->setDocumentMargin(kPageMargin);
    doc->setPageSize(QSizeF(ReportPagination::kPageWidth, ReportPagination::kPageHeight));
    ReportPagination::keepHeadingsWithContent(doc.get());
    return doc;
}

int countPdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++pages;
    }
    return pages;
}

/// Bars of kWh per UTC day (a labelled tick per day up to a month).
QImage energyByDayImage(const ReportData &data)
{
    auto plot = ReportPlotImage::newPlot(ReportRenderer::tr("Energy by day (kWh, jobs by start day, UTC)"));
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(86400 * 0.8);
    bars->setPen(Qt::NoPen);
    bars->setBrush(PlotPalette::category(0));
    double maxKwh = 0;
    for (const auto &[day, joules] : data.energyByDay) {
        bars->addData(double(day) + 43200, joules / kJoulesPerKWh);
        maxKwh = std::max(maxKwh, joules / kJoulesPerKWh);
    }
    const qint64 spanDays = (data.energyByDay.constLast().first - data.energyByDay.constFirst().first) / 86400;
    if (spanDays <= 31) {
        // one labelled tick per day
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (qint64 day = data.energyByDay.constFirst().first; day <= data.energyByDay.constLast().first;
             day += 86400) {
            ticker->addTick(double(day) + 43200,
                            QDateTime::fromSecsSinceEpoch(day, QTimeZone::utc())
                                .toString(spanDays > 10 ? QStringLiteral("MM-dd") : QStringLiteral("yyyy-MM-dd")));
        }
        plot->xAxis->setTicker(ticker);
    } else {
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeSpec(Qt::UTC);
        ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
        plot->xAxis->setTicker(ticker);
    }
    plot->xAxis->setRange(double(data.energyByDay.constFirst().first),
                          double(data.energyByDay.constLast().first) + 86400);
    plot->yAxis->setRange(0, maxKwh > 0 ? maxKwh * 1.1 : 1);
    plot->yAxis->setLabel(ReportRenderer::tr("kWh"));
    return ReportPlotImage::image(plot.get());
}

/// A scatter of kWh against hours, with r and n in the title.
QImage energyVsDurationImage(const ReportData &data)
{
    const QString r =
        data.energyDurationR ? QStringLiteral("r = %1, ").arg(*data.energyDurationR, 0, 'f', 3) : QString();
    auto plot = ReportPlotImage::newPlot(
        ReportRenderer::tr("Energy against duration (%1n = %2 jobs)").arg(r).arg(data.energyVsDurationN));
    auto *graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    QColor colour = PlotPalette::category(0);
    colour.setAlpha(data.energyVsDuration.size() > 500 ? 90 : 200);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 4));
    QVector<double> x;
    QVector<double> y;
    double maxX = 0;
    double maxY = 0;
    for (const ReportData::Point &p : data.energyVsDuration) {
        x << p.durationS / 3600.0;
        y << p.energyJ / kJoulesPerKWh;
        maxX = std::max(maxX, x.constLast());
        maxY = std::max(maxY, y.constLast());
    }
    graph->setData(x, y);
    plot->xAxis->setLabel(ReportRenderer::tr("duration (h)"));
    plot->yAxis->setLabel(ReportRenderer::tr("energy (kWh)"));
    plot->xAxis->setRange(0, maxX > 0 ? maxX * 1.05 : 1);
    plot->yAxis->setRange(0, maxY > 0 ? maxY * 1.05 : 1);
    return ReportPlotImage::image(plot.get());
}

/// Grouped bars of the hottest nodes' peak and mean temperatures.
QImage temperatureImage(const ReportData &data)
{
    const QPalette palette = ReportPlotImage::printPalette();
    auto plot = ReportPlotImage::newPlot(ReportRenderer::tr("Hottest nodes: mean and peak temperature (°C)"));
    auto *peak = new QCPBars(plot->xAxis, plot->yAxis);
    auto *mean = new QCPBars(plot->xAxis, plot->yAxis);
    peak->setName(ReportRenderer::tr("peak"));
    mean->setName(ReportRenderer::tr("mean"));
    peak->setPen(Qt::NoPen);
    mean->setPen(Qt::NoPen);
    peak->setBrush(PlotPalette::category(2));
    mean->setBrush(PlotPalette::category(0));
    auto group = new QCPBarsGroup(plot.get());
    peak->setBarsGroup(group);
    mean->setBarsGroup(group);
    peak->setWidth(0.35);
    mean->setWidth(0.35);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double maxC = 0;
    const bool severalClusters = std::any_of(data.hottestNodes.cbegin(), data.hottestNodes.cend(),
                                             [&](const auto &n) { return n.cluster != data.hottestNodes[0].cluster; });
    for (qsizetype i = 0; i < data.hottestNodes.size(); ++i) {
        const ReportData::NodeTemperature &n = data.hottestNodes[i];
        peak->addData(double(i), n.peakC);
        mean->addData(double(i), n.meanC);
        ticker->addTick(double(i), severalClusters ? n.cluster + u'/' + n.node : n.node);
        maxC = std::max(maxC, n.peakC);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.6, double(data.hottestNodes.size()) - 0.4);
    plot->yAxis->setRange(0, maxC > 0 ? maxC * 1.15 : 1);
    plot->yAxis->setLabel(ReportRenderer::tr("°C"));
    plot->legend->setVisible(true);
    plot->legend->setBrush(palette.brush(QPalette::Base));
    plot->legend->setTextColor(palette.color(QPalette::WindowText));
    return ReportPlotImage::image(plot.get());
}

/// The summary table: totals, energy by source, mean power, the hottest node, alert counts.
QString summarySection(const ReportData &data, const QLocale &locale)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Summary")));
    html += ReportTableHtml::tableStart(QStringLiteral("summary"));
    html += ReportTableHtml::row({esc(ReportRenderer::tr("Jobs")), locale.toString(data.jobs)});
    if (data.untimedJobs > 0)
        html += ReportTableHtml::row(
            {esc(data.request.includeUntimed ? ReportRenderer::tr("of which without a start or submission time")
                                             : ReportRenderer::tr("Jobs without a time (not in any range, left out)")),
             locale.toString(data.untimedJobs)});
    html += ReportTableHtml::row({esc(ReportRenderer::tr("Jobs with energy")), locale.toString(data.jobsWithEnergy)});
    html += ReportTableHtml::row({esc(ReportRenderer::tr("Node-hours")), fixedDecimals(locale, data.nodeHours, 1)});
    html += ReportTableHtml::row({esc(ReportRenderer::tr("Energy (kWh)")), kwh(locale, data.energyJ)});
    html += ReportTableHtml::row(
        {esc(ReportRenderer::tr("of which measured (Slurm, meters, datasets)")), kwh(locale, data.measuredJ)});
    html += ReportTableHtml::row(
        {esc(ReportRenderer::tr("of which estimated (power model)")), kwh(locale, data.estimatedJ)});
    if (data.unspecifiedJ > 0)
        html += ReportTableHtml::row(
            {esc(ReportRenderer::tr("of which without a recorded source")), kwh(locale, data.unspecifiedJ)});
    html += ReportTableHtml::row(
        {esc(ReportRenderer::tr("Mean power per job (W)")), optionalNumber(locale, data.meanPowerW, 1)});
    if (!data.hottestNodes.isEmpty()) {
        const ReportData::NodeTemperature &hottest = data.hottestNodes.constFirst();
        html += ReportTableHtml::row({esc(ReportRenderer::tr("Hottest node")),
                                      esc(ReportRenderer::tr("%1: peak %2 °C, mean %3 °C")
                                              .arg(hottest.node, fixedDecimals(locale, hottest.peakC, 1),
                                                   fixedDecimals(locale, hottest.meanC, 1)))},
                                     {Cell::Text, Cell::Text});
    }
    QStringList kinds;
    for (auto it = data.alertsByKind.cbegin(); it != data.alertsByKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(locale.toString(it.value()), it.key());
    html +=
        ReportTableHtml::row({esc(ReportRenderer::tr("Alerts")),
                              locale.toString(data.alerts) +
                                  (kinds.isEmpty() ? QString() : esc(QStringLiteral(" (") + kinds.join(u", ") + u')'))},
                             {Cell::Text, Cell::Text});
    html += QStringLiteral("</table>\n");

    return html;
}

/// The three plots (embedded or referenced) with the energy-duration correlation and the hottest nodes table.
QString plotSections(const ReportData &data, const QMap<QString, QImage> &plots, bool embedImages,
                     const QLocale &locale)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Energy by day")));
    html += ReportPlotImage::imageTag(plots, ReportRenderer::energyByDayPlot(), embedImages,
                                      ReportRenderer::tr("Energy by day"));
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Energy and duration")));
    html += ReportPlotImage::imageTag(plots, ReportRenderer::energyVsDurationPlot(), embedImages,
                                      ReportRenderer::tr("Energy against duration"));
    if (data.energyDurationR) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(ReportRenderer::tr("Pearson's r between a job's energy and its duration: %1 over %2 jobs.")
                                 .arg(fixedDecimals(locale, *data.energyDurationR, 3),
                                      locale.toString(data.energyVsDurationN))));
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Node temperatures")));
    html += ReportPlotImage::imageTag(plots, ReportRenderer::temperaturePlot(), embedImages,
                                      ReportRenderer::tr("Node temperatures"));
    if (!data.hottestNodes.isEmpty()) {
        html += ReportTableHtml::tableStart(QStringLiteral("hottest-nodes"));
        html += ReportTableHtml::headerRow({esc(ReportRenderer::tr("Node")), esc(ReportRenderer::tr("Peak (°C)")),
                                            esc(ReportRenderer::tr("Mean (°C)")), esc(ReportRenderer::tr("Samples"))});
        for (const ReportData::NodeTemperature &n : data.hottestNodes) {
            html += ReportTableHtml::row({ReportTableHtml::name(n.cluster + u'/' + n.node),
                                          fixedDecimals(locale, n.peakC, 1), fixedDecimals(locale, n.meanC, 1),
                                          locale.toString(n.samples)});
        }
        html += QStringLiteral("</table>\n");
    }

    return html;
}

QString groupSections(const ReportData &data, const QLocale &locale)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Energy by partition")));
    html += groupTable(QStringLiteral("by-partition"), ReportRenderer::tr("Partition"), data.byPartition, data.energyJ,
                       locale);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Energy by user")));
    html += groupTable(QStringLiteral("by-user"), ReportRenderer::tr("User"), data.byUser, data.energyJ, locale);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Energy by job type")));
    html +=
        groupTable(QStringLiteral("by-job-type"), ReportRenderer::tr("Job type"), data.byJobType, data.energyJ, locale);

    return html;
}

QString topJobsSection(const ReportData &data, const QLocale &locale)
{
    QString html;
    html +=
        QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Top %1 jobs by energy").arg(ReportData::kTopJobs)));
    if (data.topJobs.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(ReportRenderer::tr("No job has an energy value in this range.")));
    } else {
        html += ReportTableHtml::tableStart(QStringLiteral("top-jobs"));
        html += ReportTableHtml::headerRow(
            {esc(ReportRenderer::tr("Job")), esc(ReportRenderer::tr("Name")), esc(ReportRenderer::tr("User")),
             esc(ReportRenderer::tr("Partition")), esc(ReportRenderer::tr("Duration (h)")),
             esc(ReportRenderer::tr("Energy (kWh)")), esc(ReportRenderer::tr("Source"))});
        const QList<Cell> kinds{Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Number, Cell::Number, Cell::Text};
        for (const ReportData::TopJob &j : data.topJobs) {
            html += ReportTableHtml::row(
                {ReportTableHtml::name(j.cluster + u'/' + j.jobId), ReportTableHtml::name(j.name),
                 ReportTableHtml::name(j.user), ReportTableHtml::name(j.partition),
                 j.durationS ? fixedDecimals(locale, *j.durationS / 3600.0, 2) : QStringLiteral("–"),
                 kwh(locale, j.energyJ), esc(j.source)},
                kinds);
        }
        html += QStringLiteral("</table>\n");
    }

    return html;
}

/// The validation metrics the trainer stored with each model.
QString modelsSection(const ReportData &data, const QLocale &locale)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Model accuracy")));
    if (data.models.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(ReportRenderer::tr("No trained model in the store.")));
    } else {
        html += ReportTableHtml::tableStart(QStringLiteral("models"));
        html += ReportTableHtml::headerRow({esc(ReportRenderer::tr("Model")), esc(ReportRenderer::tr("Target")),
                                            esc(ReportRenderer::tr("Algorithm")), esc(ReportRenderer::tr("Validation")),
                                            esc(ReportRenderer::tr("n")), esc(ReportRenderer::tr("MAE")),
                                            esc(ReportRenderer::tr("RMSE")), esc(ReportRenderer::tr("MAPE %")),
                                            esc(ReportRenderer::tr("R²")), esc(ReportRenderer::tr("Baseline RMSE"))});
        const QList<Cell> kinds{Cell::Text, Cell::Text, Cell::Text, Cell::Text};
        for (const ReportData::ModelAccuracy &m : data.models) {
            html += ReportTableHtml::row(
                {ReportTableHtml::name(QStringLiteral("#%1 %2").arg(m.id).arg(m.name)), ReportTableHtml::name(m.target),
                 esc(m.algorithm),
                 esc(m.split == u"time" ? ReportRenderer::tr("time-ordered split") : ReportRenderer::tr("k-fold")),
                 locale.toString(m.n), optionalNumber(locale, m.mae, 3), optionalNumber(locale, m.rmse, 3),
                 optionalNumber(locale, m.mapePct, 1), optionalNumber(locale, m.r2, 3),
                 optionalNumber(locale, m.baselineRmse, 3)},
                kinds);
        }
        html += QStringLiteral("</table>\n");
    }
    return html;
}

} // namespace

std::optional<ReportRenderer::Format> ReportRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QMap<QString, QImage> ReportRenderer::renderPlots(const ReportData &data)
{
    QMap<QString, QImage> plots;
    if (!data.energyByDay.isEmpty())
        plots.insert(energyByDayPlot(), energyByDayImage(data));
    if (!data.energyVsDuration.isEmpty())
        plots.insert(energyVsDurationPlot(), energyVsDurationImage(data));
    if (!data.hottestNodes.isEmpty())
        plots.insert(temperaturePlot(), temperatureImage(data));
    CampaignReportSection::addPlots(data, &plots);
    return plots;
}

QString ReportRenderer::html(const ReportData &data, const QMap<QString, QImage> &plots, bool embedImages,
                             const QLocale &locale)
{
    const QString scope = data.request.cluster.isEmpty() ? tr("all clusters") : data.request.cluster;
    const QString title = tr("Energy report: %1").arg(scope);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(esc(title));
    html += QStringLiteral(
        "<style>body { font-family: sans-serif; } table.data { border-collapse: collapse; margin-bottom: 8px; }"
        " th { background-color: #e8e8e8; text-align: left; } td, th { padding: 2px 6px; }"
        " .note { color: #555555; font-size: small; }</style>\n</head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    // A range wider than any date (the GUI's "every job") is said as such, not as two absurd dates.
    const bool everyJob = data.request.includeUntimed && data.request.sinceTs < -(qint64(1) << 40) &&
                          data.request.untilTs > (qint64(1) << 40);
    QString range =
        everyJob
            ? tr("Every job in the store.")
            : tr("Jobs that started from %1 to %2 (UTC).").arg(utc(data.request.sinceTs), utc(data.request.untilTs));
    if (data.request.includeUntimed && data.untimedJobs > 0)
        range += u' ' + tr("%1 of them have no start or submission time.").arg(locale.toString(data.untimedJobs));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(range + u' ' + tr("Generated %1 UTC by HPC Energy Studio.").arg(utc(data.generatedTs))));

    html += summarySection(data, locale);
    html += plotSections(data, plots, embedImages, locale);
    html += groupSections(data, locale);
    html += topJobsSection(data, locale);
    html += modelsSection(data, locale);
    html += CampaignReportSection::html(data, plots, embedImages, locale);
    html += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(esc(tr("A job's energy is its derived metric when there is one, else the value its scheduler "
                            "accounted. Estimated energy comes from a linear power model of CPU utilisation. "
                            "Node-hours are duration × nodes.")));
    html += QStringLiteral("</body></html>\n");
    return html;
}

bool ReportRenderer::write(const ReportData &data, const QMap<QString, QImage> &plots, const QString &path,
                           Format format, QString *error, int *pages, const QLocale &locale)
{
    QByteArray bytes;
    int pageCount = 1;
    if (format == Format::Html) {
        bytes = html(data, plots, true, locale).toUtf8();
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            // The pages as document() breaks them (the same as renderPage()), with the document's own margins.
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
            writer.setResolution(300);
            writer.setTitle(tr("Energy report"));
            writer.setCreator(QStringLiteral("HPC Energy Studio"));
            const std::unique_ptr<QTextDocument> doc = document(data, plots, locale);
            QPainter painter(&writer);
            const double scale = double(writer.width()) / kPageWidth;
            painter.scale(scale, scale);
            for (int page = 0; page < doc->pageCount(); ++page) {
                if (page > 0)
                    writer.newPage();
                ReportPagination::paintPage(&painter, doc.get(), page);
                const QRectF footer(kPageMargin, kPageHeight - kPageMargin + 8, kPageWidth - 2 * kPageMargin, 20);
                QFont footerFont = doc->defaultFont();
                footerFont.setPixelSize(11);
                painter.setFont(footerFont);
                painter.setPen(QColor(0x55, 0x55, 0x55));
                painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                                 tr("%1 / %2").arg(page + 1).arg(doc->pageCount()));
            }
        }
        buffer.close();
        pageCount = countPdfPages(bytes);
        if (!bytes.startsWith("%PDF-") || pageCount < 1) {
            *error = tr("cannot produce the PDF of the report");
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = pageCount;
    return true;
}

QImage ReportRenderer::renderPage(const ReportData &data, const QMap<QString, QImage> &plots, int page, int width,
                                  const QLocale &locale)
{
    std::unique_ptr<QTextDocument> doc = document(data, plots, locale);
    if (page < 0 || page >= doc->pageCount())
        return QImage();
    const double scale = double(width) / kPageWidth;
    QImage out(width, int(kPageHeight * scale), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    ReportPagination::paintPage(&painter, doc.get(), page);
    return out;
}

} // namespace es
