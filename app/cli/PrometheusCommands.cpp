// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusCommands.h"

#include "CliApp.h"
#include "PrometheusClient.h"
#include "PrometheusImporter.h"
#include "Store.h"
#include "TimeArgument.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace es {
namespace {

const char *const kHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] harvest-prometheus --url URL --cluster NAME [options]\n"
    "\n"
    "Imports node metrics from a Prometheus server that scrapes node_exporter (HTTP API /api/v1/query_range) into\n"
    "the store's node samples (source 'prometheus'): temperature (node_hwmon_temp_celsius, hottest sensor),\n"
    "CPU frequency (node_cpu_scaling_frequency_hertz, mean over CPUs), load (node_load1), memory used\n"
    "(MemTotal - MemAvailable), CPU utilisation (node_cpu_seconds_total) and RAPL package energy and power\n"
    "(node_rapl_package_joules_total). Incremental: the next run starts after the last imported sample; importing\n"
    "the same window again changes nothing. Metrics the server does not have are named once and left empty.\n"
    "\n"
    "Options:\n"
    "  --url URL                 the Prometheus server, http(s)://HOST:PORT[/PATH]\n"
    "  --cluster NAME            the store's cluster the nodes belong to\n"
    "  --since T                 start (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d); default: after the\n"
    "                            last import, else the last 24 hours\n"
    "  --until T                 end (default: now)\n"
    "  --step S                  seconds between samples (default 15)\n"
    "  --instance-map I=N,...    instance label I is node N (default: the instance without its :port)\n"
    "  --temp-chip CHIP          temperature of this hwmon chip only (default: the hottest of all)\n"
    "  --temp-sensor SENSOR      temperature of this hwmon sensor only\n"
    "  --selector MATCHERS       extra PromQL label matchers for every metric, e.g. 'job=\"node\"'\n"
    "  --token-file FILE         send the token in FILE as 'Authorization: Bearer'\n"
    "  --user USER               basic authentication user; the password is read from --password-file\n"
    "  --password-file FILE      basic authentication password\n"
    "  --ca-file FILE            also trust the certificate authorities in this PEM file (https)\n"
    "  --timeout S               seconds without an answer before a request fails (default 30)\n"
    "  -h, --help                this help\n");

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliApp::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// The harvest-prometheus command's options.
struct PrometheusCli
{
    QCommandLineParser parser;
    const QCommandLineOption urlOption{QStringLiteral("url"), QString(), QStringLiteral("URL")};
    const QCommandLineOption clusterOption{QStringLiteral("cluster"), QString(), QStringLiteral("NAME")};
    const QCommandLineOption sinceOption{QStringLiteral("since"), QString(), QStringLiteral("T")};
    const QCommandLineOption untilOption{QStringLiteral("until"), QString(), QStringLiteral("T")};
    const QCommandLineOption stepOption{QStringLiteral("step"), QString(), QStringLiteral("S")};
    const QCommandLineOption mapOption{QStringLiteral("instance-map"), QString(), QStringLiteral("MAP")};
    const QCommandLineOption chipOption{QStringLiteral("temp-chip"), QString(), QStringLiteral("CHIP")};
    const QCommandLineOption sensorOption{QStringLiteral("temp-sensor"), QString(), QStringLiteral("SENSOR")};
    const QCommandLineOption selectorOption{QStringLiteral("selector"), QString(), QStringLiteral("MATCHERS")};
    const QCommandLineOption tokenOption{QStringLiteral("token-file"), QString(), QStringLiteral("FILE")};
    const QCommandLineOption userOption{QStringLiteral("user"), QString(), QStringLiteral("USER")};
    const QCommandLineOption passwordOption{QStringLiteral("password-file"), QString(), QStringLiteral("FILE")};
    const QCommandLineOption timeoutOption{QStringLiteral("timeout"), QString(), QStringLiteral("S")};
    const QCommandLineOption caOption{QStringLiteral("ca-file"), QString(), QStringLiteral("FILE")};
    QString help;

    PrometheusCli()
    {
        parser.addOptions({urlOption, clusterOption, sinceOption, untilOption, stepOption, mapOption, chipOption,
                           sensorOption, selectorOption, tokenOption, userOption, passwordOption, timeoutOption,
                           caOption});
    }
};

/// The options into *endpoint (but its secrets) and *options; a usage error's exit code.
std::optional<int> readPrometheusOptions(CliApp &app, const PrometheusCli &cli, PrometheusEndpoint *endpoint,
                                         PrometheusImportOptions *options)
{
    const QCommandLineParser &parser = cli.parser;
    const QString &help = cli.help;
    endpoint->baseUrl = QUrl(parser.value(cli.urlOption), QUrl::StrictMode);
    if (!endpoint->baseUrl.isValid() ||
        (endpoint->baseUrl.scheme() != u"http" && endpoint->baseUrl.scheme() != u"https") ||
        endpoint->baseUrl.host().isEmpty())
        return app.usageError(CliApp::tr("--url needs an http:// or https:// URL"), help);
    endpoint->caCertificatesFile = parser.value(cli.caOption);
    options->cluster = parser.value(cli.clusterOption);
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    for (const auto &[option, target] :
         {std::pair{&cli.sinceOption, &options->sinceTs}, {&cli.untilOption, &options->untilTs}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTimeArgument(parser.value(*option), nowS);
        if (!*target)
            return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(*option)), help);
    }
    if (parser.isSet(cli.stepOption)) {
        bool ok = false;
        options->stepS = parser.value(cli.stepOption).toLongLong(&ok);
        if (!ok || options->stepS < 1 || options->stepS > 86400)
            return app.usageError(CliApp::tr("--step takes whole seconds from 1 to 86400"), help);
    }
    if (parser.isSet(cli.timeoutOption)) {
        bool ok = false;
        const double timeoutS = parser.value(cli.timeoutOption).toDouble(&ok);
        if (!ok || timeoutS <= 0 || timeoutS > 3600)
            return app.usageError(CliApp::tr("--timeout takes seconds from 0 to 3600"), help);
        endpoint->timeoutMs = int(timeoutS * 1000);
    }
    for (const QString &pair : parser.value(cli.mapOption).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        if (equals <= 0 || equals == pair.size() - 1)
            return app.usageError(CliApp::tr("--instance-map takes INSTANCE=NODE pairs, not '%1'").arg(pair), help);
        options->instanceMap.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    options->tempChip = parser.value(cli.chipOption);
    options->tempSensor = parser.value(cli.sensorOption);
    options->selector = parser.value(cli.selectorOption);
    if (parser.isSet(cli.userOption) != parser.isSet(cli.passwordOption))
        return app.usageError(CliApp::tr("--user and --password-file go together"), help);
    return std::nullopt;
}

