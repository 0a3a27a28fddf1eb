// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSeriesData.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <optional>
#include <vector>

namespace es {

class Store;

/// What to read for the Nodes view. Times are UTC epoch seconds, both ends inclusive.
struct NodeLoadRequest
{
    std::vector<qint64> nodeIds; ///< nodes.id
    qint64 fromTs = 0;
    qint64 toTs = 0;
    /// Downsampling: a node with more than 2 × buckets samples in the range is read as min/max per bucket of
    /// (toTs - fromTs + 1) / buckets seconds (about one bucket per pixel). 0 reads raw samples.
    int buckets = 0;
    /// Job spans are read over [spansFromTs, toTs]; nullopt: over the sample range.
    std::optional<qint64> spansFromTs;

    bool operator==(const NodeLoadRequest &other) const = default;
};

/// The Nodes view's database thread.
///
/// Threading: listNodes(), load() and poll() are called from the GUI thread and only queue; run() reads in this
/// thread through its own es::Store (kept open while the location stays the same) and answers with the signals,
/// queued to the receiver's thread. Each kind of request keeps only its newest queued instance (a newer request
/// replaces an older one not started yet), and every answer repeats the caller's generation so that the receiver
/// drops answers older than its last request. Answers are immutable and shared.
class NodeLoader final : public QThread
{
    Q_OBJECT
public:
    explicit NodeLoader(QObject *parent = nullptr);
    /// Stops the thread and waits for the read in progress.
    ~NodeLoader() override;
    Q_DISABLE_COPY_MOVE(NodeLoader)

    /// Every node of the store with its sample count and time range; answered by nodesListed().
    void listNodes(quint64 generation, const QString &location);
    /// A range of samples, downsampled per request.buckets, and the job spans; answered by loaded().
    void load(quint64 generation, const QString &location, const NodeLoadRequest &request);
    /// Raw samples newer than request.fromTs - 1 (live mode) and the spans; answered by polled().
    void poll(quint64 generation, const QString &location, const NodeLoadRequest &request);
    void stop();

    /// Any thread that owns `store`; used by run(), the tests and the benchmark. Nodes sorted by cluster, then by
    /// name with numbers compared as numbers (node2 before node10).
    static std::optional<QList<NodeInfo>> readNodes(Store &store, QString *error);
    static NodeSeriesDataPtr readSeries(Store &store, const NodeLoadRequest &request, QString *error);
    /// The jobs that overlap [fromTs, toTs] on the given nodes: one span per job and node (node_list expanded with
    /// es::Hostlist). A running job (no end time, state RUNNING) ends at toTs or now, whichever comes first; a job
    /// without an end but with an elapsed time ends after it; one with neither is left out.
    static bool readSpans(Store &store, const std::vector<qint64> &nodeIds, qint64 fromTs, qint64 toTs,
                          std::vector<NodeJobSpan> *spans, QString *error);
    /// Puts a row of NaN between two samples further apart than max(5 × the median sample interval, minGapS).
    static void insertGaps(NodeTrace *trace, double minGapS);

Q_SIGNALS:
    void nodesListed(quint64 generation, const QList<es::NodeInfo> &nodes);
    void loaded(quint64 generation, const es::NodeSeriesDataPtr &data);
    void polled(quint64 generation, const es::NodeSeriesDataPtr &data);
    void failed(quint64 generation, const QString &error);

protected:
    void run() override;

private:
    struct Request
    {
        quint64 generation = 0;
        QString location;
        NodeLoadRequest load;
    };

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    std::optional<Request> m_list;
    std::optional<Request> m_load;
    std::optional<Request> m_poll;
};

} // namespace es
