// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliProgressPrinter.h"
#include "DatasetLoader.h"
#include "JobFeatureReader.h"
#include "LoadForecaster.h"
#include "MlCliFormat.h"
#include "MlCommands.h"
#include "ModelRegistry.h"
#include "PredictionAccuracy.h"
#include "Store.h"
#include "Trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

namespace es {
namespace {

using namespace es::ml;
using namespace es::mlcli;

const char *const kForecastHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] forecast --horizon MIN [options]\n"
    "\n"
    "Forecasts the cluster load (busy CPUs) for the next MIN minutes from the job history resampled per minute,\n"
    "with lagged and calendar features and a dlib model per horizon step, evaluated on a time-ordered holdout\n"
    "against persistence and seasonal-naive (same minute a day earlier). The forecast starts after the last\n"
    "minute of the history.\n"
    "\n"
    "Options:\n"
    "  --horizon MIN   minutes ahead, 1 to 1440 (30 to 60 is the intended range)\n"
    "  --step MIN      a model every MIN minutes up to the horizon (default 10)\n"
    "  --cluster NAME  only this cluster's jobs\n"
    "  --model M       rf (default), krr, svr or ridge\n"
    "  --days N        use at most the last N days of history (default 28)\n"
    "  -h, --help      this help\n");

QString isoTime(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODate);
}

/// The forecast command's options.
struct ForecastCli
{
    QCommandLineParser parser;
    const QCommandLineOption horizonOption = valueOption("horizon", "MIN");
    const QCommandLineOption stepOption = valueOption("step", "MIN");
    const QCommandLineOption clusterOption = valueOption("cluster", "NAME");
    const QCommandLineOption modelOption = valueOption("model", "M");
    const QCommandLineOption daysOption = valueOption("days", "N");

    ForecastCli() { parser.addOptions({horizonOption, stepOption, clusterOption, modelOption, daysOption}); }
};

/// --horizon, --step, --days and --model into *options; a usage error's exit code.
std::optional<int> readForecastOptions(CliApp &app, const ForecastCli &cli, const QString &help,
                                       LoadForecaster::Options *options)
{
    const QCommandLineParser &parser = cli.parser;
    const QCommandLineOption &horizonOption = cli.horizonOption;
    const QCommandLineOption &stepOption = cli.stepOption;
    const QCommandLineOption &modelOption = cli.modelOption;
    const QCommandLineOption &daysOption = cli.daysOption;
    bool ok = false;
    options->horizonMin = parser.value(horizonOption).toInt(&ok);
    if (!ok || options->horizonMin < 1 || options->horizonMin > 1440)
        return app.usageError(CliApp::tr("forecast needs --horizon MIN, 1 to 1440"), help);
    if (parser.isSet(stepOption)) {
        options->stepMin = parser.value(stepOption).toInt(&ok);
        if (!ok || options->stepMin < 1)
            return app.usageError(CliApp::tr("--step takes a positive number of minutes"), help);
    }
    if (parser.isSet(daysOption)) {
        options->maxDays = parser.value(daysOption).toInt(&ok);
        if (!ok || options->maxDays < 1)
            return app.usageError(CliApp::tr("--days takes a positive number"), help);
    }
    if (parser.isSet(modelOption)) {
        const auto a = Regressor::fromName(parser.value(modelOption));
        if (!a)
            return app.usageError(
                CliApp::tr("unknown model '%1' (rf, krr, svr or ridge)").arg(parser.value(modelOption)), help);
        options->algorithm = *a;
    }
    return std::nullopt;
}

