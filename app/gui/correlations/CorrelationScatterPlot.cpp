// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CorrelationScatterPlot.h"

#include "LogAxisTicker.h"
#include "PlotPalette.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace es {
namespace {

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("CorrelationScatterPlot", "n/a");
    return QLocale().toString(value, 'g', 6);
}

QString formatCoefficient(double value)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("CorrelationScatterPlot", "n/a");
    return QLocale().toString(value, 'f', 3);
}

/// A range of display-space values with a margin, never empty.
QCPRange padded(double lo, double hi)
{
    if (!(lo <= hi))
        return QCPRange(0, 1);
    if (lo == hi) {
        const double half = lo == 0 ? 1.0 : std::abs(lo) * 0.1;
        return QCPRange(lo - half, hi + half);
    }
    const double margin = (hi - lo) * 0.05;
    return QCPRange(lo - margin, hi + margin);
}

void setScale(QCPAxis *axis, bool log)
{
    if (log) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<LogAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(0);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("g"));
        axis->setNumberPrecision(6);
    }
}

} // namespace

CorrelationScatterPlot::CorrelationScatterPlot(QWidget *parent)
    : QCustomPlot(parent), m_marginGroup(new QCPMarginGroup(this))
{
    setObjectName(QStringLiteral("correlationScatter"));
    setInteractions(QCP::iRangeZoom);
    setSelectionRectMode(QCP::srmCustom);
    setNoAntialiasingOnDrag(true);
    setMouseTracking(true);
    axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    legend->setVisible(false);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect, QMouseEvent *) { onSelectionRect(rect); });
    // A click without a drag cancels the rectangle: it clears the selection, as a click on empty space does.
    connect(selectionRect(), &QCPSelectionRect::canceled, this, [this](const QRect &, QInputEvent *) {
        if (!m_selected.empty())
            clearSelection();
    });
    connect(this, &QCustomPlot::mouseMove, this, &CorrelationScatterPlot::onMouseMove);
    connect(this, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { showAll(); });
    rebuild();
}

void CorrelationScatterPlot::setData(const CorrelationDataPtr &data, int xField, int yField, int category, bool logX,
                                     bool logY)
{
    m_loading = false;
    m_data = data;
    m_xField = xField;
    m_yField = yField;
    m_category = category;
    m_logX = logX;
    m_logY = logY;
    m_hasStatistics = false;
    m_selected.clear();
    rebuild();
    Q_EMIT selectionChanged();
}

void CorrelationScatterPlot::setStatistics(const ml::Correlation::PairStatistics &statistics)
{
    m_statistics = statistics;
    m_hasStatistics = true;
    updateFitLine();
    replot(QCustomPlot::rpQueuedReplot);
}

QString CorrelationScatterPlot::statisticsText() const
{
    if (!m_hasStatistics)
        return tr("Computing statistics…");
    const ml::Correlation::PairStatistics &s = m_statistics;
    QString text = tr("r = %1   ρ = %2   R² = %3   n = %4")
                       .arg(formatCoefficient(s.pearson), formatCoefficient(s.spearman), formatCoefficient(s.fit.r2),
                            QLocale().toString(s.n));
    if (std::isfinite(s.fit.slope))
        text += u'\n' + tr("y = %1 + %2 · x").arg(formatNumber(s.fit.intercept), formatNumber(s.fit.slope));
    return text;
}

