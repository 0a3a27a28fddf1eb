// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace es {

class ImportWizard;

/// The import wizard's CSV preview: the first rows of the first file in a table, the separator detected (the user
/// may choose another) and the type of each column in its header. Not complete when the file cannot be read or is
/// not text; rows whose field count differs from the header's are listed and block the import unless bad lines
/// are skipped.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// Next goes on only from a complete page (QWizard::next() alone does not ask).
    bool validatePage() override { return isComplete(); }

    /// Reads the preview again with this separator (one of CsvPreview::separators()).
    void setSeparator(QChar separator);
    /// Why the file cannot be imported as it is (unreadable, not text, ragged rows), or empty.
    QString problem() const;
    QTableWidget *table() const { return m_table; }

private:
    void load(QChar separator);

    ImportWizard *m_wizard;
    QComboBox *m_separator;
    QTableWidget *m_table;
    QLabel *m_status;
    QString m_error;
    QString m_loadedFile;
};

} // namespace es
