// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "StoreActionWorker.h"

#include "AlertEvaluator.h"
#include "JobMetricsDeriver.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace es {
namespace {

/// Progress steps per cluster while deriving: the cluster's nodes are spread over this many steps.
constexpr int kStepsPerCluster = 100;

/// "1 job", "12 jobs": the count with the singular or plural form given.
QString counted(qint64 n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

StoreActionWorker::StoreActionWorker(Action action, const QString &location, const QString &cluster, QObject *parent)
    : QThread(parent), m_action(action), m_location(location), m_cluster(cluster)
{}

StoreActionWorker::~StoreActionWorker()
{
    cancel();
    wait();
}

void StoreActionWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    QStringList clusters;
    if (!m_cluster.isEmpty()) {
        clusters << m_cluster;
    } else {
        QSqlQuery query(store.database());
        if (!query.prepare(QStringLiteral("SELECT name FROM clusters ORDER BY name")) || !query.exec()) {
            m_error = tr("cannot list the clusters: %1").arg(query.lastError().text());
            return;
        }
        while (query.next())
            clusters << query.value(0).toString();
    }
    m_ok = m_action == Action::DeriveMetrics ? deriveMetrics(store, clusters) : checkAlerts(store, clusters);
    if (!m_ok)
        m_result.clear();
}

bool StoreActionWorker::deriveMetrics(Store &store, const QStringList &clusters)
{
    JobMetricsDeriver deriver(store);
    const int total = int(clusters.size()) * kStepsPerCluster;
    qint64 measured = 0, estimated = 0;
    for (int i = 0; i < clusters.size(); ++i) {
        const QString &cluster = clusters[i];
        JobMetricsDeriveOptions options;
        options.cancel = &m_cancel;
        options.nodeProgress = [&](qint64 nodesDone, qint64 nodesTotal) {
            const int step = nodesTotal > 0 ? int(nodesDone * kStepsPerCluster / nodesTotal) : 0;
            Q_EMIT progress(tr("Deriving the metrics of %1").arg(cluster), i * kStepsPerCluster + step, total);
        };
        Q_EMIT progress(tr("Deriving the metrics of %1").arg(cluster), i * kStepsPerCluster, total);
        JobMetricsDeriveSummary summary;
        QString error;
        if (!deriver.derive(cluster, options, &summary, &error)) {
            m_error = m_cancel.load() ? tr("Cancelled: nothing written for %1.").arg(cluster)
                                      : tr("metrics derive %1: %2").arg(cluster, error);
            return false;
        }
        m_jobs += summary.jobs;
        measured += summary.slurm + summary.counter;
        estimated += summary.model;
    }
    m_jobsWithEnergy = measured + estimated;
    m_result = tr("Energy derived for %1 (%2 measured, %3 estimated by the power model); metrics for %4 in all.")
                   .arg(counted(m_jobsWithEnergy, tr("%1 job"), tr("%1 jobs")))
                   .arg(measured)
                   .arg(estimated)
                   .arg(counted(m_jobs, tr("%1 job"), tr("%1 jobs")));
    return true;
}

bool StoreActionWorker::checkAlerts(Store &store, const QStringList &clusters)
{
    AlertEvaluator evaluator(store);
    qint64 updated = 0;
    for (int i = 0; i < clusters.size(); ++i) {
        Q_EMIT progress(tr("Checking the alerts of %1").arg(clusters[i]), i, int(clusters.size()));
        AlertEvaluationOptions options;
        options.cancel = &m_cancel;
        AlertEvaluationSummary summary;
        QString error;
        if (!evaluator.evaluate(clusters[i], options, &summary, &error)) {
            m_error = m_cancel.load() ? tr("Cancelled: nothing written for %1.").arg(clusters[i])
                                      : tr("alerts check %1: %2").arg(clusters[i], error);
            return false;
        }
        m_newEvents += summary.eventsNew;
        updated += summary.eventsUpdated;
    }
    m_result = tr("Alerts checked on %1: %2, %3 updated.")
                   .arg(counted(clusters.size(), tr("%1 cluster"), tr("%1 clusters")),
                        counted(m_newEvents, tr("%1 new event"), tr("%1 new events")))
                   .arg(updated);
    return true;
}

} // namespace es
