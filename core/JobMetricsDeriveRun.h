// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobMetricsDeriver.h"
#include "NodeSampleSeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace es {

struct JobMetrics;

/// One run of JobMetricsDeriver::derive: the cluster's tables read once, then each node's samples, then the
/// metrics written. Every step returns false with *error set on a database error (the message names what could
/// not be read). Call the steps in their order, from the thread that owns the Store; the referenced arguments outlive
/// the run.
class JobMetricsDeriveRun final
{
    Q_DECLARE_TR_FUNCTIONS(es::JobMetricsDeriveRun)
public:
    JobMetricsDeriveRun(Store &store, const QString &clusterName, qint64 clusterId,
                        const JobMetricsDeriveOptions &options, JobMetricsDeriveSummary *summary, QString *error);
    Q_DISABLE_COPY_MOVE(JobMetricsDeriveRun)

    /// The time window: target jobs, plus every job that may overlap one of them. *anyJob false: no job ended
    /// since options.sinceTs (nothing to derive).
    bool readWindow(bool *anyJob);
    bool readNodes();
    /// Jobs that overlap the window, by start time, with their node indexes.
    bool readJobs();
    /// Proxmox VMs: the host each node runs on (node_host_map), when both are known with their CPU counts.
    bool readHostLinks();
    /// Per node with a target job: its samples once, then its jobs swept in time order.
    bool deriveNodes();
    /// Decides each target job's energy source and writes the metrics in one transaction.
    bool writeMetrics();

private:
    static constexpr qint64 Forever = std::numeric_limits<qint64>::max();
    using Series = NodeSampleSeries;

    struct JobRow
    {
        qint64 pk = 0;
        QString jobId;
        qint64 startTs = 0;
        qint64 endTs = Forever; ///< Forever while running
        double cpusPerNode = 1;
        std::optional<double> maxRssMb;
        std::optional<double> slurmEnergyJ;
        const std::vector<int> *nodes = nullptr; ///< indexes into the node table; shared between equal node lists
        bool target = false;

        // Accumulated over the job's nodes.
        double tempSum = 0, tempPeak = -std::numeric_limits<double>::infinity();
        qint64 tempCount = 0;
        double freqSum = 0;
        qint64 freqCount = 0;
        double utilSum = 0;
        qint64 utilCount = 0;
        double memPeakSum = 0;
        bool memOnEveryNode = true;
        bool exclusive = true;
        bool meteredEverywhere = true;
        double counterEnergyJ = 0;
        double modelEnergyJ = 0;
    };

    struct NodeInfo
    {
        QString name;
        std::optional<qint64> id; ///< unset: not in the nodes table (no samples)
        std::optional<int> cpus;  ///< nodes.cpus
        std::vector<int> jobs;    ///< indexes into the job table, by start time
        bool hasTarget = false;
    };

    /// A VM's link to the Proxmox host it runs on (node_host_map), for borrowing the host's sensors.
    struct HostLink
    {
        int host = -1; ///< index into the node table
        double vmCpus = 0;
        double hostCpus = 0;
    };

    struct Event
    {
        qint64 ts;
        int job;
        bool start;
    };

    bool failed(const QSqlQuery &query, const char *what);
    /// True with *m_error "cancelled" once options.cancel is set.
    bool cancelled();
    /// The node indexes of a node list, shared between jobs of the same list; new names are added to the table.
    const std::vector<int> *nodeIndexesOf(const QString &nodeList);
    int nodeIndexOf(const QString &name);
    void addJob(const QSqlQuery &query);

    /// The node's own samples into m_series, plus its host's when it is a VM without temperature or meter.
    bool loadNodeSeries(size_t nodeIdx);
    bool borrowHostSeries(const HostLink &link);
    /// The node's meter (the source with the most meter samples, then the least name) and its power model.
    const Series *chooseMeter(PowerModel *power);
    /// Sample statistics of each target job over [start, end] on the node.
    void accumulateSampleStats(const NodeInfo &node);
    /// Sweep: between consecutive job boundaries the set of running jobs is constant.
    void sweepEnergy(const NodeInfo &node, const Series *meter, const PowerModel &power);
    void sortedEvents(const NodeInfo &node);
    void shareSegment(const NodeInfo &node, const Series *meter, const PowerModel &power, qint64 a, qint64 b);
    /// The counter energy of each job on this node, extrapolated over the part of its span not covered.
    void extrapolateCounterEnergy(const NodeInfo &node);
    JobMetrics metricsOf(const JobRow &job);

    Store &m_store;
    QSqlDatabase m_db;
    const QString &m_clusterName;
    const qint64 m_clusterId;
    const JobMetricsDeriveOptions &m_options;
    JobMetricsDeriveSummary *m_summary;
    QString *m_error;

    qint64 m_windowStart = std::numeric_limits<qint64>::min();
    qint64 m_windowEnd = Forever;
    std::vector<NodeInfo> m_nodes;
    QHash<QString, int> m_nodeIndex;
    std::vector<JobRow> m_jobs;
    std::vector<std::unique_ptr<std::vector<int>>> m_nodeLists;
    QHash<QString, const std::vector<int> *> m_nodeListCache;
    QHash<int, HostLink> m_hostLinks;

    // Per-node working state, reused between nodes.
    QSqlQuery m_samples;
    std::vector<Series> m_series;
    std::vector<Event> m_events;
    std::vector<int> m_active;
    std::vector<double> m_fitUtil, m_fitPower;
    std::vector<double> m_nodeCounterJ, m_nodeCoveredS;
    std::vector<Series> m_hostSeries;
    int m_hostSeriesOf = -1; // the node whose samples m_hostSeries holds
};

} // namespace es
