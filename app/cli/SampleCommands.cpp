// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SampleCommands.h"

#include "CliApp.h"
#include "CliSshPrompter.h"
#include "ClusterProfile.h"
#include "Hostlist.h"
#include "ProfileEndpoint.h"
#include "SamplerCollector.h"
#include "SamplerFileName.h"
#include "SshSession.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace es {
namespace {

const char *const kSampleHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] sample live --profile NAME --nodes HOSTLIST [options]\n"
    "       energy-studio-cli [global options] sample fetch --profile NAME [--dir REMOTE]\n"
    "       energy-studio-cli [global options] sample import FILE... [--node NAME] --cluster NAME\n"
    "       energy-studio-cli [global options] sample install --profile NAME [--dir REMOTE]\n"
    "\n"
    "Node samples (temperature, frequency, utilisation, power, energy) from the on-node sampler es-sampler.sh into\n"
    "the store, then the metrics of the jobs they overlap (as metrics derive). Storing the same samples again\n"
    "changes nothing.\n"
    "\n"
    "  live      streams the sampler over SSH from every node at once and stores it every few seconds, for\n"
    "            --duration seconds or until Ctrl-C. A node that fails or drops is reported; the others go on.\n"
    "  fetch     reads the files that jobs running es-sampler-job.sh left on the cluster (JOBID.NODE.samples in\n"
    "            --dir), only what is new since the last fetch.\n"
    "  import    local sampler files; the node is --node, or NODE of a file named JOBID.NODE.samples.\n"
    "  install   copies es-sampler.sh and es-sampler-job.sh to --dir (default .energy-studio/bin) on the head\n"
    "            node. In a batch script: ~/.energy-studio/bin/es-sampler-job.sh -i 5 -- ./my-program args\n"
    "\n"
    "Options:\n"
    "  --profile NAME          the cluster profile (see: profile list)\n"
    "  --nodes HOSTLIST        live: the nodes, e.g. node[1-4],gpu7\n"
    "  --reach direct|jump|srun  live: SSH to each node (direct), to each node through the profile's host (jump),\n"
    "                          or srun --overlap from the profile's host (srun; default direct)\n"
    "  --node-port P           live, direct and jump: the nodes' SSH port (default: from ~/.ssh/config, else 22)\n"
    "  --jobid ID              live, srun: sample inside this running job's allocation\n"
    "  --interval S            live: seconds between samples (default 5)\n"
    "  --duration S            live: stop after S seconds (default: until Ctrl-C)\n"
    "  --dir REMOTE            fetch: the directory on the cluster (default .energy-studio/samples, in the home)\n"
    "  --node NAME             import: the node the samples are of\n"
    "  --cluster NAME          import: the store's cluster\n"
    "  --no-derive             store the samples only; do not recompute job metrics\n"
    "  --accept-new-host-key   accept and remember an unknown host key (never a changed one)\n"
    "  -h, --help              this help\n");

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

QJsonObject summaryJson(const QString &action, const QString &cluster, const SamplerStoreSummary &s)
{
    QJsonArray problems;
    for (const QString &p : s.problems)
        problems.append(p);
    QJsonArray nodes;
    for (const SamplerNodeResult &n : s.nodes)
        nodes.append(QJsonObject{{QStringLiteral("node"), n.node},
                                 {QStringLiteral("samples"), double(n.samples)},
                                 {QStringLiteral("ok"), n.error.isEmpty()},
                                 {QStringLiteral("error"), n.error}});
    QJsonObject out{{QStringLiteral("command"), QString(QStringLiteral("sample ") + action)},
                    {QStringLiteral("cluster"), cluster},
                    {QStringLiteral("samples_parsed"), double(s.samplesParsed)},
                    {QStringLiteral("samples_written"), double(s.samplesWritten)},
                    {QStringLiteral("nodes_created"), double(s.nodesCreated)},
                    {QStringLiteral("files_listed"), double(s.filesListed)},
                    {QStringLiteral("files_read"), double(s.filesRead)},
                    {QStringLiteral("bytes_read"), double(s.bytesRead)},
                    {QStringLiteral("first_ts"), s.firstTs ? QJsonValue(double(*s.firstTs)) : QJsonValue()},
                    {QStringLiteral("last_ts"), s.lastTs ? QJsonValue(double(*s.lastTs)) : QJsonValue()},
                    {QStringLiteral("problems"), problems},
                    {QStringLiteral("nodes"), nodes}};
    if (s.metricsDerived) {
        const JobMetricsDeriveSummary &m = s.metrics;
        out.insert(
            QStringLiteral("metrics"),
            QJsonObject{{QStringLiteral("jobs"), double(m.jobs)},
                        {QStringLiteral("energy_source"), QJsonObject{{QStringLiteral("slurm"), double(m.slurm)},
                                                                      {QStringLiteral("counter"), double(m.counter)},
                                                                      {QStringLiteral("model"), double(m.model)},
                                                                      {QStringLiteral("none"), double(m.noEnergy)}}},
                        {QStringLiteral("metrics_written"), double(m.metricsWritten)}});
    }
    return out;
}

