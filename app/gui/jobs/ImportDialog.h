#pragma once

#include "Importer.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace es {

/// Asks what to import: the format, the files, the cluster name and how to treat bad lines.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &directory, const QString &format, QWidget *parent = nullptr);

    Importer::Format format() const;
    QString formatName() const;
    QStringList files() const { return m_files; }
    ImportOptions options() const;
    /// Selects these files (non-empty), as the Browse button does; the format follows a .swf/.swf.gz/.csv name.
    void setFiles(const QStringList &files);

private:
    void browse();
    void updateState();

    QString m_directory;
    QStringList m_files;
    QComboBox *m_format;
    QLineEdit *m_fileList;
    QLineEdit *m_cluster;
    QComboBox *m_timeZone;
    QCheckBox *m_skipBadLines;
    QDialogButtonBox *m_buttons;
};

} // namespace es
