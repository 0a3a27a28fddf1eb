// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ImportWorker.h"

#include "Store.h"

#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace es {

ImportWorker::ImportWorker(const QString &location, Importer::Format format, const QStringList &files,
                           const ImportOptions &options, QObject *parent)
    : QThread(parent), m_location(location), m_format(format), m_files(files), m_options(options)
{}

ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_storeError))
        return;
    qint64 totalBytes = 0;
    for (const QString &file : m_files)
        totalBytes += std::max<qint64>(QFileInfo(file).size(), 1);
    qint64 doneBefore = 0;
    int lastPermille = -1;

    Importer importer(store);
    importer.setCancelFlag(&m_cancel);
    for (const QString &file : m_files) {
        if (m_cancel.load())
            break;
        const qint64 fileBytes = std::max<qint64>(QFileInfo(file).size(), 1);
        importer.setProgressCallback([&](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 0.0;
            const int permille = int(1000.0 * (double(doneBefore) + fraction * double(fileBytes)) / double(totalBytes));
            if (permille != lastPermille) {
                lastPermille = permille;
                Q_EMIT progress(permille, file);
            }
        });
        Q_EMIT progress(int(1000 * doneBefore / totalBytes), file);
        FileResult result;
        result.file = file;
        result.ok = importer.importFile(m_format, file, m_options, &result.report, &result.error);
        m_results.append(result);
        doneBefore += fileBytes;
    }
}

ImportWorker::Summary ImportWorker::summary() const
{
    Summary summary;
    for (const ImportWorker::FileResult &result : m_results) {
        const QString name = QFileInfo(result.file).fileName();
        if (!result.ok) {
            summary.failed = summary.failed || !result.report.cancelled;
            summary.lines << result.error;
            continue;
        }
        const WriteSummary &w = result.report.written;
        summary.lines << tr("%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 lines skipped.")
                             .arg(name, result.report.clusterName)
                             .arg(w.jobsSeen)
                             .arg(w.jobsNew)
                             .arg(w.jobsUpdated)
                             .arg(w.jobsUnchanged)
                             .arg(result.report.skipped);
        if (w.jobsEnergyReplaced > 0)
            summary.lines << tr("%1: conflict: %n job(s) had a different energy stored; the file's value replaced it.",
                                nullptr, int(std::min<qint64>(w.jobsEnergyReplaced, INT_MAX)))
                                 .arg(name);
        if (w.featuresSeen > 0)
            summary.lines << tr("%1: %2 job feature values (%3 new or changed).")
                                 .arg(name)
                                 .arg(w.featuresSeen)
                                 .arg(w.featuresWritten);
        if (!result.report.ignoredColumns.isEmpty())
            summary.lines
                << tr("%1: columns not imported (no mapping): %2").arg(name, result.report.ignoredColumns.join(u", "));
        summary.lines << result.report.warnings;
        summary.details << result.report.errors;
    }
    if (isCancelled())
        summary.lines << tr("The import was cancelled.");
    return summary;
}

} // namespace es
