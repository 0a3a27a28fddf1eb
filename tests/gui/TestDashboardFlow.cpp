// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardFlowPanels.h"
#include "DashboardFlowStats.h"
#include "DashboardView.h"
#include "Importer.h"
#include "Store.h"
#include "TestStores.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace es;

namespace {

// The dashboard's group of a job, in SQL: partition, else "qos " || qos, else ''.
const char *const kGroup = "CASE WHEN j.partition IS NOT NULL AND j.partition <> '' THEN j.partition"
                           " WHEN j.qos IS NOT NULL AND j.qos <> '' THEN 'qos ' || j.qos ELSE '' END";

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

/// The Dashboard's scheduler panels (queue wait, throughput, failure share) on real traces: the CTC-SP2 SWF trace
/// of the Parallel Workloads Archive (77,222 jobs, from ../shared/data; its queues are stored as the jobs' QoS) and
/// the Triton sacct sample of tests/data (partitions and node counts). Every figure is checked against the same
/// figure computed directly in SQL (window functions for the median and the nearest-rank p90); the view is checked
/// to show the panels, also without energy, and their empty states.
class TestDashboardFlow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;

    /// Runs `sql` (which ends with the cluster condition's placeholder when `cluster` is set) prepared.
    static bool run(QSqlQuery &query, const QString &sql, const QString &cluster)
    {
        if (!query.prepare(sql))
            return false;
        if (!cluster.isEmpty())
            query.addBindValue(cluster);
        return query.exec();
    }

