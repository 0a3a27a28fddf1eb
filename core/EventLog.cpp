// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "EventLog.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace es {

std::optional<QList<AlertEvent>> EventLog::list(Store &store, const EventFilter &filter, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT e.id, c.name, n.name, e.job_pk, j.job_id, e.kind, e.severity, e.ts_start, e.ts_end, e.value,"
        " e.threshold, e.message, e.acknowledged, e.subject FROM events e JOIN clusters c ON c.id = e.cluster_id"
        " LEFT JOIN nodes n ON n.id = e.node_id LEFT JOIN jobs j ON j.id = e.job_pk WHERE 1 = 1");
    QVariantList binds;
    if (!filter.cluster.isEmpty()) {
        sql += QStringLiteral(" AND c.name = ?");
        binds << filter.cluster;
    }
    if (filter.sinceTs) {
        sql += QStringLiteral(" AND (e.ts_end IS NULL OR e.ts_end >= ?)");
        binds << *filter.sinceTs;
    }
    if (filter.untilTs) {
        sql += QStringLiteral(" AND e.ts_start <= ?");
        binds << *filter.untilTs;
    }
    if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND e.kind = ?");
        binds << filter.kind;
    }
    if (!filter.severity.isEmpty()) {
        sql += QStringLiteral(" AND e.severity = ?");
        binds << filter.severity;
    }
    if (filter.acknowledged) {
        sql += QStringLiteral(" AND e.acknowledged = ?");
        binds << (*filter.acknowledged ? 1 : 0);
    }
    sql += QStringLiteral(" ORDER BY e.ts_start DESC, e.id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << filter.limit;
    }
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<AlertEvent> events;
    while (query.next()) {
        AlertEvent e;
        e.id = query.value(0).toLongLong();
        e.cluster = query.value(1).toString();
        e.node = query.value(2).toString();
        e.jobPk = query.value(3).toLongLong();
        e.jobId = query.value(4).toString();
        e.kind = query.value(5).toString();
        e.severity = query.value(6).toString();
        e.tsStart = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            e.tsEnd = query.value(8).toLongLong();
        e.value = query.value(9).toDouble();
        e.threshold = query.value(10).toDouble();
        e.message = query.value(11).toString();
        e.acknowledged = query.value(12).toInt() != 0;
        e.subject = query.value(13).toString();
        events.append(e);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return events;
}

std::optional<qint64> EventLog::acknowledge(Store &store, const QList<qint64> &ids, bool acknowledged, QString *error)
{
    QSqlDatabase db = store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE events SET acknowledged = ? WHERE id = ? AND acknowledged <> ?"));
    qint64 changed = 0;
    for (qint64 id : ids) {
        query.bindValue(0, acknowledged ? 1 : 0);
        query.bindValue(1, id);
        query.bindValue(2, acknowledged ? 1 : 0);
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return std::nullopt;
        }
        changed += std::max(0, query.numRowsAffected());
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    return changed;
}

} // namespace es
