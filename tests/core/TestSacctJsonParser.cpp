// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// SacctJsonParser on small documents in the shapes of sacct --json (SYNTHETIC, written here after the test lab's
// real 22.05 output in tests/data/sacct and the documented 23.02+ shape); the real files are imported in
// TestImporter.
#include "SacctJsonParser.h"

#include <QTest>

using namespace es;

namespace {

QByteArray failedJob(const char *release, const char *state, const char *exitStatus)
{
    return QByteArray("{\"meta\": {\"Slurm\": {\"release\": \"") + release +
           "\"}}, \"jobs\": [{\"job_id\": 5, \"state\": {\"current\": " + state +
           "}, \"exit_code\": {\"status\": " + exitStatus +
           ", \"return_code\": {\"set\": true, \"infinite\": false, \"number\": 0}}, \"steps\": []}]}";
}

} // namespace

class TestSacctJsonParser : public QObject
{
    Q_OBJECT
private slots:
    // Slurm 22.05 reports SUCCESS/0 for a job that failed with a code (seen on the lab): such a code is unknown.
    // A later Slurm is believed.
    void zeroExitOfAFailedJobBelievedFrom23On()
    {
        QString error;
        const auto old = SacctJsonParser::parse(failedJob("22.05.8", "\"FAILED\"", "\"SUCCESS\""), &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(old->exitCodesUnknown, qint64(1));
        QVERIFY(!old->jobs.at(0).job.exitCode);
        const auto recent = SacctJsonParser::parse(failedJob("23.02.7", "[\"FAILED\"]", "[\"SUCCESS\"]"), &error);
        QVERIFY2(recent, qPrintable(error));
        QCOMPARE(recent->exitCodesUnknown, qint64(0));
        QCOMPARE(recent->jobs.at(0).job.exitCode, std::optional<int>(0));
        QCOMPARE(recent->jobs.at(0).job.state, QStringLiteral("FAILED"));
        QCOMPARE(recent->slurmVersion, QStringLiteral("23.02.7"));
    }

    // Empty lists, wrong types, numbers that do not fit: read as unknown, never a crash or a wrapped value.
    void oddValuesAreUnknown()
    {
        QString error;
        const auto result = SacctJsonParser::parse(
            "{\"jobs\": [{\"job_id\": 7, \"state\": {\"current\": []}, \"exit_code\": {\"status\": []},"
            " \"time\": {\"start\": 1e300, \"end\": -5, \"elapsed\": {\"set\": true, \"infinite\": true, \"number\": "
            "3},"
            " \"limit\": \"x\"}, \"required\": {\"CPUs\": 3000000000},"
            " \"steps\": [{\"step\": {\"id\": []}, \"statistics\": {\"energy\": {\"consumed\": null}}}]}]}",
            &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->jobs.size(), size_t(1));
        const Job &job = result->jobs[0].job;
        QCOMPARE(job.jobId, QStringLiteral("7"));
        QVERIFY(job.state.isEmpty());
        QVERIFY(!job.startTs && !job.endTs && !job.elapsedS && !job.timelimitS && !job.reqCpus);
        QCOMPARE(result->jobs[0].steps.size(), 1);
        QVERIFY(!result->jobs[0].steps[0].energyJ);
    }

    void notSacctJson()
    {
        QString error;
        QVERIFY(!SacctJsonParser::parse("[1, 2]", &error));
        QVERIFY2(error.contains(QStringLiteral("\"jobs\"")), qPrintable(error));
        QVERIFY(!SacctJsonParser::parse("{\"jobs\": [", &error));
        QVERIFY(SacctJsonParser::looksLikeJson("  \n {\"jobs\"") && !SacctJsonParser::looksLikeJson("JobID|State"));
    }
};

QTEST_GUILESS_MAIN(TestSacctJsonParser)
#include "TestSacctJsonParser.moc"
