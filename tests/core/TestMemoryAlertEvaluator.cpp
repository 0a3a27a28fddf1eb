// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "EventLog.h"
#include "MemoryAlertEvaluator.h"
#include "NodeSampleWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace es;

/// memory_exhaustion (a job near its memory request per node, or OUT_OF_MEMORY) and memory_high (a node's used
/// memory, with hysteresis), written once, on SQLite and on the lab's PostgreSQL. Every job and sample is SYNTHETIC.
class TestMemoryAlertEvaluator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr qint64 kT0 = 1700000000;

    void insertJob(const QString &jobId, const QString &state, QVariant maxRssMb, QVariant reqMemMb, int nodes,
                   bool ended = true)
    {
        QString error;
        const auto clusterId = m_store->ensureCluster(QStringLiteral("lab"), &error);
        QVERIFY2(clusterId, qPrintable(error));
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, state, max_rss_mb, req_mem_mb, node_count,"
                                     " start_ts, end_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(*clusterId);
        query.addBindValue(jobId);
        query.addBindValue(state);
        query.addBindValue(maxRssMb);
        query.addBindValue(reqMemMb);
        query.addBindValue(nodes);
        query.addBindValue(kT0);
        query.addBindValue(ended ? QVariant(kT0 + 600) : QVariant(QMetaType::fromType<qint64>()));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    AlertEvaluationSummary evaluate(const AlertEvaluationOptions &options = {})
    {
        AlertEvaluationSummary summary;
        QString error;
        if (!AlertEvaluator(*m_store).evaluate(QStringLiteral("lab"), options, &summary, &error))
            qWarning("%s", qPrintable(error));
        return summary;
    }

    QList<AlertEvent> events(const QString &kind)
    {
        EventFilter filter;
        filter.kind = kind;
        QString error;
        return EventLog::list(*m_store, filter, &error).value_or(QList<AlertEvent>());
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_store = test::openFreshStore(m_dir); }

    void cleanup() { m_store.reset(); }

    void shareOfTheRequestPerNode()
    {
        QCOMPARE(*MemoryAlertEvaluator::rssShare(90.0, 100.0, 1), 0.9);
        QCOMPARE(*MemoryAlertEvaluator::rssShare(90.0, 200.0, 2), 0.9); // a task lives on one node
        QCOMPARE(*MemoryAlertEvaluator::rssShare(90.0, 100.0, std::nullopt), 0.9);
        QVERIFY(!MemoryAlertEvaluator::rssShare(std::nullopt, 100.0, 1));
        QVERIFY(!MemoryAlertEvaluator::rssShare(90.0, 0.0, 1));
    }

    void jobsNearTheirRequestOrOutOfMemory()
    {
        if (!m_store)
            return;
        const QVariant none(QMetaType::fromType<double>());
        insertJob(QStringLiteral("near"), QStringLiteral("COMPLETED"), 95.0, 100.0, 1);
        insertJob(QStringLiteral("far"), QStringLiteral("COMPLETED"), 50.0, 100.0, 1);
        insertJob(QStringLiteral("oom"), QStringLiteral("OUT_OF_MEMORY"), none, none, 1);
        insertJob(QStringLiteral("two-nodes"), QStringLiteral("FAILED"), 190.0, 400.0, 2);
        insertJob(QStringLiteral("running"), QStringLiteral("RUNNING"), 99.0, 100.0, 1, false);
        const AlertEvaluationSummary summary = evaluate();
        QCOMPARE(summary.memoryJobsChecked, qint64(4));
        QCOMPARE(summary.eventsNew, qint64(3));
        QHash<QString, AlertEvent> byJob;
        for (const AlertEvent &e : events(AlertEvent::memoryExhaustionKind()))
            byJob.insert(e.jobId, e);
        QCOMPARE(QStringList(byJob.keys()).size(), qsizetype(3));
        QCOMPARE(byJob[QStringLiteral("near")].value, 0.95);
        QCOMPARE(byJob[QStringLiteral("near")].threshold, 0.9);
        QCOMPARE(byJob[QStringLiteral("near")].severity, QStringLiteral("warning"));
        QVERIFY2(byJob[QStringLiteral("near")].message.contains(QStringLiteral("95 MB of the 100 MB")),
                 qPrintable(byJob[QStringLiteral("near")].message));
        QCOMPARE(byJob[QStringLiteral("oom")].severity, QStringLiteral("critical"));
        QCOMPARE(byJob[QStringLiteral("oom")].value, 1.0);
        QCOMPARE(byJob[QStringLiteral("two-nodes")].value, 0.95);
        QCOMPARE(*byJob[QStringLiteral("two-nodes")].tsEnd, kT0 + 600);
        const AlertEvaluationSummary again = evaluate();
        QCOMPARE(again.eventsNew, qint64(0));
        QCOMPARE(again.eventsUpdated, qint64(0));
        AlertEvaluationOptions strict;
        strict.memoryWithinPct = 1; // only within 1 %: "near" (95 %) no longer, but its event stays
        QCOMPARE(evaluate(strict).eventsNew, qint64(0));
        AlertEvaluationOptions off;
        off.memoryRules = false;
        QCOMPARE(evaluate(off).memoryJobsChecked, qint64(0));
    }

    void nodeMemoryEpisodes()
    {
        if (!m_store)
            return;
        NodeSampleWriter writer(*m_store, QStringLiteral("lab"));
        QString error;
        QVERIFY2(writer.begin(&error), qPrintable(error));
        const QList<double> usedMb{500, 960, 950, 920, 890, 970};
        for (qsizetype i = 0; i < usedMb.size(); ++i) {
            NodeSample sample;
            sample.node = QStringLiteral("node1");
            sample.ts = kT0 + i * 10;
            sample.source = QStringLiteral("sampler");
            sample.memUsedMb = usedMb[i];
            QVERIFY2(writer.add(sample, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE nodes SET real_mem_mb = 1000")));
        QCOMPARE(evaluate().eventsNew, qint64(2));
        QList<AlertEvent> found = events(AlertEvent::memoryHighKind());
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.tsStart < b.tsStart; });
        QCOMPARE(found.size(), qsizetype(2));
        QCOMPARE(found[0].tsStart, kT0 + 10); // 96 %
        QCOMPARE(*found[0].tsEnd, kT0 + 40);  // 92 % stays within the hysteresis, 89 % closes
        QCOMPARE(found[0].value, 96.0);
        QCOMPARE(found[0].node, QStringLiteral("node1"));
        QCOMPARE(found[0].subject, QStringLiteral("node:node1"));
        QCOMPARE(found[1].tsStart, kT0 + 50);
        QVERIFY(!found[1].tsEnd);
        AlertEvaluationOptions later;
        later.sinceTs = kT0 + 55; // inside the open episode: found again, not anew
        QCOMPARE(evaluate(later).eventsNew, qint64(0));
        QCOMPARE(events(AlertEvent::memoryHighKind()).size(), qsizetype(2));
    }
};

QTEST_GUILESS_MAIN(TestMemoryAlertEvaluator)
#include "TestMemoryAlertEvaluator.moc"
