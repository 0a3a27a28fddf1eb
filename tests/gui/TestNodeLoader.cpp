// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeLoader.h"
#include "NodeTestStore.h"
#include "Store.h"
#include "TestStores.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace es;
using es::test::NodeTestStore;

class TestNodeLoader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { es::test::addEngineRows(); }
    void init();
    void nodesListed();
    void rawRangeIsComplete();
    void downsamplingKeepsMinAndMaxPerBucket();
    void gapsBreakTheLine();
    void jobSpansFromNodeLists();
    void staleGenerationDropped();
    void missingStoreFails();

private:
    qint64 nodeId(const QString &name) const { return m_nodeIds.value(name); }
    const NodeTrace *trace(const NodeSeriesData &data, const QString &node, const QString &source) const
    {
        for (const NodeTrace &t : data.traces) {
            if (t.node == node && t.source == source)
                return &t;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_nodeIds;
};

// Every test on a fresh store of the current engine (SQLite file, or the lab's PostgreSQL emptied).
void TestNodeLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_db = es::test::freshStoreLocation(m_dir);
    if (m_db.isEmpty())
        return;
    QString error;
    QVERIFY2(NodeTestStore::write(m_db, &error), qPrintable(error));
    Store store;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, name FROM nodes")));
    m_nodeIds.clear();
    while (query.next())
        m_nodeIds.insert(query.value(1).toString(), query.value(0).toLongLong());
    QCOMPARE(m_nodeIds.size(), 4);
}

void TestNodeLoader::nodesListed()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    const std::optional<QList<NodeInfo>> nodes = NodeLoader::readNodes(store, &error);
    QVERIFY2(nodes, qPrintable(error));
    QCOMPARE(nodes->size(), 4);
    const qint64 perNode = NodeTestStore::kDurationS / NodeTestStore::kStepS;
    const qint64 gap = (NodeTestStore::kGapToS - NodeTestStore::kGapFromS) / NodeTestStore::kStepS;
    for (int i = 0; i < 4; ++i) {
        const NodeInfo &node = nodes->at(i);
        QCOMPARE(node.name, NodeTestStore::nodeNames().at(i));
        QCOMPARE(node.cluster, QStringLiteral("lab"));
        const qint64 slurm = node.name == u"node01" ? NodeTestStore::kDurationS / 60 : 0;
        const qint64 missing = node.name == u"node04" ? gap : 0;
        QCOMPARE(node.samples, perNode + slurm - missing);
        QCOMPARE(node.firstTs, NodeTestStore::kStartTs);
        QCOMPARE(node.lastTs, NodeTestStore::kStartTs + NodeTestStore::kDurationS - NodeTestStore::kStepS);
    }
}

void TestNodeLoader::rawRangeIsComplete()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    NodeLoadRequest request;
    request.nodeIds = {nodeId(QStringLiteral("node01")), nodeId(QStringLiteral("node02"))};
    request.fromTs = NodeTestStore::kStartTs + 3600;
    request.toTs = NodeTestStore::kStartTs + 3600 + 599;
    request.buckets = 1000; // 120 samples per node: fewer than 2 x buckets, so raw
    const NodeSeriesDataPtr data = NodeLoader::readSeries(store, request, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->bucketS, 0);
    QCOMPARE(data->rawSamples, 120 + 120 + 10);
    const NodeTrace *sampler = trace(*data, QStringLiteral("node02"), QStringLiteral("sampler"));
    QVERIFY(sampler);
    QCOMPARE(sampler->ts.size(), size_t(120));
    for (size_t i = 0; i < sampler->ts.size(); ++i) {
        const NodeSample expected = NodeTestStore::samplerSample(QStringLiteral("node02"), qint64(sampler->ts[i]));
        QCOMPARE(sampler->values[size_t(NodeMetric::TempC)][i], *expected.tempC);
        QCOMPARE(sampler->values[size_t(NodeMetric::PowerW)][i], *expected.powerW);
        QCOMPARE(sampler->values[size_t(NodeMetric::Load1)][i], *expected.load1);
    }
    const NodeTrace *slurm = trace(*data, QStringLiteral("node01"), QStringLiteral("slurm"));
    QVERIFY(slurm);
    QCOMPARE(slurm->ts.size(), size_t(10));
    QVERIFY(std::isnan(slurm->values[size_t(NodeMetric::TempC)][0])); // Slurm reports no temperature
    QCOMPARE(data->newestTs, request.toTs - 4);
}

