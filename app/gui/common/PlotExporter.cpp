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
#include <QSpinBox>
#include <QSvgGenerator>

namespace es {

bool PlotExporter::save(QCustomPlot *plot, const QString &path, const QSize &sizePx, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int width = std::max(16, sizePx.width());
    const int height = std::max(16, sizePx.height());
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = plot->savePng(path, width, height);
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path, width, height, QCP::epNoCosmetic, QString(), plot->objectName());
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        generator.setTitle(plot->objectName());
        QCPPainter painter;
        if (painter.begin(&generator)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot->toPainter(&painter, width, height);
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

void PlotExporter::exportInteractively(QCustomPlot *plot, const QString &suggestedName, QWidget *parent)
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
    if (!save(plot, path, QSize(width->value(), height->value()), &error))
        QMessageBox::warning(parent, QCoreApplication::translate("PlotExporter", "Export Failed"), error);
}

} // namespace es
