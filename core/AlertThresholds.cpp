// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertThresholds.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace es {
namespace {} // namespace

bool AlertThresholds::set(Store &store, const QString &cluster, const QString &node, TemperatureThresholds thresholds,
                          QString *error)
{
    if (!std::isfinite(thresholds.warningC) || !std::isfinite(thresholds.criticalC) ||
        thresholds.warningC >= thresholds.criticalC) {
        *error = tr("the warning threshold (%1 °C) must be below the critical one (%2 °C)")
                     .arg(thresholds.warningC)
                     .arg(thresholds.criticalC);
        return false;
    }
    QSqlDatabase db = store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QString &message) {
        *error = message;
        db.rollback();
        return false;
    };
    const std::optional<qint64> clusterId = store.ensureCluster(cluster, error);
    if (!clusterId)
        return fail(*error);
    QVariant nodeId(QMetaType::fromType<qint64>());
    QSqlQuery query(db);
    if (!node.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM nodes WHERE cluster_id = ? AND name = ?"));
        query.addBindValue(*clusterId);
        query.addBindValue(node);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!query.next())
            return fail(tr("cluster %1 has no node named %2").arg(cluster, node));
        nodeId = query.value(0).toLongLong();
    }
    query.prepare(node.isEmpty()
                      ? QStringLiteral("SELECT id FROM alert_thresholds WHERE cluster_id = ? AND node_id IS NULL")
                      : QStringLiteral("SELECT id FROM alert_thresholds WHERE cluster_id = ? AND node_id = ?"));
    query.addBindValue(*clusterId);
    if (!node.isEmpty())
        query.addBindValue(nodeId);
    if (!query.exec())
        return fail(query.lastError().text());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        query.prepare(
            QStringLiteral("UPDATE alert_thresholds SET warning_c = ?, critical_c = ?, updated_ts = ? WHERE id = ?"));
        query.addBindValue(thresholds.warningC);
        query.addBindValue(thresholds.criticalC);
        query.addBindValue(now);
        query.addBindValue(id);
    } else {
        query.prepare(QStringLiteral("INSERT INTO alert_thresholds (cluster_id, node_id, warning_c, critical_c, "
                                     "updated_ts) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(*clusterId);
        query.addBindValue(nodeId);
        query.addBindValue(thresholds.warningC);
        query.addBindValue(thresholds.criticalC);
        query.addBindValue(now);
    }
    if (!query.exec())
        return fail(query.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

std::optional<AlertThresholds> AlertThresholds::load(Store &store, qint64 clusterId, QString *error)
{
    QSqlQuery query(store.database());
    query.prepare(
        QStringLiteral("SELECT node_id, warning_c, critical_c FROM alert_thresholds WHERE cluster_id = ? ORDER BY id"));
    query.addBindValue(clusterId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    AlertThresholds result;
    while (query.next()) {
        const TemperatureThresholds t{query.value(1).toDouble(), query.value(2).toDouble()};
        if (query.value(0).isNull())
            result.m_cluster = t;
        else
            result.m_nodes.insert(query.value(0).toLongLong(), t);
    }
    return result;
}

} // namespace es
