// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QImage>
#include <QMap>
#include <QPalette>
#include <QString>

#include <memory>

class QCustomPlot;

namespace es {

/// What every report figure shares: the print palette, a titled QCustomPlot of the report's size, its picture at 2x
/// and the HTML image tag that shows it (embedded as a data: URI, or as a `report-plot:NAME` resource for the PDF).
///
/// Threading: newPlot() and image() create and paint widgets: the GUI thread of a QApplication (offscreen is fine);
/// the others anywhere.
class ReportPlotImage final
{
public:
    static constexpr int kPlotWidth = 800; ///< logical pixels; rendered at 2x
    static constexpr int kPlotHeight = 360;
    static constexpr int kHtmlImageWidth = 640;

    /// White paper, dark text, the palette's first category as highlight.
    static QPalette printPalette();
    static std::unique_ptr<QCustomPlot> newPlot(const QString &title);
    static QImage image(QCustomPlot *plot);
    /// The <img> of plots[name], or a "no data" line when the map has none.
    static QString imageTag(const QMap<QString, QImage> &plots, const QString &name, bool embed, const QString &alt);
};

} // namespace es
