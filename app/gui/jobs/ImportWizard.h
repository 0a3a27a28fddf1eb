// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CsvPreview.h"
#include "Importer.h"

#include <QHash>
#include <QStringList>
#include <QWizard>

namespace es {

class GuiSettings;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportSummaryPage;

/// File > Import Jobs: what to import and how. Pages: the files, their format and cluster; for a CSV dataset a
/// preview (separator and column types detected) and the column mapping (target fields, units, columns kept as
/// job features, "ignore"), preselected from the mapping saved for the same header or else from the importer's
/// automatic matching; a summary. SWF traces and sacct dumps go from the first page to the summary.
///
/// Threading: GUI thread. The preview reads at most kPreviewRows records of the first file on the GUI thread (a
/// first look, bounded); the import itself runs later in an ImportWorker.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        MappingPage,
        SummaryPage
    };
    static constexpr int kPreviewRows = 50;

    ImportWizard(const QString &directory, const QString &format, QWidget *parent = nullptr);

    Importer::Format format() const;
    QString formatName() const;
    QStringList files() const;
    /// The options of the import; for CSV with the separator and the column map of the mapping page.
    ImportOptions options() const;
    /// Selects these files (non-empty); the format follows a .swf/.swf.gz/.csv name.
    void setFiles(const QStringList &files);

    /// The preview of the first file (valid once the preview page was shown).
    const CsvPreview &preview() const { return m_preview; }
    CsvPreview &preview() { return m_preview; }
    /// Remembers the mapping page's mapping for the preview's header (CSV only; nothing otherwise).
    void saveMapping(GuiSettings &settings) const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }

private:
    CsvPreview m_preview;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportSummaryPage *m_summaryPage;
};

} // namespace es
