// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SbatchTestOnlyParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

/// SbatchTestOnlyParser on the lines Slurm prints (format strings of slurm_job_will_run in Slurm's api/allocate.c).
class TestSbatchTestOnlyParser : public QObject
{
    Q_OBJECT
private slots:
    void startLine()
    {
        QString error;
        const auto r = SbatchTestOnlyParser::parse(
            u"sbatch: Job 3 to start at 2024-05-01T12:00:00 using 4 processors on nodes n1 in partition debug\n", 0,
            &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->jobId, 3);
        QCOMPARE(r->startTs, 1714564800); // 2024-05-01T12:00:00Z
        QCOMPARE(r->processors, 4);
        QCOMPARE(r->nodes, QStringLiteral("n1"));
        QCOMPARE(r->partition, QStringLiteral("debug"));
        QVERIFY(r->preempts.isEmpty());
    }

    void localTime()
    {
        // The controller's client prints local time: 14:00 in CEST (UTC+2) is 12:00 UTC.
        QString error;
        const auto r = SbatchTestOnlyParser::parse(
            u"sbatch: Job 77 to start at 2024-05-01T14:00:00 using 128 processors on nodes c[001-004] in partition "
            u"cpu\n",
            7200, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->startTs, 1714564800);
        QCOMPARE(r->nodes, QStringLiteral("c[001-004]"));
        QCOMPARE(r->processors, 128);
    }

    void olderAndHeterogeneousForms()
    {
        QString error;
        // Slurm 17.11 and older: no partition.
        auto r = SbatchTestOnlyParser::parse(u"sbatch: Job 5 to start at 2024-05-01T12:00:00 using 2 processors on "
                                             u"nodes n[1-2]",
                                             0, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->partition.isEmpty());
        QCOMPARE(r->nodes, QStringLiteral("n[1-2]"));
        // Heterogeneous job: "on NODELIST", no "nodes".
        r = SbatchTestOnlyParser::parse(u"sbatch: Job 9 to start at 2024-05-01T12:00:00 using 6 processors on n[1-3]",
                                        0, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->nodes, QStringLiteral("n[1-3]"));
        // SLURM_TIME_FORMAT=%s: epoch seconds, already UTC.
        r = SbatchTestOnlyParser::parse(
            u"sbatch: Job 9 to start at 1714564800 using 6 processors on nodes n1 in partition p", 3600, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->startTs, 1714564800);
    }

    void preemptsAndMessages()
    {
        QString error;
        const auto r = SbatchTestOnlyParser::parse(u"sbatch: warning: can't honor --ntasks-per-node set to 8\r\n"
                                                   u"sbatch: Job 3 to start at 2024-05-01T12:00:00 using 4 processors "
                                                   u"on nodes n1 in partition debug\r\n"
                                                   u"sbatch:   Preempts: 11,12\r\n",
                                                   0, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->preempts, QStringList({QStringLiteral("11"), QStringLiteral("12")}));
        QCOMPARE(r->messages.size(), 1);
        QVERIFY(r->messages[0].contains(QStringLiteral("warning")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("node config") << "sbatch: error: Batch job submission failed: Requested node configuration is "
                                        "not available\n"
                                     << "refused the job: Batch job submission failed: Requested node configuration is "
                                        "not available";
        QTest::newRow("allocation failure") << "sbatch: error: allocation failure: Invalid partition name specified"
                                            << "allocation failure: Invalid partition name specified";
        QTest::newRow("two errors") << "sbatch: error: AssocMaxSubmitJobLimit\nsbatch: error: Batch job submission "
                                       "failed: Job violates accounting/QOS policy"
                                    << "AssocMaxSubmitJobLimit; Batch job submission failed";
        QTest::newRow("empty") << ""
                               << "printed nothing";
        QTest::newRow("other text") << "Submitted batch job 12\n"
                                    << "no 'to start at' line: Submitted batch job 12";
        QTest::newRow("relative time") << "sbatch: Job 3 to start at Tomorrow 12:00 using 4 processors on nodes n1"
                                       << "cannot read";
        QTest::newRow("bad time") << "sbatch: Job 3 to start at 2024-13-01T12:00:00 using 4 processors on nodes n1"
                                  << "SLURM_TIME_FORMAT=standard";
        QTest::newRow("huge count") << "sbatch: Job 3 to start at 2024-05-01T12:00:00 using 99999999999999999999 "
                                       "processors on nodes n1"
                                    << "processor count";
        QTest::newRow("epoch past 9999") << "sbatch: Job 3 to start at 253402300800 using 4 processors on nodes n1"
                                         << "cannot read the start time";
        QTest::newRow("job id over 32 bits") << "sbatch: Job 4294967296 to start at 2024-05-01T12:00:00 using 4 "
                                                "processors on nodes n1"
                                             << "job id";
        QTest::newRow("truncated") << "sbatch: Job 3 to start at 2024-05-01T12:00:00 using 4 processors on"
                                   << "no node list";
        QTest::newRow("trailing") << "sbatch: Job 3 to start at 2024-05-01T12:00:00 using 4 processors on nodes n1 in "
                                     "partition p extra"
                                  << "unexpected text";
        QTest::newRow("partition missing") << "sbatch: Job 3 to start at 2024-05-01T12:00:00 using 4 processors on "
                                              "nodes n1 in partition"
                                           << "no partition name";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SbatchTestOnlyParser::parse(text, 0, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void garbage()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            QString text;
            const int n = int(random.bounded(0, 300));
            for (int i = 0; i < n; ++i)
                text += QChar(char16_t(random.bounded(1, 0xD7FF)));
            if (round % 2)
                text.prepend(QStringLiteral("sbatch: Job 3 to start at 2024-05-01T12:00:00 using "));
            QString error;
            QVERIFY(!SbatchTestOnlyParser::parse(text, 0, &error));
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSbatchTestOnlyParser)
#include "TestSbatchTestOnlyParser.moc"
