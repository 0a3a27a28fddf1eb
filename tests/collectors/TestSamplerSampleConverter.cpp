// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerSampleConverter.h"

#include <QTest>

using namespace es;

class TestSamplerSampleConverter : public QObject
{
    Q_OBJECT
private:
    static NodeSampleRecord full()
    {
        NodeSampleRecord r;
        r.tsEpochS = 1700000060;
        r.intervalS = 2.0;
        r.cpuUtilPct = 12.5;
        r.load1 = 0.75;
        r.memUsedMb = 4096;
        r.freqAvgMhz = 2100;
        r.freqMaxMhz = 3500;
        r.temperaturesC.insert(QStringLiteral("coretemp_Package_id_0"), 51);
        r.temperaturesC.insert(QStringLiteral("gpu0"), 67);
        r.temperaturesC.insert(QStringLiteral("acpitz"), 40);
        r.powerCrayW = 300;
        r.energyCrayJ = 590;
        r.powerIpmiW = 280;
        r.powerRaplW = 120;
        r.energyRaplJ = 240;
        r.powersW.insert(QStringLiteral("rapl.package-0"), 120);
        r.powersW.insert(QStringLiteral("gpu0"), 70);
        r.powersW.insert(QStringLiteral("amd_energy_Esocket0"), 90);
        r.energiesJ.insert(QStringLiteral("rapl.package-0"), 240);
        r.energiesJ.insert(QStringLiteral("amd_energy_Esocket0"), 180);
        r.powersW.insert(QStringLiteral("power_meter_power1"), 310);
        return r;
    }

private slots:
    void copiesTheDirectValues()
    {
        const NodeSample s = SamplerSampleConverter::toNodeSample(full(), QStringLiteral("c01"));
        QCOMPARE(s.node, QStringLiteral("c01"));
        QCOMPARE(s.ts, qint64(1700000060));
        QCOMPARE(s.source, QStringLiteral("sampler"));
        QCOMPARE(s.cpuUtilPct, std::optional<double>(12.5));
        QCOMPARE(s.load1, std::optional<double>(0.75));
        QCOMPARE(s.memUsedMb, std::optional<double>(4096));
        QCOMPARE(s.freqMhz, std::optional<double>(2100));
        QCOMPARE(s.tempC, std::optional<double>(67)); // hottest sensor
    }

    void meterPrecedence()
    {
        NodeSampleRecord r = full();
        NodeSample s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QCOMPARE(s.powerW, std::optional<double>(300)); // cray
        QCOMPARE(s.energyJ, std::optional<double>(590));

        r.powerCrayW.reset(); // cray energy alone: power = energy / dt
        s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QCOMPARE(s.powerW, std::optional<double>(295));
        QCOMPARE(s.energyJ, std::optional<double>(590));

        r.energyCrayJ.reset(); // ipmi: no energy
        s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QCOMPARE(s.powerW, std::optional<double>(280));
        QVERIFY(!s.energyJ);

        r.powerIpmiW.reset(); // rapl
        s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QCOMPARE(s.powerW, std::optional<double>(120));
        QCOMPARE(s.energyJ, std::optional<double>(240));

        r.powerRaplW.reset();
        r.energyRaplJ.reset(); // hwmon energy sensors (not rapl.*, not gpuN) with their power
        s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QCOMPARE(s.powerW, std::optional<double>(90));
        QCOMPARE(s.energyJ, std::optional<double>(180));

        r.energiesJ.remove(QStringLiteral("amd_energy_Esocket0"));
        r.powersW.remove(QStringLiteral("amd_energy_Esocket0")); // hwmon power*_average only
        s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QCOMPARE(s.powerW, std::optional<double>(310));
        QVERIFY(!s.energyJ);

        r.powersW.remove(QStringLiteral("power_meter_power1")); // rapl zones and GPUs are not node meters
        s = SamplerSampleConverter::toNodeSample(r, QStringLiteral("n"));
        QVERIFY(!s.powerW);
        QVERIFY(!s.energyJ);
    }

    void emptyRecord()
    {
        const NodeSample s =
            SamplerSampleConverter::toNodeSample(NodeSampleRecord{}, QStringLiteral("n"), QStringLiteral("campaign"));
        QCOMPARE(s.source, QStringLiteral("campaign"));
        QVERIFY(!s.tempC && !s.powerW && !s.energyJ && !s.cpuUtilPct);
    }
};

QTEST_GUILESS_MAIN(TestSamplerSampleConverter)
#include "TestSamplerSampleConverter.moc"
