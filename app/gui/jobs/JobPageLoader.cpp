// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobPageLoader.h"

#include "PreparedQuery.h"
#include "Store.h"

#include <QHash>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace es {
namespace {

bool readColumn(Store &store, const QString &sql, QStringList *values, QString *error)
{
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, {}, error))
        return false;
    while (query.next())
        values->append(query.value(0).toString());
    return true;
}

bool readTimeRange(Store &store, StoreSummary *summary, QString *error)
{
    QSqlQuery query(store.database());
    if (!sql::execPrepared(
            query,
            QStringLiteral("SELECT MIN(COALESCE(start_ts, submit_ts)), MAX(COALESCE(start_ts, submit_ts)) "
                           "FROM jobs"),
            {}, error))
        return false;
    if (query.next() && !query.value(0).isNull() && !query.value(1).isNull()) {
        summary->firstStartTs = query.value(0).toLongLong();
        summary->lastStartTs = query.value(1).toLongLong();
    }
    return true;
}

} // namespace

JobPageLoader::JobPageLoader(QObject *parent) : QThread(parent) {}

JobPageLoader::~JobPageLoader()
{
    stop();
    wait();
}

void JobPageLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeAll();
}

bool JobPageLoader::adoptGeneration(quint64 generation)
{
    if (generation < m_generation)
        return false;
    if (generation > m_generation) {
        m_generation = generation;
        m_countQuery.reset();
        m_pages.clear();
        m_summaryWanted = false;
    }
    return true;
}

void JobPageLoader::openStore(quint64 generation, const QString &location)
{
    QMutexLocker lock(&m_mutex);
    adoptGeneration(generation);
    m_openLocation = location;
    m_wake.wakeAll();
}

void JobPageLoader::requestCount(quint64 generation, const JobQuery &query)
{
    QMutexLocker lock(&m_mutex);
    if (!adoptGeneration(generation))
        return;
    m_countQuery = query;
    m_wake.wakeAll();
}

void JobPageLoader::requestPage(quint64 generation, const JobQuery &query, int page)
{
    QMutexLocker lock(&m_mutex);
    if (!adoptGeneration(generation))
        return;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].page == page) {
            m_pages.move(i, m_pages.size() - 1);
            return;
        }
    }
    m_pages.append({query, page});
    while (m_pages.size() > kMaxQueuedPages) {
        const int dropped = m_pages.takeFirst().page;
        Q_EMIT pageSkipped(generation, dropped);
    }
    m_wake.wakeAll();
}

void JobPageLoader::requestSummary(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (!adoptGeneration(generation))
        return;
    m_summaryWanted = true;
    m_wake.wakeAll();
}

