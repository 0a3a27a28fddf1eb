// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobFilter.h"
#include "ReportData.h"
#include "ReportRenderer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace es {

class DateTimeField;

/// File > Export Report: the range (UTC) or every job (also those without times), the cluster (or all), the format
/// and the output file. It opens on what the filter bar selects (its cluster and dates), else on every job, and
/// remembers the format, the whole-range choice and the file between runs (GuiSettings-backed QSettings keys).
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `clusters`: the store's cluster names; `directory`: where the file goes by default.
    ReportDialog(const QStringList &clusters, const QString &directory, const JobFilter &filter,
                 QWidget *parent = nullptr);
    /// Stores the choices for the next time (called on Export).
    void remember() const;

    ReportRequest request() const;
    QString path() const;
    ReportRenderer::Format format() const;

private:
    void browse();
    void syncSuffix();
    void restoreChoices(const QString &directory, const JobFilter &filter);

    DateTimeField *m_since;
    DateTimeField *m_until;
    QCheckBox *m_wholeRange;
    QComboBox *m_cluster;
    QComboBox *m_format;
    QLineEdit *m_path;
};

} // namespace es
