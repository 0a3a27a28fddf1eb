// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LineReader.h"
#include "SacctParser.h"
#include "TestStores.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

namespace {

struct Parsed
{
    QList<Job> jobs;
    QList<JobStep> steps;
    QStringList errors;
};

Parsed parseAll(SacctParser &parser, const QStringList &lines)
{
    Parsed out;
    Job job;
    JobStep step;
    QString error;
    for (const QString &line : lines) {
        switch (parser.parseLine(line, &job, &step, &error)) {
        case SacctParser::LineKind::Job:
            out.jobs << job;
            break;
        case SacctParser::LineKind::Step:
            out.steps << step;
            break;
        case SacctParser::LineKind::Error:
            out.errors << error;
            break;
        case SacctParser::LineKind::Blank:
            break;
        }
    }
    return out;
}

QStringList readLines(const QString &relative)
{
    LineReader reader;
    QString error;
    if (!reader.open(test::dataFile(relative), &error))
        qFatal("%s", qPrintable(error));
    QStringList lines;
    QByteArray line;
    while (reader.readLine(&line))
        lines << QString::fromUtf8(line);
    return lines;
}

} // namespace

class TestSacctParser : public QObject
{
    Q_OBJECT
private slots:
    // Real output with the ';|;' delimiter, see tests/data/SOURCES.md.
    void slurm2sqlDump()
    {
        const QStringList lines = readLines(QStringLiteral("sacct/slurm2sql-test-data1.txt"));
        const QString delimiter = SacctParser::detectDelimiter(lines[0]);
        QCOMPARE(delimiter, QStringLiteral(";|;"));
        SacctParser parser(delimiter);
        QString error;
        QVERIFY2(parser.parseHeader(lines[0], &error), qPrintable(error));
        const Parsed parsed = parseAll(parser, lines.mid(1));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.jobs.size(), 2);
        QCOMPARE(parsed.steps.size(), 3);
        const Job &job = parsed.jobs[0];
        QCOMPARE(job.jobId, QStringLiteral("43974388"));
        QCOMPARE(job.name, QStringLiteral("spawner-jupyterhub"));
        QCOMPARE(job.state, QStringLiteral("CANCELLED"));
        QCOMPARE(*job.timelimitS, qint64(5 * 86400));
        QCOMPARE(*job.elapsedS, qint64(3 * 3600 + 33 * 60 + 25));
        QCOMPARE(*job.submitTs, qint64(1564612153)); // 2019-07-31T22:29:13 read as UTC
        QCOMPARE(*job.totalCpuS, 15.057);
        QCOMPARE(*job.reqMemMb, 2200.0); // 2252800Kn on one node
        QCOMPARE(*job.energyJ, 54156.0);
        QCOMPARE(job.energySource, QStringLiteral("slurm"));
        const JobStep &batch = parsed.steps[0];
        QCOMPARE(batch.jobId, QStringLiteral("43974388"));
        QCOMPARE(batch.stepId, QStringLiteral("batch"));
        QCOMPARE(*batch.exitSignal, 9);
        QCOMPARE(*batch.maxRssMb, 231092.0 / 1024);
    }

    // Real output of a running GPU job: most usage fields empty or "Unknown".
    void runningJob()
    {
        const QStringList lines = readLines(QStringLiteral("sacct/slurmio-sacct.txt"));
        SacctParser parser;
        QString error;
        QVERIFY2(parser.parseHeader(lines[0], &error), qPrintable(error));
        const Parsed parsed = parseAll(parser, lines.mid(1));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.jobs.size(), 1);
        QCOMPARE(parsed.jobs[0].state, QStringLiteral("RUNNING"));
        QCOMPARE(*parsed.jobs[0].allocCpus, 24);
        QCOMPARE(*parsed.jobs[0].reqMemMb, 14000.0 * 24); // 14000Mc: per CPU
        QVERIFY(!parsed.jobs[0].aveCpuFreqMhz);
    }

    // A dump made with -n (no header) cannot be read: the error says what to do.
    void headerlessDumpIsRefused()
    {
        const QStringList lines = readLines(QStringLiteral("sacct/goslmailer-sacct.txt"));
        SacctParser parser;
        QString error;
        QVERIFY(!SacctParser::looksLikeHeader(lines[0], u"|"));
        QVERIFY(!parser.parseHeader(lines[0], &error));
        Job job;
        JobStep step;
        QCOMPARE(parser.parseLine(lines[0], &job, &step, &error), SacctParser::LineKind::Error);
        QVERIFY2(error.contains(QStringLiteral("no header")), qPrintable(error));
    }

    // Forms documented for Slurm 22.05 (constructed lines, not captured output): arrays, het jobs, steps,
    // a '|' inside a job name, --parsable's trailing delimiter, unicode and the backtick sacct prints for '"'.
    void idFormsAndDelimiterInName()
    {
        SacctParser parser;
        QString error;
        QVERIFY(parser.parseHeader(u"JobID|JobIDRaw|JobName|State|ExitCode|Elapsed|AllocCPUS|MaxRSS|AveCPUFreq|"
                                   u"ConsumedEnergyRaw|",
                                   &error));
        const Parsed parsed =
            parseAll(parser, {QStringLiteral("10_1|11|arr|COMPLETED|0:0|00:00:05|1|||100|"),
                              QStringLiteral("10_1.batch|11.batch|batch|COMPLETED|0:0|00:00:05|1|2048K|2.40G|90|"),
                              QStringLiteral("12+0|12|het|FAILED|1:0|00:01:00|2||||"),
                              QStringLiteral("13|13|missing|binary|CANCELLED by 0|0:9|00:00:01|1||||"),
                              QStringLiteral("14|14|caf\u00e9 \u4e2d `quoted`|TIMEOUT|0:15|1-00:00:00|4||||"),
                              QStringLiteral("15.extern|15.extern|extern|COMPLETED|0:0|00:00:09|1||||"), QString()});
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.jobs.size(), 4);
        QCOMPARE(parsed.steps.size(), 2);
        QCOMPARE(parsed.jobs[0].jobId, QStringLiteral("10_1"));
        QCOMPARE(parsed.jobs[0].jobIdRaw, QStringLiteral("11"));
        QCOMPARE(parsed.steps[0].jobId, QStringLiteral("10_1"));
        QCOMPARE(parsed.steps[0].stepId, QStringLiteral("batch"));
        QCOMPARE(*parsed.steps[0].aveCpuFreqMhz, 2400.0);
        QCOMPARE(*parsed.steps[0].maxRssMb, 2.0);
        QCOMPARE(parsed.jobs[1].jobId, QStringLiteral("12+0"));
        QCOMPARE(parsed.jobs[1].state, QStringLiteral("FAILED"));
        QCOMPARE(parsed.jobs[2].name, QStringLiteral("missing|binary"));
        QCOMPARE(parsed.jobs[2].state, QStringLiteral("CANCELLED"));
        QCOMPARE(parsed.jobs[3].name, QStringLiteral("caf\u00e9 \u4e2d `quoted`"));
        QCOMPARE(*parsed.jobs[3].elapsedS, qint64(86400));
        QCOMPARE(parsed.steps[1].stepId, QStringLiteral("extern"));
    }

    void unitSeparatorDelimiter()
    {
        const QString us(QChar(0x1f));
        const QString header = QStringLiteral("JobID") + us + QStringLiteral("JobName") + us + QStringLiteral("State");
        QCOMPARE(SacctParser::detectDelimiter(header), us);
        SacctParser parser(us);
        QString error;
        QVERIFY(parser.parseHeader(header, &error));
        const Parsed parsed =
            parseAll(parser, {QStringLiteral("5") + us + QStringLiteral("a|b;c") + us + QStringLiteral("COMPLETED")});
        QCOMPARE(parsed.jobs.size(), 1);
        QCOMPARE(parsed.jobs[0].name, QStringLiteral("a|b;c"));
    }

    void timeZone()
    {
        SacctParser parser(QStringLiteral("|"), QTimeZone("Europe/Madrid"));
        QString error;
        QVERIFY(parser.parseHeader(u"JobID|Start|End", &error));
        const Parsed parsed = parseAll(parser, {QStringLiteral("1|2024-01-15T10:00:00|2024-07-15T10:00:00")});
        QCOMPARE(parsed.jobs.size(), 1);
        QCOMPARE(*parsed.jobs[0].startTs, qint64(1705309200)); // 09:00 UTC (CET, +1)
        QCOMPARE(*parsed.jobs[0].endTs, qint64(1721030400));   // 08:00 UTC (CEST, +2)
    }

    void badLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("few fields") << QStringLiteral("1|x") << QStringLiteral("2 fields, the header has 4");
        QTest::newRow("bad elapsed") << QStringLiteral("1|n|COMPLETED|ab:cd") << QStringLiteral("field Elapsed");
        QTest::newRow("empty id") << QStringLiteral("|n|COMPLETED|00:00:01") << QStringLiteral("empty JobID");
        QTest::newRow("bad id") << QStringLiteral("1;rm -rf|n|COMPLETED|00:00:01") << QStringLiteral("invalid JobID");
        QTest::newRow("dot id") << QStringLiteral(".batch|n|COMPLETED|00:00:01") << QStringLiteral("invalid JobID");
    }
    void badLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, reasonContains);
        SacctParser parser;
        QString error;
        QVERIFY(parser.parseHeader(u"JobID|JobName|State|Elapsed", &error));
        Job job;
        JobStep step;
        QCOMPARE(parser.parseLine(line, &job, &step, &error), SacctParser::LineKind::Error);
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    void extraFieldsWithoutFreeTextField()
    {
        SacctParser parser;
        QString error;
        QVERIFY(parser.parseHeader(u"JobID|State", &error));
        Job job;
        JobStep step;
        QCOMPARE(parser.parseLine(u"1|COMPLETED|extra", &job, &step, &error), SacctParser::LineKind::Error);
        QVERIFY(error.contains(QStringLiteral("3 fields")));
    }

    void headerRecognition()
    {
        QString error;
        SacctParser parser;
        QVERIFY(!parser.parseHeader(u"1234|foo|COMPLETED", &error));
        QVERIFY(!parser.parseHeader(u"JobName|State", &error)); // no JobID
        QVERIFY(!parser.parseHeader(u"", &error));
        QVERIFY(parser.parseHeader(u"jobid|jobname", &error)); // case-insensitive
    }

    /// Out-of-range values are errors naming the field and saying so (not "cannot read").
    void outOfRange_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("Elapsed days") << QStringLiteral("1|999999999999999999-00:00:00|60|4|1")
                                      << QStringLiteral("field Elapsed: '999999999999999999-00:00:00' is out of range");
        QTest::newRow("TimelimitRaw") << QStringLiteral("1|00:01:00|99999999999999|4|1")
                                      << QStringLiteral("field TimelimitRaw: '99999999999999' is out of range");
        QTest::newRow("NNodes") << QStringLiteral("1|00:01:00|60|2147483648|1")
                                << QStringLiteral("field NNodes: '2147483648' is out of range");
        QTest::newRow("NNodes negative") << QStringLiteral("1|00:01:00|60|-1|1")
                                         << QStringLiteral("field NNodes: cannot read '-1'");
        QTest::newRow("End") << QStringLiteral("1|00:01:00|60|4|99999999999999999999")
                             << QStringLiteral("field End: '99999999999999999999' is out of range");
    }
    void outOfRange()
    {
        QFETCH(QString, line);
        QFETCH(QString, reasonContains);
        SacctParser parser;
        QString error;
        QVERIFY(parser.parseHeader(u"JobID|Elapsed|TimelimitRaw|NNodes|End", &error));
        Job job;
        JobStep step;
        QCOMPARE(parser.parseLine(line, &job, &step, &error), SacctParser::LineKind::Error);
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
        // The largest accepted values come through exactly.
        QCOMPARE(parser.parseLine(u"2|3652058-00:00:00|5258964959|2147483647|253402300799", &job, &step, &error),
                 SacctParser::LineKind::Job);
        QCOMPARE(*job.elapsedS, qint64(3652058) * 86400);
        QCOMPARE(*job.timelimitS, qint64(5258964959) * 60);
        QCOMPARE(*job.nodeCount, 2147483647);
        QCOMPARE(*job.endTs, qint64(253402300799));
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator rng(42);
        SacctParser parser;
        QString error;
        QVERIFY(parser.parseHeader(u"JobID|JobName|State|ExitCode|Elapsed|MaxRSS|ReqMem|Start|TotalCPU|AveCPUFreq",
                                   &error));
        const QString alphabet = QStringLiteral("0123456789|._+:-KMGTcnCOMPLETED T\u00e9\x01\u4e2d");
        Job job;
        JobStep step;
        for (int i = 0; i < 20000; ++i) {
            QString line;
            const int length = int(rng.bounded(80));
            for (int k = 0; k < length; ++k)
                line += alphabet[int(rng.bounded(int(alphabet.size())))];
            const auto kind = parser.parseLine(line, &job, &step, &error);
            if (kind == SacctParser::LineKind::Job)
                QVERIFY(!job.jobId.isEmpty());
            if (kind == SacctParser::LineKind::Step)
                QVERIFY(!step.jobId.isEmpty() && !step.stepId.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSacctParser)
#include "TestSacctParser.moc"
