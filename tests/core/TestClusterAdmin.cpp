// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterAdmin.h"
#include "JobWriter.h"
#include "NodeSampleWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// Deleting and renaming clusters on both engines: a delete removes exactly what the cluster held and nothing of
/// another cluster; a rename keeps every row and follows into the advice ledger. SYNTHETIC jobs and samples.
class TestClusterAdmin : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void fill(const QString &cluster, int jobs, int samples)
    {
        QString error;
        JobWriter writer(*m_store, cluster);
        QVERIFY2(writer.begin(&error), qPrintable(error));
        for (int i = 0; i < jobs; ++i) {
            Job job;
            job.jobId = QString::number(100 + i);
            job.energyJ = 1000.0 * i;
            QVERIFY2(writer.addJob(job, &error), qPrintable(error));
            JobStep step;
            step.jobId = job.jobId;
            step.stepId = QStringLiteral("0");
            QVERIFY2(writer.addStep(step, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
        NodeSampleWriter samplesWriter(*m_store, cluster);
        QVERIFY2(samplesWriter.begin(&error), qPrintable(error));
        for (int i = 0; i < samples; ++i) {
            NodeSample sample;
            sample.node = QStringLiteral("n%1").arg(i % 2);
            sample.ts = 1700000000 + i;
            sample.source = QStringLiteral("sampler");
            sample.tempC = 40.0 + i;
            QVERIFY2(samplesWriter.add(sample, &error), qPrintable(error));
        }
        QVERIFY2(samplesWriter.commit(&error), qPrintable(error));
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("INSERT INTO advice (created_ts, cluster, job_name, objective, nodes, cpus, energy_j,"
                                 " energy_lower_j, energy_upper_j, time_s, time_upper_s, default_energy_j,"
                                 " default_time_s, status) VALUES (1, ?, 'x', 'energy', 1, 1, 1, 1, 1, 1, 1, 1, 1,"
                                 " 'advised')"));
        q.addBindValue(cluster);
        QVERIFY(q.exec());
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            qFatal("count failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir); }
    void cleanup() { m_store.reset(); }

    void deleteRemovesOnlyThatCluster()
    {
        fill(QStringLiteral("a"), 30, 20);
        fill(QStringLiteral("b"), 7, 6);
        ClusterAdmin admin(*m_store);
        QString error;
        const auto before = admin.contents(QStringLiteral("a"), &error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->jobs, qint64(30));
        QCOMPARE(before->nodes, qint64(2));
        QCOMPARE(before->nodeSamples, qint64(20));
        QCOMPARE(before->advice, qint64(1));
        ClusterContents removed;
        QVERIFY2(admin.remove(QStringLiteral("a"), &removed, &error), qPrintable(error));
        QCOMPARE(removed.jobs, qint64(30));
        QCOMPARE(*admin.clusters(&error), QStringList{QStringLiteral("b")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(7));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_steps")), qint64(7));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nodes")), qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(6));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM advice")), qint64(1));
        QVERIFY(!admin.remove(QStringLiteral("a"), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("no cluster named")), qPrintable(error));
    }

    void renameKeepsEverything()
    {
        fill(QStringLiteral("a"), 5, 4);
        fill(QStringLiteral("b"), 3, 2);
        ClusterAdmin admin(*m_store);
        QString error;
        QVERIFY(!admin.rename(QStringLiteral("a"), QStringLiteral("b"), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        QVERIFY(!admin.rename(QStringLiteral("a"), QStringLiteral("  "), nullptr, &error));
        QStringList profiles;
        QVERIFY2(admin.rename(QStringLiteral("a"), QStringLiteral("c6"), &profiles, &error), qPrintable(error));
        QVERIFY(profiles.isEmpty());
        QCOMPARE(*admin.clusters(&error), (QStringList{QStringLiteral("b"), QStringLiteral("c6")}));
        const auto c6 = admin.contents(QStringLiteral("c6"), &error);
        QVERIFY2(c6, qPrintable(error));
        QCOMPARE(c6->jobs, qint64(5));
        QCOMPARE(c6->nodeSamples, qint64(4));
        QCOMPARE(c6->advice, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestClusterAdmin)
#include "TestClusterAdmin.moc"
