// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeLoader.h"

#include "Hostlist.h"
#include "PreparedQuery.h"
#include "Store.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace es {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// node_samples columns in NodeMetric order.
const char *const kMetricColumns[] = {"temp_c", "power_w", "freq_mhz", "cpu_util_pct", "load1"};
static_assert(std::size(kMetricColumns) == size_t(kNodeMetricCount));

QString placeholders(size_t count)
{
    QString marks;
    marks.reserve(qsizetype(2 * count));
    for (size_t i = 0; i < count; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

QVariantList idBinds(const std::vector<qint64> &ids)
{
    QVariantList binds;
    binds.reserve(qsizetype(ids.size()));
    for (qint64 id : ids)
        binds.append(id);
    return binds;
}

struct NodeName
{
    QString name;
    QString cluster;
    qint64 clusterId = 0;
};

bool readNodeNames(Store &store, const std::vector<qint64> &nodeIds, QHash<qint64, NodeName> *names, QString *error)
{
    if (nodeIds.empty())
        return true;
    QSqlQuery query(store.database());
    const QString sql = QStringLiteral("SELECT n.id, n.name, n.cluster_id, c.name FROM nodes n JOIN clusters c ON "
                                       "c.id = n.cluster_id WHERE n.id IN (") +
                        placeholders(nodeIds.size()) + u')';
    if (!sql::execPrepared(query, sql, idBinds(nodeIds), error))
        return false;
    while (query.next())
        names->insert(query.value(0).toLongLong(),
                      NodeName{query.value(1).toString(), query.value(3).toString(), query.value(2).toLongLong()});
    return true;
}

// Appends the rows of one node, ordered by source then time, to `traces`, one trace per source.
NodeTrace *traceFor(std::vector<NodeTrace> *traces, qint64 nodeId, const QString &node, const QString &source)
{
    if (traces->empty() || traces->back().nodeId != nodeId || traces->back().source != source) {
        NodeTrace trace;
        trace.nodeId = nodeId;
        trace.node = node;
        trace.source = source;
        traces->push_back(std::move(trace));
    }
    return &traces->back();
}

} // namespace

NodeLoader::NodeLoader(QObject *parent) : QThread(parent)
{
    qRegisterMetaType<es::NodeSeriesDataPtr>();
    qRegisterMetaType<QList<es::NodeInfo>>();
}

NodeLoader::~NodeLoader()
{
    stop();
    wait();
}

void NodeLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeAll();
}

void NodeLoader::listNodes(quint64 generation, const QString &location)
{
    QMutexLocker lock(&m_mutex);
    m_list = Request{generation, location, {}};
    m_wake.wakeAll();
}

void NodeLoader::load(quint64 generation, const QString &location, const NodeLoadRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_load = Request{generation, location, request};
    m_poll.reset(); // a poll asked before this load would append to data the receiver is replacing
    m_wake.wakeAll();
}

void NodeLoader::poll(quint64 generation, const QString &location, const NodeLoadRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_poll = Request{generation, location, request};
    m_wake.wakeAll();
}

