// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "BatchScriptParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

/// BatchScriptParser: the #SBATCH options the advisor reads, pass-through of the others, sbatch's stop rule.
class TestBatchScriptParser : public QObject
{
    Q_OBJECT
private:
    static std::optional<BatchScript> parse(const QString &text, QString *error)
    {
        return BatchScriptParser::parse(text, error);
    }

private slots:
    void longAndShortOptions()
    {
        QString error;
        const auto s = parse(QStringLiteral("#!/bin/bash\n"
                                            "#SBATCH --job-name=\"lbm run\"\n"
                                            "#SBATCH -N 2\n"
                                            "#SBATCH --ntasks=64 --cpus-per-task 2\n"
                                            "#SBATCH --mem=16G            # per node\n"
                                            "#SBATCH -t 1-12:30\n"
                                            "#SBATCH -p cpu\n"
                                            "#SBATCH --cpu-freq=2000000-2400000:performance\n"
                                            "#SBATCH -w n[1-2] -x n3\n"
                                            "#SBATCH --begin=now+1hour\n"
                                            "#SBATCH --comment='energy test'\n"
                                            "#SBATCH --exclusive\n"
                                            "#SBATCH --account=proj42 --qos high -A other\n"
                                            "\n"
                                            "# a comment\n"
                                            "srun ./lbm\n"
                                            "#SBATCH --nodes=99\n"),
                             &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->jobName, QStringLiteral("lbm run"));
        QCOMPARE(s->nodesMin.value_or(-1), 2);
        QCOMPARE(s->nodesMax.value_or(-1), 2); // the #SBATCH after srun is not read
        QCOMPARE(s->ntasks.value_or(-1), 64);
        QCOMPARE(s->cpusPerTask.value_or(-1), 2);
        QCOMPARE(s->memMb.value_or(-1), 16 * 1024);
        QCOMPARE(s->timeLimitS.value_or(-1), 86400 + 12 * 3600 + 30 * 60);
        QCOMPARE(s->partition, QStringLiteral("cpu"));
        QCOMPARE(s->cpuFreq, QStringLiteral("2000000-2400000:performance"));
        QCOMPARE(s->nodelist, QStringLiteral("n[1-2]"));
        QCOMPARE(s->exclude, QStringLiteral("n3"));
        QCOMPARE(s->begin, QStringLiteral("now+1hour"));
        QCOMPARE(s->comment, QStringLiteral("energy test"));
        QVERIFY(s->exclusive);
        QCOMPARE(s->passThrough, QStringList({QStringLiteral("--account=proj42"), QStringLiteral("--qos"),
                                              QStringLiteral("high"), QStringLiteral("-A"), QStringLiteral("other")}));
        QCOMPARE(s->directives, 12);
        QCOMPARE(s->firstCommandLine, 16);
    }

