// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerParser.h"
#include "TestStores.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path); // rename(2): the sampler never reads half a value
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QStringList sources(const QList<SamplerMissing> &missing)
{
    QStringList result;
    for (const SamplerMissing &m : missing)
        result.append(m.source);
    return result;
}

} // namespace

/// The es-sampler v1 line format (resources/sampler/es-sampler.sh, docs/sampler-format.md): real output of this
/// machine, synthetic lines for every key, garbage; and the script's counter arithmetic (RAPL wrap-around) against a
/// fake sysfs tree.
class TestSamplerParser : public QObject
{
    Q_OBJECT
private slots:
    // Real output of the development VM (tests/data/SOURCES.md): no sensors, /proc readings only.
    void thisMachine()
    {
        QFile file(test::dataFile(QStringLiteral("sampler/this-machine.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SamplerOutput out = SamplerParser::parseText(file.readAll());
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QVERIFY(!out.truncatedTail);
        QVERIFY(out.header);
        QCOMPARE(out.header->versionMajor, 1);
        QCOMPARE(out.header->versionMinor, 0);
        QCOMPARE(out.header->host, QStringLiteral("vm"));
        QCOMPARE(*out.header->intervalS, 2.0);
        QCOMPARE(*out.header->startEpochS, Q_INT64_C(1795290517));
        QCOMPARE(*out.header->cpus, 2);
        QCOMPARE(sources(out.missing),
                 (QStringList{QStringLiteral("cpufreq"), QStringLiteral("hwmon"), QStringLiteral("thermal"),
                              QStringLiteral("rapl"), QStringLiteral("hwmon-power"), QStringLiteral("hwmon-energy"),
                              QStringLiteral("cray"), QStringLiteral("ipmi"), QStringLiteral("gpu")}));
        QCOMPARE(out.missing[8].reason, QStringLiteral("nvidia-smi not found"));
        QCOMPARE(out.samples.size(), 5);
        const NodeSampleRecord &s = out.samples[2];
        QCOMPARE(s.tsEpochS, Q_INT64_C(1795290523));
        QCOMPARE(*s.intervalS, 2.01);
        QCOMPARE(*s.cpuUtilPct, 99.5);
        QCOMPARE(*s.iowaitPct, 0.0);
        QCOMPARE(*s.stealPct, 0.5);
        QCOMPARE(*s.load1, 2.95);
        QCOMPARE(*s.load15, 2.12);
        QCOMPARE(*s.memTotalMb, 24106.0);
        QCOMPARE(*s.memUsedMb, 1490.0);
        QCOMPARE(*s.diskReadBytes, 8192.0);
        QCOMPARE(*s.diskWriteBytes, 66764800.0);
        QCOMPARE(*s.netRxBytes, 0.0);
        QVERIFY(!s.freqAvgMhz && !s.powerRaplW && !s.powerCrayW && !s.powerIpmiW);
        QVERIFY(s.temperaturesC.isEmpty() && s.powersW.isEmpty() && s.other.isEmpty());
    }

    // Synthetic, documented: one line with every key of v1, values chosen to be told apart.
    void everyKey()
    {
        SamplerLine line;
        QString error;
        QVERIFY2(SamplerParser::parseLine(
                     u"S 1700000000 dt_s=5.003 cpu_util_pct=42.5 iowait_pct=1.5 steal_pct=0.2 load1=3.10 load5=2.00 "
                     u"load15=1.00 mem_total_mb=257000 mem_used_mb=12345 freq_avg_mhz=2600 freq_max_mhz=3500 "
                     u"temp_c.coretemp_Package_id_0=61.0 temp_c.x86_pkg_temp=60.5 temp_c.gpu0=70 "
                     u"power_w.coretemp_power1=12.50 energy_j.rapl.package-0=600.000 power_w.rapl.package-0=120.00 "
                     u"energy_j.rapl.package-0.dram=50.5 energy_j.rapl=1200.000 power_w.rapl=240.00 "
                     u"energy_j.amd_energy_Esocket0=7.5 power_w.cray=350 energy_j.cray=1750 power_w.ipmi=410 "
                     u"power_w.gpu0=250.12 util_pct.gpu0=99 disk_read_b=4096 disk_write_b=8192 net_rx_b=1000 "
                     u"net_tx_b=2000 future_key_x=1 $",
                     &line, &error),
                 qPrintable(error));
        QCOMPARE(line.kind, SamplerLine::Kind::Sample);
        const NodeSampleRecord &s = line.sample;
        QCOMPARE(s.tsEpochS, Q_INT64_C(1700000000));
        QCOMPARE(*s.intervalS, 5.003);
        QCOMPARE(*s.cpuUtilPct, 42.5);
        QCOMPARE(*s.iowaitPct, 1.5);
        QCOMPARE(*s.stealPct, 0.2);
        QCOMPARE(*s.load1, 3.1);
        QCOMPARE(*s.load5, 2.0);
        QCOMPARE(*s.load15, 1.0);
        QCOMPARE(*s.memTotalMb, 257000.0);
        QCOMPARE(*s.memUsedMb, 12345.0);
        QCOMPARE(*s.freqAvgMhz, 2600.0);
        QCOMPARE(*s.freqMaxMhz, 3500.0);
        QCOMPARE(s.temperaturesC.value(QStringLiteral("coretemp_Package_id_0")), 61.0);
        QCOMPARE(s.temperaturesC.value(QStringLiteral("x86_pkg_temp")), 60.5);
        QCOMPARE(s.temperaturesC.value(QStringLiteral("gpu0")), 70.0);
        QCOMPARE(s.temperaturesC.size(), 3);
        QCOMPARE(*s.energyRaplJ, 1200.0);
        QCOMPARE(*s.powerRaplW, 240.0);
        QCOMPARE(s.powersW.value(QStringLiteral("rapl.package-0")), 120.0);
        QCOMPARE(s.powersW.value(QStringLiteral("coretemp_power1")), 12.5);
        QCOMPARE(s.powersW.value(QStringLiteral("gpu0")), 250.12);
        QCOMPARE(s.powersW.size(), 3); // rapl, cray and ipmi have their own fields
        QCOMPARE(s.energiesJ.value(QStringLiteral("rapl.package-0")), 600.0);
        QCOMPARE(s.energiesJ.value(QStringLiteral("rapl.package-0.dram")), 50.5);
        QCOMPARE(s.energiesJ.value(QStringLiteral("amd_energy_Esocket0")), 7.5);
        QCOMPARE(*s.powerCrayW, 350.0);
        QCOMPARE(*s.energyCrayJ, 1750.0);
        QCOMPARE(*s.powerIpmiW, 410.0);
        QCOMPARE(s.utilizationsPct.value(QStringLiteral("gpu0")), 99.0);
        QCOMPARE(*s.diskReadBytes, 4096.0);
        QCOMPARE(*s.diskWriteBytes, 8192.0);
        QCOMPARE(*s.netRxBytes, 1000.0);
        QCOMPARE(*s.netTxBytes, 2000.0);
        QCOMPARE(s.other.value(QStringLiteral("future_key_x")), 1.0); // a newer minor version's key is kept
    }

    void headers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("minor");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("v1") << QStringLiteral("#es-sampler v1 host=c01 interval=5 start=1700000000 ncpu=128") << true
                            << 0 << QString();
        QTest::newRow("v1.3, unknown key")
            << QStringLiteral("#es-sampler v1.3 host=c01 colour=blue") << true << 3 << QString();
        QTest::newRow("v2") << QStringLiteral("#es-sampler v2 host=c01") << false << 0
                            << QStringLiteral("v2 is not supported");
        QTest::newRow("v0.9") << QStringLiteral("#es-sampler v0.9") << false << 0
                              << QStringLiteral("v0 is not supported");
        QTest::newRow("no version") << QStringLiteral("#es-sampler") << false << 0 << QStringLiteral("version");
        QTest::newRow("bad version") << QStringLiteral("#es-sampler vX") << false << 0 << QStringLiteral("version");
        QTest::newRow("bad interval") << QStringLiteral("#es-sampler v1 interval=0") << false << 0
                                      << QStringLiteral("interval");
        QTest::newRow("bad start") << QStringLiteral("#es-sampler v1 start=soon") << false << 0
                                   << QStringLiteral("start");
    }
    void headers()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        QFETCH(int, minor);
        QFETCH(QString, errorPart);
        SamplerLine parsed;
        QString error;
        QCOMPARE(SamplerParser::parseLine(line, &parsed, &error), ok);
        QCOMPARE(parsed.kind, SamplerLine::Kind::Header);
        if (ok) {
            QCOMPARE(parsed.header.versionMajor, 1);
            QCOMPARE(parsed.header.versionMinor, minor);
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        }
    }

    // An unknown major version: one clear error, and nothing after it is read as v1.
    void unknownMajorStopsParsing()
    {
        const SamplerOutput out =
            SamplerParser::parseText("#es-sampler v2 host=x\n# missing rapl: gone\nS 1 load1=1 $\n");
        QCOMPARE(out.errors.size(), 1);
        QVERIFY2(out.errors[0].contains(QStringLiteral("v2 is not supported")), qPrintable(out.errors[0]));
        QVERIFY(!out.header);
        QVERIFY(out.samples.isEmpty() && out.missing.isEmpty());
    }

    void missingLines()
    {
        const SamplerOutput out = SamplerParser::parseText(
            "#es-sampler v1 host=n\n# missing rapl: /sys/class/powercap/intel-rapl:0/energy_uj not readable "
            "(root-only since Linux 5.10)\nS 10 load1=0.5 $\n# missing hwmon: /sys/class/hwmon/hwmon2/temp3_input "
            "unreadable\n# a comment\n\nS 15 load1=0.6 $\n");
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QCOMPARE(out.missing.size(), 2);
        QCOMPARE(out.missing[0].source, QStringLiteral("rapl"));
        QCOMPARE(
            out.missing[0].reason,
            QStringLiteral("/sys/class/powercap/intel-rapl:0/energy_uj not readable (root-only since Linux 5.10)"));
        QCOMPARE(out.missing[1].source, QStringLiteral("hwmon"));
        QCOMPARE(out.samples.size(), 2);
        QCOMPARE(out.samples[1].tsEpochS, Q_INT64_C(15));

        SamplerLine line;
        QString error;
        QVERIFY(!SamplerParser::parseLine(u"# missing rapl", &line, &error));
        QVERIFY(!SamplerParser::parseLine(u"# missing : why", &line, &error));
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("text") << QStringLiteral("hello world") << QStringLiteral("not an es-sampler line");
        QTest::newRow("csv") << QStringLiteral("0, 65.43, 45, 12") << QStringLiteral("not an es-sampler line");
        QTest::newRow("no timestamp") << QStringLiteral("S $") << QStringLiteral("timestamp");
        QTest::newRow("bad timestamp") << QStringLiteral("S 17e8 load1=1 $") << QStringLiteral("timestamp");
        QTest::newRow("negative timestamp") << QStringLiteral("S -5 load1=1 $") << QStringLiteral("timestamp");
        QTest::newRow("no =") << QStringLiteral("S 1 load1 $") << QStringLiteral("key=value");
        QTest::newRow("empty key") << QStringLiteral("S 1 =5 $") << QStringLiteral("key=value");
        QTest::newRow("upper-case key") << QStringLiteral("S 1 Load1=5 $") << QStringLiteral("malformed key");
        QTest::newRow("empty sensor") << QStringLiteral("S 1 temp_c.=5 $") << QStringLiteral("malformed key");
        QTest::newRow("slash in sensor") << QStringLiteral("S 1 temp_c.a/b=5 $") << QStringLiteral("malformed key");
        QTest::newRow("word value") << QStringLiteral("S 1 load1=high $") << QStringLiteral("not a number");
        QTest::newRow("empty value") << QStringLiteral("S 1 load1= $") << QStringLiteral("not a number");
        QTest::newRow("nan") << QStringLiteral("S 1 load1=nan $") << QStringLiteral("not a number");
        QTest::newRow("inf") << QStringLiteral("S 1 load1=1e999 $") << QStringLiteral("not a number");
        QTest::newRow("hex") << QStringLiteral("S 1 load1=0x10 $") << QStringLiteral("not a number");
        QTest::newRow("comma decimal") << QStringLiteral("S 1 load1=0,5 $") << QStringLiteral("not a number");
        QTest::newRow("twice") << QStringLiteral("S 1 load1=1 load1=2 $") << QStringLiteral("twice");
        QTest::newRow("cut short") << QStringLiteral("S 1700000000 cpu_util_pct=12.3 iowait_p")
                                   << QStringLiteral("truncated");
        QTest::newRow("cut in a value") << QStringLiteral("S 1700000000 cpu_util_pct=12")
                                        << QStringLiteral("truncated");
        QTest::newRow("timestamp past 9999")
            << QStringLiteral("S 253402300800 load1=1 $") << QStringLiteral("timestamp 253402300800 is out of range");
        QTest::newRow("timestamp 18 digits")
            << QStringLiteral("S 999999999999999999 load1=1 $") << QStringLiteral("out of range");
        QTest::newRow("timestamp 30 digits")
            << QStringLiteral("S 999999999999999999999999999999 load1=1 $") << QStringLiteral("timestamp");
        QTest::newRow("value 1e400") << QStringLiteral("S 1 energy_j.rapl=1e400 $") << QStringLiteral("not a number");
        QTest::newRow("start past 9999") << QStringLiteral("#es-sampler v1 start=999999999999999999")
                                         << QStringLiteral("start: bad value");
        QTest::newRow("ncpu over int") << QStringLiteral("#es-sampler v1 ncpu=99999999999") << QStringLiteral("ncpu");
        QTest::newRow("binary") << QString::fromLatin1("S \x01\x02\xff=1 $") << QStringLiteral("timestamp");
    }
    void garbage()
    {
        QFETCH(QString, line);
        QFETCH(QString, errorPart);
        SamplerLine parsed;
        QString error;
        QVERIFY(!SamplerParser::parseLine(line, &parsed, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    // A file read while the sampler writes (or after it was killed): the cut last line is not an error; the same
    // line in the middle is.
    void truncatedTail()
    {
        const QByteArray head = "#es-sampler v1 host=n\nS 10 load1=0.5 $\n";
        SamplerOutput out = SamplerParser::parseText(QByteArray(head + "S 15 load1=0.6 mem_us"));
        QVERIFY(out.errors.isEmpty());
        QVERIFY(out.truncatedTail);
        QCOMPARE(out.samples.size(), 1);

        out = SamplerParser::parseText(QByteArray(head + "S 15 load1=0.6 $")); // complete, only the '\n' is missing
        QVERIFY(out.errors.isEmpty());
        QVERIFY(!out.truncatedTail);
        QCOMPARE(out.samples.size(), 2);

        out = SamplerParser::parseText(QByteArray(head + "S 15 load1=0.6 mem_us\nS 20 load1=0.7 $\n"));
        QCOMPARE(out.errors.size(), 1);
        QVERIFY2(out.errors[0].startsWith(QStringLiteral("line 3: truncated")), qPrintable(out.errors[0]));
        QCOMPARE(out.samples.size(), 2);
    }

    void samplesBeforeTheHeader()
    {
        const SamplerOutput out = SamplerParser::parseText("S 10 load1=0.5 $\n#es-sampler v1\nS 11 load1=0.5 $\n");
        QCOMPARE(out.errors.size(), 1);
        QVERIFY(out.errors[0].contains(QStringLiteral("no #es-sampler header")));
        QCOMPARE(out.samples.size(), 1);
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(11);
        const QByteArray alphabet = "S #es-samplerv1.=_$:\n0123456789temp_c.power_w \xff\x00\x01\xc3\xa9";
        for (int i = 0; i < 3000; ++i) {
            QByteArray text = i % 3 ? QByteArray("#es-sampler v1\nS 1 ") : QByteArray();
            const int length = int(rng.bounded(200));
            for (int k = 0; k < length; ++k)
                text += i % 2 ? char(rng.bounded(256)) : alphabet[int(rng.bounded(int(alphabet.size())))];
            const SamplerOutput out = SamplerParser::parseText(text);
            for (const NodeSampleRecord &s : out.samples)
                QVERIFY(s.tsEpochS >= 0);
        }
    }

    // The script's counter arithmetic, against a fake sysfs (ES_SAMPLER_SYS; the real /proc): a RAPL energy_uj that
    // wraps between two samples, a Cray energy counter, a labelled hwmon temperature. Run by dash/sh and, when
    // installed, with mawk as awk (Debian's default awk; compute nodes may have either).
    void raplWrapAroundInTheScript_data()
    {
        QTest::addColumn<QString>("awk");
        QTest::newRow("default awk") << QString();
        QTest::newRow("mawk") << QStringLiteral("/usr/bin/mawk");
    }
    void raplWrapAroundInTheScript()
    {
        QFETCH(QString, awk);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sys = dir.filePath(QStringLiteral("sys"));
        const QString rapl = sys + QStringLiteral("/class/powercap/intel-rapl:0/");
        const QString cray = sys + QStringLiteral("/cray/pm_counters/");
        const QString hwmon = sys + QStringLiteral("/class/hwmon/hwmon0/");
        constexpr qint64 rangeUj = 262143328850; // a real max_energy_range_uj
        QVERIFY(writeFile(rapl + QStringLiteral("name"), "package-0\n"));
        QVERIFY(writeFile(rapl + QStringLiteral("max_energy_range_uj"), QByteArray::number(rangeUj) + '\n'));
        QVERIFY(writeFile(rapl + QStringLiteral("energy_uj"), QByteArray::number(rangeUj - 500000) + '\n'));
        QVERIFY(writeFile(cray + QStringLiteral("energy"), "1000 J\n"));
        QVERIFY(writeFile(cray + QStringLiteral("power"), "250 W\n"));
        QVERIFY(writeFile(hwmon + QStringLiteral("name"), "coretemp\n"));
        QVERIFY(writeFile(hwmon + QStringLiteral("temp1_input"), "45000\n"));
        QVERIFY(writeFile(hwmon + QStringLiteral("temp1_label"), "Package id 0\n"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ES_SAMPLER_SYS"), sys);
        if (!awk.isEmpty()) {
            if (!QFile::exists(awk))
                QSKIP("mawk is not installed");
            const QString bin = dir.filePath(QStringLiteral("bin"));
            QVERIFY(QDir().mkpath(bin));
            QVERIFY(QFile::link(awk, bin + QStringLiteral("/awk")));
            env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
        }
        QProcess sampler;
        sampler.setProcessEnvironment(env);
        sampler.start(QStringLiteral("/bin/sh"), {QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("-i"),
                                                  QStringLiteral("2"), QStringLiteral("-n"), QStringLiteral("2")});
        QVERIFY(sampler.waitForStarted());
        // After the first sample (the counters unchanged since the baseline), the counters move on: RAPL wraps.
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (!output.contains("\nS ") && !deadline.hasExpired()) {
            sampler.waitForReadyRead(200);
            output += sampler.readAllStandardOutput();
        }
        QVERIFY2(output.contains("\nS "), output.constData());
        QVERIFY(writeFile(rapl + QStringLiteral("energy_uj"), "1500000\n")); // 2 J after the wrap
        QVERIFY(writeFile(cray + QStringLiteral("energy"), "1300 J\n"));
        QVERIFY(sampler.waitForFinished(20000));
        QCOMPARE(sampler.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sampler.exitCode(), 0);
        output += sampler.readAllStandardOutput();

        const SamplerOutput out = SamplerParser::parseText(output);
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QCOMPARE(out.samples.size(), 2);
        QVERIFY(!sources(out.missing).contains(QStringLiteral("rapl")));
        QVERIFY(!sources(out.missing).contains(QStringLiteral("cray")));
        QVERIFY(sources(out.missing).contains(QStringLiteral("cpufreq")));

        const NodeSampleRecord &first = out.samples[0];
        QCOMPARE(*first.energyRaplJ, 0.0);
        QCOMPARE(*first.energyCrayJ, 0.0);
        const NodeSampleRecord &second = out.samples[1];
        QVERIFY(second.intervalS && *second.intervalS >= 1.9 && *second.intervalS < 10);
        QCOMPARE(*second.energyRaplJ, 2.0);
        QCOMPARE(second.energiesJ.value(QStringLiteral("rapl.package-0")), 2.0);
        QVERIFY2(qAbs(*second.powerRaplW - 2.0 / *second.intervalS) <= 0.006,
                 qPrintable(QString::number(*second.powerRaplW)));
        QCOMPARE(second.powersW.value(QStringLiteral("rapl.package-0")), *second.powerRaplW);
        QCOMPARE(*second.energyCrayJ, 300.0);
        QCOMPARE(*second.powerCrayW, 250.0); // as the power file says, not energy / time
        QCOMPARE(second.temperaturesC.value(QStringLiteral("coretemp_Package_id_0")), 45.0);
    }
};

QTEST_GUILESS_MAIN(TestSamplerParser)
#include "TestSamplerParser.moc"
