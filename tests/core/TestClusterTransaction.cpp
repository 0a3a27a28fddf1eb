// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterTransaction.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace es;

/// One write into a cluster's data, on both engines (global data rows "sqlite" and "postgres"): a new cluster
/// exists only once the write is committed, and what was not committed is rolled back.
class TestClusterTransaction : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    qint64 count(const QString &table)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
            qFatal("count %s", qPrintable(table));
        return q.value(0).toLongLong();
    }

    bool insertNode(qint64 clusterId, const QString &name)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("INSERT INTO nodes (cluster_id, name) VALUES (?, ?)"));
        q.addBindValue(clusterId);
        q.addBindValue(name);
        return q.exec();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir); }
    void cleanup() { m_store.reset(); }

    void aCommittedWriteKeepsItsNewCluster()
    {
        QString error;
        {
            ClusterTransaction write(*m_store);
            QVERIFY2(write.begin(QStringLiteral("lab"), &error), qPrintable(error));
            QVERIFY(write.isActive());
            QVERIFY(write.clusterId() > 0);
            QVERIFY(insertNode(write.clusterId(), QStringLiteral("n1")));
            QVERIFY2(write.commit(&error), qPrintable(error));
            QVERIFY(!write.isActive());
        }
        QCOMPARE(count(QStringLiteral("clusters")), qint64(1));
        QCOMPARE(count(QStringLiteral("nodes")), qint64(1));
        const auto id = m_store->clusterId(QStringLiteral("lab"));
        QVERIFY(id);

        // A second write into the same cluster finds it (no second row).
        ClusterTransaction again(*m_store);
        QVERIFY2(again.begin(QStringLiteral("lab"), &error), qPrintable(error));
        QCOMPARE(again.clusterId(), *id);
        QVERIFY(again.commit(&error));
        QCOMPARE(count(QStringLiteral("clusters")), qint64(1));
    }

    void whatIsNotCommittedLeavesNothing()
    {
        QString error;
        {
            ClusterTransaction write(*m_store);
            QVERIFY2(write.begin(QStringLiteral("gone"), &error), qPrintable(error));
            QVERIFY(insertNode(write.clusterId(), QStringLiteral("n1")));
        }                                                       // destroyed without commit: a failed import
        QCOMPARE(count(QStringLiteral("clusters")), qint64(0)); // no empty cluster left behind
        QCOMPARE(count(QStringLiteral("nodes")), qint64(0));

        ClusterTransaction explicitRollback(*m_store);
        QVERIFY(explicitRollback.begin(QStringLiteral("gone"), &error));
        explicitRollback.rollback();
        QVERIFY(!explicitRollback.isActive());
        QCOMPARE(count(QStringLiteral("clusters")), qint64(0));
        QVERIFY(!explicitRollback.commit(&error)); // nothing in progress
        QVERIFY2(error.contains(QStringLiteral("no write in progress")), qPrintable(error));
    }

    void beginTwiceRollsBackTheFirst()
    {
        QString error;
        ClusterTransaction write(*m_store);
        QVERIFY(write.begin(QStringLiteral("first"), &error));
        QVERIFY(write.begin(QStringLiteral("second"), &error));
        QVERIFY(write.commit(&error));
        QVERIFY(!m_store->clusterId(QStringLiteral("first")));
        QVERIFY(m_store->clusterId(QStringLiteral("second")));
    }
};

QTEST_GUILESS_MAIN(TestClusterTransaction)
#include "TestClusterTransaction.moc"
