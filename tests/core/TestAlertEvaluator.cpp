// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "AlertThresholds.h"
#include "EventLog.h"
#include "NodeSampleWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTest>

using namespace es;

/// AlertEvaluator: episodes (threshold crossing, hysteresis), events written once (idempotence, windows that cut
/// an episode), per-node thresholds and the excessive-energy rule, on SQLite and on the lab's PostgreSQL.
class TestAlertEvaluator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static constexpr qint64 kT0 = 1700000000;

    void writeTemperatures(const QString &node, const QList<double> &tempsC, qint64 stepS = 10)
    {
        NodeSampleWriter writer(*m_store, QStringLiteral("lab"));
        QString error;
        QVERIFY2(writer.begin(&error), qPrintable(error));
        for (qsizetype i = 0; i < tempsC.size(); ++i) {
            NodeSample sample;
            sample.node = node;
            sample.ts = kT0 + i * stepS;
            sample.source = QStringLiteral("sampler");
            sample.tempC = tempsC[i];
            QVERIFY2(writer.add(sample, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
    }

    AlertEvaluationSummary evaluate(const AlertEvaluationOptions &options = {})
    {
        AlertEvaluator evaluator(*m_store);
        AlertEvaluationSummary summary;
        QString error;
        if (!evaluator.evaluate(QStringLiteral("lab"), options, &summary, &error))
            qWarning("%s", qPrintable(error));
        return summary;
    }

    qint64 eventRows()
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QList<AlertEvent> events(const QString &kind)
    {
        EventFilter filter;
        filter.kind = kind;
        QString error;
        const auto list = EventLog::list(*m_store, filter, &error);
        return list ? *list : QList<AlertEvent>();
    }

    void insertJob(const QString &jobId, const QString &type, double energyJ, qint64 endTs)
    {
        const auto clusterId = m_store->clusterId(QStringLiteral("lab"));
        QVERIFY(clusterId);
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, job_type, energy_j, energy_source,"
                                     " start_ts, end_ts) VALUES (?, ?, ?, ?, 'slurm', ?, ?)"));
        query.addBindValue(*clusterId);
        query.addBindValue(jobId);
        query.addBindValue(type);
        query.addBindValue(energyJ);
        query.addBindValue(endTs - 600);
        query.addBindValue(endTs);
        QVERIFY(query.exec());
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_store = test::openFreshStore(m_dir); }

    void cleanup() { m_store.reset(); }

    void episodesOpenAtThresholdAndCloseBelowHysteresis()
    {
        QList<TemperaturePoint> points;
        const QList<double> temps{70, 74.9, 75, 80, 73.5, 73.0, 72.9, 76, 79};
        for (qsizetype i = 0; i < temps.size(); ++i)
            points.append({kT0 + i, temps[i]});
        const auto episodes = AlertEvaluator::episodes(points, 75, 2);
        QCOMPARE(episodes.size(), qsizetype(2));
        QCOMPARE(episodes[0].tsStart, kT0 + 2); // 75 reaches the threshold
        QVERIFY(episodes[0].tsEnd);
        QCOMPARE(*episodes[0].tsEnd, kT0 + 6); // 73.5 and 73.0 stay within the hysteresis, 72.9 closes
        QCOMPARE(episodes[0].peakC, 80.0);
        QCOMPARE(episodes[1].tsStart, kT0 + 7);
        QVERIFY(!episodes[1].tsEnd); // still hot at the last sample
        QCOMPARE(episodes[1].peakC, 79.0);
        QVERIFY(AlertEvaluator::episodes({}, 75, 2).isEmpty());
        QVERIFY(AlertEvaluator::episodes(points, 100, 2).isEmpty());
        QCOMPARE(AlertEvaluator::median({3, 1, 2}), 2.0);
        QCOMPARE(AlertEvaluator::median({4, 1, 2, 3}), 2.5);
    }

    void thresholdCrossingWritesEventsOnce()
    {
        if (!m_store)
            return;
        // warning 75 / critical 85 (defaults), hysteresis 2
        writeTemperatures(QStringLiteral("node1"), {60, 70, 76, 80, 74, 74.5, 72, 70, 86, 90, 84, 60});
        writeTemperatures(QStringLiteral("node2"), {50, 55, 60, 58});
        const AlertEvaluationSummary first = evaluate();
        QCOMPARE(first.nodes, qint64(2));
        QCOMPARE(first.samplesRead, qint64(16));
        QCOMPARE(first.eventsNew, qint64(3));
        QCOMPARE(first.newEvents.size(), qsizetype(3));
        const QList<AlertEvent> warnings = events(AlertEvent::tempWarningKind());
        QCOMPARE(warnings.size(), qsizetype(2));
        // newest first
        QCOMPARE(warnings[1].tsStart, kT0 + 20);
        QCOMPARE(*warnings[1].tsEnd, kT0 + 60);
        QCOMPARE(warnings[1].value, 80.0);
        QCOMPARE(warnings[1].threshold, 75.0);
        QCOMPARE(warnings[1].node, QStringLiteral("node1"));
        QCOMPARE(warnings[0].tsStart, kT0 + 80);
        QCOMPARE(*warnings[0].tsEnd, kT0 + 110);
        QCOMPARE(warnings[0].value, 90.0);
        const QList<AlertEvent> critical = events(AlertEvent::tempCriticalKind());
        QCOMPARE(critical.size(), qsizetype(1));
        QCOMPARE(critical[0].severity, QStringLiteral("critical"));
        QCOMPARE(critical[0].tsStart, kT0 + 80);
        QCOMPARE(*critical[0].tsEnd, kT0 + 110); // 84 is within 85 - 2
        QVERIFY(critical[0].message.contains(QStringLiteral("node1")));

        // idempotent: the same window again changes nothing
        const AlertEvaluationSummary again = evaluate();
        QCOMPARE(again.eventsNew, qint64(0));
        QCOMPARE(again.eventsUpdated, qint64(0));
        QCOMPARE(again.eventsUnchanged, qint64(3));
        QCOMPARE(eventRows(), qint64(3));
        AlertEvaluationOptions window;
        window.sinceTs = kT0 + 30;
        window.untilTs = kT0 + 90;
        const AlertEvaluationSummary inner = evaluate(window);
        QCOMPARE(inner.eventsNew, qint64(0));
        QCOMPARE(eventRows(), qint64(3));
        // a closing seen by a longer window is not undone by a shorter one
        QVERIFY(events(AlertEvent::tempCriticalKind())[0].tsEnd);
    }

    void episodeOpenAcrossWindowsIsFollowed()
    {
        if (!m_store)
            return;
        writeTemperatures(QStringLiteral("node3"), {60, 78, 79, 81, 80, 77, 70, 60});
        AlertEvaluationOptions firstWindow;
        firstWindow.untilTs = kT0 + 30; // ends while the node is hot
        QCOMPARE(evaluate(firstWindow).eventsNew, qint64(1));
        QList<AlertEvent> open = events(AlertEvent::tempWarningKind());
        QCOMPARE(open.size(), qsizetype(1));
        QVERIFY(!open[0].tsEnd);
        QCOMPARE(open[0].value, 81.0);

        AlertEvaluationOptions secondWindow; // starts inside the episode
        secondWindow.sinceTs = kT0 + 40;
        const AlertEvaluationSummary second = evaluate(secondWindow);
        QCOMPARE(second.eventsNew, qint64(0));
        QCOMPARE(second.eventsUpdated, qint64(1));
        const QList<AlertEvent> closed = events(AlertEvent::tempWarningKind());
        QCOMPARE(closed.size(), qsizetype(1));
        QCOMPARE(closed[0].tsStart, kT0 + 10);
        QCOMPARE(*closed[0].tsEnd, kT0 + 60);
        QCOMPARE(closed[0].value, 81.0);
        QCOMPARE(evaluate(secondWindow).eventsUnchanged, qint64(1));
        QCOMPARE(eventRows(), qint64(1));
    }

    void acknowledgedEventsStayAcknowledged()
    {
        if (!m_store)
            return;
        writeTemperatures(QStringLiteral("node1"), {70, 80, 70});
        const AlertEvaluationSummary first = evaluate();
        QCOMPARE(first.eventsNew, qint64(1));
        QString error;
        QCOMPARE(EventLog::acknowledge(*m_store, {first.newEvents[0].id}, true, &error).value_or(-1), qint64(1));
        QCOMPARE(EventLog::acknowledge(*m_store, {first.newEvents[0].id}, true, &error).value_or(-1), qint64(0));
        evaluate();
        EventFilter unacknowledged;
        unacknowledged.acknowledged = false;
        QCOMPARE(EventLog::list(*m_store, unacknowledged, &error)->size(), qsizetype(0));
        QVERIFY(events(AlertEvent::tempWarningKind())[0].acknowledged);
    }

    void perNodeAndPerClusterThresholds()
    {
        if (!m_store)
            return;
        writeTemperatures(QStringLiteral("node1"), {50, 62, 50});
        writeTemperatures(QStringLiteral("node2"), {50, 62, 72, 50});
        QString error;
        QVERIFY2(AlertThresholds::set(*m_store, QStringLiteral("lab"), QString(), {70, 80}, &error), qPrintable(error));
        QVERIFY2(AlertThresholds::set(*m_store, QStringLiteral("lab"), QStringLiteral("node1"), {60, 90}, &error),
                 qPrintable(error));
        // set again: replaces, not adds
        QVERIFY2(AlertThresholds::set(*m_store, QStringLiteral("lab"), QStringLiteral("node1"), {61, 90}, &error),
                 qPrintable(error));
        QVERIFY(!AlertThresholds::set(*m_store, QStringLiteral("lab"), QStringLiteral("node9"), {60, 90}, &error));
        QVERIFY(error.contains(QStringLiteral("node9")));
        QVERIFY(!AlertThresholds::set(*m_store, QStringLiteral("lab"), QString(), {90, 80}, &error));
        QCOMPARE(evaluate().eventsNew, qint64(2));
        const QList<AlertEvent> warnings = events(AlertEvent::tempWarningKind());
        QCOMPARE(warnings.size(), qsizetype(2));
        for (const AlertEvent &e : warnings) {
            if (e.node == u"node1") {
                QCOMPARE(e.threshold, 61.0);
                QCOMPARE(e.value, 62.0);
            } else {
                QCOMPARE(e.node, QStringLiteral("node2"));
                QCOMPARE(e.threshold, 70.0);
                QCOMPARE(e.value, 72.0);
            }
        }
    }

    void excessiveEnergyPerJobType()
    {
        if (!m_store)
            return;
        QString error;
        QVERIFY(m_store->ensureCluster(QStringLiteral("lab"), &error));
        const QList<double> energies{100, 110, 90, 105, 95, 1000};
        for (qsizetype i = 0; i < energies.size(); ++i)
            insertJob(QStringLiteral("a%1").arg(i), QStringLiteral("cfd"), energies[i], kT0 + i * 100);
        // too few jobs of this type for a median worth comparing against
        insertJob(QStringLiteral("b1"), QStringLiteral("ml"), 10, kT0);
        insertJob(QStringLiteral("b2"), QStringLiteral("ml"), 20, kT0);
        insertJob(QStringLiteral("b3"), QStringLiteral("ml"), 100000, kT0);
        const AlertEvaluationSummary first = evaluate();
        QCOMPARE(first.jobsChecked, qint64(9));
        QCOMPARE(first.eventsNew, qint64(1));
        const QList<AlertEvent> excess = events(AlertEvent::energyExcessKind());
        QCOMPARE(excess.size(), qsizetype(1));
        QCOMPARE(excess[0].jobId, QStringLiteral("a5"));
        QCOMPARE(excess[0].value, 1000.0);
        QCOMPARE(excess[0].threshold, 3 * 102.5); // median of the six
        QCOMPARE(*excess[0].tsEnd, kT0 + 500);
        QCOMPARE(evaluate().eventsNew, qint64(0));
        AlertEvaluationOptions lenient;
        lenient.energyMinJobs = 3;
        QCOMPARE(evaluate(lenient).eventsNew, qint64(1)); // b3 now has a median to exceed
        AlertEvaluationOptions later;
        later.sinceTs = kT0 + 1000; // no job ended since
        QCOMPARE(evaluate(later).jobsChecked, qint64(0));
        QCOMPARE(eventRows(), qint64(2));
    }

    void unknownClusterFails()
    {
        if (!m_store)
            return;
        AlertEvaluator evaluator(*m_store);
        AlertEvaluationSummary summary;
        QString error;
        QVERIFY(!evaluator.evaluate(QStringLiteral("nowhere"), {}, &summary, &error));
        QVERIFY(error.contains(QStringLiteral("nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "TestAlertEvaluator.moc"
