// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SacctJobAssembler.h"

#include <QTest>

using namespace es;

namespace {

Job job(const QString &id)
{
    Job j;
    j.jobId = id;
    return j;
}

JobStep step(const QString &jobId, const QString &stepId, std::optional<double> cpuS, std::optional<double> rssMb,
             std::optional<double> freqMhz, std::optional<double> energyJ)
{
    JobStep s;
    s.jobId = jobId;
    s.stepId = stepId;
    s.totalCpuS = cpuS;
    s.maxRssMb = rssMb;
    s.aveCpuFreqMhz = freqMhz;
    s.energyJ = energyJ;
    return s;
}

/// What the sink received, in order.
struct Received
{
    QList<Job> jobs;
    QList<qsizetype> stepCounts;
};

} // namespace

class TestSacctJobAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsFillWhatTheJobLineLacks()
    {
        Received got;
        SacctJobAssembler assembler([&](Job &j, const QList<JobStep> &steps, QString *) {
            got.jobs << j;
            got.stepCounts << steps.size();
            return true;
        });
        QString error;
        bool orphan = true;
        Job first = job(QStringLiteral("7"));
        first.totalCpuS = 0; // sacct -X prints TotalCPU 0 for the job line
        QVERIFY(assembler.addJob(first, &error));
        QVERIFY(
            assembler.addStep(step(QStringLiteral("7"), QStringLiteral("batch"), 30, 100, 2000, 500), &orphan, &error));
        QVERIFY(!orphan);
        QVERIFY(
            assembler.addStep(step(QStringLiteral("7"), QStringLiteral("0"), 90, 400, 3000, 1200), &orphan, &error));
        QVERIFY(assembler.addStep(step(QStringLiteral("7"), QStringLiteral("extern"), std::nullopt, 5, 0, 1300),
                                  &orphan, &error));
        QVERIFY(got.jobs.isEmpty()); // handed out only when the next job starts or at finish()
        QVERIFY(assembler.addJob(job(QStringLiteral("8")), &error));
        QCOMPARE(got.jobs.size(), 1);
        QCOMPARE(got.stepCounts.front(), qsizetype(3));
        const Job &j = got.jobs.front();
        QCOMPARE(j.totalCpuS.value(), 120.0);                               // summed
        QCOMPARE(j.maxRssMb.value(), 400.0);                                // the largest
        QCOMPARE(j.aveCpuFreqMhz.value(), (2000 * 30 + 3000 * 90) / 120.0); // weighted by CPU time; 0 MHz ignored
        QCOMPARE(j.energyJ.value(), 1300.0);                                // the largest reading, never the sum
        QCOMPARE(j.energySource, QStringLiteral("slurm"));

        QVERIFY(assembler.finish(&error));
        QCOMPARE(got.jobs.size(), 2);
        QCOMPARE(got.jobs.back().jobId, QStringLiteral("8"));
        QCOMPARE(got.stepCounts.back(), qsizetype(0));
        QVERIFY(!got.jobs.back().energyJ);
        QVERIFY(assembler.finish(&error)); // nothing left: a second finish hands out nothing
        QCOMPARE(got.jobs.size(), 2);
    }

    void theJobLineWinsWhereItHasAValue()
    {
        Job measured = job(QStringLiteral("9"));
        measured.totalCpuS = 50;
        measured.aveCpuFreqMhz = 2500;
        measured.energyJ = 800;
        measured.maxRssMb = 1000;
        SacctJobAssembler::aggregateSteps(measured,
                                          {step(QStringLiteral("9"), QStringLiteral("0"), 90, 400, 3000, 1200)});
        QCOMPARE(measured.totalCpuS.value(), 50.0);
        QCOMPARE(measured.aveCpuFreqMhz.value(), 2500.0);
        QCOMPARE(measured.energyJ.value(), 800.0);
        QCOMPARE(measured.maxRssMb.value(), 1000.0);

        // Without CPU times, the frequency is the plain mean of the steps'.
        Job bare = job(QStringLiteral("10"));
        SacctJobAssembler::aggregateSteps(
            bare, {step(QStringLiteral("10"), QStringLiteral("0"), std::nullopt, {}, 2000, {}),
                   step(QStringLiteral("10"), QStringLiteral("1"), std::nullopt, {}, 3000, {})});
        QCOMPARE(bare.aveCpuFreqMhz.value(), 2500.0);
        QVERIFY(!bare.totalCpuS);
        QVERIFY(!bare.energyJ);
    }

    void aStepWithoutItsJobIsAnOrphan()
    {
        int calls = 0;
        SacctJobAssembler assembler([&](Job &, const QList<JobStep> &, QString *) {
            ++calls;
            return true;
        });
        QString error;
        bool orphan = false;
        QVERIFY(!assembler.addStep(step(QStringLiteral("5"), QStringLiteral("batch"), 1, {}, {}, {}), &orphan, &error));
        QVERIFY(orphan);
        QVERIFY2(error.contains(QStringLiteral("5.batch")), qPrintable(error));
        QVERIFY(assembler.addJob(job(QStringLiteral("6")), &error));
        error.clear();
        QVERIFY(!assembler.addStep(step(QStringLiteral("5"), QStringLiteral("0"), 1, {}, {}, {}), &orphan, &error));
        QVERIFY(orphan);
        QVERIFY(assembler.finish(&error));
        QCOMPARE(calls, 1); // job 6, without the orphan's usage
    }

    void aSinkThatFailsStopsTheAssembly()
    {
        SacctJobAssembler assembler([](Job &, const QList<JobStep> &, QString *error) {
            *error = QStringLiteral("disk full");
            return false;
        });
        QString error;
        QVERIFY(assembler.addJob(job(QStringLiteral("1")), &error));
        QVERIFY(!assembler.addJob(job(QStringLiteral("2")), &error));
        QCOMPARE(error, QStringLiteral("disk full"));
    }
};

QTEST_GUILESS_MAIN(TestSacctJobAssembler)
#include "TestSacctJobAssembler.moc"
