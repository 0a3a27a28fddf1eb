// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobFeatureReader.h"

#include "DatasetLoader.h"
#include "Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cmath>

namespace es::ml {
namespace {} // namespace

std::optional<JobFeatureReader::JobFeatures> JobFeatureReader::read(Store &store, const QString &cluster,
                                                                    const QString &jobId, QString *error)
{
    const auto &features = DatasetLoader::storeFeatures();
    const QStringList targets = DatasetLoader::storeTargets();
    QString select = QStringLiteral("SELECT j.id, c.name, j.job_id");
    for (const QString &t : targets)
        select += QStringLiteral(", ") + DatasetLoader::targetSql(t);
    for (const auto &f : features)
        select += QStringLiteral(", ") + f.sql;
    select += QStringLiteral(" FROM jobs j JOIN clusters c ON c.id = j.cluster_id"
                             " LEFT JOIN job_metrics m ON m.job_pk = j.id WHERE j.job_id = ?");
    if (!cluster.isEmpty())
        select += QStringLiteral(" AND c.name = ?");
    select += QStringLiteral(" ORDER BY c.name");
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(select);
    query.addBindValue(jobId);
    if (!cluster.isEmpty())
        query.addBindValue(cluster);
    if (!query.exec()) {
        *error = tr("cannot read job %1: %2").arg(jobId, query.lastError().text());
        return std::nullopt;
    }
    std::optional<JobFeatures> found;
    QStringList clusters;
    while (query.next()) {
        clusters << query.value(1).toString();
        if (found)
            continue;
        JobFeatures job;
        job.jobPk = query.value(0).toLongLong();
        job.cluster = query.value(1).toString();
        job.jobId = query.value(2).toString();
        int column = 3;
        for (const QString &t : targets) {
            const QVariant v = query.value(column++);
            if (!v.isNull() && std::isfinite(v.toDouble()))
                job.targets.insert(t, v.toDouble());
        }
        for (const auto &f : features) {
            const QVariant v = query.value(column++);
            if (v.isNull())
                continue;
            if (f.kind == FeatureKind::Numeric) {
                job.values.insert(f.name, QLocale::c().toString(v.toDouble(), 'g', 17));
                if (std::isfinite(v.toDouble()) && !job.targets.contains(f.name))
                    job.targets.insert(f.name, v.toDouble()); // a numeric feature can be a target too
            } else
                job.values.insert(f.name, v.toString());
        }
        found = std::move(job);
    }
    if (!found) {
        *error = cluster.isEmpty() ? tr("there is no job %1 in the store").arg(jobId)
                                   : tr("there is no job %1 in cluster %2").arg(jobId, cluster);
        return std::nullopt;
    }
    if (clusters.size() > 1) {
        *error = tr("job %1 is in several clusters (%2): name one with --cluster")
                     .arg(jobId, clusters.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QSqlQuery extra(store.database());
    extra.setForwardOnly(true);
    extra.prepare(QStringLiteral("SELECT name, value FROM job_features WHERE job_pk = ?"));
    extra.addBindValue(found->jobPk);
    if (!extra.exec()) {
        *error = tr("cannot read the dataset features of job %1: %2").arg(jobId, extra.lastError().text());
        return std::nullopt;
    }
    while (extra.next()) // dataset features (job_features), named as DatasetLoader names them
        found->values.insert(DatasetLoader::kDatasetFeaturePrefix + extra.value(0).toString(),
                             QLocale::c().toString(extra.value(1).toDouble(), 'g', 17));
    if (!readUserRecentRuntime(store, &*found, error))
        return std::nullopt;
    return found;
}

bool JobFeatureReader::readUserRecentRuntime(Store &store, JobFeatures *job, QString *error)
{
    // As DatasetLoader derives it: the user's last two jobs of the cluster that had ended at the submission.
    QSqlQuery recent(store.database());
    recent.setForwardOnly(true);
    recent.prepare(QStringLiteral("SELECT p.elapsed_s FROM jobs p JOIN jobs j ON p.cluster_id = j.cluster_id"
                                  " AND p.user_name = j.user_name WHERE j.id = ? AND p.id <> j.id AND j.user_name <> ''"
                                  " AND p.end_ts IS NOT NULL AND p.end_ts <= COALESCE(j.submit_ts, j.start_ts)"
                                  " AND p.elapsed_s IS NOT NULL ORDER BY p.end_ts DESC LIMIT 2"));
    recent.addBindValue(job->jobPk);
    if (!recent.exec()) {
        *error = tr("cannot read the recent run times of job %1's user: %2").arg(job->jobId, recent.lastError().text());
        return false;
    }
    double sumS = 0;
    int count = 0;
    for (; recent.next(); ++count)
        sumS += recent.value(0).toDouble();
    if (count > 0)
        job->values.insert(DatasetLoader::kUserRecentRuntime, QLocale::c().toString(sumS / count, 'g', 17));
    return true;
}

} // namespace es::ml
