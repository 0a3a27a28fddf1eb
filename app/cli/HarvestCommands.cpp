// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "HarvestCommands.h"

#include "CliApp.h"
#include "CliSshPrompter.h"
#include "ClusterProfile.h"
#include "OpenMetricsCommand.h"
#include "ProfileEndpoint.h"
#include "SlurmCollector.h"
#include "SshSession.h"
#include "Store.h"
#include "TimeArgument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace es {
namespace {

const char *const kProfileHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] profile add NAME --host HOST [options]\n"
    "       energy-studio-cli [global options] profile list\n"
    "       energy-studio-cli [global options] profile remove NAME\n"
    "\n"
    "Cluster connection profiles, kept in the store (shared when the store is a lab's PostgreSQL). A profile holds\n"
    "no secret: passphrases and passwords are asked for when connecting.\n"
    "\n"
    "Options of add:\n"
    "  --host HOST          the Slurm head (login) node, or a Host alias of ~/.ssh/config\n"
    "  --port P             SSH port (default: from ~/.ssh/config, else 22)\n"
    "  --user U             remote user (default: from ~/.ssh/config, else yours)\n"
    "  --key FILE           private key to use (after the SSH agent)\n"
    "  --jump HOST          reach the head node through this bastion (ssh -W)\n"
    "  --known-hosts FILE   known_hosts file (default ~/.ssh/known_hosts)\n"
    "  --cluster NAME       the store's cluster name for its jobs (default: the profile's name)\n");

const char *const kHarvestHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] harvest --profile NAME [options]\n"
    "\n"
    "Connects over SSH and harvests the cluster's job history (sacct, all users where permitted, jobs and steps)\n"
    "and node state (scontrol) into the store, in one transaction. Incremental: only what changed since the last\n"
    "harvest (with a one-hour overlap); harvesting twice changes nothing.\n"
    "\n"
    "Options:\n"
    "  --profile NAME           the cluster profile (see: profile list)\n"
    "  --full                   re-harvest everything sacct still has\n"
    "  --since T                start of the window (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)\n"
    "  --accept-new-host-key    accept and remember an unknown host key (never a changed one)\n"
    "  --openmetrics FILE       after the harvest, write the cluster's recent job energy for Prometheus to\n"
    "                           FILE (as export openmetrics --out FILE --cluster does; run from cron or a timer)\n"
    "  -h, --help               this help\n");

QJsonObject profileJson(const ClusterProfile &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("host"), p.host},
            {QStringLiteral("port"), p.port},
            {QStringLiteral("user"), p.user},
            {QStringLiteral("key"), p.keyFile},
            {QStringLiteral("jump"), p.proxyCommand},
            {QStringLiteral("known_hosts"), p.knownHostsFile},
            {QStringLiteral("cluster"), p.clusterName()}};
}

} // namespace

int runProfileCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kProfileHelp);
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("P"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("U"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption jump(QStringLiteral("jump"), QString(), QStringLiteral("HOST"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), QString(), QStringLiteral("NAME"));
    parser.addOptions({host, port, user, key, jump, knownHosts, cluster});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("profile"), args, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"add" && action != u"list" && action != u"remove")
        return app.usageError(CliApp::tr("profile needs add, list or remove"), help);
    if ((action == u"add" || action == u"remove") && positional.size() != 2)
        return app.usageError(CliApp::tr("profile %1 needs exactly one NAME").arg(action), help);
    if (action == u"list" && positional.size() != 1)
        return app.usageError(CliApp::tr("profile list takes no NAME"), help);

    ClusterProfile profile;
    if (action == u"add") {
        profile.name = positional[1];
        profile.host = parser.value(host);
        if (profile.host.isEmpty())
            return app.usageError(CliApp::tr("profile add needs --host"), help);
        if (parser.isSet(port)) {
            bool ok = false;
            profile.port = parser.value(port).toInt(&ok);
            if (!ok || profile.port <= 0 || profile.port > 65535)
                return app.usageError(CliApp::tr("--port takes a number from 1 to 65535"), help);
        }
        profile.user = parser.value(user);
        profile.keyFile = parser.value(key);
        if (parser.isSet(jump)) {
            // OpenSSH's own client does the hop; %h and %p are filled in by libssh.
            profile.proxyCommand = QStringLiteral("ssh -W %h:%p ") + parser.value(jump);
        }
        profile.knownHostsFile = parser.value(knownHosts);
        profile.slurmCluster = parser.value(cluster);
    }

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    ClusterProfiles profiles(store);
    QString error;
    if (action == u"add") {
        if (!profiles.save(profile, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
        if (app.jsonOutput())
            app.printJson({{QStringLiteral("command"), QStringLiteral("profile add")},
                           {QStringLiteral("profile"), profileJson(profile)}});
        else
            app.print(CliApp::tr("profile %1 saved\n").arg(profile.name));
        return CliApp::Ok;
    }
    if (action == u"remove") {
        if (!profiles.remove(positional[1], &error)) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
        if (!app.jsonOutput())
            app.print(CliApp::tr("profile %1 removed\n").arg(positional[1]));
        else
            app.printJson({{QStringLiteral("command"), QStringLiteral("profile remove")},
                           {QStringLiteral("name"), positional[1]}});
        return CliApp::Ok;
    }
    const auto all = profiles.list(&error);
    if (!all) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        QJsonArray array;
        for (const ClusterProfile &p : *all)
            array.append(profileJson(p));
        app.printJson(
            {{QStringLiteral("command"), QStringLiteral("profile list")}, {QStringLiteral("profiles"), array}});
        return CliApp::Ok;
    }
    for (const ClusterProfile &p : *all) {
        app.print(
            QStringLiteral("%1  %2%3%4%5  cluster %6\n")
                .arg(p.name, p.user.isEmpty() ? QString() : p.user + u'@', p.host,
                     p.port > 0 ? u':' + QString::number(p.port) : QString(),
                     p.proxyCommand.isEmpty() ? QString() : CliApp::tr(" via %1").arg(p.proxyCommand.section(u' ', -1)),
                     p.clusterName()));
    }
    return CliApp::Ok;
}

int runHarvestCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kHarvestHelp);
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption fullOption(QStringLiteral("full"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), QString(), QStringLiteral("T"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-new-host-key"));
    const QCommandLineOption openMetricsOption(QStringLiteral("openmetrics"), QString(), QStringLiteral("FILE"));
    parser.addOptions({profileOption, fullOption, sinceOption, acceptOption, openMetricsOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("harvest"), args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(CliApp::tr("harvest takes no positional arguments"), help);
    if (!parser.isSet(profileOption))
        return app.usageError(CliApp::tr("harvest needs --profile NAME"), help);
    HarvestOptions options;
    options.full = parser.isSet(fullOption);
    if (parser.isSet(sinceOption)) {
        options.sinceTs = parseTimeArgument(parser.value(sinceOption), QDateTime::currentSecsSinceEpoch());
        if (!options.sinceTs)
            return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(sinceOption)), help);
    }

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto profile = ClusterProfiles(store).find(parser.value(profileOption), &error);
    if (!profile) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    const SshEndpoint endpoint = endpointOfProfile(*profile);
    CliSshPrompter prompter(app, parser.isSet(acceptOption));
    SshSession ssh;
    QElapsedTimer timer;
    timer.start();
    if (!ssh.connect(endpoint, prompter, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    SlurmCollector collector(store, ssh);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    collector.setProgressCallback([&](const QString &stage, qint64 lines) {
        if (sinceProgress.elapsed() < 1000)
            return;
        sinceProgress.restart();
        app.printError(CliApp::tr("harvest %1: %2 (%3 sacct lines)").arg(profile->name, stage).arg(lines));
    });
    HarvestSummary summary;
    if (!collector.harvest(*profile, options, &summary, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: harvest %1: ").arg(profile->name) + error);
        return CliApp::Failed;
    }
    OpenMetricsSummary metrics;
    if (parser.isSet(openMetricsOption)) {
        OpenMetricsOptions metricsOptions;
        metricsOptions.cluster = summary.cluster;
        metricsOptions.nowTs = QDateTime::currentSecsSinceEpoch();
        if (!writeOpenMetricsFile(store, metricsOptions, parser.value(openMetricsOption), &metrics, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: harvest %1: --openmetrics: ").arg(profile->name) + error);
            return CliApp::Failed;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const WriteSummary &w = summary.written;
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("harvest")},
                       {QStringLiteral("profile"), profile->name},
                       {QStringLiteral("cluster"), summary.cluster},
                       {QStringLiteral("slurm_version"), summary.slurmVersion},
                       {QStringLiteral("since_ts"), double(summary.sinceTs)},
                       {QStringLiteral("until_ts"), double(summary.untilTs)},
                       {QStringLiteral("sacct_lines"), double(summary.sacctLines)},
                       {QStringLiteral("jobs_new"), double(w.jobsNew)},
                       {QStringLiteral("jobs_updated"), double(w.jobsUpdated)},
                       {QStringLiteral("jobs_unchanged"), double(w.jobsUnchanged)},
                       {QStringLiteral("steps_written"), double(w.stepsWritten)},
                       {QStringLiteral("nodes"), double(summary.nodes)},
                       {QStringLiteral("node_samples"), double(summary.nodeSamples)},
                       {QStringLiteral("openmetrics_jobs"), double(metrics.jobs)},
                       {QStringLiteral("seconds"), seconds}});
    } else {
        app.print(CliApp::tr("%1 (%2): %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps written, %8 nodes, %9 s\n")
                      .arg(profile->name, summary.slurmVersion)
                      .arg(w.jobsSeen)
                      .arg(w.jobsNew)
                      .arg(w.jobsUpdated)
                      .arg(w.jobsUnchanged)
                      .arg(w.stepsWritten)
                      .arg(summary.nodes)
                      .arg(seconds, 0, 'f', 2));
    }
    return CliApp::Ok;
}

} // namespace es
