// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Importer.h"

#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace es {

/// The import wizard's first page: the format, the files, the cluster name, the sacct time zone and how to treat
/// bad lines. Complete once files are chosen and the time zone is valid; a CSV dataset goes on to the preview,
/// the other formats to the summary.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(const QString &directory, const QString &format, QWidget *parent = nullptr);

    Importer::Format format() const;
    QString formatName() const;
    QStringList files() const { return m_files; }
    /// Cluster, time zone and bad lines (not the CSV separator and mapping).
    ImportOptions options() const;
    bool skipBadLines() const;
    /// Selects these files (non-empty), as the Browse button does; the format follows a .swf/.swf.gz/.csv name.
    void setFiles(const QStringList &files);

    bool isComplete() const override;
    int nextId() const override;

private:
    void browse();
    void updateState();

    QString m_directory;
    QStringList m_files;
    QComboBox *m_format;
    QLineEdit *m_fileList;
    QLineEdit *m_cluster;
    QComboBox *m_timeZone;
    QLineEdit *m_sacctFields; // a headerless dump's --format list
    QCheckBox *m_skipBadLines;
};

} // namespace es
