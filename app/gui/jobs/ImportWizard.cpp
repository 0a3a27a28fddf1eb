// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ImportWizard.h"

#include "CsvPreview.h"
#include "GuiSettings.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportSummaryPage.h"

namespace es {

ImportWizard::ImportWizard(const QString &directory, const QString &format, QWidget *parent)
    : QWizard(parent), m_filePage(new ImportFilePage(directory, format, this)),
      m_previewPage(new ImportPreviewPage(this)), m_mappingPage(new ImportMappingPage(this)),
      m_summaryPage(new ImportSummaryPage(this))
{
    setWindowTitle(tr("Import Jobs"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(MappingPage, m_mappingPage);
    setPage(SummaryPage, m_summaryPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(1000, 640);
}

Importer::Format ImportWizard::format() const
{
    return m_filePage->format();
}

QString ImportWizard::formatName() const
{
    return m_filePage->formatName();
}

QStringList ImportWizard::files() const
{
    return m_filePage->files();
}

void ImportWizard::setFiles(const QStringList &files)
{
    m_filePage->setFiles(files);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options = m_filePage->options();
    if (format() == Importer::Format::Csv) {
        options.delimiter = QString(m_preview.separator());
        options.columnMap = m_mappingPage->columnMap();
    }
    return options;
}

void ImportWizard::saveMapping(GuiSettings &settings) const
{
    if (format() != Importer::Format::Csv || m_preview.header().isEmpty())
        return;
    settings.setImportMapping(CsvPreview::headerSignature(m_preview.header()), m_mappingPage->columnMap());
}

} // namespace es