/// The bearer token and the basic password from their files into *endpoint; false with the error printed.
bool readSecrets(CliApp &app, const PrometheusCli &cli, PrometheusEndpoint *endpoint)
{
    const QCommandLineParser &parser = cli.parser;
    QString error;
    if (parser.isSet(cli.tokenOption)) {
        const auto token = readSecretFile(parser.value(cli.tokenOption), &error);
        if (!token) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return false;
        }
        endpoint->bearerToken = *token;
    }
    if (parser.isSet(cli.userOption)) {
        const auto password = readSecretFile(parser.value(cli.passwordOption), &error);
        if (!password) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return false;
        }
        endpoint->basicUser = parser.value(cli.userOption);
        endpoint->basicPassword = *password;
    }
    return true;
}

void printPrometheusSummary(CliApp &app, const PrometheusClient &client, const PrometheusImportOptions &options,
                            const PrometheusImportSummary &summary, double seconds)
{
    if (!summary.absentMetrics.isEmpty()) {
        app.printError(CliApp::tr("harvest-prometheus: no series on this server for %1 (left empty)")
                           .arg(summary.absentMetrics.join(QStringLiteral(", "))));
    }
    for (const QString &warning : summary.warnings)
        app.printError(QStringLiteral("harvest-prometheus: ") + warning);
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("harvest-prometheus")},
                       {QStringLiteral("url"), client.displayUrl()},
                       {QStringLiteral("cluster"), options.cluster},
                       {QStringLiteral("from_ts"), double(summary.fromTs)},
                       {QStringLiteral("to_ts"), double(summary.toTs)},
                       {QStringLiteral("step_s"), double(options.stepS)},
                       {QStringLiteral("queries"), summary.queries},
                       {QStringLiteral("samples_seen"), double(summary.samplesSeen)},
                       {QStringLiteral("samples_written"), double(summary.samplesWritten)},
                       {QStringLiteral("nodes"), QJsonArray::fromStringList(summary.nodes)},
                       {QStringLiteral("nodes_created"), double(summary.nodesCreated)},
                       {QStringLiteral("absent_metrics"), QJsonArray::fromStringList(summary.absentMetrics)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(summary.warnings)},
                       {QStringLiteral("seconds"), seconds}});
    } else if (summary.queries == 0) {
        app.print(CliApp::tr("%1: nothing new since the last import\n").arg(options.cluster));
    } else {
        app.print(CliApp::tr("%1: %2 samples of %3 nodes (%4 written), %5 queries, %6 s\n")
                      .arg(options.cluster)
                      .arg(summary.samplesSeen)
                      .arg(summary.nodes.size())
                      .arg(summary.samplesWritten)
                      .arg(summary.queries)
                      .arg(seconds, 0, 'f', 2));
    }
}

} // namespace

int runHarvestPrometheusCommand(CliApp &app, const QStringList &args)
{
    PrometheusCli cli;
    cli.help = CliApp::tr(kHelp);
    const QCommandLineParser &parser = cli.parser;
    if (const auto done = app.parseCommandLine(cli.parser, QStringLiteral("harvest-prometheus"), args, cli.help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(CliApp::tr("harvest-prometheus takes no positional arguments"), cli.help);
    if (!parser.isSet(cli.urlOption) || !parser.isSet(cli.clusterOption))
        return app.usageError(CliApp::tr("harvest-prometheus needs --url URL and --cluster NAME"), cli.help);
    PrometheusEndpoint endpoint;
    PrometheusImportOptions options;
    if (const auto usage = readPrometheusOptions(app, cli, &endpoint, &options))
        return *usage;
    if (!readSecrets(app, cli, &endpoint))
        return CliApp::Failed;

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    PrometheusClient client(endpoint);
    PrometheusImporter importer(store, client);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    importer.setProgressCallback([&](qint64 samples, qint64 ts) {
        if (sinceProgress.elapsed() < 1000)
            return;
        sinceProgress.restart();
        app.printError(CliApp::tr("harvest-prometheus: %1 samples, up to %2")
                           .arg(samples)
                           .arg(QDateTime::fromSecsSinceEpoch(ts, Qt::UTC).toString(Qt::ISODate)));
    });
    QElapsedTimer timer;
    timer.start();
    PrometheusImportSummary summary;
    QString error;
    if (!importer.import(options, &summary, &error)) {
        app.printError(CliApp::tr("energy-studio-cli: harvest-prometheus %1: %2").arg(client.displayUrl(), error));
        return CliApp::Failed;
    }
    printPrometheusSummary(app, client, options, summary, double(timer.nsecsElapsed()) / 1e9);
    return CliApp::Ok;
}

} // namespace es
