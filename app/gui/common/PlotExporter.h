#pragma once

#include <QSize>
#include <QString>

class QCustomPlot;
class QWidget;

namespace es {

/// Writes a plot to a file whose format follows the suffix: .png, .svg (QSvgGenerator painted through QCPPainter)
/// or .pdf, at `sizePx` (logical pixels; the PNG is rendered at that size, vector formats use it as their page).
class PlotExporter final
{
public:
    static bool save(QCustomPlot *plot, const QString &path, const QSize &sizePx, QString *error);
    /// Asks for a file and a size, then saves; reports errors in a message box. GUI thread.
    static void exportInteractively(QCustomPlot *plot, const QString &suggestedName, QWidget *parent);
};

} // namespace es
