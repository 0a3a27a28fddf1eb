// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PlotExporter.h"

#include "GuiSettings.h"
#include "QCustomPlotInclude.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSpinBox>
#include <QSvgGenerator>

namespace es {

namespace {

constexpr int kCaptionMarginPx = 8;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.25 : 12.0);
    return font;
}

QRect textRect(const QFontMetrics &metrics, const QString &text, int widthPx)
{
    return metrics.boundingRect(QRect(0, 0, std::max(1, widthPx - 2 * kCaptionMarginPx), 100000),
                                Qt::TextWordWrap | Qt::AlignLeft, text);
}

} // namespace

int PlotExporter::captionHeightPx(const PlotCaption &caption, int widthPx, const QFont &font)
{
    if (caption.isEmpty())
        return 0;
    int height = kCaptionMarginPx;
    if (!caption.title.isEmpty())
        height += textRect(QFontMetrics(titleFont(font)), caption.title, widthPx).height() + 2;
    for (const QString &line : caption.lines)
        height += textRect(QFontMetrics(font), line, widthPx).height() + 1;
    return height + kCaptionMarginPx;
}

void PlotExporter::paint(QCPPainter *painter, QCustomPlot *plot, const QSize &plotSizePx, const PlotCaption &caption)
{
    const int width = plotSizePx.width();
    const QFont font = plot->font();
    const int captionHeight = captionHeightPx(caption, width, font);
    const QPalette palette = plot->palette();
    if (captionHeight > 0) {
        painter->fillRect(QRect(0, 0, width, captionHeight), palette.brush(QPalette::Base)); // PlotPalette's
        painter->setPen(palette.color(QPalette::Text));
        int y = kCaptionMarginPx;
        const auto drawText = [&](const QFont &textFont, const QString &text, int gapPx) {
            painter->setFont(textFont);
            QRect rect = textRect(QFontMetrics(textFont), text, width);
            rect.moveTo(kCaptionMarginPx, y);
            painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft, text);
            y += rect.height() + gapPx;
        };
        if (!caption.title.isEmpty())
            drawText(titleFont(font), caption.title, 2);
        for (const QString &line : caption.lines)
            drawText(font, line, 1);
    }
    painter->save();
    painter->translate(0, captionHeight);
    plot->toPainter(painter, width, plotSizePx.height());
    painter->restore();
}

QImage PlotExporter::render(QCustomPlot *plot, const QSize &plotSizePx, const PlotCaption &caption)
{
    const int captionHeight = captionHeightPx(caption, plotSizePx.width(), plot->font());
    QImage image(plotSizePx.width(), plotSizePx.height() + captionHeight, QImage::Format_ARGB32_Premultiplied);
    image.fill(plot->palette().color(QPalette::Base));
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, plot, plotSizePx, caption);
    painter.end();
    return image;
}

bool PlotExporter::save(QCustomPlot *plot, const QString &path, const QSize &sizePx, QString *error)
{
    return save(plot, path, sizePx, PlotCaption{}, error);
}

bool PlotExporter::save(QCustomPlot *plot, const QString &path, const QSize &sizePx, const PlotCaption &caption,
                        QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize plotSize(std::max(16, sizePx.width()), std::max(16, sizePx.height()));
    const int width = plotSize.width();
    const int height = plotSize.height() + captionHeightPx(caption, width, plot->font());
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = caption.isEmpty() ? plot->savePng(path, width, height) : render(plot, plotSize, caption).save(path);
    } else if (suffix == QLatin1String("pdf")) {
        if (caption.isEmpty()) {
            ok = plot->savePdf(path, width, height, QCP::epNoCosmetic, QString(), plot->objectName());
        } else {
            QPdfWriter writer(path);
            writer.setTitle(caption.title);
            writer.setResolution(72); // a pixel of the plot is a point of the page
            writer.setPageLayout(
                QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch),
                            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            QCPPainter painter;
            if (painter.begin(&writer)) {
                painter.setMode(QCPPainter::pmVectorized);
                painter.setMode(QCPPainter::pmNoCaching);
                painter.setMode(QCPPainter::pmNonCosmetic);
                paint(&painter, plot, plotSize, caption);
                ok = painter.end();
            }
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        generator.setTitle(caption.title.isEmpty() ? plot->objectName() : caption.title);
        QCPPainter painter;
        if (painter.begin(&generator)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            paint(&painter, plot, plotSize, caption);
            ok = painter.end();
        }
    } else {
        *error = QCoreApplication::translate("PlotExporter", "Unknown image format “%1”: use .png, .svg or .pdf.")
                     .arg(suffix);
        return false;
    }
    if (!ok)
        *error = QCoreApplication::translate("PlotExporter", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

void PlotExporter::exportInteractively(QCustomPlot *plot, const QString &suggestedName, const PlotCaption &caption,
                                       QWidget *parent)
{
    GuiSettings settings;
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("PlotExporter", "Export Plot"),
        settings.lastDirectory() + u'/' + suggestedName + QStringLiteral(".png"),
        QCoreApplication::translate("PlotExporter", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QLatin1String("svg"))   ? QStringLiteral(".svg")
                : selectedFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                                : QStringLiteral(".png");
    settings.setLastDirectory(QFileInfo(path).absolutePath());

    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("PlotExporter", "Export Size"));
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    for (QSpinBox *box : {width, height}) {
        box->setRange(100, 10000);
        box->setSuffix(QCoreApplication::translate("PlotExporter", " px"));
    }
    width->setValue(plot->width());
    height->setValue(plot->height());
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("PlotExporter", "&Width:"), width);
    form->addRow(QCoreApplication::translate("PlotExporter", "&Height:"), height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!save(plot, path, QSize(width->value(), height->value()), caption, &error))
        QMessageBox::warning(parent, QCoreApplication::translate("PlotExporter", "Export Failed"), error);
}

} // namespace es