    void laterDirectiveWins()
    {
        QString error;
        const auto s = parse(QStringLiteral("#!/bin/sh\n#SBATCH -N1\n#SBATCH --nodes=3-5\n#SBATCH -pgpu\n"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->nodesMin.value_or(-1), 3);
        QCOMPARE(s->nodesMax.value_or(-1), 5);
        QCOMPARE(s->partition, QStringLiteral("gpu"));
        QCOMPARE(s->firstCommandLine, 0);
    }

    void notDirectives()
    {
        QString error;
        const auto s = parse(QStringLiteral("#!/bin/bash\n# #SBATCH --nodes=4\n  #SBATCH --nodes=5\n#SBATCHX -N 6\n"
                                            "#sbatch -N 7\n"),
                             &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(!s->nodesMin);
        QCOMPARE(s->directives, 0);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: error, -2: unlimited
        QTest::newRow("MM") << "90" << qint64(90 * 60);
        QTest::newRow("MM:SS") << "10:30" << qint64(630);
        QTest::newRow("HH:MM:SS") << "02:00:05" << qint64(7205);
        QTest::newRow("D-HH") << "2-06" << qint64(2 * 86400 + 6 * 3600);
        QTest::newRow("D-HH:MM") << "1-00:15" << qint64(86400 + 900);
        QTest::newRow("D-HH:MM:SS") << "3-01:02:03" << qint64(3 * 86400 + 3723);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("UNLIMITED") << "UNLIMITED" << qint64(-2);
        QTest::newRow("infinite") << "infinite" << qint64(-2);
        QTest::newRow("four parts") << "1:2:3:4" << qint64(-1);
        QTest::newRow("letters") << "1h" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("dash only") << "-" << qint64(-1);
        QTest::newRow("empty part") << "1::3" << qint64(-1);
        QTest::newRow("huge minutes") << "99999999999999999999" << qint64(-1);
        QTest::newRow("over Slurm") << "4294967295" << qint64(-1);
        QTest::newRow("days overflow") << "2147483647-23:59:59" << qint64(-1);
        QTest::newRow("largest") << "4294967293" << qint64(4294967293LL * 60);
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        bool unlimited = false;
        QString error;
        const auto parsed = BatchScriptParser::parseTimeLimitS(text, &unlimited, &error);
        if (seconds == -2) {
            QVERIFY(unlimited && !parsed);
        } else if (seconds == -1) {
            QVERIFY2(!parsed && !unlimited, qPrintable(text));
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(*parsed, seconds);
        }
    }

    void memory()
    {
        QString error;
        QCOMPARE(BatchScriptParser::parseMemoryMb(u"4000", &error).value_or(-1), 4000);
        QCOMPARE(BatchScriptParser::parseMemoryMb(u"4G", &error).value_or(-1), 4096);
        QCOMPARE(BatchScriptParser::parseMemoryMb(u"2T", &error).value_or(-1), 2 * 1024 * 1024);
        QCOMPARE(BatchScriptParser::parseMemoryMb(u"1500K", &error).value_or(-1), 2); // rounded up
        QCOMPARE(BatchScriptParser::parseMemoryMb(u"512MB", &error).value_or(-1), 512);
        QCOMPARE(BatchScriptParser::parseMemoryMb(u"0", &error).value_or(-1), 0);
        QVERIFY(!BatchScriptParser::parseMemoryMb(u"G", &error));
        QVERIFY(!BatchScriptParser::parseMemoryMb(u"4X", &error));
        QVERIFY(!BatchScriptParser::parseMemoryMb(u"-4G", &error));
        QVERIFY(!BatchScriptParser::parseMemoryMb(u"9999999999999999T", &error)); // overflows qint64 MiB
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no shebang") << "#SBATCH -N 2\nsrun x\n"
                                    << "line 1: a batch script must start with #!";
        QTest::newRow("nodes overflow") << "#!/bin/sh\n#SBATCH --nodes=99999999999999999999\n"
                                        << "line 2: --nodes=99999999999999999999: the number is too large";
        QTest::newRow("ntasks over int") << "#!/bin/sh\n#SBATCH -n 2147483648\n"
                                         << "too large (over 2147483647)";
        QTest::newRow("zero tasks") << "#!/bin/sh\n#SBATCH --ntasks=0\n"
                                    << "positive whole number";
        QTest::newRow("nodes reversed") << "#!/bin/sh\n#SBATCH -N 4-2\n"
                                        << "maximum is below";
        QTest::newRow("bad time") << "#!/bin/sh\n#SBATCH --time=soon\n"
                                  << "--time=soon: a time as";
        QTest::newRow("bad mem") << "#!/bin/sh\n#SBATCH --mem=lots\n"
                                 << "--mem=lots: memory as";
        QTest::newRow("missing value") << "#!/bin/sh\n#SBATCH --partition\n"
                                       << "--partition needs a value";
        QTest::newRow("empty value") << "#!/bin/sh\n#SBATCH --partition=\n"
                                     << "--partition needs a value";
        QTest::newRow("quote") << "#!/bin/sh\n#SBATCH -J \"open\n"
                               << "unterminated";
        QTest::newRow("not an option") << "#!/bin/sh\n#SBATCH nodes=2\n"
                                       << "'nodes=2' is not an option";
        QTest::newRow("exclusive mode") << "#!/bin/sh\n#SBATCH --exclusive=everyone\n"
                                        << "user, mcs or topo";
    }
    void errors()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parse(script, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void garbage()
    {
        QRandomGenerator random(11);
        for (int round = 0; round < 200; ++round) {
            QString text = round % 2 ? QStringLiteral("#!/bin/sh\n#SBATCH ") : QString();
            const int n = int(random.bounded(0, 400));
            for (int i = 0; i < n; ++i)
                text += QChar(char16_t(random.bounded(1, 0xD7FF)));
            QString error;
            const auto s = parse(text, &error);
            QVERIFY(s || !error.isEmpty()); // either read or refused with a reason; never a crash
            if (round % 2 == 0)
                QVERIFY(!s); // no "#!": refused
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchScriptParser)
#include "TestBatchScriptParser.moc"
