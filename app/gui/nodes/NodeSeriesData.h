// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace es {

/// The quantities the Nodes view plots, one per node_samples column. Units are in the names.
enum class NodeMetric
{
    TempC,
    PowerW,
    FreqMhz,
    CpuUtilPct,
    Load1,
    Count
};
constexpr int kNodeMetricCount = int(NodeMetric::Count);

/// A node of the store and how many samples it has. Times are UTC epoch seconds (0 when there are no samples).
struct NodeInfo
{
    qint64 nodeId = 0;
    QString cluster;
    QString name;
    qint64 samples = 0;
    qint64 firstTs = 0;
    qint64 lastTs = 0;
};

/// The samples of one node from one source (node_samples.source), time-ordered. `ts` is shared by every metric;
/// a value is NaN where the sample has none, and a row of NaN marks a gap in the data (the plot breaks its line).
/// When downsampled, each bucket gives two rows: the bucket's minimum of every metric at the bucket's first sample
/// time and its maximum at its last sample time (one row when the bucket holds a single sample).
struct NodeTrace
{
    qint64 nodeId = 0;
    QString node;
    QString source;
    std::vector<double> ts;
    std::array<std::vector<double>, kNodeMetricCount> values;
};

/// A job that ran on a node, clipped to nothing: startTs/endTs are the job's own (endTs is the load's end time for
/// a job still running).
struct NodeJobSpan
{
    qint64 jobPk = 0; ///< jobs.id
    qint64 nodeId = 0;
    QString node;
    QString cluster;
    QString jobId; ///< Slurm's job id text, e.g. "123_4"
    QString name;
    QString user;
    qint64 startTs = 0;
    qint64 endTs = 0;
    bool running = false;
};

/// One answer of NodeLoader: immutable once published, shared between the loader and the GUI thread.
struct NodeSeriesData
{
    qint64 fromTs = 0;
    qint64 toTs = 0;
    qint64 bucketS = 0;    ///< width of a downsampling bucket; 0 when the samples are raw
    qint64 rawSamples = 0; ///< samples in the range before downsampling
    qint64 newestTs = 0;   ///< time of the newest sample read (0 when none)
    std::vector<NodeTrace> traces;
    std::vector<NodeJobSpan> spans;
};

using NodeSeriesDataPtr = std::shared_ptr<const NodeSeriesData>;

} // namespace es

Q_DECLARE_METATYPE(es::NodeSeriesDataPtr)
Q_DECLARE_METATYPE(QList<es::NodeInfo>)
