// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "OpenMetricsCommand.h"

#include "CliApp.h"
#include "OpenMetricsWriter.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QSaveFile>

namespace es {
namespace {

const char *const kOpenMetricsHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] export openmetrics --out DIR/energy_studio.prom [options]\n"
    "\n"
    "Writes the Prometheus text format that node_exporter's textfile collector reads (start node_exporter with\n"
    "--collector.textfile.directory=DIR; the file name must end in .prom). The file is written beside the target\n"
    "and renamed over it, so node_exporter never reads half a file. Run it after every harvest (cron, a timer).\n"
    "\n"
    "Metrics (gauges):\n"
    "  energy_studio_job_energy_joules{cluster,job_id,user,partition,source}\n"
    "  energy_studio_job_power_watts{cluster,job_id,user,partition,source}\n"
    "  energy_studio_node_temp_peak_celsius{cluster,node}\n"
    "  energy_studio_alerts_open{cluster,kind,severity}, energy_studio_alerts_recent{cluster,kind,severity}\n"
    "  energy_studio_export_jobs_omitted, energy_studio_export_timestamp_seconds\n"
    "\n"
    "One series per job: only jobs that ended in the last --recent-days days, and of those the --max-jobs that\n"
    "ended last (Prometheus keeps every series it ever saw; thousands of jobs a day would swamp it).\n"
    "\n"
    "Options:\n"
    "  --out FILE         the file to write, e.g. /var/lib/prometheus/node-exporter/energy_studio.prom (required)\n"
    "  --cluster NAME     only this cluster (default: every cluster)\n"
    "  --recent-days N    jobs ended, samples taken and alerts started in the last N days (default 7)\n"
    "  --max-jobs N       at most N jobs, those that ended last (default 1000)\n"
    "  -h, --help         this help\n");

/// A positive integer option, or std::nullopt when set to something else.
std::optional<int> positiveInt(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

} // namespace

bool writeOpenMetricsFile(Store &store, const OpenMetricsOptions &options, const QString &outPath,
                          OpenMetricsSummary *summary, QString *error)
{
    // QSaveFile: a temporary file in the target's folder, renamed over the target by commit().
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = CliApp::tr("cannot write %1: %2").arg(outPath, file.errorString());
        return false;
    }
    OpenMetricsWriter writer(store);
    if (!writer.write(options, &file, summary, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = CliApp::tr("cannot write %1: %2").arg(outPath, file.errorString());
        return false;
    }
    return true;
}

int runExportOpenMetricsCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kOpenMetricsHelp);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption daysOption(QStringLiteral("recent-days"), QString(), QStringLiteral("N"));
    const QCommandLineOption maxJobsOption(QStringLiteral("max-jobs"), QString(), QStringLiteral("N"));
    parser.addOptions({outOption, clusterOption, daysOption, maxJobsOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("export openmetrics"), args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(CliApp::tr("export openmetrics takes no arguments"), help);
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty() || outPath == u"-")
        return app.usageError(CliApp::tr("export openmetrics needs --out FILE"), help);
    OpenMetricsOptions options;
    options.cluster = parser.value(clusterOption);
    options.nowTs = QDateTime::currentSecsSinceEpoch();
    const auto days = positiveInt(parser, daysOption, OpenMetricsOptions::kDefaultRecentDays);
    const auto maxJobs = positiveInt(parser, maxJobsOption, OpenMetricsOptions::kDefaultMaxJobs);
    if (!days || !maxJobs)
        return app.usageError(CliApp::tr("--recent-days and --max-jobs need positive whole numbers"), help);
    options.recentDays = *days;
    options.maxJobs = *maxJobs;

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    if (!options.cluster.isEmpty() && !store.clusterId(options.cluster)) {
        app.printError(
            CliApp::tr("energy-studio-cli: no cluster named '%1' in %2").arg(options.cluster, store.displayLocation()));
        return CliApp::Failed;
    }
    OpenMetricsSummary summary;
    QString error;
    if (!writeOpenMetricsFile(store, options, outPath, &summary, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: export openmetrics: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("export openmetrics")},
                       {QStringLiteral("out"), outPath},
                       {QStringLiteral("recent_days"), options.recentDays},
                       {QStringLiteral("max_jobs"), options.maxJobs},
                       {QStringLiteral("jobs"), double(summary.jobs)},
                       {QStringLiteral("jobs_omitted"), double(summary.jobsOmitted)},
                       {QStringLiteral("nodes"), double(summary.nodes)},
                       {QStringLiteral("alert_series"), double(summary.alertSeries)}});
    } else {
        app.printError(CliApp::tr("%1 jobs (%2 more beyond --max-jobs), %3 nodes, %4 alert series written to %5")
                           .arg(summary.jobs)
                           .arg(summary.jobsOmitted)
                           .arg(summary.nodes)
                           .arg(summary.alertSeries)
                           .arg(outPath));
    }
    return CliApp::Ok;
}

} // namespace es