std::optional<QList<NodeInfo>> NodeLoader::readNodes(Store &store, QString *error)
{
    QSqlQuery query(store.database());
    const QString sql = QStringLiteral(
        "SELECT n.id, c.name, n.name, s.sample_count, s.first_ts, s.last_ts FROM nodes n JOIN clusters c ON "
        "c.id = n.cluster_id LEFT JOIN (SELECT node_id, COUNT(*) AS sample_count, MIN(ts) AS first_ts, MAX(ts) AS "
        "last_ts FROM node_samples GROUP BY node_id) s ON s.node_id = n.id");
    if (!sql::execPrepared(query, sql, {}, error))
        return std::nullopt;
    QList<NodeInfo> nodes;
    while (query.next()) {
        NodeInfo node;
        node.nodeId = query.value(0).toLongLong();
        node.cluster = query.value(1).toString();
        node.name = query.value(2).toString();
        node.samples = query.value(3).toLongLong();
        node.firstTs = query.value(4).toLongLong();
        node.lastTs = query.value(5).toLongLong();
        nodes.append(node);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(nodes.begin(), nodes.end(), [&collator](const NodeInfo &a, const NodeInfo &b) {
        if (a.cluster != b.cluster)
            return collator.compare(a.cluster, b.cluster) < 0;
        return collator.compare(a.name, b.name) < 0;
    });
    return nodes;
}

NodeSeriesDataPtr NodeLoader::readSeries(Store &store, const NodeLoadRequest &request, QString *error)
{
    auto data = std::make_shared<NodeSeriesData>();
    data->fromTs = request.fromTs;
    data->toTs = request.toTs;
    if (request.nodeIds.empty() || request.toTs < request.fromTs)
        return data;

    QHash<qint64, NodeName> names;
    if (!readNodeNames(store, request.nodeIds, &names, error))
        return nullptr;

    QHash<qint64, qint64> counts;
    {
        QSqlQuery query(store.database());
        const QString sql = QStringLiteral("SELECT node_id, COUNT(*) FROM node_samples WHERE node_id IN (") +
                            placeholders(request.nodeIds.size()) +
                            QStringLiteral(") AND ts >= ? AND ts <= ? GROUP BY node_id");
        QVariantList binds = idBinds(request.nodeIds);
        binds << request.fromTs << request.toTs;
        if (!sql::execPrepared(query, sql, binds, error))
            return nullptr;
        while (query.next()) {
            counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
            data->rawSamples += query.value(1).toLongLong();
        }
    }

    const qint64 spanS = request.toTs - request.fromTs + 1;
    const qint64 bucketS =
        request.buckets > 0 ? std::max<qint64>(1, (spanS + request.buckets - 1) / request.buckets) : qint64(0);
    QString metricList;
    QString minMaxList;
    for (const char *column : kMetricColumns) {
        metricList += QStringLiteral(", ") + QString::fromLatin1(column);
        minMaxList += QStringLiteral(", MIN(%1), MAX(%1)").arg(QString::fromLatin1(column));
    }
    const QString rawSql = QStringLiteral("SELECT source, ts") + metricList +
                           QStringLiteral(" FROM node_samples WHERE node_id = ? AND ts >= ? AND ts <= ? ORDER BY "
                                          "source, ts");
    // Integer division on both engines: BIGINT / BIGINT truncates.
    const QString bucketSql = QStringLiteral("SELECT source, (ts - ?) / ? AS bucket, MIN(ts), MAX(ts)") + minMaxList +
                              QStringLiteral(" FROM node_samples WHERE node_id = ? AND ts >= ? AND ts <= ? GROUP BY "
                                             "source, bucket ORDER BY source, bucket");

    bool anyDownsampled = false;
    for (qint64 nodeId : request.nodeIds) {
        const qint64 count = counts.value(nodeId);
        if (count == 0 || !names.contains(nodeId))
            continue;
        const QString node = names.value(nodeId).name;
        const bool downsample = bucketS > 0 && count > 2 * qint64(request.buckets);
        QSqlQuery query(store.database());
        QVariantList binds;
        if (downsample)
            binds << request.fromTs << bucketS;
        binds << nodeId << request.fromTs << request.toTs;
        if (!sql::execPrepared(query, downsample ? bucketSql : rawSql, binds, error))
            return nullptr;
        const size_t firstTrace = data->traces.size();
        while (query.next()) {
            NodeTrace *trace = traceFor(&data->traces, nodeId, node, query.value(0).toString());
            if (!downsample) {
                const qint64 ts = query.value(1).toLongLong();
                trace->ts.push_back(double(ts));
                for (int m = 0; m < kNodeMetricCount; ++m)
                    trace->values[size_t(m)].push_back(sql::doubleOrNaN(query.value(2 + m)));
                data->newestTs = std::max(data->newestTs, ts);
                continue;
            }
            const qint64 firstTs = query.value(2).toLongLong();
            const qint64 lastTs = query.value(3).toLongLong();
            trace->ts.push_back(double(firstTs));
            for (int m = 0; m < kNodeMetricCount; ++m)
                trace->values[size_t(m)].push_back(sql::doubleOrNaN(query.value(4 + 2 * m)));
            if (lastTs != firstTs) {
                trace->ts.push_back(double(lastTs));
                for (int m = 0; m < kNodeMetricCount; ++m)
                    trace->values[size_t(m)].push_back(sql::doubleOrNaN(query.value(5 + 2 * m)));
            }
            data->newestTs = std::max(data->newestTs, lastTs);
        }
        if (query.lastError().isValid()) {
            *error = query.lastError().text();
            return nullptr;
        }
        for (size_t t = firstTrace; t < data->traces.size(); ++t)
            insertGaps(&data->traces[t], downsample ? 3.0 * double(bucketS) : 0.0);
        anyDownsampled = anyDownsampled || downsample;
    }
    data->bucketS = anyDownsampled ? bucketS : 0;

    if (!readSpans(store, request.nodeIds, request.spansFromTs.value_or(request.fromTs), request.toTs, &data->spans,
                   error))
        return nullptr;
    return data;
}

bool NodeLoader::readSpans(Store &store, const std::vector<qint64> &nodeIds, qint64 fromTs, qint64 toTs,
                           std::vector<NodeJobSpan> *spans, QString *error)
{
    if (nodeIds.empty())
        return true;
    QHash<qint64, NodeName> names;
    if (!readNodeNames(store, nodeIds, &names, error))
        return false;
    QHash<std::pair<qint64, QString>, qint64> nodeByName; // (cluster id, node name) -> node id
    QList<qint64> clusterIds;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        nodeByName.insert({it->clusterId, it->name}, it.key());
        if (!clusterIds.contains(it->clusterId))
            clusterIds.append(it->clusterId);
    }
    if (clusterIds.isEmpty())
        return true;

    QSqlQuery query(store.database());
    const QString sql =
        QStringLiteral("SELECT j.id, j.cluster_id, j.job_id, j.name, j.user_name, j.node_list, j.start_ts, j.end_ts,"
                       " j.elapsed_s, j.state FROM jobs j WHERE j.cluster_id IN (") +
        placeholders(size_t(clusterIds.size())) +
        QStringLiteral(") AND j.start_ts IS NOT NULL AND j.start_ts <= ? AND (j.end_ts IS NULL OR j.end_ts >= ?)"
                       " AND j.node_list IS NOT NULL AND j.node_list <> '' ORDER BY j.start_ts, j.id");
    QVariantList binds;
    for (qint64 id : clusterIds)
        binds.append(id);
    binds << toTs << fromTs;
    if (!sql::execPrepared(query, sql, binds, error))
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    while (query.next()) {
        const qint64 clusterId = query.value(1).toLongLong();
        const qint64 startTs = query.value(6).toLongLong();
        qint64 endTs = 0;
        bool running = false;
        if (!query.value(7).isNull()) {
            endTs = query.value(7).toLongLong();
        } else if (query.value(9).toString().startsWith(QLatin1String("RUNNING"))) {
            endTs = std::min(toTs, now); // not into the future: a live poll reads up to an hour ahead
            running = true;
        } else if (!query.value(8).isNull()) {
            endTs = startTs + query.value(8).toLongLong();
        } else {
            continue; // neither an end nor a duration: its extent is unknown
        }
        if (endTs < fromTs || endTs < startTs)
            continue;
        QString hostlistError;
        const std::optional<QStringList> hosts = Hostlist::expand(query.value(5).toString(), &hostlistError);
        if (!hosts)
            continue; // a node list Slurm would not print; the job still shows in the jobs view
        for (const QString &host : *hosts) {
            const auto node = nodeByName.constFind({clusterId, host});
            if (node == nodeByName.cend())
                continue;
            NodeJobSpan span;
            span.jobPk = query.value(0).toLongLong();
            span.nodeId = *node;
            span.node = host;
            span.cluster = names.value(*node).cluster;
            span.jobId = query.value(2).toString();
            span.name = query.value(3).toString();
            span.user = query.value(4).toString();
            span.startTs = startTs;
            span.endTs = endTs;
            span.running = running;
            spans->push_back(std::move(span));
        }
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

void NodeLoader::insertGaps(NodeTrace *trace, double minGapS)
{
    const size_t n = trace->ts.size();
    if (n < 3)
        return;
    std::vector<double> steps;
    steps.reserve(std::min<size_t>(n - 1, 4096));
    for (size_t i = 1; i < n && steps.size() < 4096; ++i) {
        const double step = trace->ts[i] - trace->ts[i - 1];
        if (step > 0)
            steps.push_back(step);
    }
    if (steps.empty())
        return;
    std::nth_element(steps.begin(), steps.begin() + ptrdiff_t(steps.size() / 2), steps.end());
    const double gapS = std::max(5.0 * steps[steps.size() / 2], minGapS);
    NodeTrace out;
    out.ts.reserve(n + 16);
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && trace->ts[i] - trace->ts[i - 1] > gapS) {
            out.ts.push_back((trace->ts[i] + trace->ts[i - 1]) / 2);
            for (auto &values : out.values)
                values.push_back(kNaN);
        }
        out.ts.push_back(trace->ts[i]);
        for (int m = 0; m < kNodeMetricCount; ++m)
            out.values[size_t(m)].push_back(trace->values[size_t(m)][i]);
    }
    trace->ts = std::move(out.ts);
    trace->values = std::move(out.values);
}

