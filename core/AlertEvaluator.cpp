// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"

#include "AlertEventStore.h"
#include "AlertThresholds.h"
#include "FailureRateEvaluator.h"
#include "MemoryAlertEvaluator.h"
#include "PreparedQuery.h"
#include "SilenceAlertEvaluator.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace es {
namespace {

QVariant nullableTs(const std::optional<qint64> &ts)
{
    return ts ? QVariant(*ts) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalTs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// Inserts `event` or, when `existing` names a stored one, updates it. Counts into `summary`.
bool writeEvent(QSqlDatabase &db, qint64 clusterId, qint64 nodeId, AlertEvent event, const QString &selectSql,
                const QVariantList &selectBinds, qint64 lastScannedTs, AlertEvaluationSummary *summary, QString *error)
{
    QSqlQuery query(db);
    query.prepare(selectSql);
    for (const QVariant &bind : selectBinds)
        query.addBindValue(bind);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const std::optional<qint64> storedEnd = optionalTs(query.value(1));
        const double storedValue = query.value(2).toDouble();
        const double storedThreshold = query.value(3).toDouble();
        // A closing seen by an evaluation of a longer window is never undone by one of a shorter window.
        if (!event.tsEnd && storedEnd && *storedEnd > lastScannedTs)
            event.tsEnd = storedEnd;
        if (event.kind != AlertEvent::energyExcessKind())
            event.value = std::max(event.value, storedValue);
        if (event.tsEnd == storedEnd && event.value == storedValue && event.threshold == storedThreshold) {
            ++summary->eventsUnchanged;
            return true;
        }
        if (!AlertEventStore::updateStored(query, id, event, error))
            return false;
        ++summary->eventsUpdated;
        return true;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO events (cluster_id, node_id, job_pk, kind, severity, ts_start, ts_end, value, threshold, message,"
        " acknowledged, created_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING id"));
    query.addBindValue(clusterId);
    query.addBindValue(nodeId ? QVariant(nodeId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(event.jobPk ? QVariant(event.jobPk) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(event.kind);
    query.addBindValue(event.severity);
    query.addBindValue(event.tsStart);
    query.addBindValue(nullableTs(event.tsEnd));
    query.addBindValue(event.value);
    query.addBindValue(event.threshold);
    query.addBindValue(event.message);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    event.id = query.value(0).toLongLong();
    ++summary->eventsNew;
    summary->newEvents.append(event);
    return true;
}

} // namespace

AlertEvaluator::AlertEvaluator(Store &store) : m_store(store) {}

QList<TemperatureEpisode> AlertEvaluator::episodes(const QList<TemperaturePoint> &points, double thresholdC,
                                                   double hysteresisC)
{
    QList<TemperatureEpisode> result;
    std::optional<TemperatureEpisode> open;
    for (const TemperaturePoint &p : points) {
        if (open) {
            if (p.tempC < thresholdC - hysteresisC) {
                open->tsEnd = p.ts;
                result.append(*open);
                open.reset();
            } else {
                open->peakC = std::max(open->peakC, p.tempC);
            }
        } else if (p.tempC >= thresholdC) {
            open = TemperatureEpisode{p.ts, std::nullopt, p.tempC};
        }
    }
    if (open)
        result.append(*open);
    return result;
}

double AlertEvaluator::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool AlertEvaluator::evaluate(const QString &cluster, const AlertEvaluationOptions &options,
                              AlertEvaluationSummary *summary, QString *error)
{
    *summary = AlertEvaluationSummary();
    const std::optional<qint64> clusterId = m_store.clusterId(cluster);
    if (!clusterId) {
        *error = tr("no cluster named %1 in the store").arg(cluster);
        return false;
    }
    const std::optional<AlertThresholds> thresholds = AlertThresholds::load(m_store, *clusterId, error);
    if (!thresholds)
        return false;
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&] {
        db.rollback();
        summary->newEvents.clear();
        return false;
    };
    QList<std::pair<qint64, QString>> nodes;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id, name FROM nodes WHERE cluster_id = ? ORDER BY name"));
        query.addBindValue(*clusterId);
        if (!query.exec()) {
            *error = query.lastError().text();
            return fail();
        }
        while (query.next())
            nodes.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    auto cancelled = [&] {
        if (!options.cancel || !options.cancel->load())
            return false;
        *error = tr("cancelled");
        return true;
    };
    for (const auto &[nodeId, node] : nodes) {
        if (cancelled())
            return fail();
        ++summary->nodes;
        if (!evaluateNode(*clusterId, cluster, nodeId, node, thresholds->forNode(nodeId), options, summary, error))
            return fail();
    }
    if (!evaluateEnergy(*clusterId, cluster, options, summary, error))
        return fail();
    if (options.failureRules && !FailureRateEvaluator(m_store).evaluate(*clusterId, cluster, options, summary, error))
        return fail();
    if (options.memoryRules && !MemoryAlertEvaluator(m_store).evaluate(*clusterId, cluster, options, summary, error))
        return fail();
    if (options.silenceRules && !SilenceAlertEvaluator(m_store).evaluate(*clusterId, cluster, options, summary, error))
        return fail();
    if (cancelled())
        return fail();
    if (!db.commit()) {
        *error = db.lastError().text();
        return fail();
    }
    return true;
}

bool AlertEvaluator::evaluateNode(qint64 clusterId, const QString &cluster, qint64 nodeId, const QString &node,
                                  const TemperatureThresholds &thresholds, const AlertEvaluationOptions &options,
                                  AlertEvaluationSummary *summary, QString *error)
{
    struct Rule
    {
        QString kind;
        QString severity;
        double thresholdC;
        qint64 scanFromTs;
    };
    const qint64 since = options.sinceTs.value_or(std::numeric_limits<qint64>::min());
    QList<Rule> rules{{AlertEvent::tempWarningKind(), QStringLiteral("warning"), thresholds.warningC, since},
                      {AlertEvent::tempCriticalKind(), QStringLiteral("critical"), thresholds.criticalC, since}};
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // An episode that began before the window and was still open at its start is followed from its own start, so
    // that the scan finds it again under the same key instead of a new one starting at `since`.
    if (options.sinceTs) {
        query.prepare(QStringLiteral("SELECT MIN(ts_start) FROM events WHERE node_id = ? AND kind = ? AND ts_start < ?"
                                     " AND (ts_end IS NULL OR ts_end >= ?)"));
        for (Rule &rule : rules) {
            query.bindValue(0, nodeId);
            query.bindValue(1, rule.kind);
            query.bindValue(2, since);
            query.bindValue(3, since);
            if (!query.exec() || !query.next()) {
                *error = query.lastError().text();
                return false;
            }
            if (!query.value(0).isNull())
                rule.scanFromTs = std::min(rule.scanFromTs, query.value(0).toLongLong());
        }
    }
    const qint64 scanFrom = std::min(rules[0].scanFromTs, rules[1].scanFromTs);
    // Several sources may sample a node at the same second: the hottest reading counts.
    QString sql = QStringLiteral("SELECT ts, MAX(temp_c) FROM node_samples WHERE node_id = ? AND temp_c IS NOT NULL"
                                 " AND ts >= ?");
    if (options.untilTs)
        sql += QStringLiteral(" AND ts <= ?");
    sql += QStringLiteral(" GROUP BY ts ORDER BY ts");
    QVariantList binds{nodeId, scanFrom};
    if (options.untilTs)
        binds << *options.untilTs;
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    QList<TemperaturePoint> points;
    while (query.next())
        points.append({query.value(0).toLongLong(), query.value(1).toDouble()});
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    summary->samplesRead += points.size();
    const qint64 lastTs = points.isEmpty() ? std::numeric_limits<qint64>::min() : points.constLast().ts;
    const QString selectSql = QStringLiteral(
        "SELECT id, ts_end, value, threshold FROM events WHERE node_id = ? AND kind = ? AND ts_start = ?");
    for (const Rule &rule : rules) {
        QList<TemperaturePoint> scanned;
        for (const TemperaturePoint &p : points) {
            if (p.ts >= rule.scanFromTs)
                scanned.append(p);
        }
        for (const TemperatureEpisode &episode : episodes(scanned, rule.thresholdC, options.hysteresisC)) {
            AlertEvent event;
            event.cluster = cluster;
            event.node = node;
            event.kind = rule.kind;
            event.severity = rule.severity;
            event.tsStart = episode.tsStart;
            event.tsEnd = episode.tsEnd;
            event.value = episode.peakC;
            event.threshold = rule.thresholdC;
            event.message = tr("%1 of %2 reached %3 °C (%4 threshold %5 °C)")
                                .arg(node, cluster)
                                .arg(episode.peakC, 0, 'f', 1)
                                .arg(rule.severity)
                                .arg(rule.thresholdC, 0, 'f', 1);
            if (!writeEvent(db, clusterId, nodeId, event, selectSql, {nodeId, rule.kind, episode.tsStart}, lastTs,
                            summary, error))
                return false;
        }
    }
    return true;
}

bool AlertEvaluator::evaluateEnergy(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                                    AlertEvaluationSummary *summary, QString *error)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT j.id, j.job_id, j.job_type, COALESCE(m.energy_j, j.energy_j), j.start_ts, j.end_ts FROM jobs j"
        " LEFT JOIN job_metrics m ON m.job_pk = j.id WHERE j.cluster_id = ? AND j.job_type IS NOT NULL"
        " AND j.job_type <> '' AND COALESCE(m.energy_j, j.energy_j) IS NOT NULL"));
    query.addBindValue(clusterId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    struct JobEnergy
    {
        qint64 pk;
        QString jobId;
        QString type;
        double energyJ;
        std::optional<qint64> startTs;
        std::optional<qint64> endTs;
    };
    QList<JobEnergy> jobs;
    QHash<QString, QList<double>> energiesByType;
    while (query.next()) {
        JobEnergy job{query.value(0).toLongLong(), query.value(1).toString(),  query.value(2).toString(),
                      query.value(3).toDouble(),   optionalTs(query.value(4)), optionalTs(query.value(5))};
        energiesByType[job.type].append(job.energyJ);
        jobs.append(job);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    QHash<QString, double> medians;
    for (auto it = energiesByType.cbegin(); it != energiesByType.cend(); ++it) {
        if (it.value().size() >= options.energyMinJobs)
            medians.insert(it.key(), median(it.value()));
    }
    const QString selectSql = QStringLiteral(
        "SELECT id, ts_end, value, threshold FROM events WHERE cluster_id = ? AND job_pk = ? AND kind = ?");
    for (const JobEnergy &job : jobs) {
        if (!job.endTs || (options.sinceTs && *job.endTs < *options.sinceTs) ||
            (options.untilTs && *job.endTs > *options.untilTs))
            continue;
        ++summary->jobsChecked;
        const auto median = medians.constFind(job.type);
        if (median == medians.cend() || *median <= 0)
            continue;
        const double thresholdJ = options.energyFactor * *median;
        if (job.energyJ <= thresholdJ)
            continue;
        AlertEvent event;
        event.cluster = cluster;
        event.jobPk = job.pk;
        event.jobId = job.jobId;
        event.kind = AlertEvent::energyExcessKind();
        event.severity = QStringLiteral("warning");
        event.tsStart = job.startTs.value_or(*job.endTs);
        event.tsEnd = job.endTs;
        event.value = job.energyJ;
        event.threshold = thresholdJ;
        event.message = tr("job %1 (%2) used %3 kJ, %4 x the median of its job type (%5 kJ)")
                            .arg(job.jobId, job.type)
                            .arg(job.energyJ / 1000, 0, 'f', 1)
                            .arg(job.energyJ / *median, 0, 'f', 1)
                            .arg(*median / 1000, 0, 'f', 1);
        if (!writeEvent(db, clusterId, 0, event, selectSql, {clusterId, job.pk, event.kind},
                        std::numeric_limits<qint64>::min(), summary, error))
            return false;
    }
    return true;
}

} // namespace es
