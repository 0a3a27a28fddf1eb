// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_campaign: what a 1,000-run campaign costs to plan, to submit and to track (see README.md).
//   bench_campaign [LAB_ENV]
// Without LAB_ENV: the plan (design + store) of 1,000 runs and of 1,000 arrivals, and the active mode's proposal
// over 1,000 completed runs, five times each. With the env file of a running Slurm lab
// (tests/lab/slurm-lab.sh start DIR; DIR/env): submits 1,000 one-second jobs (`true`, shared nodes, no sampler) as
// a campaign and times the pass that submits them, then the refresh (one squeue + one sacct for 1,000 job names)
// while they run and after they ended. The jobs are SYNTHETIC work; the controller, accounting and SSH are real.
#include "BenchTiming.h"
#include "CampaignDesign.h"
#include "CampaignProposer.h"
#include "CampaignRunner.h"
#include "CampaignStore.h"
#include "ClusterProfile.h"
#include "ProfileEndpoint.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using namespace es;

namespace {

CampaignSpec thousandRuns(const QString &name)
{
    CampaignSpec spec;
    spec.name = name;
    spec.profile = QStringLiteral("lab");
    for (int score = 1; score <= 5; ++score)
        spec.workloadEntries << QJsonObject{{QStringLiteral("id"), QStringLiteral("command")},
                                            {QStringLiteral("command"), QStringLiteral("echo score=%1").arg(score)},
                                            {QStringLiteral("fom_regex"), QStringLiteral("score=([0-9]+)")},
                                            {QStringLiteral("fom_unit"), QStringLiteral("points")}};
    spec.nodeCounts = {1, 2};
    spec.repeats = 100; // 2 x 5 cells x 100 = 1,000 runs
    spec.exclusive = false;
    spec.samplerIntervalS = 0;
    spec.timeLimitMin = 1;
    return spec;
}

QHash<QString, QString> readEnv(const QString &path)
{
    QHash<QString, QString> env;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.contains('='))
                env.insert(QString::fromUtf8(line.left(line.indexOf('='))),
                           QString::fromUtf8(line.mid(line.indexOf('=') + 1)));
    return env;
}

/// Times, five times over, the design and the store of the campaign `make` gives for each round, and prints it.
void timePlan(QTemporaryDir &dir, const QString &what, const std::function<CampaignSpec(int round)> &make)
{
    std::vector<double> ms;
    qsizetype runs = 0;
    for (int round = 0; round < 5; ++round) {
        Store store;
        QString error;
        const CampaignSpec spec = make(round);
        if (!store.open(dir.filePath(spec.name + QStringLiteral(".sqlite")), &error)) {
            bench::say(error);
            return;
        }
        QElapsedTimer t;
        t.start();
        const CampaignDesign design(spec);
        if (!CampaignStore(store).create(spec, QStringLiteral("lab"), design, 0, &error))
            bench::say(error);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        runs = design.runs().size();
    }
    bench::say(QStringLiteral("plan of %1 %2 (design + store, SQLite): median %3 ms, max %4 ms over 5")
                   .arg(runs)
                   .arg(what)
                   .arg(bench::percentile(ms, 0.5), 0, 'f', 1)
                   .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1));
}

void planFigures(QTemporaryDir &dir)
{
    timePlan(dir, QStringLiteral("runs"), [](int round) { return thousandRuns(QStringLiteral("plan%1").arg(round)); });
    // Arrival mode: two simulated weeks at 6 arrivals per hour by day and 1 by night, capped at 1,000 arrivals.
    timePlan(dir, QStringLiteral("arrivals"), [](int round) {
        CampaignSpec spec = thousandRuns(QStringLiteral("arrival%1").arg(round));
        spec.workloadEntries = {QJsonObject{{QStringLiteral("id"), QStringLiteral("sysbench-cpu")}}};
        spec.arrival = CampaignArrival();
        spec.arrival->simulatedHours = 24 * 14;
        spec.arrival->dayRatePerH = 6;
        spec.arrival->nightRatePerH = 1;
        spec.arrival->burstProbability = 0.1;
        return spec;
    });
}

