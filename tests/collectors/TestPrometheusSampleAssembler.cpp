// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusImporter.h"
#include "PrometheusResponseParser.h"
#include "PrometheusSampleAssembler.h"
#include "TestStores.h"

#include <QFile>
#include <QTest>

using namespace es;

/// From parsed answers to node samples: answers captured from the lab's real Prometheus (the lab VM has no
/// hwmon, cpufreq or RAPL, so those come from hand-written answers in the documented format; see
/// tests/data/SOURCES.md).
class TestPrometheusSampleAssembler : public QObject
{
    Q_OBJECT
private:
    static PrometheusMatrix matrix(const QString &name)
    {
        QFile file(test::dataFile(QStringLiteral("prometheus/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        QString error;
        const auto parsed = PrometheusResponseParser::parseMatrix(file.readAll(), &error);
        if (!parsed)
            qFatal("%s: %s", qPrintable(name), qPrintable(error));
        return *parsed;
    }
    static const NodeSample *find(const QList<NodeSample> &samples, const QString &node, qint64 ts)
    {
        for (const NodeSample &s : samples) {
            if (s.node == node && s.ts == ts)
                return &s;
        }
        return nullptr;
    }

private slots:
    void instanceNames_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("node");
        QTest::newRow("name") << "node1"
                              << "node1";
        QTest::newRow("name:port") << "node4:9100"
                                   << "node4";
        QTest::newRow("fqdn:port") << "cn01.cluster.local:9100"
                                   << "cn01.cluster.local";
        QTest::newRow("ipv4:port") << "10.0.0.2:9100"
                                   << "10.0.0.2";
        QTest::newRow("[ipv6]:port") << "[fe80::1]:9100"
                                     << "fe80::1";
        QTest::newRow("bare ipv6") << "fe80::1"
                                   << "fe80::1";
        QTest::newRow("mapped") << "10.0.0.9:9100"
                                << "gpu07";
    }
    void instanceNames()
    {
        QFETCH(QString, instance);
        QFETCH(QString, node);
        const QHash<QString, QString> map{{QStringLiteral("10.0.0.9:9100"), QStringLiteral("gpu07")}};
        QCOMPARE(PrometheusSampleAssembler::nodeName(instance, map), node);
    }

    void capturedGaugesAndCpuCounters()
    {
        PrometheusSampleAssembler assembler(5, {});
        const PrometheusMatrix load = matrix(QStringLiteral("load1-max-by-instance.json"));
        const PrometheusMatrix memory = matrix(QStringLiteral("mem-used-bytes.json"));
        const PrometheusMatrix cpu = matrix(QStringLiteral("cpu-seconds-by-mode.json"));
        assembler.add(PrometheusMetric::Load1, load);
        assembler.add(PrometheusMetric::MemUsedB, memory);
        assembler.add(PrometheusMetric::CpuSeconds, cpu);
        assembler.add(PrometheusMetric::TempC, matrix(QStringLiteral("hwmon-temp-absent.json")));
        const QList<NodeSample> samples = assembler.samples(1795295020, 1795295040, QStringLiteral("prometheus"));
        QCOMPARE(samples.size(), 4 * 5);
        for (const NodeSample &s : samples) {
            QCOMPARE(s.source, QStringLiteral("prometheus"));
            QVERIFY(s.node == u"node1" || s.node == u"node2" || s.node == u"node3" || s.node == u"node4");
            QVERIFY(s.load1 && s.memUsedMb);
            QVERIFY(!s.tempC && !s.freqMhz && !s.powerW && !s.energyJ);
            // The first point has no point before it: no interval, no utilisation.
            QCOMPARE(bool(s.cpuUtilPct), s.ts > 1795295020);
            if (s.cpuUtilPct)
                QVERIFY(*s.cpuUtilPct >= 0 && *s.cpuUtilPct <= 100);
        }

        // The values are the answer's, in the store's units; utilisation recomputed by hand from the counters.
        const NodeSample *node4 = find(samples, QStringLiteral("node4"), 1795295030);
        QVERIFY(node4);
        const PrometheusSeries *loadSeries = nullptr;
        for (const PrometheusSeries &s : load.series) {
            if (s.labels.value(QStringLiteral("instance")) == u"node4:9100")
                loadSeries = &s;
        }
        QVERIFY(loadSeries);
        QCOMPARE(*node4->load1, loadSeries->points[2].value);
        for (const PrometheusSeries &s : memory.series) {
            if (s.labels.value(QStringLiteral("instance")) == u"node4:9100")
                QCOMPARE(*node4->memUsedMb, s.points[2].value / 1048576.0);
        }
        double busy = 0, total = 0;
        for (const PrometheusSeries &s : cpu.series) {
            if (s.labels.value(QStringLiteral("instance")) != u"node4:9100")
                continue;
            const double delta = s.points[2].value - s.points[1].value;
            total += delta;
            const QString mode = s.labels.value(QStringLiteral("mode"));
            if (mode == u"user" || mode == u"nice" || mode == u"system" || mode == u"irq" || mode == u"softirq")
                busy += delta;
        }
        QVERIFY(total > 0);
        QVERIFY(qFuzzyCompare(*node4->cpuUtilPct, 100.0 * busy / total));
    }

    void windowLimitsWhatComesOut()
    {
        PrometheusSampleAssembler assembler(5, {});
        assembler.add(PrometheusMetric::Load1, matrix(QStringLiteral("load1-max-by-instance.json")));
        QCOMPARE(assembler.samples(1795295025, 1795295030, QStringLiteral("prometheus")).size(), 8);
        QCOMPARE(assembler.samples(1795295041, 1795295100, QStringLiteral("prometheus")).size(), 0);
    }

    void handWrittenTemperatureAndFrequency()
    {
        PrometheusSampleAssembler assembler(15, {{QStringLiteral("10.0.0.2:9100"), QStringLiteral("cn02")}});
        assembler.add(PrometheusMetric::TempC, matrix(QStringLiteral("hwmon-temp-handwritten.json")));
        assembler.add(PrometheusMetric::FreqHz, matrix(QStringLiteral("cpufreq-handwritten.json")));
        const QList<NodeSample> samples = assembler.samples(0, 2000000000, QStringLiteral("prometheus"));
        QCOMPARE(samples.size(), 6);
        const NodeSample *cn01 = find(samples, QStringLiteral("cn01"), 1700000030);
        QVERIFY(cn01);
        QCOMPARE(*cn01->tempC, 63.25);
        QCOMPARE(*cn01->freqMhz, 1200.0);
        const NodeSample *cn02 = find(samples, QStringLiteral("cn02"), 1700000015);
        QVERIFY(cn02);
        QCOMPARE(*cn02->tempC, 40.0);
        QCOMPARE(*cn02->freqMhz, 2000.0);
    }

    /// Two packages on cn01, the second one restarting from zero; one package on 10.0.0.2 with a missing point.
    void handWrittenRaplCountersWithResetAndGap()
    {
        PrometheusSampleAssembler assembler(15, {});
        assembler.add(PrometheusMetric::RaplJ, matrix(QStringLiteral("rapl-handwritten.json")));
        const QList<NodeSample> samples = assembler.samples(0, 2000000000, QStringLiteral("prometheus"));
        QCOMPARE(samples.size(), 2); // cn01 at +15 and +30; nothing for the first point or across the gap
        const NodeSample *first = find(samples, QStringLiteral("cn01"), 1700000015);
        QVERIFY(first);
        QCOMPARE(*first->energyJ, 1500.0 + 140.0);
        QCOMPARE(*first->powerW, 1640.0 / 15.0);
        const NodeSample *reset = find(samples, QStringLiteral("cn01"), 1700000030);
        QVERIFY(reset);
        QCOMPARE(*reset->energyJ, 1500.0 + 300.0); // the restarted counter counts from zero
        QCOMPARE(*reset->powerW, 120.0);
        QVERIFY(!find(samples, QStringLiteral("10.0.0.2"), 1700000030));
    }

    void aPackageWithoutAPointLeavesTheNodesEnergyUnknown()
    {
        const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"cn01","index":"0"},"values":[[100,"10"],[110,"30"],[120,"50"]]},
            {"metric":{"instance":"cn01","index":"1"},"values":[[100,"5"],[110,"6"]]}]}})";
        QString error;
        const auto parsed = PrometheusResponseParser::parseMatrix(body, &error);
        QVERIFY2(parsed, qPrintable(error));
        PrometheusSampleAssembler assembler(10, {});
        assembler.add(PrometheusMetric::RaplJ, *parsed);
        const QList<NodeSample> samples = assembler.samples(0, 1000, QStringLiteral("prometheus"));
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples[0].ts, qint64(110));
        QCOMPARE(*samples[0].energyJ, 21.0);
        QCOMPARE(*samples[0].powerW, 2.1);
    }

    void aCpuCounterResetLeavesTheIntervalUnknown()
    {
        const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"cn01","mode":"user"},"values":[[100,"10"],[110,"13"],[120,"1"],[130,"4"]]},
            {"metric":{"instance":"cn01","mode":"idle"},"values":[[100,"100"],[110,"107"],[120,"5"],[130,"12"]]},
            {"metric":{"instance":"cn01","mode":"iowait"},"values":[[100,"0"],[110,"0"],[120,"0"],[130,"0"]]}]}})";
        QString error;
        const auto parsed = PrometheusResponseParser::parseMatrix(body, &error);
        QVERIFY2(parsed, qPrintable(error));
        PrometheusSampleAssembler assembler(10, {});
        assembler.add(PrometheusMetric::CpuSeconds, *parsed);
        const QList<NodeSample> samples = assembler.samples(0, 1000, QStringLiteral("prometheus"));
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].ts, qint64(110));
        QCOMPARE(*samples[0].cpuUtilPct, 30.0);
        QCOMPARE(samples[1].ts, qint64(130));
        QCOMPARE(*samples[1].cpuUtilPct, 30.0);
    }

    /// Sums over CPUs come back with their last bits in any order: 12.850000000000001 then 12.85 is no restart.
    void roundingIsNoReset()
    {
        const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"cn01","mode":"softirq"},"values":[[100,"12.850000000000001"],[110,"12.85"]]},
            {"metric":{"instance":"cn01","mode":"idle"},"values":[[100,"9309.560000000001"],[110,"9310.32"]]},
            {"metric":{"instance":"cn01","mode":"user"},"values":[[100,"5932.52"],[110,"5932.76"]]}]}})";
        QString error;
        const auto parsed = PrometheusResponseParser::parseMatrix(body, &error);
        QVERIFY2(parsed, qPrintable(error));
        PrometheusSampleAssembler assembler(10, {});
        assembler.add(PrometheusMetric::CpuSeconds, *parsed);
        const QList<NodeSample> samples = assembler.samples(0, 1000, QStringLiteral("prometheus"));
        QCOMPARE(samples.size(), 1);
        QVERIFY(qAbs(*samples[0].cpuUtilPct - 24.0) < 1e-6);
    }

    void seriesWithoutInstanceAreCounted()
    {
        const QByteArray body =
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[100,"1"]]}]}})";
        QString error;
        const auto parsed = PrometheusResponseParser::parseMatrix(body, &error);
        QVERIFY(parsed);
        PrometheusSampleAssembler assembler(10, {});
        assembler.add(PrometheusMetric::Load1, *parsed);
        QCOMPARE(assembler.seriesWithoutInstance(), qint64(1));
        QVERIFY(assembler.samples(0, 1000, QStringLiteral("prometheus")).isEmpty());
    }

    void queriesUseNodeExporterNamesAndQuoteLabels()
    {
        PrometheusImportOptions options;
        options.tempChip = QStringLiteral("platform_coretemp_0");
        options.tempSensor = QStringLiteral("te\"mp\\1");
        options.selector = QStringLiteral("job=\"node\"");
        QCOMPARE(PrometheusImporter::query(PrometheusMetric::TempC, options),
                 QStringLiteral("max by (instance) (node_hwmon_temp_celsius{chip=\"platform_coretemp_0\", "
                                "sensor=\"te\\\"mp\\\\1\", job=\"node\"})"));
        QCOMPARE(PrometheusImporter::query(PrometheusMetric::CpuSeconds, PrometheusImportOptions{}),
                 QStringLiteral("sum by (instance, mode) (node_cpu_seconds_total{})"));
        QCOMPARE(PrometheusImporter::query(PrometheusMetric::MemUsedB, PrometheusImportOptions{}),
                 QStringLiteral("sum by (instance) (node_memory_MemTotal_bytes{}) - "
                                "sum by (instance) (node_memory_MemAvailable_bytes{})"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSampleAssembler)
#include "TestPrometheusSampleAssembler.moc"