void TestNodeLoader::downsamplingKeepsMinAndMaxPerBucket()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    NodeLoadRequest request;
    request.nodeIds = {nodeId(QStringLiteral("node01"))};
    request.fromTs = NodeTestStore::kStartTs;
    request.toTs = NodeTestStore::kStartTs + NodeTestStore::kDurationS - 1;
    NodeLoadRequest rawRequest = request;
    request.buckets = 150;
    const NodeSeriesDataPtr raw = NodeLoader::readSeries(store, rawRequest, &error);
    QVERIFY2(raw, qPrintable(error));
    const NodeSeriesDataPtr data = NodeLoader::readSeries(store, request, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->bucketS, NodeTestStore::kDurationS / 150);
    QCOMPARE(data->rawSamples, raw->rawSamples);

    const NodeTrace *rawTrace = trace(*raw, QStringLiteral("node01"), QStringLiteral("sampler"));
    const NodeTrace *sampled = trace(*data, QStringLiteral("node01"), QStringLiteral("sampler"));
    QVERIFY(rawTrace && sampled);
    QVERIFY(sampled->ts.size() <= size_t(2 * request.buckets));
    QVERIFY(sampled->ts.size() * 10 < rawTrace->ts.size());
    for (int m = 0; m < kNodeMetricCount; ++m) {
        // Per bucket: the raw minimum and maximum, and the values the downsampled trace kept.
        std::map<qint64, std::pair<double, double>> rawRange;
        std::map<qint64, std::pair<double, double>> keptRange;
        const auto collect = [&](const NodeTrace &t, std::map<qint64, std::pair<double, double>> *ranges) {
            for (size_t i = 0; i < t.ts.size(); ++i) {
                const double v = t.values[size_t(m)][i];
                if (std::isnan(v))
                    continue;
                const qint64 bucket = (qint64(t.ts[i]) - request.fromTs) / data->bucketS;
                auto [it, fresh] = ranges->try_emplace(bucket, v, v);
                it->second = {std::min(it->second.first, v), std::max(it->second.second, v)};
            }
        };
        collect(*rawTrace, &rawRange);
        collect(*sampled, &keptRange);
        QCOMPARE(keptRange.size(), rawRange.size());
        for (const auto &[bucket, range] : rawRange) {
            QVERIFY(keptRange.count(bucket));
            QCOMPARE(keptRange[bucket].first, range.first);
            QCOMPARE(keptRange[bucket].second, range.second);
        }
    }
    // The single hot reading survives downsampling.
    const std::vector<double> &temps = sampled->values[size_t(NodeMetric::TempC)];
    QCOMPARE(*std::max_element(temps.begin(), temps.end()), NodeTestStore::kSpikeTempC);
    // Keys stay in time order, as the plots need.
    QVERIFY(std::is_sorted(sampled->ts.begin(), sampled->ts.end()));
}

void TestNodeLoader::gapsBreakTheLine()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    NodeLoadRequest request;
    request.nodeIds = {nodeId(QStringLiteral("node04")), nodeId(QStringLiteral("node03"))};
    request.fromTs = NodeTestStore::kStartTs;
    request.toTs = NodeTestStore::kStartTs + NodeTestStore::kDurationS;
    for (int buckets : {0, 300}) {
        request.buckets = buckets;
        const NodeSeriesDataPtr data = NodeLoader::readSeries(store, request, &error);
        QVERIFY2(data, qPrintable(error));
        for (const QString &node : {QStringLiteral("node03"), QStringLiteral("node04")}) {
            const NodeTrace *t = trace(*data, node, QStringLiteral("sampler"));
            QVERIFY(t);
            int breaks = 0;
            for (size_t i = 0; i < t->ts.size(); ++i) {
                if (std::isnan(t->values[size_t(NodeMetric::PowerW)][i])) {
                    ++breaks;
                    QVERIFY(t->ts[i] > double(NodeTestStore::kStartTs + NodeTestStore::kGapFromS - 1));
                    QVERIFY(t->ts[i] < double(NodeTestStore::kStartTs + NodeTestStore::kGapToS));
                }
            }
            QCOMPARE(breaks, node == u"node04" ? 1 : 0);
        }
    }
}

