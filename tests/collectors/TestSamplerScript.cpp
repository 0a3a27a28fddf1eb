// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerParser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// The real sampler script (resources/sampler/es-sampler.sh) on this machine, by /bin/sh, read back with
/// SamplerParser. Every sensor source must either give readings or say once that it is missing.
class TestSamplerScript : public QObject
{
    Q_OBJECT
private:
    static QStringList sources(const SamplerOutput &out)
    {
        QStringList result;
        for (const SamplerMissing &m : out.missing)
            result.append(m.source);
        return result;
    }

    /// Whether the process has a child named "sleep" (read from /proc; no procps needed).
    static bool hasSleepingChild(qint64 parentPid)
    {
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "PID (COMM) STATE PPID ...": COMM may hold spaces, so split after its closing parenthesis.
            const QByteArray line = stat.readAll();
            const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
            if (open < 0 || close < open)
                continue;
            const QList<QByteArray> rest = line.mid(close + 2).split(' ');
            if (line.mid(open + 1, close - open - 1) == "sleep" && rest.size() > 1 && rest[1].toLongLong() == parentPid)
                return true;
        }
        return false;
    }

private slots:
    void threeSamples()
    {
        QProcess sampler;
        sampler.start(QStringLiteral("/bin/sh"), {QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("-i"),
                                                  QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("3")});
        QVERIFY(sampler.waitForFinished(30000));
        const QByteArray stderrText = sampler.readAllStandardError();
        QCOMPARE(sampler.exitStatus(), QProcess::NormalExit);
        QVERIFY2(sampler.exitCode() == 0, stderrText.constData());
        QVERIFY2(stderrText.isEmpty(), stderrText.constData());
        const QByteArray text = sampler.readAllStandardOutput();
        const SamplerOutput out = SamplerParser::parseText(text);
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QVERIFY(!out.truncatedTail);
        QVERIFY(out.header);
        QCOMPARE(out.header->versionMajor, 1);
        QCOMPARE(*out.header->intervalS, 1.0);
        QVERIFY(out.header->cpus && *out.header->cpus > 0);
        QVERIFY(!out.header->host.isEmpty());
        QCOMPARE(out.samples.size(), 3);

        for (const NodeSampleRecord &s : out.samples) {
            QVERIFY(s.tsEpochS >= *out.header->startEpochS);
            QVERIFY(s.intervalS && *s.intervalS >= 0.9 && *s.intervalS < 10);
            QVERIFY(s.cpuUtilPct && *s.cpuUtilPct >= 0 && *s.cpuUtilPct <= 100);
            QVERIFY(s.iowaitPct && *s.iowaitPct >= 0 && *s.iowaitPct <= 100);
            QVERIFY(s.stealPct && *s.stealPct >= 0 && *s.stealPct <= 100);
            QVERIFY(*s.cpuUtilPct + *s.iowaitPct + *s.stealPct <= 100.2); // each rounded to 0.1
            QVERIFY(s.memUsedMb && *s.memUsedMb > 0);
            QVERIFY(s.memTotalMb && *s.memTotalMb >= *s.memUsedMb);
            QVERIFY(s.load1 && *s.load1 >= 0);
            QVERIFY(s.diskReadBytes && *s.diskReadBytes >= 0 && s.diskWriteBytes);
            QVERIFY(s.netRxBytes && *s.netRxBytes >= 0 && s.netTxBytes);
        }

        // Each sensor source gives readings here, or is missing, said once.
        const QStringList missing = sources(out);
        for (const QString &source : missing)
            QVERIFY2(missing.count(source) == 1, qPrintable(source));
        const NodeSampleRecord &s = out.samples.last();
        auto check = [&](const char *source, bool present) {
            const bool isMissing = missing.contains(QString::fromLatin1(source));
            QVERIFY2(present != isMissing, source);
        };
        bool hwmonTemp = false;
        for (auto it = s.temperaturesC.cbegin(); it != s.temperaturesC.cend(); ++it)
            hwmonTemp |= !it.key().startsWith(u"gpu");
        check("cpufreq", s.freqAvgMhz.has_value());
        check("rapl", s.energyRaplJ.has_value() || !s.energiesJ.isEmpty());
        check("cray", s.powerCrayW.has_value());
        check("ipmi", s.powerIpmiW.has_value());
        check("gpu", s.powersW.contains(QStringLiteral("gpu0")) || s.temperaturesC.contains(QStringLiteral("gpu0")));
        if (!hwmonTemp)
            QVERIFY(missing.contains(QStringLiteral("hwmon")) || missing.contains(QStringLiteral("thermal")));

        // What this VM is known to lack (tests/data/sampler/this-machine.txt): no RAPL, no BMC, no GPU.
        if (!QFile::exists(QStringLiteral("/sys/class/powercap")))
            QVERIFY(missing.contains(QStringLiteral("rapl")));
        if (!QFile::exists(QStringLiteral("/sys/cray/pm_counters")))
            QVERIFY(missing.contains(QStringLiteral("cray")));
        qInfo().noquote() << "sampler output:\n" << text;
    }

    // SIGTERM between samples: exit 0, every line complete.
    void stopsCleanlyOnSigterm()
    {
        QProcess sampler;
        sampler.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("-i"), QStringLiteral("1")});
        QVERIFY(sampler.waitForStarted());
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (output.count("\nS ") < 2 && !deadline.hasExpired()) {
            sampler.waitForReadyRead(200);
            output += sampler.readAllStandardOutput();
        }
        QCOMPARE(output.count("\nS "), 2);
        sampler.terminate();
        QVERIFY(sampler.waitForFinished(20000));
        QCOMPARE(sampler.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sampler.exitCode(), 0);
        output += sampler.readAllStandardOutput();
        QVERIFY(output.endsWith('\n'));
        const SamplerOutput out = SamplerParser::parseText(output);
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QVERIFY(!out.truncatedTail);
        QVERIFY(out.samples.size() >= 2);
    }

    // A signal ends the wait for the next sample at once: with a 30 s interval, stopped as soon as its first sleep
    // has begun, it exits long before the sleep would end, after one partial sample that says how short it was.
    void sigtermCutsTheSleepShort()
    {
        QProcess sampler;
        sampler.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("-i"), QStringLiteral("30")});
        QVERIFY(sampler.waitForStarted());
        QDeadlineTimer deadline(20000);
        while (!hasSleepingChild(sampler.processId()) && !deadline.hasExpired())
            QTest::qWait(50);
        QVERIFY2(!deadline.hasExpired(), "the sampler never began its first sleep");
        QElapsedTimer timer;
        timer.start();
        sampler.terminate();
        QVERIFY(sampler.waitForFinished(25000));
        QVERIFY2(timer.elapsed() < 25000, "the sampler waited for its sleep to end");
        QCOMPARE(sampler.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sampler.exitCode(), 0);
        const SamplerOutput out = SamplerParser::parseText(sampler.readAllStandardOutput());
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QCOMPARE(out.samples.size(), 1);
        QVERIFY(out.samples[0].intervalS.has_value());
        QVERIFY2(*out.samples[0].intervalS < 25, qPrintable(QString::number(*out.samples[0].intervalS)));
    }

    void writesToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        QProcess sampler;
        sampler.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("-i"), QStringLiteral("0.2"),
                       QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("-o"), path});
        QVERIFY(sampler.waitForFinished(30000));
        QCOMPARE(sampler.exitCode(), 0);
        QVERIFY(sampler.readAllStandardOutput().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SamplerOutput out = SamplerParser::parseText(file.readAll());
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QCOMPARE(out.samples.size(), 2);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("zero interval") << QStringList{QStringLiteral("-i"), QStringLiteral("0")};
        QTest::newRow("word interval") << QStringList{QStringLiteral("-i"), QStringLiteral("often")};
        QTest::newRow("negative count") << QStringList{QStringLiteral("-n"), QStringLiteral("-1")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("-x")};
        QTest::newRow("operand") << QStringList{QStringLiteral("extra")};
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QProcess sampler;
        sampler.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral(ES_SAMPLER_SCRIPT)} + arguments);
        QVERIFY(sampler.waitForFinished(10000));
        QCOMPARE(sampler.exitCode(), 2);
        QVERIFY(sampler.readAllStandardOutput().isEmpty());
        QVERIFY(sampler.readAllStandardError().contains("usage:"));
    }
};

QTEST_GUILESS_MAIN(TestSamplerScript)
#include "TestSamplerScript.moc"
