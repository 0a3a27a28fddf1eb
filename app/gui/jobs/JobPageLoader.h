// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobQuery.h"
#include "StoreSummary.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QVariantList>
#include <QWaitCondition>

#include <optional>
#include <vector>

namespace es {

class Store;

/// Rows of one page, each row in the field order of JobQuery::pageSql().
using JobPage = QList<QVariantList>;

/// The jobs view's database thread, after DB Browser for SQLite's RowLoader.
///
/// Threading: the request functions are called from the GUI thread (they only queue and never touch the database).
/// run() opens its own es::Store on the requested location, inside this thread, and answers through the signals;
/// connect them with Qt::QueuedConnection to a receiver in the GUI thread. Every request carries the caller's
/// generation: a request with a newer generation discards the queued requests of older ones (their answers would be
/// stale anyway), and every answer repeats the generation so the receiver can drop what arrives late.
/// Queue order: open, then count, then pages (newest first: the rows the user looks at now), then the summary.
///
/// Pages near the top are read with LIMIT/OFFSET. Past kSnapshotOffset rows, where OFFSET gets slow on big
/// tables (a sort by an unindexed column, a LIKE filter), the thread reads the ordered ids of the whole result once
/// per generation (8 bytes a row) and then fetches each page by its ids.
class JobPageLoader final : public QThread
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxQueuedPages = 32;
    static constexpr qint64 kSnapshotOffset = 16 * kPageSize;

    explicit JobPageLoader(QObject *parent = nullptr);
    /// Stops the thread and waits for the query in progress, if any.
    ~JobPageLoader() override;
    Q_DISABLE_COPY_MOVE(JobPageLoader)

    /// Closes the current store and opens `location` (a path or a postgresql:// URL); answered by storeOpened().
    void openStore(quint64 generation, const QString &location);
    void requestCount(quint64 generation, const JobQuery &query);
    void requestPage(quint64 generation, const JobQuery &query, int page);
    void requestSummary(quint64 generation);
    void stop();

Q_SIGNALS:
    void storeOpened(const QString &location, bool ok, const QString &displayLocation, const QString &error);
    void countReady(quint64 generation, qint64 count);
    void pageReady(quint64 generation, int page, const es::JobPage &rows);
    /// A queued page request was dropped to keep the queue short; ask again if the rows are still wanted.
    void pageSkipped(quint64 generation, int page);
    void summaryReady(quint64 generation, const es::StoreSummary &summary);
    void queryFailed(quint64 generation, const QString &error);

protected:
    void run() override;

private:
    struct PageRequest
    {
        JobQuery query;
        int page = 0;
    };

    /// With m_mutex held: moves to `generation`, dropping the queued requests of older generations.
    /// Returns false for a request older than the current generation.
    bool adoptGeneration(quint64 generation);
    bool isStale(quint64 generation);

    struct IdSnapshot
    {
        quint64 generation = 0;
        JobQuery query;
        std::vector<qint64> ids;
        bool valid = false;
    };
    /// Worker thread only. False with an empty *error when a newer generation made the page pointless.
    bool readPage(Store &store, quint64 generation, const PageRequest &request, JobPage *rows, QString *error);
    bool readPageByIds(Store &store, quint64 generation, const PageRequest &request, JobPage *rows, QString *error);

    IdSnapshot m_snapshot; ///< worker thread only

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    quint64 m_generation = 0;
    std::optional<QString> m_openLocation;
    std::optional<JobQuery> m_countQuery;
    QList<PageRequest> m_pages;
    bool m_summaryWanted = false;
};

} // namespace es
