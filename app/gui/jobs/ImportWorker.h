// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Importer.h"

#include <QList>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace es {

/// Imports files into the store at a location, in its own thread with its own es::Store.
///
/// Threading: construct, start() and cancel() from the GUI thread; progress() is emitted from the worker thread
/// (connect it queued). results() may be read once QThread::finished() has been delivered.
class ImportWorker final : public QThread
{
    Q_OBJECT
public:
    struct FileResult
    {
        QString file;
        bool ok = false;
        ImportReport report;
        QString error;
    };

    ImportWorker(const QString &location, Importer::Format format, const QStringList &files,
                 const ImportOptions &options, QObject *parent = nullptr);
    ~ImportWorker() override;
    Q_DISABLE_COPY_MOVE(ImportWorker)

    /// Safe from any thread: the file in progress is rolled back and the remaining ones are not started.
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }
    /// Set when the store could not be opened; results() is then empty.
    QString storeError() const { return m_storeError; }
    QList<FileResult> results() const { return m_results; }

    /// What the user is told: a line per file (what was imported, or why not), the bad lines as details.
    struct Summary
    {
        QStringList lines;
        QStringList details;
        bool failed = false; ///< a file failed for another reason than cancellation
    };
    Summary summary() const;

Q_SIGNALS:
    /// `permille` of all the files' bytes are done; `file` is the one being read.
    void progress(int permille, const QString &file);

protected:
    void run() override;

private:
    const QString m_location;
    const Importer::Format m_format;
    const QStringList m_files;
    const ImportOptions m_options;
    std::atomic_bool m_cancel = false;
    QString m_storeError;
    QList<FileResult> m_results;
};

} // namespace es
