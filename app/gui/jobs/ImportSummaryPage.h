// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QWizardPage>

class QLabel;

namespace es {

class ImportWizard;

/// The import wizard's last page: what will be imported, into which cluster, and for a CSV dataset which column is
/// the job id, which fields the columns fill (with their units), which are kept as features and which are ignored.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;
    QString text() const;

private:
    ImportWizard *m_wizard;
    QLabel *m_text;
};

} // namespace es
