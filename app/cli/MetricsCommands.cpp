// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "MetricsCommands.h"

#include "CliApp.h"
#include "JobMetricsDeriver.h"
#include "Store.h"
#include "TimeArgument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace es {
namespace {

const char *const kMetricsHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] metrics derive [--cluster NAME] [--since T]\n"
    "\n"
    "Derives the metrics of finished jobs (node temperature, CPU frequency and utilisation, memory, duration,\n"
    "energy and mean power) from the jobs and the node samples of the store, and writes them to job_metrics.\n"
    "Energy comes from Slurm (exclusive nodes), else node meters split by CPU share ('counter'), else a linear\n"
    "power model of utilisation ('model', an estimate). Running it again recomputes and changes only what moved.\n"
    "\n"
    "Options:\n"
    "  --cluster NAME   only this cluster (default: every cluster)\n"
    "  --since T        only jobs that ended since T (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)\n"
    "  -h, --help       this help\n");

QJsonObject summaryJson(const QString &cluster, const JobMetricsDeriveSummary &s)
{
    return {{QStringLiteral("cluster"), cluster},
            {QStringLiteral("jobs"), double(s.jobs)},
            {QStringLiteral("energy_source"), QJsonObject{{QStringLiteral("slurm"), double(s.slurm)},
                                                          {QStringLiteral("counter"), double(s.counter)},
                                                          {QStringLiteral("model"), double(s.model)},
                                                          {QStringLiteral("none"), double(s.noEnergy)}}},
            {QStringLiteral("kept_dataset"), double(s.keptDataset)},
            {QStringLiteral("bad_node_lists"), double(s.badNodeLists)},
            {QStringLiteral("nodes"), double(s.nodes)},
            {QStringLiteral("samples_read"), double(s.samplesRead)},
            {QStringLiteral("metrics_written"), double(s.metricsWritten)}};
}

} // namespace

int runMetricsCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kMetricsHelp);
    QCommandLineParser parser;
    const QCommandLineOption clusterOption(QStringLiteral("cluster"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), QString(), QStringLiteral("T"));
    parser.addOptions({clusterOption, sinceOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("metrics"), args, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("derive")})
        return app.usageError(CliApp::tr("metrics needs the action derive"), help);
    JobMetricsDeriveOptions options;
    if (parser.isSet(sinceOption)) {
        options.sinceTs = parseTimeArgument(parser.value(sinceOption), QDateTime::currentSecsSinceEpoch());
        if (!options.sinceTs)
            return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(sinceOption)), help);
    }

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QStringList clusters;
    if (parser.isSet(clusterOption)) {
        clusters << parser.value(clusterOption);
    } else {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT name FROM clusters ORDER BY name"))) {
            app.printError(CliApp::tr("energy-studio-cli: cannot list the clusters: %1").arg(query.lastError().text()));
            return CliApp::Failed;
        }
        while (query.next())
            clusters << query.value(0).toString();
    }

    JobMetricsDeriver deriver(store);
    QJsonArray results;
    JobMetricsDeriveSummary total;
    QElapsedTimer timer;
    timer.start();
    for (const QString &cluster : clusters) {
        JobMetricsDeriveSummary s;
        QString error;
        if (!deriver.derive(cluster, options, &s, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: metrics derive %1: ").arg(cluster) + error);
            return CliApp::Failed;
        }
        results.append(summaryJson(cluster, s));
        total.jobs += s.jobs;
        total.slurm += s.slurm;
        total.counter += s.counter;
        total.model += s.model;
        total.noEnergy += s.noEnergy;
        total.metricsWritten += s.metricsWritten;
        if (!app.jsonOutput()) {
            app.print(CliApp::tr("%1: %2 jobs: %3 slurm, %4 counter, %5 model (estimate), %6 without energy; "
                                 "%7 rows written\n")
                          .arg(cluster)
                          .arg(s.jobs)
                          .arg(s.slurm)
                          .arg(s.counter)
                          .arg(s.model)
                          .arg(s.noEnergy)
                          .arg(s.metricsWritten));
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("metrics derive")},
                       {QStringLiteral("clusters"), results},
                       {QStringLiteral("jobs"), double(total.jobs)},
                       {QStringLiteral("energy_source"), QJsonObject{{QStringLiteral("slurm"), double(total.slurm)},
                                                                     {QStringLiteral("counter"), double(total.counter)},
                                                                     {QStringLiteral("model"), double(total.model)},
                                                                     {QStringLiteral("none"), double(total.noEnergy)}}},
                       {QStringLiteral("metrics_written"), double(total.metricsWritten)},
                       {QStringLiteral("seconds"), seconds}});
    } else if (clusters.isEmpty()) {
        app.print(CliApp::tr("no cluster in the store\n"));
    }
    return CliApp::Ok;
}

} // namespace es