void CorrelationScatterPlot::rebuild()
{
    clearPlottables();
    clearItems();
    if (m_colorScale) {
        plotLayout()->remove(m_colorScale);
        plotLayout()->simplify();
        m_colorScale = nullptr;
    }
    m_fit = nullptr;
    m_selectionLayer = nullptr;
    m_statisticsLabel = nullptr;
    m_rows.clear();
    m_densityCounts.clear();
    legend->setVisible(false);
    setScale(xAxis, m_logX);
    setScale(yAxis, m_logY);

    double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo, yLo = xLo, yHi = -xLo;
    if (m_data) {
        const std::vector<double> &xs = m_data->numeric[size_t(m_xField)];
        const std::vector<double> &ys = m_data->numeric[size_t(m_yField)];
        xAxis->setLabel(CorrelationFields::label(m_xField, m_data->energyUnit));
        yAxis->setLabel(CorrelationFields::label(m_yField, m_data->energyUnit));
        for (size_t r = 0; r < xs.size(); ++r) {
            const double x = xs[r], y = ys[r];
            if (!std::isfinite(x) || !std::isfinite(y) || (m_logX && x <= 0) || (m_logY && y <= 0))
                continue;
            m_rows.push_back(int(r));
            xLo = std::min(xLo, toDisplay(x, m_logX));
            xHi = std::max(xHi, toDisplay(x, m_logX));
            yLo = std::min(yLo, toDisplay(y, m_logY));
            yHi = std::max(yHi, toDisplay(y, m_logY));
        }
    }
    m_xRange = m_rows.empty() ? QCPRange(0, 1) : padded(xLo, xHi);
    m_yRange = m_rows.empty() ? QCPRange(0, 1) : padded(yLo, yHi);
    m_density = qsizetype(m_rows.size()) > kDensityThreshold;
    if (m_density)
        buildDensity();
    else
        buildScatter();

    m_fit = addGraph();
    m_fit->setName(tr("Least-squares fit"));
    m_fit->removeFromLegend();
    m_selectionLayer = new QCPCurve(xAxis, yAxis);
    m_selectionLayer->setLineStyle(QCPCurve::lsNone);
    m_selectionLayer->removeFromLegend();

    m_statisticsLabel = new QCPItemText(this);
    m_statisticsLabel->setClipToAxisRect(true);
    m_statisticsLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_statisticsLabel->position->setCoords(0.015, 0.02);
    m_statisticsLabel->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statisticsLabel->setTextAlignment(Qt::AlignLeft);
    m_statisticsLabel->setPadding(QMargins(6, 4, 6, 4));
    QFont font = this->font();
    font.setBold(true);
    m_statisticsLabel->setFont(font);

    showAll();
    PlotPalette::apply(this, palette());
    updateFitLine();
    updateSelectionLayer();
}

void CorrelationScatterPlot::buildScatter()
{
    if (m_rows.empty())
        return;
    const std::vector<double> &xs = m_data->numeric[size_t(m_xField)];
    const std::vector<double> &ys = m_data->numeric[size_t(m_yField)];
    const bool byCategory = m_category >= 0 && m_category < CorrelationFields::CategoryCount;
    // Series: the most frequent categories first, then "Other".
    std::vector<int> series(m_data->jobPk.size(), 0);
    QStringList names;
    if (byCategory) {
        const std::vector<int> &codes = m_data->category[size_t(m_category)];
        const QStringList &labels = m_data->categoryNames[size_t(m_category)];
        std::vector<qsizetype> counts(size_t(labels.size()), 0);
        for (int r : m_rows)
            ++counts[size_t(codes[size_t(r)])];
        std::vector<int> order(counts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
        std::vector<int> seriesOf(counts.size(), kMaxCategories);
        for (size_t i = 0; i < order.size() && i < size_t(kMaxCategories); ++i) {
            if (counts[size_t(order[i])] == 0)
                break;
            seriesOf[size_t(order[i])] = int(i);
            const QString label = labels.at(order[i]);
            names << tr("%1 (%2)").arg(label.isEmpty() ? tr("(none)") : label,
                                       QLocale().toString(counts[size_t(order[i])]));
        }
        qsizetype other = 0;
        for (int r : m_rows) {
            series[size_t(r)] = seriesOf[size_t(codes[size_t(r)])];
            other += series[size_t(r)] == kMaxCategories ? 1 : 0;
        }
        if (other > 0)
            names << tr("Other (%1)").arg(QLocale().toString(other));
    } else {
        names << tr("Jobs");
    }
    std::vector<QVector<QCPCurveData>> points(size_t(names.size()));
    for (int r : m_rows) {
        const int s = std::min(series[size_t(r)], int(names.size()) - 1);
        points[size_t(s)].append(QCPCurveData(r, xs[size_t(r)], ys[size_t(r)]));
    }
    const double size = m_rows.size() > 20000 ? 3.0 : 6.0;
    for (qsizetype s = 0; s < names.size(); ++s) {
        auto *curve = new QCPCurve(xAxis, yAxis);
        curve->setName(names.at(s));
        curve->setLineStyle(QCPCurve::lsNone);
        QColor colour = PlotPalette::category(int(s) < kMaxCategories ? int(s) : kMaxCategories);
        QColor fill = colour;
        fill.setAlpha(170);
        curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, fill, size));
        curve->data()->set(points[size_t(s)], true);
    }
    legend->setVisible(byCategory);
}

