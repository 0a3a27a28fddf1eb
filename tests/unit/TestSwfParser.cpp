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
