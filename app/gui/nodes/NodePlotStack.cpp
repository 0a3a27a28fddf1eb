// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodePlotStack.h"

#include "NodeSpanLayer.h"
#include "PlotPalette.h"
#include "QCustomPlotInclude.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace es {
namespace {

constexpr int kLeftMarginPx = 76;
constexpr int kRightMarginPx = 64;
constexpr int kMaxTooltipJobs = 8;

QString curveKey(qint64 nodeId, const QString &source, NodeMetric metric)
{
    return QStringLiteral("%1/%2/%3").arg(nodeId).arg(source).arg(int(metric));
}

QString timeText(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void fitAxis(QCPAxis *axis, const QList<QCPGraph *> &graphs, const QCPRange &keys, double floor, double ceiling)
{
    bool anyFound = false;
    QCPRange total;
    for (QCPGraph *graph : graphs) {
        bool found = false;
        const QCPRange range = graph->getValueRange(found, QCP::sdBoth, keys);
        if (!found)
            continue;
        total = anyFound ? QCPRange(std::min(total.lower, range.lower), std::max(total.upper, range.upper)) : range;
        anyFound = true;
    }
    if (!anyFound)
        return;
    double span = total.upper - total.lower;
    if (span <= 0)
        span = std::max(1.0, std::abs(total.upper) * 0.1);
    double lower = total.lower - 0.08 * span;
    double upper = total.upper + 0.08 * span;
    if (!std::isnan(floor))
        lower = std::max(lower, floor);
    if (!std::isnan(ceiling))
        upper = std::min(upper, ceiling);
    axis->setRange(lower, upper);
}

/// Spans of time shorter than this (s) label their ticks with seconds.
constexpr double kSecondsLabelsBelowS = 20 * 60;

} // namespace

NodePlotStack::NodePlotStack(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nodePlotStack"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const QString labels[PlotCount] = {tr("Temperature (°C)"), tr("Power (W)"), tr("CPU frequency (MHz)"),
                                       tr("CPU utilisation (%)")};
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm\nyyyy-MM-dd"));
    ticker->setTickCount(8);
    for (int i = 0; i < PlotCount; ++i) {
        auto *plot = new QCustomPlot(this);
        plot->setObjectName(QStringLiteral("nodePlot_") + plotKey(i));
        plot->setMinimumHeight(110);
        plot->setMouseTracking(true);
        // Polylines as one drawPolyline call per curve instead of a stroked path (measured: bench_node_plots).
        plot->setPlottingHint(QCP::phFastPolylines, true);
        PlotPalette::apply(plot, palette());
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->axisRect()->setRangeDrag(Qt::Horizontal);
        plot->axisRect()->setRangeZoom(Qt::Horizontal);
        plot->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
        plot->axisRect()->setMargins(QMargins(kLeftMarginPx, 0, kRightMarginPx, 0));
        plot->xAxis->setTicker(ticker);
        plot->xAxis->setTickLabels(i == PlotCount - 1); // one time scale, under the last plot
        plot->yAxis->setLabel(labels[i]);
        plot->yAxis->setPadding(4);
        if (i == Utilisation) {
            plot->yAxis2->setVisible(true);
            plot->yAxis2->setLabel(tr("Load, 1 min (light lines)"));
            PlotPalette::apply(plot, palette());
        }
        // The legend in a strip above the axis rect, so that it never hides a curve.
        plot->legend->setVisible(true);
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
        plot->plotLayout()->setRowSpacing(0);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setWrap(10);
        plot->legend->setMargins(QMargins(kLeftMarginPx, 0, kRightMarginPx, 0));
        plot->legend->setRowSpacing(0);
        QFont legendFont = font();
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
        plot->legend->setFont(legendFont);
        plot->legend->setBrush(Qt::NoBrush);
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setTextColor(palette().color(QPalette::WindowText));

        auto *empty = new QCPItemText(plot);
        empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        empty->position->setCoords(0.5, 0.5);
        empty->setColor(palette().color(QPalette::PlaceholderText));
        empty->setClipToAxisRect(true);
        m_emptyTexts[size_t(i)] = empty;
        m_spanLayers[size_t(i)] = new NodeSpanLayer(plot);
        m_plots[size_t(i)] = plot;
        layout->addWidget(plot, i == PlotCount - 1 ? 6 : 5); // the last one also carries the time labels

        connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, i] { onRangeChanged(i); });
        connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) { m_pressPos = event->pos(); });
        connect(plot, &QCustomPlot::mouseRelease, this,
                [this, plot](QMouseEvent *event) { onMouseRelease(plot, event); });
        connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent *event) { onMouseMove(plot, event); });
        connect(plot, &QCustomPlot::mouseDoubleClick, this, [this] {
            m_userRanged = false;
            Q_EMIT rangeResetRequested();
        });
    }
    // With fewer minutes in sight than ticks, minutes alone would repeat under the plot: then seconds too.
    connect(m_plots[PlotCount - 1]->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [ticker](const QCPRange &rangeS) {
                ticker->setDateTimeFormat(rangeS.size() < kSecondsLabelsBelowS ? QStringLiteral("HH:mm:ss\nyyyy-MM-dd")
                                                                               : QStringLiteral("HH:mm\nyyyy-MM-dd"));
            });
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(1000 / kMaxRepaintsPerS);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] {
        if (!m_replotPending)
            return;
        m_replotPending = false;
        replotNow();
        m_replotTimer.start();
    });
    updateEmptyTexts();
}

