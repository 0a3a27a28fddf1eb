// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobMetricsDeriver.h"
#include "JobWriter.h"
#include "NodeSampleWriter.h"
#include "ProxmoxHostMap.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace es;

namespace {

constexpr qint64 T0 = 1785168000;

} // namespace

/// JobMetricsDeriver on Proxmox VMs: a VM node without sensors borrows its host's (node_host_map), on both engines.
///
/// Host pve1 (8 CPUs) has an on-host sampler every 60 s over [T0, T0+600]: 200 W, 55 C, 50 % busy (4 CPUs).
/// VM c1 (2 CPUs) runs on it; its own samples (source "proxmox", from the VM's rrddata) say 100 % busy: 2 CPUs,
/// so c1's share of the host's busy CPUs is 2 / 4 = 0.5 and it is lent 100 W. Job J runs alone on c1 over
/// [T0, T0+600]: 100 W x 600 s = 60 kJ, "counter", temperature 55 C, utilisation the VM's own 100 %.
/// VM c2 has no map row: its job K gets a model estimate and no temperature, as before.
class TestProxmoxAttribution : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void write(bool vmHasOwnTemperature)
    {
        QString error;
        NodeSampleWriter samples(*m_store, QStringLiteral("lab"));
        QVERIFY2(samples.begin(&error), qPrintable(error));
        for (qint64 t = 0; t <= 600; t += 60) {
            NodeSample host;
            host.node = QStringLiteral("pve1");
            host.ts = T0 + t;
            host.source = QStringLiteral("sampler");
            host.powerW = 200;
            host.tempC = 55;
            host.cpuUtilPct = 50;
            QVERIFY2(samples.add(host, &error), qPrintable(error));
            for (const char *vm : {"c1", "c2"}) {
                NodeSample own;
                own.node = QString::fromLatin1(vm);
                own.ts = T0 + t;
                own.source = QStringLiteral("proxmox");
                own.cpuUtilPct = 100;
                QVERIFY2(samples.add(own, &error), qPrintable(error));
                if (vmHasOwnTemperature) {
                    NodeSample inside = own;
                    inside.source = QStringLiteral("sampler");
                    inside.cpuUtilPct.reset();
                    inside.tempC = 40;
                    QVERIFY2(samples.add(inside, &error), qPrintable(error));
                }
            }
        }
        QVERIFY2(samples.commit(&error), qPrintable(error));
        bool changed = false;
        const qint64 cluster = *m_store->clusterId(QStringLiteral("lab"));
        QVERIFY2(ProxmoxHostMap::upsert(*m_store, cluster,
                                        {QStringLiteral("c1"), QStringLiteral("c1"), QStringLiteral("pve1"), 101, 2, 8,
                                         QStringLiteral("name")},
                                        T0, &changed, &error),
                 qPrintable(error));
        QVERIFY(changed);

        JobWriter jobs(*m_store, QStringLiteral("lab"));
        QVERIFY2(jobs.begin(&error), qPrintable(error));
        for (const char *id : {"J", "K"}) {
            Job job;
            job.jobId = QString::fromLatin1(id);
            job.nodeList = id[0] == 'J' ? QStringLiteral("c1") : QStringLiteral("c2");
            job.startTs = T0;
            job.endTs = T0 + 600;
            job.allocCpus = 2;
            job.state = QStringLiteral("COMPLETED");
            QVERIFY2(jobs.addJob(job, &error), qPrintable(error));
        }
        QVERIFY2(jobs.commit(&error), qPrintable(error));
    }

    QSqlQuery metrics(const char *jobId)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT m.energy_j, m.energy_source, m.node_temp_avg_c, m.node_temp_peak_c, "
                                 "m.cpu_util_pct, m.power_avg_w FROM job_metrics m JOIN jobs j ON j.id = m.job_pk "
                                 "WHERE j.job_id = ?"));
        q.addBindValue(QString::fromLatin1(jobId));
        if (!q.exec() || !q.next())
            qWarning("no metrics for %s", jobId);
        return q;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void init() { m_store = test::openFreshStore(m_dir); }

    void hostPowerAndTemperatureGoToTheVmsJob()
    {
        write(false);
        QString error;
        JobMetricsDeriveSummary summary;
        QVERIFY2(JobMetricsDeriver(*m_store).derive(QStringLiteral("lab"), {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.jobs, qint64(2));
        QCOMPARE(summary.hostAttributed, qint64(1));
        QCOMPARE(summary.counter, qint64(1));
        QCOMPARE(summary.model, qint64(1));
        QSqlQuery j = metrics("J");
        QVERIFY(qFuzzyCompare(j.value(0).toDouble(), 60000.0)); // 200 W x 0.5 x 600 s
        QCOMPARE(j.value(1).toString(), QStringLiteral("counter"));
        QVERIFY(qFuzzyCompare(j.value(2).toDouble(), 55.0));
        QVERIFY(qFuzzyCompare(j.value(3).toDouble(), 55.0));
        QVERIFY(qFuzzyCompare(j.value(4).toDouble(), 100.0)); // the VM's own utilisation, not the host's 50 %
        QVERIFY(qFuzzyCompare(j.value(5).toDouble(), 100.0));
        QSqlQuery k = metrics("K");
        QCOMPARE(k.value(1).toString(), QStringLiteral("model"));
        QVERIFY(k.value(2).isNull());
        // Idempotent: deriving again changes nothing.
        QVERIFY2(JobMetricsDeriver(*m_store).derive(QStringLiteral("lab"), {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.metricsWritten, qint64(0));
    }

    // A VM that measures its own temperature keeps it; power, which it cannot see, still comes from the host.
    void ownTemperatureIsKept()
    {
        write(true);
        QString error;
        JobMetricsDeriveSummary summary;
        QVERIFY2(JobMetricsDeriver(*m_store).derive(QStringLiteral("lab"), {}, &summary, &error), qPrintable(error));
        QSqlQuery j = metrics("J");
        QVERIFY(qFuzzyCompare(j.value(0).toDouble(), 60000.0));
        QCOMPARE(j.value(1).toString(), QStringLiteral("counter"));
        QVERIFY(qFuzzyCompare(j.value(2).toDouble(), 40.0));
        QVERIFY(qFuzzyCompare(j.value(3).toDouble(), 40.0));
    }
};

QTEST_GUILESS_MAIN(TestProxmoxAttribution)
#include "TestProxmoxAttribution.moc"
