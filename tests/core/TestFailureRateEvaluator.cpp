// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "EventLog.h"
#include "FailureRateEvaluator.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace es;

/// The job failure rules: sliding-window counts, episodes with hysteresis, failure_rate per partition / user / node
/// and bad_node against the rest of the partition, written once (idempotent, a later window follows an open
/// episode), on SQLite and on the lab's PostgreSQL. Every job here is SYNTHETIC.
class TestFailureRateEvaluator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr qint64 kT0 = 1700000000;

    void insertJob(const QString &jobId, const QString &state, const QString &nodeList, qint64 endTs,
                   const QString &user = QStringLiteral("alice"), const QString &partition = QStringLiteral("batch"))
    {
        QString error;
        const auto clusterId = m_store->ensureCluster(QStringLiteral("lab"), &error);
        QVERIFY2(clusterId, qPrintable(error));
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, user_name, partition, state, node_list,"
                                     " start_ts, end_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(*clusterId);
        query.addBindValue(jobId);
        query.addBindValue(user);
        query.addBindValue(partition);
        query.addBindValue(state);
        query.addBindValue(nodeList);
        query.addBindValue(endTs - 60);
        query.addBindValue(endTs);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    AlertEvaluationOptions options() const
    {
        AlertEvaluationOptions o;
        o.failureWindowS = 3600;
        o.failureMinJobs = 4;
        o.nowTs = kT0 + 1800; // every job below ended less than a window before: nothing has aged out
        return o;
    }

    AlertEvaluationSummary evaluate(const AlertEvaluationOptions &o)
    {
        AlertEvaluationSummary summary;
        QString error;
        if (!AlertEvaluator(*m_store).evaluate(QStringLiteral("lab"), o, &summary, &error))
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

    /// SYNTHETIC: node[1-4] in batch; node2 fails 5 of its 6 jobs, the others succeed (one cancelled, no failure).
    void fillBadNode()
    {
        for (int i = 0; i < 6; ++i) {
            insertJob(QStringLiteral("n2-%1").arg(i), i == 5 ? QStringLiteral("COMPLETED") : QStringLiteral("FAILED"),
                      QStringLiteral("node2"), kT0 + i * 10, QStringLiteral("bob"));
            insertJob(QStringLiteral("ok-%1").arg(i),
                      i == 3 ? QStringLiteral("CANCELLED by 0") : QStringLiteral("COMPLETED"),
                      QStringLiteral("node[3-4]"), kT0 + i * 10 + 5);
        }
        insertJob(QStringLiteral("n1"), QStringLiteral("OUT_OF_MEMORY"), QStringLiteral("node1"), kT0 + 100);
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_store = test::openFreshStore(m_dir); }

    void cleanup() { m_store.reset(); }

    void failedStates()
    {
        for (const char *state : {"FAILED", "NODE_FAIL", "OUT_OF_MEMORY", "TIMEOUT", "failed"})
            QVERIFY2(FailureRateEvaluator::isFailedState(QString::fromLatin1(state)), state);
        for (const char *state : {"COMPLETED", "CANCELLED by 0", "CANCELLED", "PREEMPTED", ""})
            QVERIFY2(!FailureRateEvaluator::isFailedState(QString::fromLatin1(state)), state);
    }

    void windowsCountEntriesAndExits()
    {
        const QList<JobOutcome> jobs{{100, true}, {110, false}, {110, true}, {200, false}};
        const auto w = FailureRateEvaluator::windows(jobs, 50, 0, 1000);
        // times: 100, 110, 150 (100 leaves), 160 (both 110 leave), 200, 250 (200 leaves), the horizon
        QCOMPARE(w.size(), qsizetype(7));
        QCOMPARE(w[0].ts, qint64(100));
        QCOMPARE(w[0].jobs, qint64(1));
        QCOMPARE(w[1].ts, qint64(110));
        QCOMPARE(w[1].jobs, qint64(3));
        QCOMPARE(w[1].failed, qint64(2));
        QCOMPARE(w[2].ts, qint64(150));
        QCOMPARE(w[2].jobs, qint64(2));
        QCOMPARE(w[2].failed, qint64(1));
        QCOMPARE(w[3].ts, qint64(160));
        QCOMPARE(w[3].jobs, qint64(0));
        QCOMPARE(w[5].ts, qint64(250));
        QCOMPARE(w[5].jobs, qint64(0));
        QCOMPARE(w[6].ts, qint64(1000));
        QCOMPARE(w[6].jobs, qint64(0));
        // the horizon cuts the exits off
        QCOMPARE(FailureRateEvaluator::windows(jobs, 50, 0, 200).size(), qsizetype(5));
    }

    void episodesFollowHysteresisAndEvidence()
    {
        QList<FailureLevel> levels;
        const QList<std::optional<double>> values{0.2, 0.5, 0.7, 0.45, 0.39, 0.6, std::nullopt, 0.9};
        for (qsizetype i = 0; i < values.size(); ++i)
            levels.append({kT0 + i, values[i], {}, {}});
        const auto found = FailureRateEvaluator::episodes(levels, 0.5, 0.1);
        QCOMPARE(found.size(), qsizetype(3));
        QCOMPARE(found[0].tsStart, kT0 + 1);
        QCOMPARE(*found[0].tsEnd, kT0 + 4); // 0.45 stays within the hysteresis, 0.39 closes
        QCOMPARE(*found[0].peak.level, 0.7);
        QCOMPARE(found[1].tsStart, kT0 + 5);
        QCOMPARE(*found[1].tsEnd, kT0 + 6); // too few jobs to say: closed
        QCOMPARE(found[2].tsStart, kT0 + 7);
        QVERIFY(!found[2].tsEnd);
    }

    void badNodeAndFailureRates()
    {
        if (!m_store)
            return;
        fillBadNode();
        const AlertEvaluationSummary summary = evaluate(options());
        QCOMPARE(summary.failureJobsRead, qint64(13));
        const QList<AlertEvent> bad = events(AlertEvent::badNodeKind());
        QCOMPARE(bad.size(), qsizetype(1));
        QCOMPARE(bad[0].subject, QStringLiteral("node2@batch"));
        QVERIFY(!bad[0].tsEnd);
        // opened at node2's first job end after the partition's other nodes had 4 jobs too (node2: 5 of 5 failed,
        // the rest 0 of 4), the peak
        QCOMPARE(bad[0].tsStart, kT0 + 40);
        QCOMPARE(bad[0].value, 1.0);
        QCOMPARE(bad[0].threshold, 0.3);
        QVERIFY2(
            bad[0].message.contains(QStringLiteral("5 of 5 jobs in partition batch failed (100%), against 0 of 4")),
            qPrintable(bad[0].message));
        QStringList subjects;
        for (const AlertEvent &e : events(AlertEvent::failureRateKind()))
            subjects << e.subject;
        subjects.sort();
        // bob's jobs all ran on node2; the partition reaches 2 of 4 at 15 s; alice: 1 of 7
        QCOMPARE(subjects, QStringList({QStringLiteral("node:node2"), QStringLiteral("partition:batch"),
                                        QStringLiteral("user:bob")}));
        // the node rules use the node table's nodes when there are any; here none: only the subject names it
        QVERIFY(bad[0].node.isEmpty());

        const AlertEvaluationSummary again = evaluate(options());
        QCOMPARE(again.eventsNew, qint64(0));
        QCOMPARE(again.eventsUpdated, qint64(0));
    }

    void laterWindowFollowsTheOpenEpisodeAndAgingClosesIt()
    {
        if (!m_store)
            return;
        fillBadNode();
        evaluate(options());
        const qint64 before = events(AlertEvent::badNodeKind()).size();
        AlertEvaluationOptions later = options();
        later.sinceTs = kT0 + 55; // inside the episode: followed from its start, not found anew
        const AlertEvaluationSummary summary = evaluate(later);
        QCOMPARE(summary.eventsNew, qint64(0));
        QCOMPARE(events(AlertEvent::badNodeKind()).size(), before);
        // An hour later every job has left the window: the episodes close where the window ran short of jobs.
        AlertEvaluationOptions aged = options();
        aged.nowTs = kT0 + 2 * 3600;
        const AlertEvaluationSummary closed = evaluate(aged);
        QCOMPARE(closed.eventsNew, qint64(0));
        QVERIFY(closed.eventsUpdated >= 1);
        const QList<AlertEvent> bad = events(AlertEvent::badNodeKind());
        QCOMPARE(bad.size(), qsizetype(1));
        QVERIFY(bad[0].tsEnd);
        QVERIFY(*bad[0].tsEnd > kT0 + 3600 && *bad[0].tsEnd <= kT0 + 3600 + 60);
        // and a shorter window later does not reopen it
        evaluate(later);
        QVERIFY(events(AlertEvent::badNodeKind())[0].tsEnd);
    }

    void switchedOffAndTooFewJobs()
    {
        if (!m_store)
            return;
        fillBadNode();
        AlertEvaluationOptions off = options();
        off.failureRules = false;
        QCOMPARE(evaluate(off).failureJobsRead, qint64(0));
        AlertEvaluationOptions strict = options();
        strict.failureMinJobs = 14; // more than the 13 jobs there are
        evaluate(strict);
        QVERIFY(events(AlertEvent::badNodeKind()).isEmpty());
        QVERIFY(events(AlertEvent::failureRateKind()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFailureRateEvaluator)
#include "TestFailureRateEvaluator.moc"