NodePlotStack::~NodePlotStack() = default;

QString NodePlotStack::plotKey(int index)
{
    switch (index) {
    case Temperature:
        return QStringLiteral("temperature");
    case Power:
        return QStringLiteral("power");
    case Frequency:
        return QStringLiteral("frequency");
    default:
        return QStringLiteral("utilisation");
    }
}

int NodePlotStack::plotOf(NodeMetric metric)
{
    switch (metric) {
    case NodeMetric::TempC:
        return Temperature;
    case NodeMetric::PowerW:
        return Power;
    case NodeMetric::FreqMhz:
        return Frequency;
    default:
        return Utilisation;
    }
}

void NodePlotStack::setNodeColours(const QHash<qint64, QColor> &colours)
{
    m_colours = colours;
}

QColor NodePlotStack::colourOf(qint64 nodeId) const
{
    return m_colours.value(nodeId, palette().color(QPalette::WindowText));
}

void NodePlotStack::setData(const NodeSeriesDataPtr &data)
{
    for (QCustomPlot *plot : m_plots)
        plot->clearGraphs();
    m_curves.clear();
    m_sourceIndex.clear();
    if (data) {
        for (const NodeTrace &trace : data->traces) {
            if (!m_sourceIndex.contains(trace.source))
                m_sourceIndex.insert(trace.source, int(m_sourceIndex.size()));
        }
        for (const NodeTrace &trace : data->traces)
            addTrace(trace, m_sourceIndex.value(trace.source));
        setSpans(data->spans);
    } else {
        setSpans({});
    }
    updateEmptyTexts();
    updateAntialiasing();
    fitValueAxes();
    requestReplot();
}

void NodePlotStack::addTrace(const NodeTrace &trace, int sourceIndex)
{
    for (int m = 0; m < kNodeMetricCount; ++m) {
        const std::vector<double> &values = trace.values[size_t(m)];
        if (std::none_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); }))
            continue;
        const auto metric = NodeMetric(m);
        QCustomPlot *plot = m_plots[size_t(plotOf(metric))];
        const bool load = metric == NodeMetric::Load1;
        QCPGraph *graph = plot->addGraph(plot->xAxis, load ? plot->yAxis2 : plot->yAxis);
        // "node1", or "node1 slurm" for a source other than the first; the load (light lines on the right axis)
        // stays out of the legend.
        graph->setName(sourceIndex == 0 ? trace.node : tr("%1 %2").arg(trace.node, trace.source));
        if (load)
            graph->removeFromLegend();
        // Solid lines only: a dash pattern along a downsampled (min/max zigzag) curve costs Qt's raster engine
        // seconds per repaint. A second source is darker, the load lighter and thinner than the utilisation.
        QColor colour = colourOf(trace.nodeId);
        if (sourceIndex % 2)
            colour = colour.darker(150);
        if (load)
            colour.setAlpha(130);
        graph->setPen(QPen(colour, load ? 1.0 : 1.5));
        graph->setAdaptiveSampling(true);
        QList<QCPGraphData> points;
        points.reserve(qsizetype(trace.ts.size()));
        for (size_t i = 0; i < trace.ts.size(); ++i)
            points.append(QCPGraphData(trace.ts[i], values[i]));
        graph->data()->set(points, true);
        m_curves.insert(curveKey(trace.nodeId, trace.source, metric), Curve{graph, metric});
    }
}