void NodeLoader::run()
{
    std::unique_ptr<Store> store;
    for (;;) {
        std::optional<Request> list;
        std::optional<Request> load;
        std::optional<Request> poll;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_list && !m_load && !m_poll)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            if (m_list)
                list.swap(m_list);
            else if (m_load)
                load.swap(m_load);
            else
                poll.swap(m_poll);
        }
        const Request &request = list ? *list : load ? *load : *poll;
        QString error;
        if (!store || store->location() != request.location) {
            store = std::make_unique<Store>();
            if (!store->open(request.location, &error)) {
                store.reset();
                Q_EMIT failed(request.generation, tr("Cannot open the store: %1").arg(error));
                continue;
            }
        }
        if (list) {
            const std::optional<QList<NodeInfo>> nodes = readNodes(*store, &error);
            if (!nodes)
                Q_EMIT failed(request.generation, tr("Cannot read the nodes: %1").arg(error));
            else
                Q_EMIT nodesListed(request.generation, *nodes);
            continue;
        }
        const NodeSeriesDataPtr data = readSeries(*store, request.load, &error);
        if (!data)
            Q_EMIT failed(request.generation, tr("Cannot read the node samples: %1").arg(error));
        else if (load)
            Q_EMIT loaded(request.generation, data);
        else
            Q_EMIT polled(request.generation, data);
    }
    store.reset(); // closed by the thread that opened it
}

} // namespace es
