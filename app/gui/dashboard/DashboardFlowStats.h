// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobFilter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace es {

class Store;

/// How jobs flow through the scheduler, for the jobs of one filter: queue wait per group and day, throughput per
/// day, the share of failed jobs per group. A group is the job's partition, else its QoS (an SWF trace's queue
/// number is stored there) as "qos N", else empty (the view names it).
struct DashboardFlow
{
    /// Queue wait (start_ts - submit_ts, s) of the jobs of one group that started on one UTC day: median (the mean
    /// of the two middle values for an even count) and p90 (nearest rank: the ceil(0.9 n)-th smallest).
    struct QueueWaitDay
    {
        QString group;
        qint64 dayTs = 0;
        qint64 jobs = 0;
        double medianS = 0;
        double p90S = 0;
    };
    /// Jobs that ended on one UTC day (end_ts) and their node-hours: node_count x (end_ts - start_ts) / 3600 of
    /// those with a node count and a start.
    struct ThroughputDay
    {
        qint64 dayTs = 0;
        qint64 jobs = 0;
        double nodeHours = 0;
    };
    /// Ended jobs of a group with a state, and how many of them failed (FailureRateEvaluator::isFailedState).
    struct FailureGroup
    {
        QString group;
        qint64 ended = 0;
        qint64 failed = 0;
    };

    QStringList queueGroups;               ///< the kQueueGroups groups with the most started jobs, most first
    QList<QueueWaitDay> queueWait;         ///< days of those groups, by group (queueGroups' order), then day
    qint64 queueJobs = 0;                  ///< jobs with a submit and a start time (start >= submit), every group
    QList<ThroughputDay> throughputPerDay; ///< days with ended jobs, in order
    qint64 jobsWithNodeHours = 0;
    QList<FailureGroup> failures; ///< by ended jobs, most first; at most kFailureGroups, the rest in one "" group
    bool failuresHaveOther = false;

    static constexpr int kQueueGroups = 4;
    static constexpr int kFailureGroups = 10;
};

/// Reads DashboardFlow from the store. Threading: any thread that owns `store` (DashboardLoader's, tests').
class DashboardFlowStats final
{
public:
    /// False with *error when the store cannot be read.
    static bool aggregate(Store &store, const JobFilter &filter, DashboardFlow *flow, QString *error);
    /// The group of a job: partition, else "qos " + qos, else empty.
    static QString groupName(const QString &partition, const QString &qos);
    /// Median and nearest-rank p90 of `values` (sorted in place); {0, 0} when empty.
    static std::pair<double, double> medianAndP90(QList<double> *values);
};

} // namespace es
