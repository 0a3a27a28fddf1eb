// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobQuery.h"

#include <QThread>

#include <atomic>

namespace es {

/// Writes the jobs matching a JobQuery (every column of the jobs table, UTC epoch seconds as stored) to a CSV file,
/// in its own thread with its own es::Store. The file is replaced atomically (QSaveFile): a failed or cancelled
/// export leaves any existing file untouched.
///
/// Threading: construct, start() and cancel() from the GUI thread; progress() is emitted from the worker thread.
/// rows() and error() may be read once QThread::finished() has been delivered.
class ExportWorker final : public QThread
{
    Q_OBJECT
public:
    ExportWorker(const QString &location, const JobQuery &query, const QString &path, QObject *parent = nullptr);
    ~ExportWorker() override;
    Q_DISABLE_COPY_MOVE(ExportWorker)

    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }
    bool succeeded() const { return m_ok; }
    qint64 rows() const { return m_rows; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 rows);

protected:
    void run() override;

private:
    const QString m_location;
    const JobQuery m_query;
    const QString m_path;
    std::atomic_bool m_cancel = false;
    bool m_ok = false;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace es
