// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardFlowStats.h"

#include "FailureRateEvaluator.h"
#include "JobQuery.h"
#include "PreparedQuery.h"
#include "Store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace es {
namespace {

constexpr qint64 kDay = 86400;

qint64 dayStart(qint64 ts)
{
    return ts - ((ts % kDay) + kDay) % kDay;
}

const char *const kSelect = "SELECT j.partition, j.qos, j.state, j.submit_ts, j.start_ts, j.end_ts, j.node_count"
                            " FROM jobs j";

struct Accumulated
{
    QHash<QString, std::map<qint64, QList<double>>> waitsByGroupDay;
    QHash<QString, qint64> startedByGroup;
    std::map<qint64, DashboardFlow::ThroughputDay> throughput;
    QHash<QString, DashboardFlow::FailureGroup> failures;
};

void addJob(const QSqlQuery &query, Accumulated *acc, DashboardFlow *flow)
{
    const QString group = DashboardFlowStats::groupName(query.value(0).toString(), query.value(1).toString());
    const QString state = query.value(2).toString();
    const QVariant submit = query.value(3), start = query.value(4), end = query.value(5), nodes = query.value(6);
    if (!submit.isNull() && !start.isNull() && start.toLongLong() >= submit.toLongLong()) {
        acc->waitsByGroupDay[group][dayStart(start.toLongLong())].append(
            double(start.toLongLong() - submit.toLongLong()));
        ++acc->startedByGroup[group];
        ++flow->queueJobs;
    }
    if (end.isNull())
        return;
    DashboardFlow::ThroughputDay &day = acc->throughput[dayStart(end.toLongLong())];
    day.dayTs = dayStart(end.toLongLong());
    ++day.jobs;
    if (!nodes.isNull() && !start.isNull() && end.toLongLong() >= start.toLongLong()) {
        day.nodeHours += nodes.toDouble() * double(end.toLongLong() - start.toLongLong()) / 3600;
        ++flow->jobsWithNodeHours;
    }
    if (state.isEmpty() || state.startsWith(u"RUNNING") || state.startsWith(u"PENDING"))
        return;
    DashboardFlow::FailureGroup &failures = acc->failures[group];
    failures.group = group;
    ++failures.ended;
    failures.failed += FailureRateEvaluator::isFailedState(state);
}

void finish(Accumulated &acc, DashboardFlow *flow)
{
    QList<std::pair<QString, qint64>> groups;
    for (auto it = acc.startedByGroup.cbegin(); it != acc.startedByGroup.cend(); ++it)
        groups.append({it.key(), it.value()});
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (qsizetype i = 0; i < groups.size() && i < DashboardFlow::kQueueGroups; ++i) {
        const QString &group = groups[i].first;
        flow->queueGroups << group;
        for (auto &[dayTs, waits] : acc.waitsByGroupDay[group]) {
            const auto [median, p90] = DashboardFlowStats::medianAndP90(&waits);
            flow->queueWait.append({group, dayTs, qint64(waits.size()), median, p90});
        }
    }
    for (const auto &entry : acc.throughput)
        flow->throughputPerDay.append(entry.second);
    QList<DashboardFlow::FailureGroup> failures = acc.failures.values();
    std::sort(failures.begin(), failures.end(),
              [](const auto &a, const auto &b) { return a.ended != b.ended ? a.ended > b.ended : a.group < b.group; });
    if (failures.size() > DashboardFlow::kFailureGroups) {
        DashboardFlow::FailureGroup other;
        for (qsizetype i = DashboardFlow::kFailureGroups; i < failures.size(); ++i) {
            other.ended += failures[i].ended;
            other.failed += failures[i].failed;
        }
        failures.resize(DashboardFlow::kFailureGroups);
        failures.append(other);
        flow->failuresHaveOther = true;
    }
    flow->failures = failures;
}

} // namespace

QString DashboardFlowStats::groupName(const QString &partition, const QString &qos)
{
    if (!partition.isEmpty())
        return partition;
    return qos.isEmpty() ? QString() : QStringLiteral("qos ") + qos;
}

std::pair<double, double> DashboardFlowStats::medianAndP90(QList<double> *values)
{
    const qsizetype n = values->size();
    if (n == 0)
        return {0, 0};
    std::sort(values->begin(), values->end());
    const double median = n % 2 ? (*values)[n / 2] : ((*values)[n / 2 - 1] + (*values)[n / 2]) / 2;
    const qsizetype rank = (9 * n + 9) / 10; // ceil(0.9 n), 1-based
    return {median, (*values)[rank - 1]};
}

bool DashboardFlowStats::aggregate(Store &store, const JobFilter &filter, DashboardFlow *flow, QString *error)
{
    *flow = DashboardFlow();
    QString sql = QString::fromLatin1(kSelect);
    QVariantList binds;
    if (!filter.isEmpty()) {
        // The jobs view's own filter SQL, so that every view agrees on what a filter means.
        JobQuery jobQuery;
        jobQuery.filter = filter;
        sql += QStringLiteral(" WHERE j.id IN (") + jobQuery.idSql(&binds) + u')';
    }
    QSqlQuery query(store.database());
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    Accumulated acc;
    while (query.next())
        addJob(query, &acc, flow);
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    finish(acc, flow);
    return true;
}

} // namespace es