void printForecastJson(CliApp &app, const LoadForecaster::Options &options, const LoadForecaster::Result &result)
{
    const qint64 lastTs = result.seriesStartTs + qint64(result.busyCpus.size() - 1) * 60;
    QJsonArray evaluation, forecast;
    for (const auto &e : result.evaluation)
        evaluation.append(QJsonObject{{QStringLiteral("horizon_min"), e.horizonMin},
                                      {QStringLiteral("model"), e.model.toJson()},
                                      {QStringLiteral("persistence"), e.persistence.toJson()},
                                      {QStringLiteral("beats_persistence"), e.model.mae < e.persistence.mae},
                                      {QStringLiteral("seasonal_naive"),
                                       e.seasonalNaive ? QJsonValue(e.seasonalNaive->toJson()) : QJsonValue()}});
    for (const auto &[ts, busy] : result.forecast)
        forecast.append(QJsonObject{{QStringLiteral("ts"), double(ts)}, {QStringLiteral("busy_cpus"), busy}});
    app.printJson({{QStringLiteral("command"), QStringLiteral("forecast")},
                   {QStringLiteral("algorithm"), Regressor::name(options.algorithm)},
                   {QStringLiteral("series_minutes"), double(result.busyCpus.size())},
                   {QStringLiteral("series_start_ts"), double(result.seriesStartTs)},
                   {QStringLiteral("last_observed_ts"), double(lastTs)},
                   {QStringLiteral("last_observed_busy_cpus"), result.busyCpus.back()},
                   {QStringLiteral("split"), result.split},
                   {QStringLiteral("evaluation"), evaluation},
                   {QStringLiteral("forecast"), forecast},
                   {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}});
}

QString forecastText(size_t jobCount, const LoadForecaster::Options &options, const LoadForecaster::Result &result)
{
    const qint64 lastTs = result.seriesStartTs + qint64(result.busyCpus.size() - 1) * 60;
    QString text = CliApp::tr("history: %1 jobs, %2 minutes from %3 to %4; last observed load %5 busy CPUs\n")
                       .arg(jobCount)
                       .arg(result.busyCpus.size())
                       .arg(isoTime(result.seriesStartTs), isoTime(lastTs))
                       .arg(result.busyCpus.back(), 0, 'f', 1);
    for (const QString &note : result.notes)
        text += CliApp::tr("note: %1\n").arg(note);
    text += CliApp::tr("evaluation (%1), MAE in busy CPUs:\n").arg(result.split);
    for (const auto &e : result.evaluation) {
        text += CliApp::tr("  +%1 min: %2 %3, persistence %4, seasonal-naive %5\n")
                    .arg(e.horizonMin, 3)
                    .arg(Regressor::name(options.algorithm), shortNumber(e.model.mae), shortNumber(e.persistence.mae),
                         e.seasonalNaive ? shortNumber(e.seasonalNaive->mae) : CliApp::tr("n/a"));
        if (!(e.model.mae < e.persistence.mae))
            text += CliApp::tr("  WARNING: at +%1 min the model is worse than persistence (%2x its error): use the "
                               "last observed load instead\n")
                        .arg(e.horizonMin)
                        .arg(shortNumber(e.model.mae / e.persistence.mae, 2));
    }
    text += CliApp::tr("forecast (%1):\n").arg(Regressor::name(options.algorithm));
    for (const auto &[ts, busy] : result.forecast)
        text += QStringLiteral("  %1  %2\n").arg(isoTime(ts)).arg(busy, 0, 'f', 1);
    return text;
}

} // namespace

int runForecastCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kForecastHelp);
    ForecastCli cli;
    if (const auto done = app.parseCommandLine(cli.parser, QStringLiteral("forecast"), args, help))
        return *done;
    LoadForecaster::Options options;
    if (const auto usage = readForecastOptions(app, cli, help, &options))
        return *usage;
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto jobs = LoadForecaster::jobsFromStore(store, cli.parser.value(cli.clusterOption), &error);
    if (!jobs) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    LoadForecaster forecaster;
    CliProgressPrinter progress(app);
    forecaster.setProgressCallback([&](const QString &stage, int done, int total) { progress(stage, done, total); });
    const auto result = forecaster.run(*jobs, options, &error);
    if (!result) {
        app.printError(QStringLiteral("energy-studio-cli: forecast: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput())
        printForecastJson(app, options, *result);
    else
        app.print(forecastText(jobs->size(), options, *result));
    return CliApp::Ok;
}

} // namespace es
