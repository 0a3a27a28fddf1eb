// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "MemoryAlertEvaluator.h"

#include "AlertEvaluator.h"
#include "AlertEventStore.h"
#include "PreparedQuery.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace es {
namespace {

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

MemoryAlertEvaluator::MemoryAlertEvaluator(Store &store) : m_store(store) {}

std::optional<double> MemoryAlertEvaluator::rssShare(const std::optional<double> &maxRssMb,
                                                     const std::optional<double> &reqMemMb,
                                                     const std::optional<qint64> &nodeCount)
{
    if (!maxRssMb || !reqMemMb || *reqMemMb <= 0)
        return std::nullopt;
    const double perNodeMb = *reqMemMb / double(std::max<qint64>(1, nodeCount.value_or(1)));
    return *maxRssMb / perNodeMb;
}

bool MemoryAlertEvaluator::evaluate(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                                    AlertEvaluationSummary *summary, QString *error)
{
    if (!evaluateJobs(clusterId, cluster, options, summary, error))
        return false;
    QList<std::tuple<qint64, QString, double>> nodes;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, name, real_mem_mb FROM nodes WHERE cluster_id = ? AND real_mem_mb > 0"
                                 " ORDER BY name"));
    query.addBindValue(clusterId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        nodes.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toDouble()});
    for (const auto &[nodeId, node, realMemMb] : nodes) {
        if (!evaluateNode(clusterId, cluster, nodeId, node, realMemMb, options, summary, error))
            return false;
    }
    return true;
}

bool MemoryAlertEvaluator::evaluateJobs(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                                        AlertEvaluationSummary *summary, QString *error)
{
    QString sql = QStringLiteral("SELECT id, job_id, state, max_rss_mb, req_mem_mb, node_count, start_ts, end_ts"
                                 " FROM jobs WHERE cluster_id = ? AND end_ts IS NOT NULL"
                                 " AND (state LIKE 'OUT_OF_MEMORY%' OR (max_rss_mb IS NOT NULL AND req_mem_mb > 0))");
    if (options.sinceTs)
        sql += QStringLiteral(" AND end_ts >= ?");
    if (options.untilTs)
        sql += QStringLiteral(" AND end_ts <= ?");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(clusterId);
    if (options.sinceTs)
        query.addBindValue(*options.sinceTs);
    if (options.untilTs)
        query.addBindValue(*options.untilTs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    const double threshold = 1 - options.memoryWithinPct / 100;
    QList<AlertEvent> events;
    while (query.next()) {
        ++summary->memoryJobsChecked;
        const bool outOfMemory = query.value(2).toString().startsWith(u"OUT_OF_MEMORY");
        const std::optional<qint64> nodeCount =
            query.value(5).isNull() ? std::nullopt : std::optional<qint64>(query.value(5).toLongLong());
        const auto share = rssShare(optionalReal(query.value(3)), optionalReal(query.value(4)), nodeCount);
        if (!outOfMemory && (!share || *share < threshold))
            continue;
        AlertEvent event;
        event.cluster = cluster;
        event.jobPk = query.value(0).toLongLong();
        event.jobId = query.value(1).toString();
        event.kind = AlertEvent::memoryExhaustionKind();
        event.severity = outOfMemory ? QStringLiteral("critical") : QStringLiteral("warning");
        event.tsEnd = query.value(7).toLongLong();
        event.tsStart = query.value(6).isNull() ? *event.tsEnd : query.value(6).toLongLong();
        event.value = share.value_or(1);
        event.threshold = threshold;
        const QString used =
            share ? tr("its largest task reached %1 MB of the %2 MB it asked per node (%3 %)")
                        .arg(query.value(3).toDouble(), 0, 'f', 0)
                        .arg(query.value(4).toDouble() / double(std::max<qint64>(1, nodeCount.value_or(1))), 0, 'f', 0)
                        .arg(*share * 100, 0, 'f', 0)
                  : QString();
        event.message = outOfMemory ? tr("job %1 ended OUT_OF_MEMORY").arg(event.jobId) +
                                          (used.isEmpty() ? QString() : QStringLiteral("; ") + used)
                                    : tr("job %1: %2").arg(event.jobId, used);
        events.append(event);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    QSqlDatabase db = m_store.database();
    for (const AlertEvent &event : std::as_const(events)) {
        if (!AlertEventStore::write(db, clusterId, 0, event, AlertEventStore::Key::Job,
                                    std::numeric_limits<qint64>::min(), false, summary, error))
            return false;
    }
    return true;
}

bool MemoryAlertEvaluator::evaluateNode(qint64 clusterId, const QString &cluster, qint64 nodeId, const QString &node,
                                        double realMemMb, const AlertEvaluationOptions &options,
                                        AlertEvaluationSummary *summary, QString *error)
{
    const QString subject = QStringLiteral("node:") + node;
    qint64 scanFrom = options.sinceTs.value_or(std::numeric_limits<qint64>::min());
    QSqlQuery query(m_store.database());
    if (options.sinceTs) {
        // An episode still open at `since` is followed from its start, so that it keeps its key.
        query.prepare(QStringLiteral("SELECT MIN(ts_start) FROM events WHERE cluster_id = ? AND kind = ?"
                                     " AND subject = ? AND ts_start < ? AND (ts_end IS NULL OR ts_end >= ?)"));
        query.addBindValue(clusterId);
        query.addBindValue(AlertEvent::memoryHighKind());
        query.addBindValue(subject);
        query.addBindValue(*options.sinceTs);
        query.addBindValue(*options.sinceTs);
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        if (!query.value(0).isNull())
            scanFrom = std::min(scanFrom, query.value(0).toLongLong());
    }
    QString sql = QStringLiteral("SELECT ts, MAX(mem_used_mb) FROM node_samples WHERE node_id = ?"
                                 " AND mem_used_mb IS NOT NULL AND ts >= ?");
    if (options.untilTs)
        sql += QStringLiteral(" AND ts <= ?");
    sql += QStringLiteral(" GROUP BY ts ORDER BY ts");
    QVariantList binds{nodeId, scanFrom};
    if (options.untilTs)
        binds << *options.untilTs;
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    QList<TemperaturePoint> points; // the same episode rule, on used memory in % of the node's
    while (query.next())
        points.append({query.value(0).toLongLong(), 100 * query.value(1).toDouble() / realMemMb});
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    const qint64 lastTs = points.isEmpty() ? std::numeric_limits<qint64>::min() : points.constLast().ts;
    QSqlDatabase db = m_store.database();
    for (const TemperatureEpisode &episode :
         AlertEvaluator::episodes(points, options.memoryNodePct, options.memoryNodeHysteresisPct)) {
        AlertEvent event;
        event.cluster = cluster;
        event.node = node;
        event.subject = subject;
        event.kind = AlertEvent::memoryHighKind();
        event.severity = QStringLiteral("warning");
        event.tsStart = episode.tsStart;
        event.tsEnd = episode.tsEnd;
        event.value = episode.peakC; // the peak share in %
        event.threshold = options.memoryNodePct;
        event.message = tr("%1 of %2 used %3 % of its %4 MB of memory (threshold %5 %)")
                            .arg(node, cluster)
                            .arg(episode.peakC, 0, 'f', 0)
                            .arg(realMemMb, 0, 'f', 0)
                            .arg(options.memoryNodePct, 0, 'f', 0);
        if (!AlertEventStore::write(db, clusterId, nodeId, event, AlertEventStore::Key::Subject, lastTs, true, summary,
                                    error))
            return false;
    }
    return true;
}

} // namespace es
