// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportPlotImage.h"

#include "PlotPalette.h"
#include "QCustomPlotInclude.h"
#include "ReportRenderer.h"

#include <QBuffer>

#include <algorithm>

namespace es {

QPalette ReportPlotImage::printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Highlight, PlotPalette::category(0));
    return palette;
}

std::unique_ptr<QCustomPlot> ReportPlotImage::newPlot(const QString &title)
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->resize(kPlotWidth, kPlotHeight);
    PlotPalette::apply(plot.get(), printPalette());
    plot->plotLayout()->insertRow(0);
    auto *heading = new QCPTextElement(plot.get(), title, QFont(plot->font().family(), 11, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, heading);
    return plot;
}

QImage ReportPlotImage::image(QCustomPlot *plot)
{
    plot->replot(QCustomPlot::rpImmediateRefresh);
    return plot->toPixmap(kPlotWidth, kPlotHeight, 2.0).toImage();
}

QString ReportPlotImage::imageTag(const QMap<QString, QImage> &plots, const QString &name, bool embed,
                                  const QString &alt)
{
    const auto it = plots.constFind(name);
    if (it == plots.cend())
        return QStringLiteral("<p><i>%1</i></p>\n").arg(ReportRenderer::tr("No data for this plot.").toHtmlEscaped());
    QString source;
    if (embed) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it->save(&buffer, "PNG");
        source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    } else {
        source = QStringLiteral("report-plot:") + name;
    }
    const int height = int(double(kHtmlImageWidth) * it->height() / std::max(1, it->width()));
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
        .arg(source)
        .arg(kHtmlImageWidth)
        .arg(height)
        .arg(alt.toHtmlEscaped());
}

} // namespace es
