// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "FailureRateEvaluator.h"

#include "AlertEvaluator.h"
#include "AlertEventStore.h"
#include "Hostlist.h"
#include "Store.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace es {

/// The jobs the rules look at, grouped by what they are about.
struct FailureRateEvaluator::Group
{
    QMap<QString, QList<JobOutcome>> bySubject; ///< "partition:P", "user:U", "node:N"
    /// Per partition: each job with its nodes (bad_node compares a node with the partition's other jobs).
    QMap<QString, QList<std::pair<JobOutcome, QStringList>>> byPartition;
};

namespace {

/// The step function `series` at `ts`: its last point at or before ts, else an empty window.
FailureWindow at(const QList<FailureWindow> &series, qsizetype *cursor, qint64 ts)
{
    while (*cursor + 1 < series.size() && series[*cursor + 1].ts <= ts)
        ++*cursor;
    if (*cursor < series.size() && series[*cursor].ts <= ts)
        return series[*cursor];
    return FailureWindow{ts, 0, 0};
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 0) + u'%';
}

/// The event of one episode, its message in words.
AlertEvent eventFor(const QString &cluster, const QString &kind, const QString &subject, bool knownNode,
                    const FailureEpisode &episode, double threshold, double margin)
{
    const bool badNode = kind == AlertEvent::badNodeKind();
    AlertEvent event;
    event.cluster = cluster;
    event.node = knownNode ? subject.section(u'@', 0, 0).section(u':', -1) : QString();
    event.subject = subject;
    event.kind = kind;
    event.severity = QStringLiteral("warning");
    event.tsStart = episode.tsStart;
    event.tsEnd = episode.tsEnd;
    event.value = episode.peak.subject.share();
    event.threshold = badNode ? episode.peak.rest.share() + margin : threshold;
    const FailureWindow &w = episode.peak.subject;
    if (badNode) {
        event.message = FailureRateEvaluator::tr("node %1 of %2: %3 of %4 jobs in partition %5 failed (%6), against "
                                                 "%7 of %8 of the partition's other jobs (%9)")
                            .arg(subject.section(u'@', 0, 0), cluster)
                            .arg(w.failed)
                            .arg(w.jobs)
                            .arg(subject.section(u'@', 1), percent(w.share()))
                            .arg(episode.peak.rest.failed)
                            .arg(episode.peak.rest.jobs)
                            .arg(percent(episode.peak.rest.share()));
    } else {
        event.message = FailureRateEvaluator::tr("%1 of %2: %3 of %4 jobs failed in the window (%5, threshold %6)")
                            .arg(subject, cluster)
                            .arg(w.failed)
                            .arg(w.jobs)
                            .arg(percent(w.share()), percent(threshold));
    }
    return event;
}

} // namespace

FailureRateEvaluator::FailureRateEvaluator(Store &store) : m_store(store) {}

bool FailureRateEvaluator::isFailedState(const QString &state)
{
    const QString word = state.section(u' ', 0, 0).toUpper();
    return word == u"FAILED" || word == u"NODE_FAIL" || word == u"OUT_OF_MEMORY" || word == u"TIMEOUT";
}

QList<FailureWindow> FailureRateEvaluator::windows(const QList<JobOutcome> &jobs, qint64 windowS, qint64 fromTs,
                                                   qint64 horizonTs)
{
    QList<qint64> times;
    times.reserve(jobs.size() * 2);
    for (const JobOutcome &job : jobs) {
        for (const qint64 ts : {job.endTs, job.endTs + windowS}) {
            if (ts >= fromTs && ts <= horizonTs)
                times.append(ts);
        }
    }
    if (!jobs.isEmpty() && horizonTs >= fromTs)
        times.append(horizonTs); // the window as it is at the end
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    QList<FailureWindow> result;
    result.reserve(times.size());
    qsizetype entered = 0, exited = 0;
    qint64 failedEntered = 0, failedExited = 0;
    for (const qint64 ts : times) {
        // A job is in the window (ts - windowS, ts] from its end until its end + windowS.
        while (entered < jobs.size() && jobs[entered].endTs <= ts)
            failedEntered += jobs[entered++].failed;
        while (exited < entered && jobs[exited].endTs + windowS <= ts)
            failedExited += jobs[exited++].failed;
        result.append({ts, failedEntered - failedExited, qint64(entered - exited)});
    }
    return result;
}

