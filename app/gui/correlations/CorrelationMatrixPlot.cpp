// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CorrelationMatrixPlot.h"

#include "PlotPalette.h"

#include <QFontMetrics>
#include <QLocale>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace es {
namespace {

constexpr qsizetype kMinRows = 3;

} // namespace

CorrelationMatrixPlot::CorrelationMatrixPlot(QWidget *parent)
    : QCustomPlot(parent), m_marginGroup(new QCPMarginGroup(this))
{
    setObjectName(QStringLiteral("correlationMatrix"));
    setMouseTracking(true);
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const QPoint cell = cellAt(event->position());
        if (cell.x() >= 0)
            Q_EMIT cellClicked(m_result.fields[size_t(cell.x())], m_result.fields[size_t(cell.y())]);
    });
    connect(this, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QPoint cell = cellAt(event->position());
        if (cell.x() < 0) {
            QToolTip::hideText();
            return;
        }
        const int x = m_result.fields[size_t(cell.x())], y = m_result.fields[size_t(cell.y())];
        const double r = m_result.matrix.at(cell.y(), cell.x());
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 vs %2\nr = %3, n = %4\nClick to plot this pair.")
                               .arg(CorrelationFields::label(y, m_result.energyUnit),
                                    CorrelationFields::label(x, m_result.energyUnit),
                                    std::isfinite(r) ? QLocale().toString(r, 'f', 3) : tr("n/a"),
                                    QLocale().toString(m_result.matrix.countAt(cell.y(), cell.x()))),
                           this);
    });
    // Each layout knows the cells' size in pixels: the coefficients are written only where they fit.
    connect(this, &QCustomPlot::afterLayout, this, &CorrelationMatrixPlot::fitCellLabels);
    rebuild();
}

void CorrelationMatrixPlot::fitCellLabels()
{
    const int k = int(m_result.fields.size());
    if (k == 0 || m_cellLabels.isEmpty())
        return;
    // The widest coefficient against one cell: a label wider than its cell would run into its neighbours.
    const QFontMetricsF metrics(m_cellLabels.first()->font());
    const bool fits = metrics.horizontalAdvance(QLocale().toString(-0.99, 'f', 2)) <= axisRect()->width() / double(k) &&
                      metrics.height() <= axisRect()->height() / double(k);
    for (QCPItemText *label : std::as_const(m_cellLabels))
        label->setVisible(fits);
}

void CorrelationMatrixPlot::setMatrix(const CorrelationMatrixResult &result)
{
    m_result = result;
    m_loading = false;
    rebuild();
}

void CorrelationMatrixPlot::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (loading)
        m_result = CorrelationMatrixResult{};
    rebuild();
}

QString CorrelationMatrixPlot::messageText() const
{
    return m_message ? m_message->text() : QString();
}

void CorrelationMatrixPlot::rebuild()
{
    clearPlottables();
    clearItems();
    m_cellLabels.clear();
    m_message = nullptr;
    if (m_scale) {
        plotLayout()->remove(m_scale);
        plotLayout()->simplify();
        m_scale = nullptr;
    }
    m_map = nullptr;
    const QPalette pal = palette();
    const int k = int(m_result.fields.size());

    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < k; ++i) {
        xTicker->addTick(i, CorrelationFields::label(m_result.fields[size_t(i)], m_result.energyUnit));
        yTicker->addTick(i, CorrelationFields::label(m_result.fields[size_t(i)], m_result.energyUnit));
    }
    xAxis->setTicker(xTicker);
    yAxis->setTicker(yTicker);
    xAxis->setTickLabelRotation(60);
    xAxis->setSubTicks(false);
    yAxis->setSubTicks(false);
    xAxis->setTickLength(0, 0);
    yAxis->setTickLength(0, 0);
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    yAxis->setRangeReversed(true); // the first field at the top, like a table
    xAxis->setRange(-0.5, std::max(0, k - 1) + 0.5);
    yAxis->setRange(-0.5, std::max(0, k - 1) + 0.5);
    PlotPalette::apply(this, pal);

    if (k == 0) {
        m_message = new QCPItemText(this);
        m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_message->position->setCoords(0.5, 0.5);
        m_message->setText(m_loading ? tr("Loading…") : tr("No numeric fields with data to correlate"));
        m_message->setColor(pal.color(QPalette::PlaceholderText));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setName(tr("Pearson r"));
    m_map->data()->setSize(k, k);
    m_map->data()->setRange(QCPRange(0, std::max(1, k - 1)), QCPRange(0, std::max(1, k - 1)));
    if (k == 1)
        m_map->data()->setRange(QCPRange(-0.5, 0.5), QCPRange(-0.5, 0.5));
    QCPColorGradient gradient = PlotPalette::diverging(pal);
    QFont cellFont = font();
    cellFont.setPointSizeF(std::max(6.0, cellFont.pointSizeF() * (k > 12 ? 0.75 : 0.9)));
    for (int column = 0; column < k; ++column) {
        for (int row = 0; row < k; ++row) {
            // Two rows always give r = ±1: show a coefficient from three complete rows on.
            const double r = m_result.matrix.countAt(row, column) >= kMinRows
                                 ? m_result.matrix.at(row, column)
                                 : std::numeric_limits<double>::quiet_NaN();
            m_map->data()->setCell(column, row, r);
            auto *label = new QCPItemText(this);
            label->position->setType(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(column, row);
            // No "-0.00": a coefficient that rounds to zero is written as 0.00.
            label->setText(std::isfinite(r) ? QLocale().toString(std::abs(r) < 0.005 ? 0.0 : r, 'f', 2)
                                            : QStringLiteral("–"));
            label->setFont(cellFont);
            const QColor cell =
                std::isfinite(r) ? QColor::fromRgb(gradient.color(r, QCPRange(-1, 1))) : pal.color(QPalette::Window);
            label->setColor(PlotPalette::textOn(cell, pal));
            label->setSelectable(false);
            m_cellLabels.append(label);
        }
    }
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("Pearson r"));
    m_map->setColorScale(m_scale); // the map takes the scale's gradient and range: set them on the scale
    m_scale->setGradient(gradient);
    m_scale->setDataRange(QCPRange(-1, 1));
    QCPAxis *axis = m_scale->axis();
    axis->setTickLabelColor(pal.color(QPalette::WindowText));
    axis->setLabelColor(pal.color(QPalette::WindowText));
    axis->setBasePen(QPen(pal.color(QPalette::WindowText), 0));
    axis->setTickPen(QPen(pal.color(QPalette::WindowText), 0));
    axis->setSubTickPen(QPen(pal.color(QPalette::WindowText), 0));
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, m_marginGroup);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, m_marginGroup);
    replot(QCustomPlot::rpQueuedReplot);
}

QPoint CorrelationMatrixPlot::cellAt(const QPointF &pixel) const
{
    const int k = int(m_result.fields.size());
    if (k == 0 || !axisRect()->rect().contains(pixel.toPoint()))
        return QPoint(-1, -1);
    const int column = int(std::lround(xAxis->pixelToCoord(pixel.x())));
    const int row = int(std::lround(yAxis->pixelToCoord(pixel.y())));
    if (column < 0 || row < 0 || column >= k || row >= k)
        return QPoint(-1, -1);
    return QPoint(column, row);
}

QPointF CorrelationMatrixPlot::cellCentre(int column, int row) const
{
    return QPointF(xAxis->coordToPixel(column), yAxis->coordToPixel(row));
}

void CorrelationMatrixPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace es