void NodePlotStack::appendData(const NodeSeriesData &data)
{
    bool newCurves = false;
    for (const NodeTrace &trace : data.traces) {
        if (!m_sourceIndex.contains(trace.source))
            m_sourceIndex.insert(trace.source, int(m_sourceIndex.size()));
        bool missing = false;
        for (int m = 0; m < kNodeMetricCount; ++m) {
            const auto metric = NodeMetric(m);
            const auto curve = m_curves.constFind(curveKey(trace.nodeId, trace.source, metric));
            if (curve == m_curves.cend()) {
                const std::vector<double> &values = trace.values[size_t(m)];
                missing =
                    missing || std::any_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
                continue;
            }
            QCPGraph *graph = curve->graph;
            const double lastKey = graph->data()->isEmpty() ? -1 : (graph->data()->constEnd() - 1)->key;
            QList<QCPGraphData> points;
            for (size_t i = 0; i < trace.ts.size(); ++i) {
                if (trace.ts[i] > lastKey)
                    points.append(QCPGraphData(trace.ts[i], trace.values[size_t(m)][i]));
            }
            graph->data()->add(points, true);
        }
        if (missing) {
            // A metric or a source this node did not have before: add the curves that are new only.
            NodeTrace fresh = trace;
            for (int m = 0; m < kNodeMetricCount; ++m) {
                if (m_curves.contains(curveKey(trace.nodeId, trace.source, NodeMetric(m))))
                    std::fill(fresh.values[size_t(m)].begin(), fresh.values[size_t(m)].end(), std::nan(""));
            }
            addTrace(fresh, m_sourceIndex.value(trace.source));
            newCurves = true;
        }
    }
    setSpans(data.spans);
    if (newCurves)
        updateEmptyTexts();
    updateAntialiasing();
    requestReplot();
}

void NodePlotStack::setSpans(std::vector<NodeJobSpan> spans)
{
    std::stable_sort(spans.begin(), spans.end(),
                     [](const NodeJobSpan &a, const NodeJobSpan &b) { return a.startTs < b.startTs; });
    m_spans = std::move(spans);
    std::vector<NodeSpanLayer::Band> bands;
    bands.reserve(m_spans.size());
    QSet<qint64> nodes;
    for (const NodeJobSpan &span : m_spans)
        nodes.insert(span.nodeId);
    // Spans of several nodes overlap: fainter each, so that the stack of them stays light behind the curves.
    const int alpha = std::clamp(int(60 / std::max<qsizetype>(1, nodes.size())), 14, 38);
    for (const NodeJobSpan &span : m_spans) {
        QColor colour = colourOf(span.nodeId);
        colour.setAlpha(alpha);
        bands.push_back({double(span.startTs), double(span.endTs), colour});
    }
    for (NodeSpanLayer *layer : m_spanLayers)
        layer->setBands(bands);
}

void NodePlotStack::setXRange(double fromTs, double toTs)
{
    if (toTs <= fromTs)
        toTs = fromTs + 60;
    m_syncing = true;
    for (QCustomPlot *plot : m_plots)
        plot->xAxis->setRange(fromTs, toTs);
    m_syncing = false;
    fitValueAxes();
    requestReplot();
}

double NodePlotStack::xLower() const
{
    return m_plots[0]->xAxis->range().lower;
}

double NodePlotStack::xUpper() const
{
    return m_plots[0]->xAxis->range().upper;
}

void NodePlotStack::onRangeChanged(int source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QCPRange range = m_plots[size_t(source)]->xAxis->range();
    for (int i = 0; i < PlotCount; ++i) {
        if (i != source)
            m_plots[size_t(i)]->xAxis->setRange(range);
    }
    m_syncing = false;
    fitValueAxes();
    for (int i = 0; i < PlotCount; ++i) {
        if (i != source)
            m_plots[size_t(i)]->replot(QCustomPlot::rpQueuedReplot);
    }
    m_userRanged = true;
    Q_EMIT userRangeChanged();
}

