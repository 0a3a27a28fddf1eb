// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEventStore.h"

#include "AlertEvaluator.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace es {
namespace {

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableTs(const std::optional<qint64> &ts)
{
    return ts ? QVariant(*ts) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool AlertEventStore::updateStored(QSqlQuery &query, qint64 id, const AlertEvent &event, QString *error)
{
    query.prepare(QStringLiteral("UPDATE events SET ts_end = ?, value = ?, threshold = ?, message = ? WHERE id = ?"));
    query.addBindValue(nullableTs(event.tsEnd));
    query.addBindValue(event.value);
    query.addBindValue(event.threshold);
    query.addBindValue(event.message);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool AlertEventStore::write(QSqlDatabase &db, qint64 clusterId, qint64 nodeId, AlertEvent event, Key key,
                            qint64 lastScannedTs, bool keepPeak, AlertEvaluationSummary *summary, QString *error)
{
    QSqlQuery query(db);
    if (key == Key::Job) {
        query.prepare(QStringLiteral("SELECT id, ts_end, value, threshold FROM events WHERE cluster_id = ?"
                                     " AND job_pk = ? AND kind = ?"));
        query.addBindValue(clusterId);
        query.addBindValue(event.jobPk);
        query.addBindValue(event.kind);
    } else {
        query.prepare(QStringLiteral("SELECT id, ts_end, value, threshold FROM events WHERE cluster_id = ?"
                                     " AND kind = ? AND subject = ? AND ts_start = ?"));
        query.addBindValue(clusterId);
        query.addBindValue(event.kind);
        query.addBindValue(event.subject);
        query.addBindValue(event.tsStart);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const std::optional<qint64> storedEnd =
            query.value(1).isNull() ? std::nullopt : std::optional<qint64>(query.value(1).toLongLong());
        const double storedValue = query.value(2).toDouble();
        const double storedThreshold = query.value(3).toDouble();
        if (!event.tsEnd && storedEnd && *storedEnd > lastScannedTs)
            event.tsEnd = storedEnd;
        if (keepPeak && storedValue > event.value) {
            event.value = storedValue;
            event.threshold = storedThreshold;
        }
        if (event.tsEnd == storedEnd && event.value == storedValue && event.threshold == storedThreshold) {
            ++summary->eventsUnchanged;
            return true;
        }
        if (!AlertEventStore::updateStored(query, id, event, error))
            return false;
        ++summary->eventsUpdated;
        return true;
    }
    query.prepare(QStringLiteral("INSERT INTO events (cluster_id, node_id, job_pk, kind, severity, ts_start, ts_end,"
                                 " value, threshold, message, acknowledged, created_ts, subject)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"));
    query.addBindValue(clusterId);
    query.addBindValue(nullableId(nodeId));
    query.addBindValue(nullableId(event.jobPk));
    query.addBindValue(event.kind);
    query.addBindValue(event.severity);
    query.addBindValue(event.tsStart);
    query.addBindValue(nullableTs(event.tsEnd));
    query.addBindValue(event.value);
    query.addBindValue(event.threshold);
    query.addBindValue(event.message);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(event.subject.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(event.subject));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    event.id = query.value(0).toLongLong();
    ++summary->eventsNew;
    summary->newEvents.append(event);
    return true;
}

} // namespace es
