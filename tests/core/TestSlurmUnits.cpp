// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SlurmUnits.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

class TestSlurmUnits : public QObject
{
    Q_OBJECT
private slots:
    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("seconds"); // -1: no value
        QTest::addColumn<bool>("malformed");
        QTest::newRow("hh:mm:ss") << QStringLiteral("03:33:25") << 12805.0 << false;
        QTest::newRow("days") << QStringLiteral("5-00:00:00") << 432000.0 << false;
        QTest::newRow("days-hours") << QStringLiteral("1-02") << 93600.0 << false;
        QTest::newRow("days-hh:mm") << QStringLiteral("1-02:03") << 93780.0 << false;
        QTest::newRow("mm:ss.mmm") << QStringLiteral("00:15.057") << 15.057 << false;
        QTest::newRow("mm:ss") << QStringLiteral("01:05") << 65.0 << false;
        QTest::newRow("minutes") << QStringLiteral("90") << 5400.0 << false;
        QTest::newRow("hh:mm:ss.frac") << QStringLiteral("07:06:50.5") << 25610.5 << false;
        QTest::newRow("unlimited") << QStringLiteral("UNLIMITED") << -1.0 << false;
        QTest::newRow("partition limit") << QStringLiteral("Partition_Limit") << -1.0 << false;
        QTest::newRow("empty") << QString() << -1.0 << false;
        QTest::newRow("letters") << QStringLiteral("ab:cd") << -1.0 << true;
        QTest::newRow("too many parts") << QStringLiteral("1:2:3:4") << -1.0 << true;
        QTest::newRow("bad days") << QStringLiteral("x-01:00:00") << -1.0 << true;
        QTest::newRow("dangling dash") << QStringLiteral("1-") << -1.0 << true;
        QTest::newRow("negative") << QStringLiteral("-5") << -1.0 << true;
    }
    void duration()
    {
        QFETCH(QString, text);
        QFETCH(double, seconds);
        QFETCH(bool, malformed);
        bool bad = false;
        const auto value = slurm::parseDurationS(text, &bad);
        QCOMPARE(bad, malformed);
        if (seconds < 0) {
            QVERIFY(!value);
        } else {
            QVERIFY(value);
            QCOMPARE(*value, seconds);
        }
    }

    void memory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("mib");
        QTest::addColumn<bool>("perCpu");
        QTest::addColumn<bool>("perNode");
        QTest::newRow("K") << QStringLiteral("231092K") << 231092.0 / 1024 << false << false;
        QTest::newRow("decimal K") << QStringLiteral("85399.46K") << 85399.46 / 1024 << false << false;
        QTest::newRow("M") << QStringLiteral("0.31M") << 0.31 << false << false;
        QTest::newRow("G") << QStringLiteral("1.5G") << 1536.0 << false << false;
        QTest::newRow("Kn") << QStringLiteral("2252800Kn") << 2200.0 << false << true;
        QTest::newRow("Mc") << QStringLiteral("14000Mc") << 14000.0 << true << false;
        QTest::newRow("Gn") << QStringLiteral("32Gn") << 32768.0 << false << true;
        QTest::newRow("bytes") << QStringLiteral("1048576") << 1.0 << false << false;
        QTest::newRow("zero") << QStringLiteral("0") << 0.0 << false << false;
    }
    void memory()
    {
        QFETCH(QString, text);
        QFETCH(double, mib);
        QFETCH(bool, perCpu);
        QFETCH(bool, perNode);
        bool bad = true, c = false, n = false;
        const auto value = slurm::parseMemoryMb(text, &bad, &c, &n);
        QVERIFY(!bad);
        QVERIFY(value);
        QVERIFY(qAbs(*value - mib) < 1e-9);
        QCOMPARE(c, perCpu);
        QCOMPARE(n, perNode);
    }
    void memoryGarbage()
    {
        for (const char *text : {"K", "12X", "abc", "1.2.3G", "-5M", "c", "n", "Gn"}) {
            bool bad = false;
            QVERIFY2(!slurm::parseMemoryMb(QString::fromLatin1(text), &bad), text);
            QVERIFY2(bad, text);
        }
    }

    void frequency()
    {
        QCOMPARE(*slurm::parseFrequencyMhz(u"2.40G"), 2400.0);
        QCOMPARE(*slurm::parseFrequencyMhz(u"1200M"), 1200.0);
        QCOMPARE(*slurm::parseFrequencyMhz(u"2400000"), 2400.0); // bare value: kHz
        QCOMPARE(*slurm::parseFrequencyMhz(u"2400000K"), 2400.0);
        QVERIFY(!slurm::parseFrequencyMhz(u"Unknown"));
        bool bad = false;
        QVERIFY(!slurm::parseFrequencyMhz(u"fast", &bad));
        QVERIFY(bad);
    }

    void scaled()
    {
        QCOMPARE(*slurm::parseScaledNumber(u"54156"), 54156.0);
        QCOMPARE(*slurm::parseScaledNumber(u"1.20K"), 1200.0);
        QCOMPARE(*slurm::parseScaledNumber(u"2M"), 2e6);
        bool bad = false;
        QVERIFY(!slurm::parseScaledNumber(u"lots", &bad));
        QVERIFY(bad);
    }

    void timestamp()
    {
        QCOMPARE(*slurm::parseTimestamp(u"2019-07-31T22:29:13"), qint64(1564612153));
        QCOMPARE(*slurm::parseTimestamp(u"2019-07-31 22:29:13"), qint64(1564612153));
        QCOMPARE(*slurm::parseTimestamp(u"2019-07-31T22:29:13", 7200), qint64(1564612153 - 7200));
        QCOMPARE(*slurm::parseTimestamp(u"1564612153"), qint64(1564612153));
        QVERIFY(!slurm::parseTimestamp(u"Unknown"));
        QVERIFY(!slurm::parseTimestamp(u"None"));
        for (const char *text : {"2019-13-01T00:00:00", "2019-02-30T00:00:00", "2019-07-31T25:00:00", "yesterday",
                                 "2019-07-31", "2019-07-31T22:29:1x"}) {
            bool bad = false;
            QVERIFY2(!slurm::parseTimestamp(QString::fromLatin1(text), 0, &bad), text);
            QVERIFY2(bad, text);
        }
    }

    void exitCode()
    {
        std::optional<int> code, signal;
        QVERIFY(slurm::parseExitCode(u"0:9", &code, &signal));
        QCOMPARE(*code, 0);
        QCOMPARE(*signal, 9);
        QVERIFY(slurm::parseExitCode(u"127:0", &code, &signal));
        QCOMPARE(*code, 127);
        QVERIFY(slurm::parseExitCode(u"", &code, &signal));
        QVERIFY(!code && !signal);
        QVERIFY(!slurm::parseExitCode(u"x:1", &code, &signal));
        QVERIFY(!slurm::parseExitCode(u"999:0", &code, &signal));
    }

    void state()
    {
        QCOMPARE(slurm::normalizeState(u"CANCELLED by 1300204"), QStringLiteral("CANCELLED"));
        QCOMPARE(slurm::normalizeState(u"COMPLETED"), QStringLiteral("COMPLETED"));
        QCOMPARE(slurm::normalizeState(u" TIMEOUT "), QStringLiteral("TIMEOUT"));
    }

    /// Well-formed values out of range set both flags: refused, never wrapped (a duration that overflowed qint64
    /// used to come back negative).
    void outOfRange_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("days") << QStringLiteral("duration") << QStringLiteral("999999999999999999-00:00:00");
        QTest::newRow("19-digit days") << QStringLiteral("duration") << QStringLiteral("9999999999999999999-00");
        QTest::newRow("hours") << QStringLiteral("duration") << QStringLiteral("999999999999999999:00:00");
        QTest::newRow("minutes") << QStringLiteral("duration") << QStringLiteral("99999999999999999999");
        // Found by fuzz_slurm_units: the digits past the 18th overflowed while they were being checked.
        QTest::newRow("41-digit hours") << QStringLiteral("duration") << QString(41, u'6') + QStringLiteral(":49");
        QTest::newRow("past 9999") << QStringLiteral("duration") << QStringLiteral("3652059-00:00:00");
        QTest::newRow("memory 1e400") << QStringLiteral("memory") << QStringLiteral("1e400");
        QTest::newRow("memory 1e308P") << QStringLiteral("memory") << QStringLiteral("1e308P");
        QTest::newRow("memory 1e300Tc") << QStringLiteral("memory") << QStringLiteral("1e300Tc");
        QTest::newRow("frequency") << QStringLiteral("frequency") << QStringLiteral("1.7e308G");
        QTest::newRow("energy 1e400") << QStringLiteral("scaled") << QStringLiteral("1e400");
        QTest::newRow("energy 1e300T") << QStringLiteral("scaled") << QStringLiteral("1e300T");
        QTest::newRow("epoch past 9999") << QStringLiteral("timestamp") << QStringLiteral("253402300800");
        QTest::newRow("epoch 19 digits") << QStringLiteral("timestamp") << QStringLiteral("9999999999999999999");
        QTest::newRow("epoch 30 digits") << QStringLiteral("timestamp")
                                         << QStringLiteral("999999999999999999999999999999");
    }
    void outOfRange()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        bool malformed = false, outOfRange = false;
        bool any = false;
        if (kind == u"duration")
            any = slurm::parseDurationS(text, &malformed, &outOfRange).has_value();
        else if (kind == u"memory")
            any = slurm::parseMemoryMb(text, &malformed, nullptr, nullptr, &outOfRange).has_value();
        else if (kind == u"frequency")
            any = slurm::parseFrequencyMhz(text, &malformed, &outOfRange).has_value();
        else if (kind == u"scaled")
            any = slurm::parseScaledNumber(text, &malformed, &outOfRange).has_value();
        else
            any = slurm::parseTimestamp(text, 0, &malformed, &outOfRange).has_value();
        QVERIFY(!any);
        QVERIFY(malformed);
        QVERIFY(outOfRange);
    }

    /// The limits themselves are accepted; malformed text is not "out of range"; an underflow is zero, not an error.
    void rangeEdges()
    {
        bool malformed = false, outOfRange = false;
        QCOMPARE(*slurm::parseTimestamp(u"253402300799", 0, &malformed, &outOfRange), qint64(253402300799));
        QCOMPARE(*slurm::parseTimestamp(u"9999-12-31T23:59:59", 0, &malformed, &outOfRange), qint64(253402300799));
        QVERIFY(!slurm::parseTimestamp(u"9999-12-31T23:59:59", -3600, &malformed, &outOfRange));
        QVERIFY(outOfRange);
        QCOMPARE(*slurm::parseDurationS(u"3652058-00:00:00", &malformed, &outOfRange), 3652058.0 * 86400);
        QVERIFY(!malformed && !outOfRange);
        QVERIFY(!slurm::parseDurationS(u"12:ab", &malformed, &outOfRange));
        QVERIFY(malformed && !outOfRange);
        QCOMPARE(*slurm::parseScaledNumber(u"1e-400", &malformed, &outOfRange), 0.0);
        QVERIFY(!malformed && !outOfRange);
        QVERIFY(!slurm::parseScaledNumber(u"nan", &malformed, &outOfRange));
        QVERIFY(malformed && !outOfRange);
        QVERIFY(!slurm::parseMemoryMb(u"infG", &malformed, nullptr, nullptr, &outOfRange));
        QVERIFY(malformed && !outOfRange);
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator rng(20261121);
        const QString alphabet = QStringLiteral("0123456789:-.KMGTPcnUNLIMITED T\u00e9\u4e2d\x01");
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = int(rng.bounded(24));
            for (int k = 0; k < length; ++k)
                text += alphabet[int(rng.bounded(int(alphabet.size())))];
            bool bad = false;
            const auto d = slurm::parseDurationS(text, &bad);
            QVERIFY(!(d && bad));
            const auto m = slurm::parseMemoryMb(text, &bad);
            QVERIFY(!(m && bad));
            const auto t = slurm::parseTimestamp(text, 0, &bad);
            QVERIFY(!(t && bad));
            slurm::parseFrequencyMhz(text);
            slurm::parseScaledNumber(text);
            std::optional<int> c, s;
            slurm::parseExitCode(text, &c, &s);
        }
    }
};

QTEST_GUILESS_MAIN(TestSlurmUnits)
#include "TestSlurmUnits.moc"