void printSummary(CliApp &app, const QString &cluster, const SamplerStoreSummary &s, double seconds)
{
    for (const QString &p : s.problems)
        app.printError(QStringLiteral("energy-studio-cli: ") + p);
    for (const SamplerNodeResult &n : s.nodes) {
        if (!n.error.isEmpty())
            app.printError(CliApp::tr("energy-studio-cli: node %1: %2").arg(n.node, n.error));
    }
    if (app.jsonOutput())
        return;
    app.print(CliApp::tr("%1: %2 samples read, %3 written, %4 new nodes, %5 s\n")
                  .arg(cluster)
                  .arg(s.samplesParsed)
                  .arg(s.samplesWritten)
                  .arg(s.nodesCreated)
                  .arg(seconds, 0, 'f', 2));
    for (const SamplerNodeResult &n : s.nodes)
        app.print(CliApp::tr("  %1: %2 samples%3\n")
                      .arg(n.node)
                      .arg(n.samples)
                      .arg(n.error.isEmpty() ? QString() : CliApp::tr(" (failed)")));
    if (s.filesListed > 0)
        app.print(CliApp::tr("  %1 files on the cluster, %2 with new data\n").arg(s.filesListed).arg(s.filesRead));
    if (s.metricsDerived)
        app.print(CliApp::tr("  job metrics: %1 jobs: %2 slurm, %3 counter, %4 model (estimate), %5 without energy\n")
                      .arg(s.metrics.jobs)
                      .arg(s.metrics.slurm)
                      .arg(s.metrics.counter)
                      .arg(s.metrics.model)
                      .arg(s.metrics.noEnergy));
}

/// The sample command's options and what every action shares.
struct SampleCli
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption{QStringLiteral("profile"), QString(), QStringLiteral("NAME")};
    const QCommandLineOption nodesOption{QStringLiteral("nodes"), QString(), QStringLiteral("HOSTLIST")};
    const QCommandLineOption reachOption{QStringLiteral("reach"), QString(), QStringLiteral("HOW")};
    const QCommandLineOption nodePortOption{QStringLiteral("node-port"), QString(), QStringLiteral("P")};
    const QCommandLineOption jobIdOption{QStringLiteral("jobid"), QString(), QStringLiteral("ID")};
    const QCommandLineOption intervalOption{QStringLiteral("interval"), QString(), QStringLiteral("S")};
    const QCommandLineOption durationOption{QStringLiteral("duration"), QString(), QStringLiteral("S")};
    const QCommandLineOption dirOption{QStringLiteral("dir"), QString(), QStringLiteral("REMOTE")};
    const QCommandLineOption nodeOption{QStringLiteral("node"), QString(), QStringLiteral("NAME")};
    const QCommandLineOption clusterOption{QStringLiteral("cluster"), QString(), QStringLiteral("NAME")};
    const QCommandLineOption noDeriveOption{QStringLiteral("no-derive")};
    const QCommandLineOption acceptOption{QStringLiteral("accept-new-host-key")};

    QString help;
    QStringList positional;
    QString action;

    SampleCli()
    {
        parser.addOptions({profileOption, nodesOption, reachOption, nodePortOption, jobIdOption, intervalOption,
                           durationOption, dirOption, nodeOption, clusterOption, noDeriveOption, acceptOption});
    }
};