    void checkAgainstSql(const QString &cluster)
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        JobFilter filter;
        filter.cluster = cluster;
        DashboardFlow flow;
        QVERIFY2(DashboardFlowStats::aggregate(store, filter, &flow, &error), qPrintable(error));
        // The cluster condition comes first: its placeholder is the statement's only one.
        const QString from = QStringLiteral(" FROM jobs j JOIN clusters c ON c.id = j.cluster_id WHERE ") +
                             (cluster.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("c.name = ?"));
        QSqlQuery query(store.database());
        checkQueueWait(query, from, cluster, flow);
        if (QTest::currentTestFailed())
            return;
        checkThroughputAndFailures(query, from, cluster, flow);
        if (QTest::currentTestFailed())
            return;
        qInfo("%s: %lld jobs with a queue wait, %lld days of throughput, %lld failure groups",
              cluster.isEmpty() ? "every cluster" : qPrintable(cluster), flow.queueJobs,
              qint64(flow.throughputPerDay.size()), qint64(flow.failures.size()));
    }

    void checkQueueWait(QSqlQuery &query, const QString &from, const QString &cluster, const DashboardFlow &flow)
    {
        // Groups with the most started jobs.
        QVERIFY2(run(query,
                     QStringLiteral("SELECT %1 AS grp, COUNT(*) AS n").arg(QLatin1String(kGroup)) + from +
                         QStringLiteral(" AND j.submit_ts IS NOT NULL AND j.start_ts IS NOT NULL AND j.start_ts >="
                                        " j.submit_ts GROUP BY grp ORDER BY n DESC, grp LIMIT %1")
                             .arg(DashboardFlow::kQueueGroups),
                     cluster),
                 qPrintable(query.lastError().text()));
        QStringList groups;
        while (query.next())
            groups << query.value(0).toString();
        QCOMPARE(flow.queueGroups, groups);

        // Median (mean of the middle two) and nearest-rank p90 per group and UTC day of start.
        QVERIFY2(run(query,
                     QStringLiteral("WITH w AS (SELECT grp, day, wait, ROW_NUMBER() OVER (PARTITION BY grp, day"
                                    " ORDER BY wait) AS rn, COUNT(*) OVER (PARTITION BY grp, day) AS n FROM"
                                    " (SELECT %1 AS grp, j.start_ts - j.start_ts %% 86400 AS day,"
                                    " j.start_ts - j.submit_ts AS wait")
                             .arg(QLatin1String(kGroup))
                             .replace(QStringLiteral("%%"), QStringLiteral("%")) +
                         from +
                         QStringLiteral(" AND j.submit_ts IS NOT NULL AND j.start_ts IS NOT NULL AND j.start_ts >="
                                        " j.submit_ts))"
                                        " SELECT grp, day, MAX(n), AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2)"
                                        " THEN wait END), MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN wait END)"
                                        " FROM w GROUP BY grp, day ORDER BY grp, day"),
                     cluster),
                 qPrintable(query.lastError().text()));
        QHash<QString, QList<DashboardFlow::QueueWaitDay>> expected;
        while (query.next()) {
            if (groups.contains(query.value(0).toString()))
                expected[query.value(0).toString()].append({query.value(0).toString(), query.value(1).toLongLong(),
                                                            query.value(2).toLongLong(), query.value(3).toDouble(),
                                                            query.value(4).toDouble()});
        }
        qsizetype index = 0;
        for (const QString &group : groups) {
            for (const DashboardFlow::QueueWaitDay &day : expected.value(group)) {
                QVERIFY(index < flow.queueWait.size());
                const DashboardFlow::QueueWaitDay &got = flow.queueWait[index++];
                QCOMPARE(got.group, group);
                QCOMPARE(got.dayTs, day.dayTs);
                QCOMPARE(got.jobs, day.jobs);
                QCOMPARE(got.medianS, day.medianS);
                QCOMPARE(got.p90S, day.p90S);
            }
        }
        QCOMPARE(index, flow.queueWait.size());
    }

    void checkThroughputAndFailures(QSqlQuery &query, const QString &from, const QString &cluster,
                                    const DashboardFlow &flow)
    {
        // Jobs and node-hours per UTC day of end.
        QVERIFY2(run(query,
                     QStringLiteral("SELECT j.end_ts - j.end_ts % 86400 AS day, COUNT(*), SUM(CASE WHEN"
                                    " j.node_count IS NOT NULL AND j.start_ts IS NOT NULL AND j.end_ts >="
                                    " j.start_ts THEN j.node_count * (j.end_ts - j.start_ts) ELSE 0 END)"
                                    " / 3600.0") +
                         from + QStringLiteral(" AND j.end_ts IS NOT NULL GROUP BY day ORDER BY day"),
                     cluster),
                 qPrintable(query.lastError().text()));
        qsizetype index = 0;
        while (query.next()) {
            QVERIFY(index < flow.throughputPerDay.size());
            const DashboardFlow::ThroughputDay &got = flow.throughputPerDay[index++];
            QCOMPARE(got.dayTs, query.value(0).toLongLong());
            QCOMPARE(got.jobs, query.value(1).toLongLong());
            QVERIFY2(near(got.nodeHours, query.value(2).toDouble()), qPrintable(QString::number(got.dayTs)));
        }
        QCOMPARE(index, flow.throughputPerDay.size());

        // Failed share per group of the ended jobs with a state.
        QVERIFY2(run(query,
                     QStringLiteral("SELECT %1 AS grp, COUNT(*) AS n, SUM(CASE WHEN j.state IN ('FAILED',"
                                    " 'NODE_FAIL', 'OUT_OF_MEMORY', 'TIMEOUT') THEN 1 ELSE 0 END)")
                             .arg(QLatin1String(kGroup)) +
                         from +
                         QStringLiteral(" AND j.end_ts IS NOT NULL AND j.state IS NOT NULL AND j.state <> ''"
                                        " AND j.state NOT LIKE 'RUNNING%' AND j.state NOT LIKE 'PENDING%'"
                                        " GROUP BY grp ORDER BY n DESC, grp"),
                     cluster),
                 qPrintable(query.lastError().text()));
        index = 0;
        while (query.next() && index < DashboardFlow::kFailureGroups) {
            QVERIFY(index < flow.failures.size());
            const DashboardFlow::FailureGroup &got = flow.failures[index++];
            QCOMPARE(got.group, query.value(0).toString());
            QCOMPARE(got.ended, query.value(1).toLongLong());
            QCOMPARE(got.failed, query.value(2).toLongLong());
        }
        QCOMPARE(index, flow.failures.size() - (flow.failuresHaveOther ? 1 : 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString trace = QStringLiteral(ES_SHARED_DATA_DIR "/swf/CTC-SP2-1996-3.1-cln.swf.gz");
        if (!QFile::exists(trace))
            QFAIL(qPrintable(QStringLiteral("%1 is missing (the public data beside the checkout)").arg(trace)));
        m_store = m_dir.filePath(QStringLiteral("flow.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        Importer importer(store);
        ImportReport report;
        ImportOptions swf;
        swf.clusterName = QStringLiteral("ctc");
        QVERIFY2(importer.importFile(Importer::Format::Swf, trace, swf, &report, &error), qPrintable(error));
        ImportOptions sacct;
        sacct.clusterName = QStringLiteral("triton");
        QVERIFY2(importer.importFile(Importer::Format::Sacct,
                                     test::dataFile(QStringLiteral("sacct/slurm2sql-test-data1.txt")), sacct, &report,
                                     &error),
                 qPrintable(error));
    }

    void figuresMatchSql()
    {
        for (const QString &cluster : {QString(), QStringLiteral("ctc"), QStringLiteral("triton")}) {
            checkAgainstSql(cluster);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void medianAndP90()
    {
        QList<double> values{5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        QCOMPARE(DashboardFlowStats::medianAndP90(&values), std::make_pair(5.5, 9.0));
        QList<double> odd{3, 1, 2};
        QCOMPARE(DashboardFlowStats::medianAndP90(&odd), std::make_pair(2.0, 3.0));
        QList<double> none;
        QCOMPARE(DashboardFlowStats::medianAndP90(&none), std::make_pair(0.0, 0.0));
        QCOMPARE(DashboardFlowStats::groupName(QStringLiteral("batch"), QStringLiteral("1")), QStringLiteral("batch"));
        QCOMPARE(DashboardFlowStats::groupName(QString(), QStringLiteral("1")), QStringLiteral("qos 1"));
        QCOMPARE(DashboardFlowStats::groupName(QString(), QString()), QString());
    }

    void viewShowsThePanelsWithoutEnergy()
    {
        DashboardView view;
        view.setLocation(m_store);
        JobFilter filter;
        filter.cluster = QStringLiteral("ctc");
        view.setFilter(filter);
        view.resize(1400, 900);
        view.show();
        QTRY_VERIFY(view.data() != nullptr);
        // The trace has no energy: the energy charts give way to their message, the scheduler panels stay.
        QVERIFY(view.isShowingEmptyState());
        DashboardFlowPanels *panels = view.flowPanels();
        QVERIFY(panels->isVisible());
        for (int p = 0; p < DashboardFlowPanels::PanelCount; ++p)
            QVERIFY2(!panels->isShowingEmpty(DashboardFlowPanels::Panel(p)), qPrintable(QString::number(p)));
        const DashboardFlow &flow = view.data()->flow;
        QChart *queue = panels->chartView(DashboardFlowPanels::QueueWait)->chart();
        QCOMPARE(queue->series().size(), 2 * flow.queueGroups.size()); // a median and a p90 line per group
        qsizetype points = 0;
        for (QAbstractSeries *series : queue->series())
            points += qsizetype(static_cast<QLineSeries *>(series)->count());
        QCOMPARE(points, 2 * flow.queueWait.size());
        QChart *throughput = panels->chartView(DashboardFlowPanels::Throughput)->chart();
        QCOMPARE(throughput->series().size(), 1); // no node counts in an SWF trace: jobs only
        QCOMPARE(qsizetype(static_cast<QLineSeries *>(throughput->series().constFirst())->count()),
                 flow.throughputPerDay.size());
        QChart *failures = panels->chartView(DashboardFlowPanels::Failures)->chart();
        const auto *bars = static_cast<QAbstractBarSeries *>(failures->series().constFirst());
        QCOMPARE(qsizetype(bars->barSets().constFirst()->count()), flow.failures.size());
        // the largest group is the top bar, the last value of the set
        const DashboardFlow::FailureGroup &largest = flow.failures.constFirst();
        QVERIFY(near(bars->barSets().constFirst()->at(int(flow.failures.size() - 1)),
                     100.0 * double(largest.failed) / double(largest.ended)));
        QVERIFY(!view.grab().isNull());
    }

    void emptyPanels()
    {
        // NASA iPSC (tests/data): no wait times (-1), so no start: queue wait is empty, the rest is not.
        const QString path = m_dir.filePath(QStringLiteral("nasa.sqlite"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            ImportReport report;
            QVERIFY2(Importer(store).importFile(Importer::Format::Swf,
                                                test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")),
                                                ImportOptions{}, &report, &error),
                     qPrintable(error));
        }
        DashboardView view;
        view.setLocation(path);
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY(view.data() != nullptr);
        DashboardFlowPanels *panels = view.flowPanels();
        QVERIFY(panels->isShowingEmpty(DashboardFlowPanels::QueueWait));
        QVERIFY(panels->emptyText(DashboardFlowPanels::QueueWait).contains(QStringLiteral("submit and a start")));
        // No jobs at all: the whole row is hidden behind the dashboard's own message.
        JobFilter none;
        none.cluster = QStringLiteral("no-such-cluster");
        view.setFilter(none);
        QTRY_VERIFY(view.data() != nullptr && view.data()->jobs == 0);
        QVERIFY(!panels->isVisible());
    }
};

QTEST_MAIN(TestDashboardFlow)
#include "TestDashboardFlow.moc"
