// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignSlurmParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

/// The sacct and squeue answers the campaign tracker reads (lines as the lab's Slurm 22.05 writes them).
class TestCampaignSlurmParser : public QObject
{
    Q_OBJECT
private:
    static QByteArray sacctLine(std::initializer_list<const char *> fields)
    {
        QList<QByteArray> parts;
        for (const char *f : fields)
            parts << QByteArray(f);
        return parts.join('\x1f') + '\n';
    }

private slots:
    void sacct()
    {
        QString error;
        const QByteArray text = sacctLine({"16", "es-kill-1-008d7e1d-r1a0", "COMPLETED", "1796174793", "1796174797",
                                           "4", "node[1-2]", "894", "0:0"}) +
                                sacctLine({"17", "es-kill-1-aa-r0a0", "CANCELLED by 1000", "Unknown", "Unknown", "0",
                                           "None assigned", "", "0:0"}) +
                                sacctLine({"18", "es-x-r0a0", "NODE_FAIL", "1796174793", "1796174800", "7", "node3",
                                           "18446744073709551614", "1:0"});
        const auto jobs = CampaignSlurmParser::parseSacct(text, &error);
        QVERIFY2(jobs, qPrintable(error));
        QCOMPARE(jobs->size(), 3);
        QCOMPARE(jobs->at(0).state, QStringLiteral("COMPLETED"));
        QCOMPARE(jobs->at(0).energyJ.value_or(0), 894.0);
        QCOMPARE(jobs->at(0).startTs.value_or(0), 1796174793);
        QCOMPARE(jobs->at(0).nodeList, QStringLiteral("node[1-2]"));
        QCOMPARE(jobs->at(1).state, QStringLiteral("CANCELLED"));
        QVERIFY(!jobs->at(1).startTs);
        QVERIFY(jobs->at(1).nodeList.isEmpty());
        QVERIFY(!jobs->at(1).energyJ);
        // Slurm's NO_VAL64 in an energy field is no measurement.
        QVERIFY(!jobs->at(2).energyJ);
    }

    /// The Comment comes last: whatever it holds, the delimiter included, stays in it.
    void sacctComment()
    {
        QString error;
        const auto jobs =
            CampaignSlurmParser::parseSacct(sacctLine({"16", "es-a-r0a0", "COMPLETED", "1796174793", "1796174797", "4",
                                                       "node1", "894", "0:0", "es-campaign:a:0123456789ab:r0a0"}) +
                                                sacctLine({"17", "es-a-r1a0", "RUNNING", "1796174793", "Unknown", "4",
                                                           "node2", "", "0:0", "someone's\x1f; comment", "with more"}),
                                            &error);
        QVERIFY2(jobs, qPrintable(error));
        QCOMPARE(jobs->at(0).comment, QStringLiteral("es-campaign:a:0123456789ab:r0a0"));
        QCOMPARE(jobs->at(1).comment, QStringLiteral("someone's\x1f; comment\x1fwith more"));
        QCOMPARE(jobs->at(1).exitCode, QStringLiteral("0:0"));
    }

    void sacctRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("fields") << QByteArray("16|x|COMPLETED\n");
        QTest::newRow("job id") << sacctLine({"1;rm", "x", "COMPLETED", "", "", "", "", "", ""});
        QTest::newRow("time overflow") << sacctLine(
            {"16", "x", "COMPLETED", "99999999999999999999", "", "", "", "", ""});
        QTest::newRow("negative energy") << sacctLine({"16", "x", "COMPLETED", "", "", "", "", "-5", ""});
        QTest::newRow("nan elapsed") << sacctLine({"16", "x", "COMPLETED", "", "", "nan", "", "", ""});
    }
    void sacctRefuses()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!CampaignSlurmParser::parseSacct(text, &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 1: ")), qPrintable(error));
    }

    void squeue()
    {
        QString error;
        const auto jobs =
            CampaignSlurmParser::parseSqueue("20|es-a-r0a0|PENDING|\n21|es-b-r0a0|RUNNING|node4\n", &error);
        QVERIFY2(jobs, qPrintable(error));
        QCOMPARE(jobs->size(), 2);
        QCOMPARE(jobs->at(1).nodeList, QStringLiteral("node4"));
        QVERIFY(!CampaignSlurmParser::parseSqueue("JOBID NAME\n", &error));
    }

    /// Random bytes never crash either parser; whatever is accepted has a job id and a state.
    void garbage()
    {
        QRandomGenerator random(7);
        const QByteArray alphabet("0123456789|_ \n\x1f-:.abcNODE[]");
        for (int round = 0; round < 3000; ++round) {
            QByteArray text;
            const int n = int(random.bounded(200));
            for (int i = 0; i < n; ++i)
                text += alphabet[int(random.bounded(alphabet.size()))];
            QString error;
            for (const auto &jobs :
                 {CampaignSlurmParser::parseSacct(text, &error), CampaignSlurmParser::parseSqueue(text, &error)})
                if (jobs)
                    for (const CampaignJobState &j : *jobs)
                        QVERIFY(!j.jobId.isEmpty() && !j.state.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaignSlurmParser)
#include "TestCampaignSlurmParser.moc"