/// The action and the options every action needs; a usage error's exit code.
std::optional<int> checkSampleArgs(CliApp &app, SampleCli *cli)
{
    const QString &help = cli->help;
    cli->positional = cli->parser.positionalArguments();
    cli->action = cli->positional.value(0);
    const QString &action = cli->action;
    const QStringList &positional = cli->positional;
    if (action != u"live" && action != u"fetch" && action != u"import" && action != u"install")
        return app.usageError(CliApp::tr("sample needs live, fetch, import or install"), help);
    if (action != u"import" && positional.size() != 1)
        return app.usageError(CliApp::tr("sample %1 takes no positional arguments").arg(action), help);
    if (action == u"import" && positional.size() < 2)
        return app.usageError(CliApp::tr("sample import needs at least one FILE"), help);
    if (action != u"import" && !cli->parser.isSet(cli->profileOption))
        return app.usageError(CliApp::tr("sample %1 needs --profile NAME").arg(action), help);
    if (action == u"import" && !cli->parser.isSet(cli->clusterOption))
        return app.usageError(CliApp::tr("sample import needs --cluster NAME"), help);
    return std::nullopt;
}

/// sample live's options into *live; a usage error's exit code.
std::optional<int> readLiveOptions(CliApp &app, const SampleCli &cli, SamplerLiveOptions *live)
{
    const QCommandLineParser &parser = cli.parser;
    const QString &help = cli.help;
    if (!parser.isSet(cli.nodesOption))
        return app.usageError(CliApp::tr("sample live needs --nodes HOSTLIST"), help);
    QString why;
    const auto nodes = Hostlist::expand(parser.value(cli.nodesOption), &why, 4096);
    if (!nodes || nodes->isEmpty())
        return app.usageError(CliApp::tr("--nodes: %1").arg(why.isEmpty() ? CliApp::tr("no node") : why), help);
    live->nodes = *nodes;
    const QString reach = parser.value(cli.reachOption);
    if (reach.isEmpty() || reach == u"direct")
        live->reach = SamplerReach::Direct;
    else if (reach == u"jump")
        live->reach = SamplerReach::Jump;
    else if (reach == u"srun")
        live->reach = SamplerReach::Srun;
    else
        return app.usageError(CliApp::tr("--reach takes direct, jump or srun"), help);
    bool ok = true;
    if (parser.isSet(cli.intervalOption)) {
        live->intervalS = parser.value(cli.intervalOption).toDouble(&ok);
        if (!ok || !(live->intervalS >= 0.1) || live->intervalS > 3600)
            return app.usageError(CliApp::tr("--interval takes seconds from 0.1 to 3600"), help);
    }
    if (parser.isSet(cli.durationOption)) {
        live->durationS = parser.value(cli.durationOption).toLongLong(&ok);
        if (!ok || *live->durationS <= 0)
            return app.usageError(CliApp::tr("--duration takes a positive number of seconds"), help);
    }
    if (parser.isSet(cli.nodePortOption)) {
        live->nodePort = parser.value(cli.nodePortOption).toInt(&ok);
        if (!ok || live->nodePort <= 0 || live->nodePort > 65535)
            return app.usageError(CliApp::tr("--node-port takes a number from 1 to 65535"), help);
    }
    live->srunJobId = parser.value(cli.jobIdOption);
    return std::nullopt;
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// The summary (text or JSON); exit code Ok when there was no problem.
int finishSample(CliApp &app, const QString &action, const QString &cluster, const SamplerStoreSummary &summary,
                 const QElapsedTimer &timer)
{
    printSummary(app, cluster, summary, secondsSince(timer));
    if (app.jsonOutput())
        app.printJson(summaryJson(action, cluster, summary));
    return summary.problems.isEmpty() ? CliApp::Ok : CliApp::Failed;
}

int importSamples(CliApp &app, const SampleCli &cli, Store &store, const QElapsedTimer &timer)
{
    const QCommandLineParser &parser = cli.parser;
    const QString cluster = parser.value(cli.clusterOption);
    SamplerCollector collector(store, cluster);
    collector.setDeriveMetrics(!parser.isSet(cli.noDeriveOption));
    SamplerStoreSummary summary;
    QString error;
    for (qsizetype i = 1; i < cli.positional.size(); ++i) {
        const QString path = cli.positional[i];
        QString node = parser.value(cli.nodeOption);
        if (node.isEmpty()) {
            QString why;
            const auto name = SamplerFileName::parse(QFileInfo(path).fileName(), &why);
            if (!name)
                return app.usageError(CliApp::tr("%1: no --node given, and %2").arg(path, why), cli.help);
            node = name->node;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            app.printError(CliApp::tr("energy-studio-cli: %1: %2").arg(path, file.errorString()));
            return CliApp::Failed;
        }
        // Metrics once, after the last file.
        collector.setDeriveMetrics(!parser.isSet(cli.noDeriveOption) && i + 1 == cli.positional.size());
        if (!collector.importText(file.readAll(), node, path, &summary, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
    }
    return finishSample(app, cli.action, cluster, summary, timer);
}

/// Streams until the duration is over or SIGINT / SIGTERM; exit code Ok when no node failed.
int sampleLive(CliApp &app, const SampleCli &cli, const ClusterProfile &profile, const SamplerLiveOptions &live,
               CliSshPrompter &prompter, SamplerCollector &collector, const QElapsedTimer &timer)
{
    SamplerStoreSummary summary;
    QString error;
    g_interrupted = false;
    const auto oldInt = std::signal(SIGINT, onInterrupt);
    const auto oldTerm = std::signal(SIGTERM, onInterrupt);
    collector.setCancelFlag(&g_interrupted);
    const bool ok = collector.live(profile, live, prompter, &summary, &error);
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    if (!ok) {
        app.printError(QStringLiteral("energy-studio-cli: sample live %1: ").arg(profile.name) + error);
        return CliApp::Failed;
    }
    printSummary(app, profile.clusterName(), summary, secondsSince(timer));
    if (app.jsonOutput())
        app.printJson(summaryJson(cli.action, profile.clusterName(), summary));
    bool allOk = true;
    for (const SamplerNodeResult &n : summary.nodes)
        allOk = allOk && n.error.isEmpty();
    return allOk ? CliApp::Ok : CliApp::Failed;
}

int installSampler(CliApp &app, const SampleCli &cli, const ClusterProfile &profile, SshSession &ssh)
{
    QStringList paths;
    QString error;
    if (!SamplerCollector::install(ssh, cli.parser.value(cli.dirOption), &paths, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: sample install %1: ").arg(profile.name) + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("sample install")},
                       {QStringLiteral("profile"), profile.name},
                       {QStringLiteral("paths"), QJsonArray::fromStringList(paths)}});
    } else {
        for (const QString &path : paths)
            app.print(CliApp::tr("%1: %2 installed\n").arg(profile.name, path));
    }
    return CliApp::Ok;
}

/// install or fetch: over one SSH session to the profile's host.
int runOnHead(CliApp &app, const SampleCli &cli, const ClusterProfile &profile, CliSshPrompter &prompter,
              SamplerCollector &collector, const QElapsedTimer &timer)
{
    const SshEndpoint endpoint = endpointOfProfile(profile);
    SshSession ssh;
    QString error;
    if (!ssh.connect(endpoint, prompter, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    if (cli.action == u"install")
        return installSampler(app, cli, profile, ssh);
    SamplerStoreSummary summary;
    if (!collector.fetch(ssh, cli.parser.value(cli.dirOption), &summary, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: sample fetch %1: ").arg(profile.name) + error);
        return CliApp::Failed;
    }
    return finishSample(app, cli.action, profile.clusterName(), summary, timer);
}

} // namespace

int runSampleCommand(CliApp &app, const QStringList &args)
{
    SampleCli cli;
    cli.help = CliApp::tr(kSampleHelp);
    if (const auto done = app.parseCommandLine(cli.parser, QStringLiteral("sample"), args, cli.help))
        return *done;
    if (const auto usage = checkSampleArgs(app, &cli))
        return *usage;
    SamplerLiveOptions live;
    if (cli.action == u"live") {
        if (const auto usage = readLiveOptions(app, cli, &live))
            return *usage;
    }

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QElapsedTimer timer;
    timer.start();
    if (cli.action == u"import")
        return importSamples(app, cli, store, timer);

    QString error;
    const auto profile = ClusterProfiles(store).find(cli.parser.value(cli.profileOption), &error);
    if (!profile) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    CliSshPrompter prompter(app, cli.parser.isSet(cli.acceptOption));
    SamplerCollector collector(store, profile->clusterName());
    collector.setDeriveMetrics(!cli.parser.isSet(cli.noDeriveOption));
    const QString action = cli.action;
    collector.setProgressCallback([&app, action](const QString &message) {
        app.printError(QStringLiteral("sample %1: %2").arg(action, message));
    });
    if (cli.action == u"live")
        return sampleLive(app, cli, *profile, live, prompter, collector, timer);
    return runOnHead(app, cli, *profile, prompter, collector, timer);
}

} // namespace es
