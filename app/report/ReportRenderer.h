// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QMap>
#include <QString>

#include <optional>

namespace es {

/// Turns a ReportData into a self-contained HTML file (plots embedded as data: URIs, PNG) or a PDF (QTextDocument
/// printed by QPdfWriter, A4). Both come from the same HTML, so they say the same things.
///
/// Threading: renderPlots() creates QCustomPlot widgets and must run on the GUI thread of a QApplication (offscreen
/// is fine). html(), write() and renderPage() only paint on images and files and may run in any thread once the
/// QGuiApplication exists.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(es::ReportRenderer)
public:
    enum class Format
    {
        Html,
        Pdf
    };
    /// The plots' names, as keys of renderPlots()'s map and in the HTML's image sources.
    static QString energyByDayPlot() { return QStringLiteral("energy-by-day"); }
    static QString energyVsDurationPlot() { return QStringLiteral("energy-vs-duration"); }
    static QString temperaturePlot() { return QStringLiteral("node-temperatures"); }

    /// From the file name's suffix (.html/.htm, .pdf); std::nullopt otherwise.
    static std::optional<Format> formatForPath(const QString &path);

    /// The plots of `data` as PNG-ready images (2x pixel density); a plot without data is left out.
    static QMap<QString, QImage> renderPlots(const ReportData &data);

    /// The report as HTML. `embedImages`: plots as data: URIs (a stand-alone file); otherwise as `report-plot:NAME`
    /// resources (what write() registers with QTextDocument for the PDF).
    static QString html(const ReportData &data, const QMap<QString, QImage> &plots, bool embedImages,
                        const QLocale &locale = QLocale());

    /// Writes the report atomically (QSaveFile). *pages: the PDF's page count (1 for HTML).
    static bool write(const ReportData &data, const QMap<QString, QImage> &plots, const QString &path, Format format,
                      QString *error, int *pages = nullptr, const QLocale &locale = QLocale());

    /// Page `page` (0-based) of the PDF layout painted on a white image `width` pixels wide; a null image past the
    /// last page. For previews and for looking at a report where no PDF viewer is at hand.
    static QImage renderPage(const ReportData &data, const QMap<QString, QImage> &plots, int page, int width,
                             const QLocale &locale = QLocale());
};

} // namespace es
