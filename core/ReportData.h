// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignSummary.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace es {

/// What a report covers: jobs that started in [sinceTs, untilTs) (UTC epoch s; a job without a start time counts at
/// its submit time, as SWF traces without wait times need) of one cluster, or of every cluster when `cluster` is
/// empty. Node samples and events are taken by their own time in the same range.
struct ReportRequest
{
    qint64 sinceTs = 0;
    qint64 untilTs = 0;
    QString cluster;
    /// Also count the jobs with neither a start nor a submission time (datasets such as C6EnPLS have none), which
    /// no time range can select.
    bool includeUntimed = false;
};

/// The figures of a report, as ReportBuilder collects them from the store. Energy in J, power in W, durations in
/// s, temperatures in °C. Node-hours count a job without a node count as one node. A job's energy is
/// job_metrics.energy_j when present, else jobs.energy_j; its duration jobs.elapsed_s, else end_ts - start_ts.
struct ReportData
{
    struct Group
    {
        QString name; ///< empty for jobs without a value (renderers name it)
        qint64 jobs = 0;
        double nodeHours = 0;
        double energyJ = 0;
        qint64 jobsWithEnergy = 0;
    };
    struct TopJob
    {
        QString cluster;
        QString jobId;
        QString name;
        QString user;
        QString partition;
        double energyJ = 0;
        std::optional<double> durationS;
        QString source; ///< energy_source of the value used
    };
    struct NodeTemperature
    {
        QString cluster;
        QString node;
        double meanC = 0;
        double peakC = 0;
        qint64 samples = 0;
    };
    struct ModelAccuracy
    {
        qint64 id = 0;
        QString name;
        QString target;
        QString algorithm;
        qint64 createdTs = 0;
        QString split; ///< "kfold" or "time"
        qint64 n = 0;
        std::optional<double> mae;
        std::optional<double> rmse;
        std::optional<double> mapePct;
        std::optional<double> r2;
        std::optional<double> baselineRmse;
        QString baselineName;
    };
    struct Point
    {
        double durationS = 0;
        double energyJ = 0;
    };

    ReportRequest request;
    qint64 generatedTs = 0;

    qint64 jobs = 0;
    qint64 jobsWithEnergy = 0;
    qint64 untimedJobs = 0;  ///< jobs of the cluster(s) without a time: in `jobs` when includeUntimed, else left out
    double nodeHours = 0;    ///< sum of duration x nodes, in hours
    double energyJ = 0;      ///< all jobs with energy
    double measuredJ = 0;    ///< source slurm, counter or dataset
    double estimatedJ = 0;   ///< source model
    double unspecifiedJ = 0; ///< any other source, or none recorded
    std::optional<double> meanPowerW; ///< energy / duration over jobs with both

    QList<Group> byPartition; ///< by energy, then jobs, descending
    QList<Group> byUser;
    QList<Group> byJobType;
    QList<TopJob> topJobs; ///< at most kTopJobs, by energy, descending

    QList<std::pair<qint64, double>> energyByDay; ///< (UTC day start, J): days with jobs with energy, ascending
    QList<Point> energyVsDuration;                ///< at most kMaxScatterPoints, evenly thinned
    qint64 energyVsDurationN = 0;                 ///< pairs behind r (all of them, not only the plotted)
    std::optional<double> energyDurationR;        ///< Pearson r of energy and duration

    QList<NodeTemperature> hottestNodes; ///< at most kHottestNodes, by peak, descending
    qint64 temperatureSamples = 0;

    qint64 alerts = 0;
    QMap<QString, qint64> alertsByKind;

    QList<ModelAccuracy> models; ///< every stored model, one entry per validation split

    /// A benchmark campaign planned in the range: its per-cell results and the runs that failed.
    struct CampaignResult
    {
        struct FailedRun
        {
            QString jobName, slurmState, nodeList, message;
        };
        QString name, cluster, state;
        qint64 createdTs = 0;
        int runs = 0; ///< planned (a retried attempt counts once)
        int completed = 0;
        int failed = 0;
        QList<CampaignCellSummary> cells;
        QList<FailedRun> failedRuns; ///< at most kMaxFailedRuns
    };
    QList<CampaignResult> campaigns; ///< by creation time
    static constexpr int kMaxFailedRuns = 20;

    static constexpr int kTopJobs = 10;
    static constexpr int kHottestNodes = 10;
    static constexpr int kMaxScatterPoints = 5000;
    static constexpr int kMaxGroups =
        15; ///< per table; the rest summed into one row named ReportBuilder::otherGroupName()
};

} // namespace es
