// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LineReader.h"
#include "SwfParser.h"
#include "TestStores.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

class TestSwfParser : public QObject
{
    Q_OBJECT
private slots:
    // The NASA Ames iPSC/860 trace head (Parallel Workloads Archive), see tests/data/SOURCES.md.
    void realTrace()
    {
        LineReader reader;
        QString error;
        QVERIFY2(reader.open(test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")), &error),
                 qPrintable(error));
        SwfParser parser;
        QByteArray line;
        Job job;
        QList<Job> jobs;
        int comments = 0;
        while (reader.readLine(&line)) {
            switch (parser.parseLine(line, &job, &error)) {
            case SwfParser::LineKind::Record:
                jobs << job;
                break;
            case SwfParser::LineKind::Comment:
                ++comments;
                break;
            case SwfParser::LineKind::Blank:
                break;
            case SwfParser::LineKind::Error:
                QFAIL(qPrintable(QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(error)));
            }
        }
        QCOMPARE(jobs.size(), 228);
        QCOMPARE(comments, 28);
        QCOMPARE(*parser.unixStartTime(), qint64(749458803));
        QVERIFY(parser.computer().contains(QStringLiteral("iPSC/860")));
        // First job:     1        0     -1   1451  128 ...
        const Job &first = jobs.front();
        QCOMPARE(first.jobId, QStringLiteral("1"));
        QCOMPARE(*first.submitTs, qint64(749458803));
        QVERIFY(!first.startTs); // wait time is -1 (unknown) throughout this trace
        QCOMPARE(*first.elapsedS, qint64(1451));
        QCOMPARE(*first.allocCpus, 128);
        QVERIFY(!first.timelimitS);
        QCOMPARE(first.user, QStringLiteral("1"));
        QCOMPARE(jobs.back().jobId, QStringLiteral("228"));
    }

    void fieldMapping()
    {
        SwfParser parser;
        Job job;
        QString error;
        QCOMPARE(parser.parseLine("; UnixStartTime: 1000000000", &job, &error), SwfParser::LineKind::Comment);
        QCOMPARE(parser.parseLine(
                     "  7   100   20   300   4   250.5   1024   8   600   2048   5   3   2   9   1   2   -1   -1", &job,
                     &error),
                 SwfParser::LineKind::Record);
        QCOMPARE(job.jobId, QStringLiteral("7"));
        QCOMPARE(*job.submitTs, qint64(1000000100));
        QCOMPARE(*job.startTs, qint64(1000000120));
        QCOMPARE(*job.endTs, qint64(1000000420));
        QCOMPARE(*job.totalCpuS, 250.5 * 4);
        QCOMPARE(*job.maxRssMb, 1.0);
        QCOMPARE(*job.reqCpus, 8);
        QCOMPARE(*job.timelimitS, qint64(600));
        QCOMPARE(*job.reqMemMb, 2048.0 * 8 / 1024);
        QCOMPARE(job.state, QStringLiteral("CANCELLED"));
        QCOMPARE(job.user, QStringLiteral("3"));
        QCOMPARE(job.group, QStringLiteral("2"));
        QCOMPARE(job.executable, QStringLiteral("9"));
        QCOMPARE(job.qos, QStringLiteral("1"));
        QCOMPARE(job.partition, QStringLiteral("2"));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("too few") << QByteArray("1 2 3") << QStringLiteral("3 fields, expected 18");
        QTest::newRow("too many") << QByteArray("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19")
                                  << QStringLiteral("more than 18");
        QTest::newRow("letters") << QByteArray("1 2 x 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18")
                                 << QStringLiteral("field 3 is not a number");
        QTest::newRow("glued") << QByteArray("1 2 3abc 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18")
                               << QStringLiteral("field 3");
        QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe", 4) << QStringLiteral("field 1");
        QTest::newRow("negative id") << QByteArray("-1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18")
                                     << QStringLiteral("negative job number");
        QTest::newRow("nan") << QByteArray("1 nan 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18")
                             << QStringLiteral("field 2");
    }
    void badLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reasonContains);
        SwfParser parser;
        Job job;
        QString error;
        QCOMPARE(parser.parseLine(line, &job, &error), SwfParser::LineKind::Error);
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    /// A number that does not fit its field, or a time past 9999-12-31 once the start, wait and run times are added,
    /// is an error naming the field: never a wrapped or saturated value.
    void overflowIsAnError_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reasonContains");
        const auto record = [](int field, const char *value) {
            QList<QByteArray> fields = QByteArray("1 0 10 100 4 -1 -1 4 3600 -1 1 1 1 1 1 1 -1 -1").split(' ');
            fields[field - 1] = value;
            return fields.join(' ');
        };
        QTest::newRow("run time 1e26") << record(4, "99999999999999999999999999")
                                       << QStringLiteral("field 4 (run time): '99999999999999999999999999' is out");
        QTest::newRow("job number 2^63") << record(1, "9223372036854775808") << QStringLiteral("field 1 (job number)");
        QTest::newRow("double overflow") << record(2, "1e400")
                                         << QStringLiteral("field 2 (submit time): '1e400' is out");
        QTest::newRow("submit past 9999") << record(2, "253402300800") << QStringLiteral("field 2 (submit time)");
        QTest::newRow("submit + wait + run")
            << record(4, "253402300790") << QStringLiteral("field 4 (run time): 10 + 253402300790 is past");
        QTest::newRow("processors over int")
            << record(5, "2147483648") << QStringLiteral("field 5 (allocated processors)");
        QTest::newRow("requested time") << record(9, "1e300") << QStringLiteral("field 9 (requested time)");
        QTest::newRow("status 1e30") << record(11, "1e30") << QStringLiteral("field 11 (status)");
        QTest::newRow("user id 1e19") << record(12, "1e19") << QStringLiteral("field 12 (user id)");
        QTest::newRow("partition 1e300") << record(16, "1e300") << QStringLiteral("field 16 (partition number)");
        QTest::newRow("cpu time x procs") << record(6, "1e300").replace(" 4 ", " 2000000000 ")
                                          << QStringLiteral("field 6 (average CPU time) x processors");
        QTest::newRow("memory x procs") << record(10, "1.7e308") << QStringLiteral("field 10 (requested memory)");
        QTest::newRow("inf") << record(7, "inf") << QStringLiteral("field 7 is not a number: 'inf'");
        QTest::newRow("-inf") << record(7, "-inf") << QStringLiteral("field 7 is not a number");
        QTest::newRow("nan run time") << record(4, "nan") << QStringLiteral("field 4 is not a number: 'nan'");
    }
    void overflowIsAnError()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reasonContains);
        SwfParser parser;
        Job job;
        QString error;
        QCOMPARE(parser.parseLine(line, &job, &error), SwfParser::LineKind::Error);
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    /// The largest values that fit are kept exactly.
    void largestValuesFit()
    {
        SwfParser parser;
        Job job;
        QString error;
        QCOMPARE(parser.parseLine("9223372036854775807 0 0 253402300799 2147483647 -1 -1 -1 -1 -1 5 -1 -1 -1 -1 -1 "
                                  "-1 -1",
                                  &job, &error),
                 SwfParser::LineKind::Record);
        QCOMPARE(job.jobId, QStringLiteral("9223372036854775807"));
        QCOMPARE(*job.endTs, qint64(253402300799));
        QCOMPARE(*job.elapsedS, qint64(253402300799));
        QCOMPARE(*job.allocCpus, 2147483647);
        QCOMPARE(job.state, QStringLiteral("CANCELLED"));
    }

    /// A header start time that cannot be used is an error, not a silent trace-relative time.
    void badUnixStartTime()
    {
        SwfParser parser;
        Job job;
        QString error;
        QCOMPARE(parser.parseLine("; UnixStartTime: 99999999999999999999", &job, &error), SwfParser::LineKind::Error);
        QVERIFY2(error.contains(QStringLiteral("UnixStartTime")), qPrintable(error));
        QCOMPARE(parser.parseLine("; UnixStartTime: 253402300000", &job, &error), SwfParser::LineKind::Comment);
        QCOMPARE(parser.parseLine("1 0 0 100 1 -1 -1 -1 -1 -1 1 -1 -1 -1 -1 -1 -1 -1", &job, &error),
                 SwfParser::LineKind::Record);
        QCOMPARE(parser.parseLine("1 1000 0 100 1 -1 -1 -1 -1 -1 1 -1 -1 -1 -1 -1 -1 -1", &job, &error),
                 SwfParser::LineKind::Error);
        QVERIFY2(error.contains(QStringLiteral("past the latest time")), qPrintable(error));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(7);
        SwfParser parser;
        Job job;
        QString error;
        for (int i = 0; i < 20000; ++i) {
            QByteArray line(int(rng.bounded(120)), Qt::Uninitialized);
            for (char &c : line)
                c = (i % 2) ? char(rng.bounded(256)) : " -0123456789.;\t"[rng.bounded(15)];
            const auto kind = parser.parseLine(line, &job, &error);
            if (kind == SwfParser::LineKind::Record)
                QVERIFY(!job.jobId.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSwfParser)
#include "TestSwfParser.moc"