void CorrelationScatterPlot::buildDensity()
{
    const std::vector<double> &xs = m_data->numeric[size_t(m_xField)];
    const std::vector<double> &ys = m_data->numeric[size_t(m_yField)];
    m_densityCounts.assign(size_t(kDensityColumns * kDensityRows), 0);
    const double xw = m_xRange.size() / kDensityColumns, yw = m_yRange.size() / kDensityRows;
    int maxCount = 1;
    for (int r : m_rows) {
        const int i = std::clamp(int((toDisplay(xs[size_t(r)], m_logX) - m_xRange.lower) / xw), 0, kDensityColumns - 1);
        const int j = std::clamp(int((toDisplay(ys[size_t(r)], m_logY) - m_yRange.lower) / yw), 0, kDensityRows - 1);
        maxCount = std::max(maxCount, ++m_densityCounts[size_t(i * kDensityRows + j)]);
    }
    auto *map = new QCPColorMap(xAxis, yAxis);
    map->setName(tr("Jobs per cell"));
    map->setTightBoundary(true); // the image spans exactly the range corners: right for log axes too
    const auto corner = [](double v, bool log) { return log ? std::pow(10.0, v) : v; };
    // Cells are uniform in display space; with a tight boundary the image is stretched between the corners.
    map->data()->setSize(kDensityColumns, kDensityRows);
    map->data()->setRange(QCPRange(corner(m_xRange.lower, m_logX), corner(m_xRange.upper, m_logX)),
                          QCPRange(corner(m_yRange.lower, m_logY), corner(m_yRange.upper, m_logY)));
    for (int i = 0; i < kDensityColumns; ++i) {
        for (int j = 0; j < kDensityRows; ++j) {
            const int count = m_densityCounts[size_t(i * kDensityRows + j)];
            map->data()->setCell(i, j, count > 0 ? double(count) : std::numeric_limits<double>::quiet_NaN());
        }
    }
    map->setInterpolate(false);
    map->setGradient(PlotPalette::density(palette()));
    map->setDataScaleType(QCPAxis::stLogarithmic);
    map->setDataRange(QCPRange(1, std::max(2, maxCount)));
    m_colorScale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_colorScale);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setDataScaleType(QCPAxis::stLogarithmic);
    m_colorScale->axis()->setTicker(QSharedPointer<LogAxisTicker>::create());
    m_colorScale->axis()->setLabel(tr("Jobs per cell"));
    map->setColorScale(m_colorScale); // the map takes the scale's gradient and range: set them on the scale
    m_colorScale->setGradient(PlotPalette::density(palette()));
    m_colorScale->setDataRange(QCPRange(1, std::max(2, maxCount)));
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, m_marginGroup);
    m_colorScale->setMarginGroup(QCP::msBottom | QCP::msTop, m_marginGroup);
    const QColor text = palette().color(QPalette::WindowText);
    m_colorScale->axis()->setTickLabelColor(text);
    m_colorScale->axis()->setLabelColor(text);
    m_colorScale->axis()->setBasePen(QPen(text, 0));
    m_colorScale->axis()->setTickPen(QPen(text, 0));
    m_colorScale->axis()->setSubTickPen(QPen(text, 0));
}

void CorrelationScatterPlot::showAll()
{
    const auto coordinate = [](double v, bool log) { return log ? std::pow(10.0, v) : v; };
    xAxis->setRange(coordinate(m_xRange.lower, m_logX), coordinate(m_xRange.upper, m_logX));
    yAxis->setRange(coordinate(m_yRange.lower, m_logY), coordinate(m_yRange.upper, m_logY));
    replot(QCustomPlot::rpQueuedReplot);
}

void CorrelationScatterPlot::setLoading(bool loading)
{
    m_loading = loading;
    updateFitLine();
    replot(QCustomPlot::rpQueuedReplot);
}

QString CorrelationScatterPlot::statisticsLabelText() const
{
    return m_statisticsLabel ? m_statisticsLabel->text() : QString();
}

void CorrelationScatterPlot::updateFitLine()
{
    if (!m_fit || !m_statisticsLabel)
        return;
    const QPalette pal = palette();
    m_statisticsLabel->setText(m_data ? statisticsText() : m_loading ? tr("Loading…") : tr("No data"));
    m_statisticsLabel->setColor(pal.color(QPalette::Text));
    QColor background = pal.color(QPalette::Base);
    background.setAlpha(225);
    m_statisticsLabel->setBrush(background);
    m_statisticsLabel->setPen(QPen(pal.color(QPalette::Mid), 0));

    QVector<double> keys, values;
    const ml::Correlation::LinearFit &fit = m_statistics.fit;
    if (m_hasStatistics && std::isfinite(fit.slope) && !m_rows.empty()) {
        constexpr int kSamples = 200;
        for (int i = 0; i <= kSamples; ++i) {
            const double d = m_xRange.lower + m_xRange.size() * i / kSamples;
            const double x = m_logX ? std::pow(10.0, d) : d;
            const double y = fit.intercept + fit.slope * x;
            keys << x;
            values << (m_logY && y <= 0 ? std::numeric_limits<double>::quiet_NaN() : y);
        }
    }
    m_fit->setData(keys, values, true);
    m_fit->setPen(QPen(pal.color(QPalette::Text), 2, Qt::DashLine));
}

