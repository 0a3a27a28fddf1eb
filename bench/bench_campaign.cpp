// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_campaign: what a 1,000-run campaign costs to plan, to submit and to track (see README.md).
//   bench_campaign [LAB_ENV]
// Without LAB_ENV: the plan (design + store) of 1,000 runs, five times. With the env file of a running Slurm lab
// (tests/lab/slurm-lab.sh start DIR; DIR/env): submits 1,000 one-second jobs (`true`, shared nodes, no sampler) as
// a campaign and times the pass that submits them, then the refresh (one squeue + one sacct for 1,000 job names)
// while they run and after they ended. The jobs are SYNTHETIC work; the controller, accounting and SSH are real.
#include "BenchTiming.h"
#include "CampaignDesign.h"
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

void planFigures(QTemporaryDir &dir)
{
    std::vector<double> ms;
    for (int round = 0; round < 5; ++round) {
        Store store;
        QString error;
        if (!store.open(dir.filePath(QStringLiteral("plan%1.sqlite").arg(round)), &error)) {
            bench::say(error);
            return;
        }
        const CampaignSpec spec = thousandRuns(QStringLiteral("plan%1").arg(round));
        QElapsedTimer t;
        t.start();
        const CampaignDesign design(spec);
        if (!CampaignStore(store).create(spec, QStringLiteral("lab"), design, 0, &error))
            bench::say(error);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    bench::say(QStringLiteral("plan of 1,000 runs (design + store, SQLite): median %1 ms, max %2 ms over 5")
                   .arg(bench::percentile(ms, 0.5), 0, 'f', 1)
                   .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    planFigures(dir);
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