QList<FailureEpisode> FailureRateEvaluator::episodes(const QList<FailureLevel> &levels, double openAt,
                                                     double hysteresis)
{
    QList<FailureEpisode> result;
    std::optional<FailureEpisode> open;
    for (const FailureLevel &point : levels) {
        if (open) {
            if (!point.level || *point.level < openAt - hysteresis) {
                open->tsEnd = point.ts;
                result.append(*open);
                open.reset();
            } else if (*point.level > *open->peak.level) {
                open->peak = point;
            }
        } else if (point.level && *point.level >= openAt) {
            open = FailureEpisode{point.ts, std::nullopt, point};
        }
    }
    if (open)
        result.append(*open);
    return result;
}

std::optional<qint64> FailureRateEvaluator::scanFrom(qint64 clusterId, const AlertEvaluationOptions &options,
                                                     QString *error)
{
    if (!options.sinceTs)
        return std::numeric_limits<qint64>::min() / 2;
    // An episode still open at `since` is followed from its start.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT MIN(ts_start) FROM events WHERE cluster_id = ? AND kind IN (?, ?)"
                                 " AND ts_start < ? AND (ts_end IS NULL OR ts_end >= ?)"));
    query.addBindValue(clusterId);
    query.addBindValue(AlertEvent::failureRateKind());
    query.addBindValue(AlertEvent::badNodeKind());
    query.addBindValue(*options.sinceTs);
    query.addBindValue(*options.sinceTs);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.value(0).isNull())
        return *options.sinceTs;
    return std::min(*options.sinceTs, query.value(0).toLongLong());
}