void TestNodeLoader::jobSpansFromNodeLists()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    const std::vector<qint64> nodes = {nodeId(QStringLiteral("node01")), nodeId(QStringLiteral("node02")),
                                       nodeId(QStringLiteral("node04"))};
    const qint64 fromTs = NodeTestStore::kStartTs;
    const qint64 toTs = NodeTestStore::kStartTs + NodeTestStore::kDurationS;
    std::vector<NodeJobSpan> spans;
    QVERIFY2(NodeLoader::readSpans(store, nodes, fromTs, toTs, &spans, &error), qPrintable(error));

    // Expected from the test jobs: their lists written out by hand, the range applied.
    const std::set<std::pair<QString, QString>> expected = {
        {QStringLiteral("101"), QStringLiteral("node01")}, {QStringLiteral("102"), QStringLiteral("node01")},
        {QStringLiteral("102"), QStringLiteral("node02")}, {QStringLiteral("103"), QStringLiteral("node04")},
        {QStringLiteral("104"), QStringLiteral("node02")}, {QStringLiteral("104"), QStringLiteral("node04")},
        {QStringLiteral("105"), QStringLiteral("node02")}, {QStringLiteral("106_1"), QStringLiteral("node01")},
        {QStringLiteral("111"), QStringLiteral("node04")},
    };
    std::set<std::pair<QString, QString>> got;
    for (const NodeJobSpan &span : spans) {
        QVERIFY2(got.insert({span.jobId, span.node}).second, qPrintable(span.jobId + u' ' + span.node));
        QCOMPARE(span.cluster, QStringLiteral("lab"));
        QCOMPARE(span.nodeId, nodeId(span.node));
        for (const es::test::NodeTestJob &job : NodeTestStore::jobs()) {
            if (job.jobId != span.jobId)
                continue;
            QCOMPARE(span.startTs, NodeTestStore::kStartTs + job.startOffsetS);
            QCOMPARE(span.endTs, NodeTestStore::kStartTs + *job.endOffsetS);
            QCOMPARE(span.name, job.name);
            QVERIFY(!span.running);
        }
    }
    QCOMPARE(got, expected);

    // node03: the running job ends at the end of the range; the malformed and garbage lists give nothing.
    spans.clear();
    QVERIFY2(NodeLoader::readSpans(store, {nodeId(QStringLiteral("node03"))}, fromTs, toTs, &spans, &error),
             qPrintable(error));
    QCOMPARE(spans.size(), size_t(2));
    QCOMPARE(spans[1].jobId, QStringLiteral("107"));
    QVERIFY(spans[1].running);
    QCOMPARE(spans[1].endTs, toTs);

    // A range that only touches job 101 by its last second still finds it; one just after it does not.
    spans.clear();
    QVERIFY(
        NodeLoader::readSpans(store, {nodeId(QStringLiteral("node01"))}, fromTs + 3000, fromTs + 3001, &spans, &error));
    QCOMPARE(spans.size(), size_t(1));
    QCOMPARE(spans[0].jobId, QStringLiteral("101"));
    spans.clear();
    QVERIFY(
        NodeLoader::readSpans(store, {nodeId(QStringLiteral("node01"))}, fromTs + 3001, fromTs + 3599, &spans, &error));
    QVERIFY(spans.empty());
}

void TestNodeLoader::staleGenerationDropped()
{
    NodeLoader loader;
    QSignalSpy loaded(&loader, &NodeLoader::loaded);
    NodeLoadRequest first;
    first.nodeIds = {nodeId(QStringLiteral("node01"))};
    first.fromTs = NodeTestStore::kStartTs;
    first.toTs = NodeTestStore::kStartTs + 600;
    NodeLoadRequest second = first;
    second.nodeIds = {nodeId(QStringLiteral("node02"))};
    // Both queued before the thread runs: only the newer is answered.
    loader.load(1, m_db, first);
    loader.load(2, m_db, second);
    loader.start();
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toULongLong(), quint64(2));
    const auto data = loaded.at(0).at(1).value<NodeSeriesDataPtr>();
    QVERIFY(data);
    QCOMPARE(data->traces.size(), size_t(1));
    QCOMPARE(data->traces[0].node, QStringLiteral("node02"));

    // A poll queued before a load is dropped by the load: it would append to data being replaced.
    NodeLoader pollThenLoad;
    QSignalSpy reloaded(&pollThenLoad, &NodeLoader::loaded);
    QSignalSpy polled(&pollThenLoad, &NodeLoader::polled);
    pollThenLoad.poll(3, m_db, first);
    pollThenLoad.load(4, m_db, second);
    pollThenLoad.start();
    QTRY_COMPARE(reloaded.size(), 1);
    QTest::qWait(200);
    QCOMPARE(polled.size(), 0);
}

void TestNodeLoader::missingStoreFails()
{
    // A file of random bytes where a store should be: a clear error, and the loader keeps serving.
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        QRandomGenerator random(7);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        file.write(bytes);
    }
    NodeLoader loader;
    QSignalSpy failed(&loader, &NodeLoader::failed);
    QSignalSpy listed(&loader, &NodeLoader::nodesListed);
    loader.start();
    loader.listNodes(7, garbage);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toULongLong(), quint64(7));
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    loader.listNodes(8, m_db);
    QTRY_COMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).at(1).value<QList<NodeInfo>>().size(), 4);
}

QTEST_GUILESS_MAIN(TestNodeLoader)
#include "TestNodeLoader.moc"
