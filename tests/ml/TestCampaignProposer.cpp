// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"
#include "CampaignProposer.h"
#include "CampaignSpec.h"
#include "CampaignStore.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <random>

using namespace es;
using namespace es::ml;

/// The active mode's proposal: which cells it puts first, what it chooses within the budget, and whether its 90%
/// prediction intervals hold 90% of new runs. Runs are SYNTHETIC: energy = 1000 J x nodes^0.8 x a log-normal
/// noise, known here so that the intervals can be checked against the truth.
class TestCampaignProposer : public QObject
{
    Q_OBJECT
private:
    static CampaignSpec spec()
    {
        QString error;
        return CampaignSpec::fromJson("{\"format\": 1, \"name\": \"scan\", \"profile\": \"lab\", \"workloads\": "
                                      "[{\"id\": \"sysbench-cpu\"}, {\"id\": \"stress-ng-cpu\"}], \"nodes\": [1, 2]}",
                                      &error)
            .value_or(CampaignSpec());
    }

    /// `repeats` completed SYNTHETIC runs of workload w on each of `nodeCounts`.
    static QList<CampaignRunRecord> runs(const CampaignSpec &s, int w, const QList<int> &nodeCounts, int repeats,
                                         double noise, std::mt19937 &random, const QString &frequency = QString())
    {
        std::normal_distribution<double> logNoise(0.0, noise);
        QList<CampaignRunRecord> result;
        for (int nodes : nodeCounts) {
            for (int r = 0; r < repeats; ++r) {
                CampaignRunRecord run;
                run.state = QStringLiteral("completed");
                run.cell = {{QStringLiteral("workload"), s.workloadEntries[w]}, {QStringLiteral("nodes"), nodes}};
                if (!frequency.isEmpty())
                    run.cell.insert(QStringLiteral("cpu_freq"), frequency);
                run.energyJ = 1000.0 * std::pow(nodes, 0.8) * std::exp(logNoise(random));
                run.durationS = 30.0 * std::exp(logNoise(random) / 4);
                result << run;
            }
        }
        return result;
    }