void CorrelationScatterPlot::updateSelectionLayer()
{
    if (!m_selectionLayer)
        return;
    QVector<QCPCurveData> points;
    if (m_data) {
        const std::vector<double> &xs = m_data->numeric[size_t(m_xField)];
        const std::vector<double> &ys = m_data->numeric[size_t(m_yField)];
        // Drawing is what costs; in the density view the rectangle itself is the feedback.
        const size_t shown = m_density ? 0 : m_selected.size();
        points.reserve(qsizetype(shown));
        for (size_t i = 0; i < shown; ++i) {
            const int r = m_selected[i];
            points.append(QCPCurveData(r, xs[size_t(r)], ys[size_t(r)]));
        }
    }
    m_selectionLayer->data()->set(points, true);
    QPen pen(palette().color(QPalette::Highlight), 2);
    m_selectionLayer->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pen, Qt::NoBrush, 9));
}

void CorrelationScatterPlot::selectCoordinates(const QRectF &coordinates)
{
    m_selected.clear();
    if (m_data) {
        const QRectF rect = coordinates.normalized();
        const std::vector<double> &xs = m_data->numeric[size_t(m_xField)];
        const std::vector<double> &ys = m_data->numeric[size_t(m_yField)];
        for (int r : m_rows) {
            const double x = xs[size_t(r)], y = ys[size_t(r)];
            if (x >= rect.left() && x <= rect.right() && y >= rect.top() && y <= rect.bottom())
                m_selected.push_back(r);
        }
    }
    updateSelectionLayer();
    replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT selectionChanged();
}

void CorrelationScatterPlot::clearSelection()
{
    m_selected.clear();
    updateSelectionLayer();
    replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT selectionChanged();
}

void CorrelationScatterPlot::onSelectionRect(const QRect &dragged)
{
    const QRect rect = dragged.normalized();
    if (rect.width() < 3 && rect.height() < 3) {
        clearSelection();
        return;
    }
    const QPointF a(xAxis->pixelToCoord(rect.left()), yAxis->pixelToCoord(rect.top()));
    const QPointF b(xAxis->pixelToCoord(rect.right()), yAxis->pixelToCoord(rect.bottom()));
    selectCoordinates(QRectF(a, b));
}

QString CorrelationScatterPlot::toolTipAt(const QPointF &pixel) const
{
    if (!m_data || m_rows.empty() || !axisRect()->rect().contains(pixel.toPoint()))
        return QString();
    const std::vector<double> &xs = m_data->numeric[size_t(m_xField)];
    const std::vector<double> &ys = m_data->numeric[size_t(m_yField)];
    if (m_density) {
        const double dx = toDisplay(xAxis->pixelToCoord(pixel.x()), m_logX);
        const double dy = toDisplay(yAxis->pixelToCoord(pixel.y()), m_logY);
        const int i = int(std::floor((dx - m_xRange.lower) / (m_xRange.size() / kDensityColumns)));
        const int j = int(std::floor((dy - m_yRange.lower) / (m_yRange.size() / kDensityRows)));
        if (i < 0 || j < 0 || i >= kDensityColumns || j >= kDensityRows)
            return QString();
        const int count = m_densityCounts[size_t(i * kDensityRows + j)];
        return count > 0 ? tr("%n job(s) in this cell", nullptr, count) : QString();
    }
    constexpr double kRadiusPx = 8;
    double best = kRadiusPx * kRadiusPx;
    int found = -1;
    for (int r : m_rows) {
        const double px = xAxis->coordToPixel(xs[size_t(r)]) - pixel.x();
        const double py = yAxis->coordToPixel(ys[size_t(r)]) - pixel.y();
        const double d = px * px + py * py;
        if (d <= best) {
            best = d;
            found = r;
        }
    }
    if (found < 0)
        return QString();
    return tr("Job %1 — %2\n%3: %4\n%5: %6")
        .arg(m_data->jobIds.at(found), m_data->names.at(found).isEmpty() ? tr("(no name)") : m_data->names.at(found),
             CorrelationFields::label(m_xField, m_data->energyUnit), formatNumber(xs[size_t(found)]),
             CorrelationFields::label(m_yField, m_data->energyUnit), formatNumber(ys[size_t(found)]));
}

void CorrelationScatterPlot::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const QString text = toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void CorrelationScatterPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace es