void JobPageLoader::run()
{
    std::unique_ptr<Store> store;
    for (;;) {
        std::optional<QString> openLocation;
        std::optional<JobQuery> countQuery;
        std::optional<PageRequest> page;
        bool summary = false;
        quint64 generation = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_openLocation && !m_countQuery && m_pages.isEmpty() && !m_summaryWanted)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            generation = m_generation;
            if (m_openLocation)
                openLocation.swap(m_openLocation);
            else if (m_countQuery)
                countQuery.swap(m_countQuery);
            else if (!m_pages.isEmpty())
                page = m_pages.takeLast();
            else
                summary = std::exchange(m_summaryWanted, false);
        }

        QString error;
        if (openLocation) {
            store = std::make_unique<Store>();
            const bool ok = store->open(*openLocation, &error);
            const QString display = store->displayLocation();
            if (!ok)
                store.reset();
            Q_EMIT storeOpened(*openLocation, ok, display, error);
            continue;
        }
        if (!store)
            continue;

        if (countQuery) {
            QVariantList binds;
            const QString sql = countQuery->countSql(&binds);
            QSqlQuery query(store->database());
            if (!sql::execPrepared(query, sql, binds, &error) || !query.next()) {
                Q_EMIT queryFailed(generation, tr("Cannot count the jobs: %1").arg(error));
                continue;
            }
            Q_EMIT countReady(generation, query.value(0).toLongLong());
        } else if (page) {
            JobPage rows;
            if (!readPage(*store, generation, *page, &rows, &error)) {
                if (!error.isEmpty())
                    Q_EMIT queryFailed(generation, tr("Cannot read the jobs: %1").arg(error));
                continue;
            }
            Q_EMIT pageReady(generation, page->page, rows);
        } else if (summary) {
            StoreSummary result;
            QSqlQuery count(store->database());
            const bool ok =
                sql::execPrepared(count, QStringLiteral("SELECT COUNT(*) FROM jobs"), {}, &error) && count.next() &&
                readColumn(*store, QStringLiteral("SELECT name FROM clusters ORDER BY name"), &result.clusters,
                           &error) &&
                readColumn(*store,
                           QStringLiteral("SELECT DISTINCT state FROM jobs WHERE state IS NOT NULL AND state <> '' "
                                          "ORDER BY state"),
                           &result.states, &error) &&
                readColumn(*store,
                           QStringLiteral("SELECT DISTINCT user_name FROM jobs WHERE user_name IS NOT NULL AND "
                                          "user_name <> '' ORDER BY user_name"),
                           &result.users, &error) &&
                readColumn(*store,
                           QStringLiteral("SELECT DISTINCT partition FROM jobs WHERE partition IS NOT NULL AND "
                                          "partition <> '' ORDER BY partition"),
                           &result.partitions, &error) &&
                readTimeRange(*store, &result, &error);
            if (!ok) {
                Q_EMIT queryFailed(generation, tr("Cannot read the store summary: %1").arg(error));
                continue;
            }
            result.totalJobs = count.value(0).toLongLong();
            Q_EMIT summaryReady(generation, result);
        }
    }
    m_snapshot = IdSnapshot{};
    store.reset(); // the connection is closed by the thread that opened it
}

bool JobPageLoader::isStale(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    return m_stopping || generation < m_generation;
}

bool JobPageLoader::readPage(Store &store, quint64 generation, const PageRequest &request, JobPage *rows,
                             QString *error)
{
    if (qint64(request.page) * kPageSize >= kSnapshotOffset)
        return readPageByIds(store, generation, request, rows, error);
    QVariantList binds;
    const QString sql = request.query.pageSql(&binds, qint64(request.page) * kPageSize, kPageSize);
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    rows->reserve(kPageSize);
    const int fields = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(fields);
        for (int i = 0; i < fields; ++i)
            row.append(query.value(i));
        rows->append(std::move(row));
    }
    return true;
}

bool JobPageLoader::readPageByIds(Store &store, quint64 generation, const PageRequest &request, JobPage *rows,
                                  QString *error)
{
    if (!m_snapshot.valid || m_snapshot.generation != generation || !(m_snapshot.query == request.query)) {
        m_snapshot = IdSnapshot{};
        QVariantList binds;
        const QString sql = request.query.idSql(&binds);
        QSqlQuery query(store.database());
        if (!sql::execPrepared(query, sql, binds, error))
            return false;
        std::vector<qint64> ids;
        while (query.next()) {
            ids.push_back(query.value(0).toLongLong());
            if (ids.size() % 65536 == 0 && isStale(generation))
                return false;
        }
        m_snapshot = IdSnapshot{generation, request.query, std::move(ids), true};
    }
    const size_t first = size_t(request.page) * kPageSize;
    if (first >= m_snapshot.ids.size())
        return true;
    const size_t count = std::min<size_t>(kPageSize, m_snapshot.ids.size() - first);
    QHash<qint64, int> position;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(JobQuery::rowsByIdSql(int(count)))) {
        *error = query.lastError().text();
        return false;
    }
    for (size_t i = 0; i < count; ++i) {
        const qint64 id = m_snapshot.ids[first + i];
        position.insert(id, int(i));
        query.addBindValue(id);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    JobPage ordered(static_cast<qsizetype>(count));
    const int fields = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(fields);
        for (int i = 0; i < fields; ++i)
            row.append(query.value(i));
        ordered[position.value(row.at(JobQuery::kIdField).toLongLong())] = std::move(row);
    }
    // A job deleted since the snapshot leaves an empty row; the next refresh() renumbers.
    for (QVariantList &row : ordered) {
        if (row.isEmpty())
            row = QVariantList(JobQuery::kFieldCount);
        rows->append(std::move(row));
    }
    return true;
}

} // namespace es
