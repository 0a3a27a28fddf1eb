// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxHostMap.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace es {
namespace {

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> intOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

std::optional<std::vector<ProxmoxHostMapping>> ProxmoxHostMap::load(Store &store, qint64 clusterId, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT node, vm_name, host_node, vmid, vm_cpus, host_cpus, mapped_by "
                                 "FROM node_host_map WHERE cluster_id = ? ORDER BY node"));
    query.addBindValue(clusterId);
    if (!query.exec()) {
        *error = tr("cannot read the node-to-VM map: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    std::vector<ProxmoxHostMapping> rows;
    while (query.next()) {
        rows.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        intOrNone(query.value(3)), intOrNone(query.value(4)), intOrNone(query.value(5)),
                        query.value(6).toString()});
    }
    return rows;
}

bool ProxmoxHostMap::setUserMapping(Store &store, const QString &clusterName, const QString &node,
                                    const QString &vmName, qint64 nowTs, QString *error)
{
    if (node.trimmed().isEmpty() || vmName.trimmed().isEmpty()) {
        *error = tr("a mapping needs a node name and a VM name");
        return false;
    }
    QSqlDatabase db = store.database();
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&](const QSqlQuery &query) {
        *error = tr("cannot store the mapping %1=%2: %3").arg(node, vmName, query.lastError().text());
        db.rollback();
        return false;
    };
    const auto clusterId = store.ensureCluster(clusterName, error);
    if (!clusterId) {
        db.rollback();
        return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM node_host_map WHERE cluster_id = ? AND (node = ? OR vm_name = ?)"));
    remove.addBindValue(*clusterId);
    remove.addBindValue(node);
    remove.addBindValue(vmName);
    if (!remove.exec())
        return fail(remove);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO node_host_map (cluster_id, node, vm_name, mapped_by, updated_ts) "
                                  "VALUES (?, ?, ?, 'user', ?)"));
    insert.addBindValue(*clusterId);
    insert.addBindValue(node);
    insert.addBindValue(vmName);
    insert.addBindValue(nowTs);
    if (!insert.exec())
        return fail(insert);
    if (!db.commit()) {
        *error = tr("cannot commit the mapping: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ProxmoxHostMap::remove(Store &store, const QString &clusterName, const QString &node, QString *error)
{
    const auto clusterId = store.clusterId(clusterName);
    if (!clusterId) {
        *error = tr("no cluster named %1 in the store").arg(clusterName);
        return false;
    }
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("DELETE FROM node_host_map WHERE cluster_id = ? AND node = ?"));
    query.addBindValue(*clusterId);
    query.addBindValue(node);
    if (!query.exec()) {
        *error = tr("cannot remove the mapping of %1: %2").arg(node, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = tr("node %1 has no mapping in cluster %2").arg(node, clusterName);
        return false;
    }
    return true;
}

bool ProxmoxHostMap::upsert(Store &store, qint64 clusterId, const ProxmoxHostMapping &mapping, qint64 nowTs,
                            bool *changed, QString *error)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO node_host_map (cluster_id, node, vm_name, host_node, vmid, vm_cpus, host_cpus, mapped_by, "
        "updated_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cluster_id, node) DO UPDATE SET "
        "host_node = excluded.host_node, vmid = excluded.vmid, vm_cpus = excluded.vm_cpus, "
        "host_cpus = excluded.host_cpus, updated_ts = excluded.updated_ts WHERE "
        "node_host_map.host_node IS DISTINCT FROM excluded.host_node OR "
        "node_host_map.vmid IS DISTINCT FROM excluded.vmid OR "
        "node_host_map.vm_cpus IS DISTINCT FROM excluded.vm_cpus OR "
        "node_host_map.host_cpus IS DISTINCT FROM excluded.host_cpus"));
    query.addBindValue(clusterId);
    query.addBindValue(mapping.node);
    query.addBindValue(mapping.vmName);
    query.addBindValue(mapping.hostNode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : mapping.hostNode);
    query.addBindValue(orNull(mapping.vmid));
    query.addBindValue(orNull(mapping.vmCpus));
    query.addBindValue(orNull(mapping.hostCpus));
    query.addBindValue(mapping.mappedBy.isEmpty() ? QStringLiteral("name") : mapping.mappedBy);
    query.addBindValue(nowTs);
    if (!query.exec()) {
        *error = tr("cannot store the mapping of %1: %2").arg(mapping.node, query.lastError().text());
        return false;
    }
    *changed = query.numRowsAffected() > 0;
    return true;
}

} // namespace es
