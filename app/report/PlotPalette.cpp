// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PlotPalette.h"

#include "QCustomPlotInclude.h"

namespace es {
namespace {

// Tableau 10: distinguishable for most colour-vision deficiencies, legible on light and dark backgrounds.
constexpr QRgb kCategories[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
constexpr QRgb kNegative = 0x2166ac;
constexpr QRgb kPositive = 0xb2182b;

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

void styleAxis(QCPAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    axis->setBasePen(QPen(text, 0));
    axis->setTickPen(QPen(text, 0));
    axis->setSubTickPen(QPen(text, 0));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

} // namespace

QColor PlotPalette::category(int index)
{
    return QColor::fromRgb(kCategories[size_t(index) % std::size(kCategories)]);
}

int PlotPalette::categoryCount()
{
    return int(std::size(kCategories));
}

QCPColorGradient PlotPalette::diverging(const QPalette &palette)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor::fromRgb(kNegative));
    gradient.setColorStopAt(0.5, palette.color(QPalette::Base));
    gradient.setColorStopAt(1.0, QColor::fromRgb(kPositive));
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(palette.color(QPalette::Window));
    return gradient;
}

QCPColorGradient PlotPalette::density(const QPalette &palette)
{
    QColor faint = palette.color(QPalette::Highlight);
    faint.setAlpha(50);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, faint);
    gradient.setColorStopAt(0.7, palette.color(QPalette::Highlight));
    gradient.setColorStopAt(1.0, palette.color(QPalette::WindowText));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

QColor PlotPalette::textOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const double b = luminance(background);
    return std::abs(luminance(text) - b) >= std::abs(luminance(base) - b) ? text : base;
}

void PlotPalette::apply(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(palette.brush(QPalette::Base));
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, palette);
    }
    if (plot->legend) {
        plot->legend->setBrush(palette.brush(QPalette::Base));
        plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid), 0));
        plot->legend->setTextColor(palette.color(QPalette::Text));
    }
}

} // namespace es
