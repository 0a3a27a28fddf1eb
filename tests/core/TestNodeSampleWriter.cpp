// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeSampleWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// Node samples on both engines (global data rows "sqlite" and "postgres").
class TestNodeSampleWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    qint64 count(const QString &sql)
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    static QList<NodeSample> samples()
    {
        NodeSample a;
        a.node = QStringLiteral("n1");
        a.ts = 1700000060;
        a.source = QStringLiteral("sampler");
        a.cpuUtilPct = 75.5;
        a.load1 = 3.25;
        a.memUsedMb = 2048;
        a.tempC = 55;
        a.freqMhz = 2400;
        a.powerW = 200;
        a.energyJ = 12000;
        NodeSample b = a;
        b.ts += 60;
        b.powerW.reset();
        b.energyJ.reset();
        NodeSample c = a;
        c.node = QStringLiteral("n2");
        NodeSample d = a; // same node and time, another source: its own row
        d.source = QStringLiteral("slurm");
        d.cpuUtilPct.reset();
        return {a, b, c, d};
    }

    NodeSampleWriteSummary write(const QList<NodeSample> &list, const QString &cluster = QStringLiteral("lab"))
    {
        NodeSampleWriter writer(*m_store, cluster);
        QString error;
        if (!writer.begin(&error))
            qFatal("begin: %s", qPrintable(error));
        for (const NodeSample &s : list) {
            if (!writer.add(s, &error))
                qFatal("add: %s", qPrintable(error));
        }
        if (!writer.commit(&error))
            qFatal("commit: %s", qPrintable(error));
        return writer.summary();
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir); }
    void cleanup() { m_store.reset(); }

    void writesOnceAndCreatesNodesOnce()
    {
        NodeSampleWriteSummary summary = write(samples());
        QCOMPARE(summary.samplesSeen, qint64(4));
        QCOMPARE(summary.samplesWritten, qint64(4));
        QCOMPARE(summary.nodesCreated, qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nodes")), qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(4));

        summary = write(samples());
        QCOMPARE(summary.samplesSeen, qint64(4));
        QCOMPARE(summary.samplesWritten, qint64(0));
        QCOMPARE(summary.nodesCreated, qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nodes")), qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(4));

        QSqlQuery row(m_store->database());
        QVERIFY(row.exec(QStringLiteral(
                    "SELECT s.cpu_util_pct, s.load1, s.mem_used_mb, s.temp_c, s.freq_mhz, s.power_w, s.energy_j "
                    "FROM node_samples s JOIN nodes n ON n.id = s.node_id WHERE n.name = 'n1' AND s.ts = 1700000060 "
                    "AND s.source = 'sampler'")) &&
                row.next());
        QCOMPARE(row.value(0).toDouble(), 75.5);
        QCOMPARE(row.value(1).toDouble(), 3.25);
        QCOMPARE(row.value(2).toDouble(), 2048.0);
        QCOMPARE(row.value(3).toDouble(), 55.0);
        QCOMPARE(row.value(4).toDouble(), 2400.0);
        QCOMPARE(row.value(5).toDouble(), 200.0);
        QCOMPARE(row.value(6).toDouble(), 12000.0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE power_w IS NULL")), qint64(1));
    }

    void changedValuesReplaceTheSample()
    {
        write(samples());
        QList<NodeSample> changed = samples();
        changed[0].tempC = 56;      // a value changed
        changed[1].powerW = 150;    // NULL -> value
        changed[2].freqMhz.reset(); // value -> NULL
        const NodeSampleWriteSummary summary = write(changed);
        QCOMPARE(summary.samplesWritten, qint64(3));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(4));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE temp_c = 56")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE power_w = 150")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE freq_mhz IS NULL")), qint64(1));
    }

    void sameNodeNameInAnotherClusterIsAnotherNode()
    {
        write(samples());
        const NodeSampleWriteSummary summary = write(samples(), QStringLiteral("other"));
        QCOMPARE(summary.nodesCreated, qint64(2));
        QCOMPARE(summary.samplesWritten, qint64(4));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nodes")), qint64(4));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(8));
    }

    void duplicateInOneWriteKeepsTheLast()
    {
        QList<NodeSample> list = samples();
        NodeSample again = list[0];
        again.tempC = 70;
        list << again;
        write(list);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(4));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE temp_c = 70")), qint64(1));
    }

    void rollbackLeavesNothing()
    {
        {
            NodeSampleWriter writer(*m_store, QStringLiteral("lab"));
            QString error;
            QVERIFY2(writer.begin(&error), qPrintable(error));
            for (const NodeSample &s : samples())
                QVERIFY2(writer.add(s, &error), qPrintable(error));
            NodeSample bad;
            bad.source = QStringLiteral("sampler");
            QVERIFY(!writer.add(bad, &error));
            QVERIFY(!error.isEmpty());
        } // destroyed without commit
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nodes")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clusters")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestNodeSampleWriter)
#include "TestNodeSampleWriter.moc"
