// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "EventLog.h"
#include "NodeSampleWriter.h"
#include "SilenceAlertEvaluator.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTest>

using namespace es;

/// collector_silent: the usual interval of a node's samples, the silences longer than factor x it, an episode that
/// closes when samples come back, nodes that are down skipped, on SQLite and on the lab's PostgreSQL. Every sample
/// is SYNTHETIC.
class TestSilenceAlertEvaluator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr qint64 kT0 = 1700000000;

    void writeSamples(const QString &node, const QList<qint64> &offsetsS)
    {
        NodeSampleWriter writer(*m_store, QStringLiteral("lab"));
        QString error;
        QVERIFY2(writer.begin(&error), qPrintable(error));
        for (const qint64 offset : offsetsS) {
            NodeSample sample;
            sample.node = node;
            sample.ts = kT0 + offset;
            sample.source = QStringLiteral("sampler");
            sample.load1 = 1;
            QVERIFY2(writer.add(sample, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
    }

    static QList<qint64> every10s(qint64 from, qint64 to)
    {
        QList<qint64> offsets;
        for (qint64 t = from; t <= to; t += 10)
            offsets << t;
        return offsets;
    }

    AlertEvaluationSummary evaluate(qint64 nowOffsetS, bool silence = true)
    {
        AlertEvaluationOptions options;
        options.silenceRules = silence;
        options.nowTs = kT0 + nowOffsetS;
        AlertEvaluationSummary summary;
        QString error;
        if (!AlertEvaluator(*m_store).evaluate(QStringLiteral("lab"), options, &summary, &error))
            qWarning("%s", qPrintable(error));
        return summary;
    }

    QList<AlertEvent> silences()
    {
        EventFilter filter;
        filter.kind = AlertEvent::collectorSilentKind();
        QString error;
        QList<AlertEvent> list = EventLog::list(*m_store, filter, &error).value_or(QList<AlertEvent>());
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.tsStart < b.tsStart; });
        return list;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_store = test::openFreshStore(m_dir); }

    void cleanup() { m_store.reset(); }

    void intervalsAndSilences()
    {
        QCOMPARE(*SilenceAlertEvaluator::usualIntervalS({0, 10, 20, 30, 100}), qint64(10));
        QVERIFY(!SilenceAlertEvaluator::usualIntervalS({0, 10}));
        const auto found = SilenceAlertEvaluator::silences({0, 10, 20, 100, 110}, 30, 200);
        QCOMPARE(found.size(), qsizetype(2));
        QCOMPARE(found[0].tsStart, qint64(50));
        QCOMPARE(*found[0].tsEnd, qint64(100));
        QCOMPARE(found[0].silenceS, qint64(80));
        QCOMPARE(found[1].tsStart, qint64(140));
        QVERIFY(!found[1].tsEnd);
        QCOMPARE(found[1].silenceS, qint64(90));
        QVERIFY(SilenceAlertEvaluator::silences({0, 10}, 30, 40).isEmpty()); // 30 s is not more than 30 s
        QVERIFY(SilenceAlertEvaluator::isDownState(QStringLiteral("DOWN*")));
        QVERIFY(SilenceAlertEvaluator::isDownState(QStringLiteral("IDLE+DRAIN")));
        QVERIFY(SilenceAlertEvaluator::isDownState(QStringLiteral("proxmox-host:offline")));
        QVERIFY(!SilenceAlertEvaluator::isDownState(QStringLiteral("MIXED")));
        QVERIFY(!SilenceAlertEvaluator::isDownState(QString()));
    }

    void stoppedSamplerOpensAndClosesAnEpisode()
    {
        if (!m_store)
            return;
        // node1: every 10 s to 100 s, nothing until 300 s, again to 350 s, then nothing; node2 drained
        writeSamples(QStringLiteral("node1"), every10s(0, 100) + every10s(300, 350));
        writeSamples(QStringLiteral("node2"), every10s(0, 50));
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE nodes SET state = 'IDLE+DRAIN' WHERE name = 'node2'")));
        QCOMPARE(evaluate(1000, false).silenceSeries, qint64(0)); // off unless asked
        const AlertEvaluationSummary summary = evaluate(1000);
        QCOMPARE(summary.silenceSeries, qint64(2));
        QCOMPARE(summary.eventsNew, qint64(2));
        QList<AlertEvent> found = silences();
        QCOMPARE(found.size(), qsizetype(2));
        QCOMPARE(found[0].subject, QStringLiteral("node1/sampler"));
        QCOMPARE(found[0].tsStart, kT0 + 130); // 100 s + 3 x 10 s
        QCOMPARE(*found[0].tsEnd, kT0 + 300);
        QCOMPARE(found[0].value, 200.0);
        QCOMPARE(found[0].threshold, 30.0);
        QCOMPARE(found[1].tsStart, kT0 + 380);
        QVERIFY(!found[1].tsEnd);
        QCOMPARE(found[1].value, 650.0);
        // The same horizon: nothing changes; a later one: the open silence grew.
        QCOMPARE(evaluate(1000).eventsUnchanged, qint64(2));
        const AlertEvaluationSummary later = evaluate(2000);
        QCOMPARE(later.eventsNew, qint64(0));
        QCOMPARE(later.eventsUpdated, qint64(1));
        // The sampler is back: the open silence closes at its first new sample.
        writeSamples(QStringLiteral("node1"), every10s(2100, 2200));
        QCOMPARE(evaluate(2210).eventsNew, qint64(0));
        found = silences();
        QCOMPARE(found.size(), qsizetype(2));
        QVERIFY(found[1].tsEnd);
        QCOMPARE(*found[1].tsEnd, kT0 + 2100);
    }
};

QTEST_GUILESS_MAIN(TestSilenceAlertEvaluator)
#include "TestSilenceAlertEvaluator.moc"
