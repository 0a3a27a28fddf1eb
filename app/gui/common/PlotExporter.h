// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

class QCPPainter;
class QCustomPlot;
class QFont;
class QWidget;

namespace es {

/// What an exported plot carries above it: its title and lines saying what it shows (the filter in force, the
/// nodes and range), so that a picture taken out of the program still says what it is.
struct PlotCaption
{
    QString title;
    QStringList lines;

    bool isEmpty() const { return title.isEmpty() && lines.isEmpty(); }
};

/// Writes a plot to a file whose format follows the suffix: .png, .svg (QSvgGenerator painted through QCPPainter)
/// or .pdf, the plot at `sizePx` (logical pixels; vector formats use pixels as points). A caption adds its height
/// above the plot: the title in bold, then its lines.
class PlotExporter final
{
public:
    static bool save(QCustomPlot *plot, const QString &path, const QSize &sizePx, const PlotCaption &caption,
                     QString *error);
    /// Without a caption.
    static bool save(QCustomPlot *plot, const QString &path, const QSize &sizePx, QString *error);
    /// The picture a PNG export writes: the caption above the plot drawn at `plotSizePx`.
    static QImage render(QCustomPlot *plot, const QSize &plotSizePx, const PlotCaption &caption);
    /// Height of the caption drawn over `widthPx` with the plot's font; 0 for an empty caption.
    static int captionHeightPx(const PlotCaption &caption, int widthPx, const QFont &font);
    /// Asks for a file and a size, then saves; reports errors in a message box. GUI thread.
    static void exportInteractively(QCustomPlot *plot, const QString &suggestedName, const PlotCaption &caption,
                                    QWidget *parent);

private:
    /// Paints the caption into [0, width) x [0, captionHeight) and the plot below it.
    static void paint(QCPPainter *painter, QCustomPlot *plot, const QSize &plotSizePx, const PlotCaption &caption);
};

} // namespace es
