// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

namespace es {

class Store;

struct ImportOptions
{
    QString clusterName;       ///< empty: the file's base name
    bool skipBadLines = false; ///< false: the first bad line aborts the import and nothing is stored
    QString delimiter;         ///< sacct: empty means "detect from the header"; CSV: one character, empty means ','
    QTimeZone timeZone = QTimeZone::utc(); ///< sacct: the zone its ISO timestamps are in
    QHash<QString, QString> columnMap;     ///< CSV: column name -> field name (see Importer::datasetFields())
    /// sacct: the fields of a dump without a header line (sacct -n), as its --format listed them; empty: the first
    /// line is the header.
    QStringList sacctFields;
    int maxErrorsKept = 20;
};

struct ImportReport
{
    QString clusterName;
    qint64 linesRead = 0;
    qint64 records = 0;
    qint64 skipped = 0;
    QStringList errors;         ///< "file:line: reason", the first ImportOptions::maxErrorsKept
    QStringList ignoredColumns; ///< CSV columns not mapped to any field
    QStringList warnings;       ///< what was imported with a caveat ("file: 12 values of JobName were cut ...")
    WriteSummary written;
    bool cancelled = false;
};

/// Imports job records from a file into the store, as one transaction: it completes, or the store is left as it
/// was (unless bad lines are skipped on request). Formats: SWF traces (.swf, .swf.gz), sacct --parsable2 dumps
/// with a header line, and per-job CSV datasets.
///
/// Threading: runs in the calling thread (a worker, for the GUI), on a Store opened by that thread. The progress
/// callback is called from that thread; the cancel flag may be set from any thread.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(es::Importer)
public:
    enum class Format
    {
        Swf,
        Sacct,
        Csv
    };
    using ProgressCallback = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    explicit Importer(Store &store);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    bool importFile(Format format, const QString &path, const ImportOptions &options, ImportReport *report,
                    QString *error);

    static std::optional<Format> formatFromName(const QString &name);
    /// Field names a CSV column can map to, and the column names mapped by default.
    static QStringList datasetFields();

private:
    class Run;
    Store &m_store;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace es
