// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "JobWriter.h"
#include "SamplerCollector.h"
#include "SamplerRecordMerger.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// Sampler output into the store (SamplerCollector::importText and `sample import`) on both engines: samples land
/// under the given node, the overlapping job gets its metrics, a second import changes nothing, garbage is refused
/// line by line without losing the good lines.
class TestSamplerImport : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 T0 = 1700000000;
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Store> m_store;

    qint64 count(const QString &sql)
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    /// 61 one-second samples of a node drawing 100 W idle, 200 W from T0+10 to T0+50, from the cray meter.
    static QByteArray samplerText()
    {
        QByteArray text = "#es-sampler v1 host=whatever interval=1 start=" + QByteArray::number(T0 - 1) +
                          " ncpu=4\n"
                          "# missing rapl: no /sys/class/powercap/intel-rapl:*/energy_uj\n";
        for (qint64 t = T0; t <= T0 + 60; ++t) {
            const bool busy = t > T0 + 10 && t <= T0 + 50;
            const int powerW = busy ? 200 : 100;
            text += "S " + QByteArray::number(t) + " dt_s=1.000 cpu_util_pct=" + (busy ? "100.0" : "2.0") +
                    " load1=1.00 mem_used_mb=1000 freq_avg_mhz=" + (busy ? "3000" : "1200") +
                    " temp_c.coretemp_Package_id_0=" + (busy ? "70.0" : "40.0") +
                    " power_w.cray=" + QByteArray::number(powerW) + " energy_j.cray=" + QByteArray::number(powerW) +
                    " $\n";
        }
        return text;
    }

    void addJob(const QString &id, qint64 start, qint64 end, int cpus)
    {
        JobWriter jobs(*m_store, QStringLiteral("imp"));
        QString error;
        QVERIFY2(jobs.begin(&error), qPrintable(error));
        Job job;
        job.jobId = id;
        job.nodeList = QStringLiteral("cn1");
        job.startTs = start;
        job.endTs = end;
        job.allocCpus = cpus;
        job.state = QStringLiteral("COMPLETED");
        QVERIFY2(jobs.addJob(job, &error), qPrintable(error));
        QVERIFY2(jobs.commit(&error), qPrintable(error));
    }

    int cli(const QStringList &args, QByteArray *out, QByteArray *err)
    {
        const test::CliRun result = test::runCli(QStringList{QStringLiteral("--db"), m_location} + args);
        *out = result.out;
        *err = result.err;
        return result.exitCode;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        m_store.reset();
        m_store = test::openFreshStore(m_dir, &m_location);
    }
    void cleanup() { m_store.reset(); }

    void importDerivesOverlappingJobs()
    {
        // Two jobs share cn1 (so Slurm's figure is no use): A has 3 CPUs over [T0+10, T0+50], B 1 CPU over
        // [T0+20, T0+40]. The node draws 200 W all that time: 8000 J, split 3:1 while both run.
        addJob(QStringLiteral("A"), T0 + 10, T0 + 50, 3);
        addJob(QStringLiteral("B"), T0 + 20, T0 + 40, 1);
        SamplerCollector collector(*m_store, QStringLiteral("imp"));
        SamplerStoreSummary summary;
        QString error;
        QVERIFY2(
            collector.importText(samplerText(), QStringLiteral("cn1"), QStringLiteral("cn1.txt"), &summary, &error),
            qPrintable(error));
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
        QCOMPARE(summary.samplesParsed, 61);
        QCOMPARE(summary.samplesWritten, 61);
        QCOMPARE(summary.firstTs, std::optional<qint64>(T0));
        QCOMPARE(summary.lastTs, std::optional<qint64>(T0 + 60));
        QVERIFY(summary.metricsDerived);
        QCOMPARE(summary.metrics.counter, 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                      "WHERE n.name = 'cn1' AND s.source = 'sampler' AND s.energy_j IS NOT NULL")),
                 61);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT j.job_id, m.energy_j, m.energy_source, m.node_temp_avg_c, "
                                      "m.cpu_freq_avg_mhz, m.cpu_util_pct FROM job_metrics m "
                                      "JOIN jobs j ON j.id = m.job_pk ORDER BY j.job_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("counter"));
        // A: 10 s alone (2000 J) + 20 s at 3/4 (3000 J) + 10 s alone (2000 J)
        QVERIFY2(qAbs(q.value(1).toDouble() - 7000) < 1e-6, qPrintable(q.value(1).toString()));
        // the samples with ts in [T0+10, T0+50]: the one at T0+10 ends the idle part
        QCOMPARE(q.value(3).toDouble(), (40 * 70.0 + 40.0) / 41);
        QCOMPARE(q.value(4).toDouble(), (40 * 3000.0 + 1200.0) / 41);
        QCOMPARE(q.value(5).toDouble(), (40 * 100.0 + 2.0) / 41);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("B"));
        QVERIFY2(qAbs(q.value(1).toDouble() - 1000) < 1e-6, qPrintable(q.value(1).toString()));

        // Again: nothing changes, nothing is duplicated.
        SamplerStoreSummary again;
        QVERIFY2(collector.importText(samplerText(), QStringLiteral("cn1"), QStringLiteral("cn1.txt"), &again, &error),
                 qPrintable(error));
        QCOMPARE(again.samplesParsed, 61);
        QCOMPARE(again.samplesWritten, 0);
        QCOMPARE(again.metrics.metricsWritten, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples")), 61);
    }

    /// The sampler's last, partial sample when stopped can share a second with the one before: one row, with the
    /// energy of both (node_samples keeps one sample per second).
    void sameSecondSamplesKeepTheirEnergy()
    {
        const QByteArray text = "#es-sampler v1 host=x interval=1\n"
                                "S 1700000001 dt_s=1.000 cpu_util_pct=100.0 load1=1 power_w.cray=200 energy_j.cray=200 "
                                "energy_j.rapl=100.000 power_w.rapl=100.00 disk_read_b=10 $\n"
                                "S 1700000002 dt_s=1.000 cpu_util_pct=100.0 load1=2 power_w.cray=200 energy_j.cray=200 "
                                "energy_j.rapl=100.000 power_w.rapl=100.00 disk_read_b=10 $\n"
                                "S 1700000002 dt_s=0.250 cpu_util_pct=20.0 load1=3 power_w.cray=80 energy_j.cray=20 "
                                "energy_j.rapl=10.000 power_w.rapl=40.00 disk_read_b=5 $\n";
        SamplerCollector collector(*m_store, QStringLiteral("imp"));
        SamplerStoreSummary summary;
        QString error;
        QVERIFY2(collector.importText(text, QStringLiteral("cn1"), QStringLiteral("stop.txt"), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.samplesParsed, 3);
        QCOMPARE(summary.samplesWritten, 2);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT energy_j, power_w, cpu_util_pct, load1 FROM node_samples WHERE ts = 1700000002")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 220.0); // both intervals' energy
        QCOMPARE(q.value(1).toDouble(), 80.0);  // cray power: the later, instantaneous reading
        QCOMPARE(q.value(2).toDouble(), (100.0 * 1 + 20.0 * 0.25) / 1.25); // weighted by dt_s
        QCOMPARE(q.value(3).toDouble(), 3.0);                              // the later reading
        QVERIFY(!q.next());

        NodeSampleRecord a, b;
        a.tsEpochS = b.tsEpochS = 5;
        a.intervalS = 1;
        b.intervalS = 0.5;
        a.energyRaplJ = 30;
        b.energyRaplJ = 15;
        a.energyCrayJ = 50; // b has none: unknown over both
        a.energiesJ.insert(QStringLiteral("acpi_power"), 3);
        b.energiesJ.insert(QStringLiteral("acpi_power"), 3);
        const NodeSampleRecord m = SamplerRecordMerger::merge(a, b);
        QCOMPARE(m.intervalS, std::optional<double>(1.5));
        QCOMPARE(m.energyRaplJ, std::optional<double>(45));
        QCOMPARE(m.powerRaplW, std::optional<double>(30));
        QVERIFY(!m.energyCrayJ);
        QCOMPARE(m.powersW.value(QStringLiteral("acpi_power")), 4.0);
        SamplerRecordMerger merger;
        QVERIFY(!merger.add(a));
        QVERIFY(!merger.add(b));
        NodeSampleRecord c = a;
        c.tsEpochS = 6;
        const auto done = merger.add(c);
        QVERIFY(done && done->tsEpochS == 5 && done->energyRaplJ == 45.0);
        QCOMPARE(merger.finish()->tsEpochS, 6);
        QVERIFY(!merger.finish());
    }

    void garbageLosesNoGoodLine()
    {
        QRandomGenerator rng(77);
        QByteArray junk(3000, Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        junk.replace('\n', 'x');
        QByteArray text = samplerText();
        const qsizetype third = text.indexOf("\nS ", text.size() / 3) + 1;
        text.insert(third, junk + '\n');
        text.chop(20); // and the last line cut short, as if the sampler were still writing
        SamplerCollector collector(*m_store, QStringLiteral("imp"));
        SamplerStoreSummary summary;
        QString error;
        QVERIFY2(collector.importText(text, QStringLiteral("cn1"), QStringLiteral("bad.txt"), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.samplesWritten, 60); // every complete good line
        QCOMPARE(summary.problems.size(), 1);
        QVERIFY2(summary.problems.first().startsWith(QStringLiteral("bad.txt: line ")),
                 qPrintable(summary.problems.first()));

        // Pure garbage: refused or reported, nothing stored, no crash.
        for (quint32 seed = 1; seed <= 5; ++seed) {
            QRandomGenerator g(seed);
            QByteArray noise(20000, Qt::Uninitialized);
            for (char &c : noise)
                c = char(g.bounded(256));
            SamplerStoreSummary s;
            const bool ok = collector.importText(noise, QStringLiteral("cn9"), QStringLiteral("noise"), &s, &error);
            QCOMPARE(s.samplesWritten, 0);
            QVERIFY(!ok || !s.problems.isEmpty());
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples")), 60);

        // A newer major version is refused as a whole, with the reason.
        SamplerStoreSummary v2;
        QVERIFY(!collector.importText("#es-sampler v2 host=x\nS 1 load1=1 $\n", QStringLiteral("cn1"),
                                      QStringLiteral("v2.txt"), &v2, &error));
        QVERIFY2(error.contains(QStringLiteral("v2.txt: line 1: es-sampler format v2 is not supported")),
                 qPrintable(error));
    }

    void commandLine()
    {
        const QString file = m_dir.filePath(QStringLiteral("4242.cn1.samples"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(samplerText());
        }
        QByteArray out, err;
        QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY(out.contains("sample live --profile NAME --nodes HOSTLIST"));
        QCOMPARE(cli({QStringLiteral("sample")}, &out, &err), 2);
        QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("import"), file}, &out, &err), 2); // no --cluster
        QVERIFY(err.contains("--cluster"));
        QCOMPARE(
            cli({QStringLiteral("sample"), QStringLiteral("live"), QStringLiteral("--profile"), QStringLiteral("p")},
                &out, &err),
            2); // no --nodes
        QCOMPARE(cli(
                     {
                         QStringLiteral("sample"),
                         QStringLiteral("live"),
                         QStringLiteral("--profile"),
                         QStringLiteral("p"),
                         QStringLiteral("--nodes"),
                         QStringLiteral("n[1-"),
                     },
                     &out, &err),
                 2);
        // The node from the file name JOBID.NODE.samples.
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("sample"), QStringLiteral("import"), file,
                      QStringLiteral("--cluster"), QStringLiteral("imp")},
                     &out, &err),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("command")).toString(), QStringLiteral("sample import"));
        QCOMPARE(json.value(QStringLiteral("samples_written")).toInt(), 61);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                      "WHERE n.name = 'cn1'")),
                 61);
        QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("import"), file, QStringLiteral("--cluster"),
                      QStringLiteral("imp")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("61 samples read, 0 written"), out.constData());
        // A file with a bad line: the good ones are stored, the exit code says something was wrong, and where.
        const QString bad = m_dir.filePath(QStringLiteral("bad.samples"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#es-sampler v1 host=x\nS 1700009999 load1=2 $\nS 17000 load1=oops $\n");
        }
        QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("import"), bad, QStringLiteral("--node"),
                      QStringLiteral("cn2"), QStringLiteral("--cluster"), QStringLiteral("imp")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("bad.samples: line 3: load1: not a number"), err.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                      "WHERE n.name = 'cn2'")),
                 1);
        // No node name to be had.
        QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("import"), bad, QStringLiteral("--cluster"),
                      QStringLiteral("imp")},
                     &out, &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSamplerImport)
#include "TestSamplerImport.moc"
