// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "StoreStats.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace es {

std::optional<StoreStats> StoreStats::read(Store &store, QString *error)
{
    StoreStats stats;
    QSqlQuery query(store.database());
    const char *const tables[] = {"clusters",     "nodes",       "jobs",          "job_steps",
                                  "node_samples", "job_metrics", "harvest_state", "import_sources"};
    for (const char *table : tables) {
        // Table names come from the fixed list above, never from input.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !query.next()) {
            *error = QCoreApplication::translate("StoreStats", "cannot count %1: %2")
                         .arg(QLatin1String(table), query.lastError().text());
            return std::nullopt;
        }
        stats.tables.append({QString::fromLatin1(table), query.value(0).toLongLong()});
    }
    const QString perCluster = QStringLiteral(
        "SELECT c.name,"
        " (SELECT count(*) FROM jobs j WHERE j.cluster_id = c.id),"
        " (SELECT count(*) FROM job_steps s JOIN jobs j ON j.id = s.job_pk WHERE j.cluster_id = c.id),"
        " (SELECT count(*) FROM job_metrics m JOIN jobs j ON j.id = m.job_pk WHERE j.cluster_id = c.id),"
        " (SELECT count(*) FROM nodes n WHERE n.cluster_id = c.id),"
        " (SELECT count(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id WHERE n.cluster_id = c.id),"
        " (SELECT min(submit_ts) FROM jobs j WHERE j.cluster_id = c.id),"
        " (SELECT max(end_ts) FROM jobs j WHERE j.cluster_id = c.id)"
        " FROM clusters c ORDER BY c.name");
    if (!query.exec(perCluster)) {
        *error =
            QCoreApplication::translate("StoreStats", "cannot count per cluster: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        ClusterCounts counts;
        counts.cluster = query.value(0).toString();
        counts.jobs = query.value(1).toLongLong();
        counts.steps = query.value(2).toLongLong();
        counts.jobMetrics = query.value(3).toLongLong();
        counts.nodes = query.value(4).toLongLong();
        counts.samples = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            counts.firstSubmitTs = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            counts.lastEndTs = query.value(7).toLongLong();
        stats.clusters << counts;
    }
    return stats;
}

} // namespace es
