// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QColor>
#include <QPalette>

class QCPColorGradient;
class QCustomPlot;

namespace es {

/// The colours of the plots. The categorical and diverging colours are the only fixed colours of the program
/// (data colours must stay the same in light and dark themes and in exported files); everything else follows
/// the widget's QPalette.
class PlotPalette final
{
public:
    /// Colour of category `index`; the palette repeats after categoryCount() entries.
    static QColor category(int index);
    static int categoryCount();
    /// Blue (−1) through the palette's base colour (0) to red (+1), for correlation coefficients.
    static QCPColorGradient diverging(const QPalette &palette);
    /// From a faint to a strong highlight colour, for point densities; NaN (empty cells) transparent.
    static QCPColorGradient density(const QPalette &palette);
    /// Whichever of the palette's text and base colours reads better on `background`.
    static QColor textOn(const QColor &background, const QPalette &palette);
    /// Axis, grid and text colours of `plot` from `palette`.
    static void apply(QCustomPlot *plot, const QPalette &palette);
};

} // namespace es