    static const ProposalCandidate &find(const QList<ProposalCandidate> &all, const QString &workload, int nodes)
    {
        for (const ProposalCandidate &c : all)
            if (c.workload == workload && c.nodes == nodes)
                return c;
        static const ProposalCandidate none;
        return none;
    }

private slots:
    /// Never measured and unpredictable cells first; then the interval widens away from the measured node counts.
    void widestWhereTheRunsSayLeast()
    {
        const CampaignSpec s = spec();
        std::mt19937 random(1);
        // sysbench-cpu on 1 and 2 nodes, stress-ng-cpu on 1 node only.
        QList<CampaignRunRecord> measured = runs(s, 0, {1, 2}, 3, 0.05, random) + runs(s, 1, {1}, 3, 0.05, random);
        ProposalOptions options;
        options.nodeCounts = {1, 2, 4, 8};
        options.coresPerNode = 4;
        options.budgetCoreHours = 100;
        const QList<ProposalCandidate> all = CampaignProposer::propose(s, measured, options);
        QCOMPARE(all.size(), 8);
        // stress-ng on 2, 4, 8 nodes: one node count measured, nothing to extrapolate from.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(all[i].workload, QStringLiteral("stress-ng-cpu"));
            QVERIFY(!all[i].energyJ);
            QVERIFY2(all[i].why.contains(QStringLiteral("1 node(s) only")), qPrintable(all[i].why));
        }
        QVERIFY(all[0].coreHours <= all[1].coreHours); // cheapest unknown first
        const ProposalCandidate &two = find(all, QStringLiteral("sysbench-cpu"), 2);
        const ProposalCandidate &four = find(all, QStringLiteral("sysbench-cpu"), 4);
        const ProposalCandidate &eight = find(all, QStringLiteral("sysbench-cpu"), 8);
        QVERIFY(two.energyJ && four.energyJ && eight.energyJ);
        QVERIFY(eight.logHalfWidth > four.logHalfWidth);
        QVERIFY(four.logHalfWidth > two.logHalfWidth);
        QCOMPARE(two.measuredRuns, 3);
        QCOMPARE(eight.measuredRuns, 0);
        // The prediction follows the runs: nodes^0.8 from 1000 J.
        QVERIFY2(std::abs(*four.energyJ / (1000.0 * std::pow(4, 0.8)) - 1) < 0.1,
                 qPrintable(QString::number(*four.energyJ)));
        QVERIFY(*four.energyLowerJ < *four.energyJ && *four.energyJ < *four.energyUpperJ);
        // Cost: nodes x cores per node x the predicted time.
        QVERIFY(std::abs(eight.coreHours - 8 * 4 * eight.durationS / 3600.0) < 1e-9);
    }

    /// Greedy within the budget: widest first, each one taken while the budget lasts.
    void choosesWithinTheBudget()
    {
        const CampaignSpec s = spec();
        std::mt19937 random(2);
        const QList<CampaignRunRecord> measured =
            runs(s, 0, {1, 2}, 3, 0.05, random) + runs(s, 1, {1, 2}, 3, 0.3, random);
        ProposalOptions options;
        options.nodeCounts = {1, 2, 4, 8};
        options.coresPerNode = 2;
        options.repeats = 2;
        options.budgetCoreHours = 0.2; // a run on 8 nodes of 30 s at 2 cores costs about 0.133 core-hours, twice over
        const QList<ProposalCandidate> all = CampaignProposer::propose(s, measured, options);
        double spent = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QVERIFY(i == 0 || all[i - 1].logHalfWidth >= all[i].logHalfWidth);
            spent += all[i].chosen ? all[i].coreHours * options.repeats : 0;
        }
        QVERIFY(spent <= options.budgetCoreHours);
        QVERIFY(!all.first().chosen); // stress-ng (noisier) on 8 nodes, the widest, does not fit twice
        QVERIFY2(all.first().why.contains(QStringLiteral("over the budget")), qPrintable(all.first().why));
        int chosen = 0;
        for (const ProposalCandidate &c : all)
            chosen += c.chosen ? 1 : 0;
        QVERIFY(chosen >= 2);

        // The follow-up campaign: exactly the chosen cells, a valid file, the same hashes as those cells elsewhere.
        const CampaignSpec next = CampaignProposer::followUp(s, all, QStringLiteral("scan-next"), 2);
        QString error;
        QVERIFY2(next.validate(&error), qPrintable(error));
        QCOMPARE(next.cells.size(), chosen);
        const CampaignDesign design(next);
        QCOMPARE(design.runs().size(), chosen * 2);
        const auto again = CampaignSpec::fromJson(QJsonDocument(next.toJson()).toJson(), &error);
        QVERIFY2(again && again->cells == next.cells, qPrintable(error));
    }

    /// A frequency never measured, and too few runs to tell the spread: unknown, not a made-up interval.
    void unknownIsSaid()
    {
        const CampaignSpec s = spec();
        std::mt19937 random(3);
        ProposalOptions options;
        options.nodeCounts = {1, 2};
        options.cpuFrequencies = {QStringLiteral("low"), QStringLiteral("high")};
        options.budgetCoreHours = 10;
        const QList<CampaignRunRecord> measured =
            runs(s, 0, {1, 2}, 2, 0.05, random, QStringLiteral("low")) + runs(s, 1, {1, 2}, 1, 0.05, random);
        const QList<ProposalCandidate> all = CampaignProposer::propose(s, measured, options);
        for (const ProposalCandidate &c : all) {
            if (c.workload == QLatin1String("sysbench-cpu") && c.cpuFrequency == QLatin1String("high")) {
                QVERIFY(!c.energyJ);
                QVERIFY2(c.why.contains(QStringLiteral("CPU frequency")), qPrintable(c.why));
            }
            if (c.workload == QLatin1String("sysbench-cpu") && c.cpuFrequency == QLatin1String("low"))
                QVERIFY2(c.energyJ, qPrintable(c.why));
            if (c.workload == QLatin1String("stress-ng-cpu"))
                QVERIFY(!c.energyJ); // measured at Slurm's default frequency only, and 2 runs for 2 parameters
        }
    }

    /// The 90% intervals hold about 90% of new runs of the same cells (2,000 SYNTHETIC draws).
    void intervalsCoverNewRuns()
    {
        const CampaignSpec s = spec();
        std::mt19937 random(4);
        int covered = 0, total = 0;
        for (int trial = 0; trial < 500; ++trial) {
            const QList<CampaignRunRecord> measured = runs(s, 0, {1, 2, 4}, 3, 0.1, random);
            ProposalOptions options;
            options.nodeCounts = {1, 2, 4, 8};
            const QList<ProposalCandidate> all = CampaignProposer::propose(s, measured, options);
            std::normal_distribution<double> logNoise(0.0, 0.1);
            for (const ProposalCandidate &c : all) {
                if (c.workload != QLatin1String("sysbench-cpu"))
                    continue;
                QVERIFY(c.energyJ);
                const double truth = 1000.0 * std::pow(c.nodes, 0.8) * std::exp(logNoise(random));
                covered += truth >= *c.energyLowerJ && truth <= *c.energyUpperJ ? 1 : 0;
                ++total;
            }
        }
        const double coverage = double(covered) / total;
        qInfo("90%% intervals held %d of %d new SYNTHETIC runs (%.1f%%)", covered, total, 100.0 * coverage);
        QVERIFY2(coverage > 0.86 && coverage < 0.94, qPrintable(QString::number(coverage)));
    }
};

QTEST_GUILESS_MAIN(TestCampaignProposer)
#include "TestCampaignProposer.moc"