void NodePlotStack::fitValueAxes()
{
    const double none = std::nan("");
    for (int i = 0; i < PlotCount; ++i) {
        QCustomPlot *plot = m_plots[size_t(i)];
        QList<QCPGraph *> left;
        QList<QCPGraph *> right;
        for (int g = 0; g < plot->graphCount(); ++g)
            (plot->graph(g)->valueAxis() == plot->yAxis2 ? right : left).append(plot->graph(g));
        const QCPRange keys = plot->xAxis->range();
        if (i == Utilisation) {
            fitAxis(plot->yAxis, left, keys, 0.0, 105.0);
            fitAxis(plot->yAxis2, right, keys, 0.0, none);
        } else {
            fitAxis(plot->yAxis, left, keys, i == Temperature ? none : 0.0, none);
        }
    }
}

void NodePlotStack::updateAntialiasing()
{
    // Smooth lines while they are few; past kAntialiasPointLimit points a plot draws them aliased, which costs a
    // fraction of the time on a week of samples.
    for (QCustomPlot *plot : m_plots) {
        qint64 points = 0;
        for (int g = 0; g < plot->graphCount(); ++g)
            points += plot->graph(g)->dataCount();
        plot->setAntialiasedElement(QCP::aePlottables, points <= kAntialiasPointLimit);
    }
}

void NodePlotStack::updateEmptyTexts()
{
    const QString texts[PlotCount] = {
        tr("No temperature samples for the checked nodes"), tr("No power samples for the checked nodes"),
        tr("No CPU frequency samples for the checked nodes"), tr("No CPU utilisation or load samples")};
    for (int i = 0; i < PlotCount; ++i) {
        m_emptyTexts[size_t(i)]->setText(texts[i]);
        m_emptyTexts[size_t(i)]->setVisible(m_plots[size_t(i)]->graphCount() == 0);
        m_plots[size_t(i)]->legend->setVisible(m_plots[size_t(i)]->graphCount() > 0);
    }
}

int NodePlotStack::graphCount() const
{
    int count = 0;
    for (QCustomPlot *plot : m_plots)
        count += plot->graphCount();
    return count;
}

qint64 NodePlotStack::pointCount() const
{
    qint64 count = 0;
    for (QCustomPlot *plot : m_plots) {
        for (int g = 0; g < plot->graphCount(); ++g)
            count += plot->graph(g)->dataCount();
    }
    return count;
}

QList<NodeJobSpan> NodePlotStack::spansAt(double ts) const
{
    QList<NodeJobSpan> found;
    for (const NodeJobSpan &span : m_spans) {
        if (double(span.startTs) > ts)
            break; // sorted by start
        if (double(span.endTs) >= ts)
            found.append(span);
    }
    std::reverse(found.begin(), found.end());
    return found;
}

void NodePlotStack::onMouseMove(QCustomPlot *plot, QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    if (!plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const QList<NodeJobSpan> spans = spansAt(plot->xAxis->pixelToCoord(event->pos().x()));
    if (spans.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QStringList lines;
    for (const NodeJobSpan &span : spans) {
        if (lines.size() == kMaxTooltipJobs) {
            lines << tr("… and %n more job(s)", nullptr, int(spans.size()) - kMaxTooltipJobs);
            break;
        }
        const QString end = span.running ? tr("running") : timeText(span.endTs);
        lines << tr("%1: job %2 “%3” of %4, %5 – %6")
                     .arg(span.node, span.jobId, span.name, span.user, timeText(span.startTs), end)
                     .toHtmlEscaped();
    }
    lines << tr("Click to show the job in the Jobs view").toHtmlEscaped();
    // Rich text with every part escaped: a job name is user data and must not be read as markup.
    QToolTip::showText(event->globalPosition().toPoint(),
                       QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br>")) +
                           QStringLiteral("</p>"),
                       plot);
}

void NodePlotStack::onMouseRelease(QCustomPlot *plot, QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return; // a drag, not a click
    if (!plot->axisRect()->rect().contains(event->pos()))
        return;
    const QList<NodeJobSpan> spans = spansAt(plot->xAxis->pixelToCoord(event->pos().x()));
    if (!spans.isEmpty())
        Q_EMIT jobClicked(spans.constFirst().jobPk, spans.constFirst().cluster, spans.constFirst().jobId);
}

void NodePlotStack::requestReplot()
{
    if (m_replotTimer.isActive()) {
        m_replotPending = true;
        return;
    }
    replotNow();
    m_replotTimer.start();
}

void NodePlotStack::replotNow()
{
    ++m_replotCount;
    for (QCustomPlot *plot : m_plots)
        plot->replot();
}

} // namespace es