bool FailureRateEvaluator::evaluate(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                                    AlertEvaluationSummary *summary, QString *error)
{
    const std::optional<qint64> fromTs = scanFrom(clusterId, options, error);
    if (!fromTs)
        return false;
    const qint64 horizonTs = options.untilTs.value_or(options.nowTs.value_or(QDateTime::currentSecsSinceEpoch()));
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT partition, user_name, node_list, state, end_ts FROM jobs WHERE cluster_id = ?"
                                 " AND end_ts IS NOT NULL AND start_ts IS NOT NULL AND state IS NOT NULL"
                                 " AND end_ts > ? AND end_ts <= ? ORDER BY end_ts, id"));
    query.addBindValue(clusterId);
    // The rules are decided from fromTs on, each on its whole window: the jobs of the window before fromTs are read.
    query.addBindValue(*fromTs - options.failureWindowS);
    query.addBindValue(horizonTs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    Group group;
    if (!readJobs(query, &group, summary, error))
        return false;
    QHash<QString, qint64> nodeIds;
    query.prepare(QStringLiteral("SELECT id, name FROM nodes WHERE cluster_id = ?"));
    query.addBindValue(clusterId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        nodeIds.insert(query.value(1).toString(), query.value(0).toLongLong());

    const auto enough = [&](const FailureWindow &w) { return w.jobs >= options.failureMinJobs; };
    for (auto it = group.bySubject.cbegin(); it != group.bySubject.cend(); ++it) {
        QList<FailureLevel> levels;
        for (const FailureWindow &w : windows(it.value(), options.failureWindowS, *fromTs, horizonTs))
            levels.append({w.ts, enough(w) ? std::optional<double>(w.share()) : std::nullopt, w, {}});
        const QString node = it.key().startsWith(u"node:") ? it.key().mid(5) : QString();
        if (!writeEpisodes(clusterId, cluster, AlertEvent::failureRateKind(), it.key(), nodeIds.value(node),
                           episodes(levels, options.failureShare, options.failureHysteresis), options.failureShare, 0,
                           levels.isEmpty() ? *fromTs : levels.constLast().ts, summary, error))
            return false;
    }
    return evaluateBadNodes(clusterId, cluster, group, nodeIds, options, *fromTs, horizonTs, summary, error);
}

bool FailureRateEvaluator::readJobs(QSqlQuery &query, Group *group, AlertEvaluationSummary *summary, QString *error)
{
    while (query.next()) {
        const QString state = query.value(3).toString();
        if (state.startsWith(u"RUNNING") || state.startsWith(u"PENDING") || state.startsWith(u"REQUEUED"))
            continue;
        const JobOutcome job{query.value(4).toLongLong(), isFailedState(state)};
        ++summary->failureJobsRead;
        const QString partition = query.value(0).toString();
        if (!partition.isEmpty())
            group->bySubject[QStringLiteral("partition:") + partition].append(job);
        if (!query.value(1).toString().isEmpty())
            group->bySubject[QStringLiteral("user:") + query.value(1).toString()].append(job);
        // A node list Hostlist cannot read only keeps the job out of the node rules.
        QString ignored;
        const QString nodeList = query.value(2).toString();
        const auto nodes = nodeList.isEmpty() || nodeList.startsWith(u"None") ? std::optional<QStringList>()
                                                                              : Hostlist::expand(nodeList, &ignored);
        for (const QString &node : nodes.value_or(QStringList()))
            group->bySubject[QStringLiteral("node:") + node].append(job);
        if (!partition.isEmpty() && nodes)
            group->byPartition[partition].append({job, *nodes});
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool FailureRateEvaluator::evaluateBadNodes(qint64 clusterId, const QString &cluster, const Group &group,
                                            const QHash<QString, qint64> &nodeIds,
                                            const AlertEvaluationOptions &options, qint64 fromTs, qint64 horizonTs,
                                            AlertEvaluationSummary *summary, QString *error)
{
    const auto enough = [&](const FailureWindow &w) { return w.jobs >= options.failureMinJobs; };
    for (auto it = group.byPartition.cbegin(); it != group.byPartition.cend(); ++it) {
        // The partition's window once; a node is compared at its own points (its job ends, their window exits and
        // the horizon) with the partition's window then, less its own jobs: linear in the jobs, whatever the nodes.
        QList<JobOutcome> all;
        QMap<QString, QList<JobOutcome>> byNode;
        for (const auto &[job, nodes] : it.value()) {
            all.append(job);
            for (const QString &node : nodes)
                byNode[node].append(job);
        }
        const QList<FailureWindow> partition = windows(all, options.failureWindowS, fromTs, horizonTs);
        for (auto node = byNode.cbegin(); node != byNode.cend(); ++node) {
            QList<FailureLevel> levels;
            qsizetype cursor = 0;
            for (const FailureWindow &n : windows(node.value(), options.failureWindowS, fromTs, horizonTs)) {
                const FailureWindow p = at(partition, &cursor, n.ts);
                const FailureWindow r{n.ts, p.failed - n.failed, p.jobs - n.jobs};
                levels.append(
                    {n.ts, enough(n) && enough(r) ? std::optional<double>(n.share() - r.share()) : std::nullopt, n, r});
            }
            if (!writeEpisodes(clusterId, cluster, AlertEvent::badNodeKind(), node.key() + u'@' + it.key(),
                               nodeIds.value(node.key()),
                               episodes(levels, options.badNodeMargin, options.failureHysteresis), options.failureShare,
                               options.badNodeMargin, levels.isEmpty() ? fromTs : levels.constLast().ts, summary,
                               error))
                return false;
        }
    }
    return true;
}

bool FailureRateEvaluator::writeEpisodes(qint64 clusterId, const QString &cluster, const QString &kind,
                                         const QString &subject, qint64 nodeId, const QList<FailureEpisode> &found,
                                         double threshold, double margin, qint64 lastTs,
                                         AlertEvaluationSummary *summary, QString *error)
{
    QSqlDatabase db = m_store.database();
    for (const FailureEpisode &episode : found) {
        const AlertEvent event = eventFor(cluster, kind, subject, nodeId != 0, episode, threshold, margin);
        if (!AlertEventStore::write(db, clusterId, nodeId, event, AlertEventStore::Key::Subject, lastTs, true, summary,
                                    error))
            return false;
    }
    return true;
}

} // namespace es