/// Active mode: 1,000 completed runs (SYNTHETIC energies) of 5 workloads, candidates 5 x 8 node counts x 4
/// frequencies.
void proposalFigures()
{
    CampaignSpec spec = thousandRuns(QStringLiteral("propose"));
    spec.cpuFrequencies = {QStringLiteral("low"), QStringLiteral("high")};
    QList<CampaignRunRecord> runs;
    for (int i = 0; i < 1000; ++i) {
        CampaignRunRecord run;
        run.state = QStringLiteral("completed");
        const int nodes = 1 << (i % 3);
        run.cell = {{QStringLiteral("workload"), spec.workloadEntries[i % 5]},
                    {QStringLiteral("nodes"), nodes},
                    {QStringLiteral("cpu_freq"), spec.cpuFrequencies[(i / 5) % 2]}};
        run.energyJ = 1000.0 * nodes * (1.0 + 0.05 * ((i * 7919) % 13) / 13.0);
        run.durationS = 30;
        runs << run;
    }
    ml::ProposalOptions options;
    options.nodeCounts = {1, 2, 4, 8, 16, 32, 64, 128};
    options.cpuFrequencies = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                              QStringLiteral("2400000")};
    options.coresPerNode = 64;
    options.budgetCoreHours = 100;
    std::vector<double> ms;
    qsizetype candidates = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        candidates = ml::CampaignProposer::propose(spec, runs, options).size();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    bench::say(QStringLiteral("proposal over 1,000 runs, %1 candidates: median %2 ms, max %3 ms over 5")
                   .arg(candidates)
                   .arg(bench::percentile(ms, 0.5), 0, 'f', 1)
                   .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    planFigures(dir);
    proposalFigures();
    if (argc < 2)
        return 0;
    const QHash<QString, QString> lab = readEnv(QString::fromLocal8Bit(argv[1]));
    ClusterProfile profile;
    profile.name = QStringLiteral("lab");
    profile.host = lab.value(QStringLiteral("LAB_HOST"));
    profile.port = lab.value(QStringLiteral("LAB_SSH_PORT")).toInt();
    profile.user = lab.value(QStringLiteral("LAB_SSH_USER"));
    profile.keyFile = lab.value(QStringLiteral("LAB_SSH_KEY"));
    profile.knownHostsFile = lab.value(QStringLiteral("LAB_KNOWN_HOSTS"));
    profile.slurmCluster = lab.value(QStringLiteral("LAB_CLUSTER"));
    Store store;
    QString error;
    const CampaignSpec spec = thousandRuns(QStringLiteral("bench-%1").arg(QDateTime::currentSecsSinceEpoch()));
    if (!store.open(dir.filePath(QStringLiteral("lab.sqlite")), &error) ||
        !ClusterProfiles(store).save(profile, &error) ||
        !CampaignStore(store).create(spec, profile.clusterName(), CampaignDesign(spec),
                                     QDateTime::currentSecsSinceEpoch(), &error)) {
        bench::say(error);
        return 1;
    }
    const auto campaign = CampaignStore(store).campaign(spec.name, &error);
    SshSession ssh;
    NonInteractivePrompter prompter;
    if (!ssh.connect(endpointOfProfile(profile), prompter, &error)) {
        bench::say(error);
        return 1;
    }
    CampaignRunner runner(store, ssh, *campaign, spec);
    CampaignProgress progress;
    QElapsedTimer t;
    t.start();
    if (!runner.prepare(&error) || !runner.step(1000, &progress, &error)) {
        bench::say(error);
        return 1;
    }
    bench::say(QStringLiteral("submitting 1,000 runs (one sbatch each over one SSH session): %1 s, %2 submitted")
                   .arg(double(t.elapsed()) / 1e3, 0, 'f', 1)
                   .arg(progress.submittedNow));
    std::vector<double> refreshMs;
    for (int pass = 0; pass < 300; ++pass) {
        CampaignProgress p;
        t.restart();
        if (!runner.refresh(&p, &error)) {
            bench::say(error);
            return 1;
        }
        refreshMs.push_back(double(t.elapsed()));
        const int inFlight = p.runsByState.value(u"submitted"_qs) + p.runsByState.value(u"running"_qs);
        bench::say(
            QStringLiteral("refresh %1: %2 ms, %3 runs still in Slurm").arg(pass).arg(refreshMs.back()).arg(inFlight));
        if (inFlight == 0)
            break;
        QThread::sleep(2);
    }
    bench::say(QStringLiteral("refresh of a 1,000-run campaign (one squeue + one sacct): median %1 ms, max %2 ms "
                              "over %3 passes")
                   .arg(bench::percentile(refreshMs, 0.5), 0, 'f', 0)
                   .arg(*std::max_element(refreshMs.begin(), refreshMs.end()), 0, 'f', 0)
                   .arg(refreshMs.size()));
    return 0;
}
