// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeSpanLayer.h"

#include <algorithm>

namespace es {
namespace {

QString ensureLayer(QCustomPlot *plot)
{
    const QString name = QStringLiteral("spans");
    if (!plot->layer(name))
        plot->addLayer(name, plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    return name;
}

} // namespace

NodeSpanLayer::NodeSpanLayer(QCustomPlot *plot) : QCPLayerable(plot, ensureLayer(plot)) {}

void NodeSpanLayer::setBands(std::vector<Band> bands)
{
    m_bands = std::move(bands);
}

void NodeSpanLayer::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    painter->setAntialiasing(false);
}

QRect NodeSpanLayer::clipRect() const
{
    return mParentPlot->axisRect()->rect();
}

void NodeSpanLayer::draw(QCPPainter *painter)
{
    QCPAxis *x = mParentPlot->xAxis;
    const QRect rect = clipRect();
    const QCPRange range = x->range();
    painter->setPen(Qt::NoPen);
    for (const Band &band : m_bands) {
        if (band.endTs < range.lower || band.startTs > range.upper)
            continue;
        const double left = std::max(x->coordToPixel(band.startTs), double(rect.left()));
        const double right = std::min(x->coordToPixel(band.endTs), double(rect.right()));
        painter->fillRect(QRectF(left, rect.top(), std::max(1.0, right - left), rect.height()), band.colour);
        if (band.startTs >= range.lower) {
            QColor edge = band.colour;
            edge.setAlpha(std::min(255, band.colour.alpha() * 3));
            painter->fillRect(QRectF(left, rect.top(), 1.0, rect.height()), edge);
        }
    }
}

} // namespace es
