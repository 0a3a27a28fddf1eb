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

const char *const kTrainHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] train --target energy_j|duration_s|temp_peak_c [options]\n"
    "       energy-studio-cli [global options] train --csv FILE --target-column C --features A,B,... [options]\n"
    "\n"
    "Trains regression models, validates them with honest splits and stores the best one in the model registry.\n"
    "Store data: the jobs joined with their job metrics, features known before a job runs (job type, partition,\n"
    "queue, user, group, account, executable, requested CPUs, nodes, memory, time limit, submit hour).\n"
    "Every figure printed names the split it comes from; the baseline is the mean per job type (or the requested\n"
    "time, for duration_s), learnt on each fold's training rows.\n"
    "\n"
    "Options:\n"
    "  --target T              energy_j, duration_s, temp_peak_c or a numeric feature (store data)\n"
    "  --model M               ridge, rf, krr, svr, a comma list, or all (default ridge)\n"
    "  --folds K               outer folds / forward blocks (default 5)\n"
    "  --inner-folds K         inner cross-validation folds for the hyperparameters (default 3)\n"
    "  --split S               kfold, time or both (default both; time needs times in the data)\n"
    "  --log-target L          auto, on or off: log transform of the target (default auto: skewed targets)\n"
    "  --seed N                seed of the k-fold assignment (default 42)\n"
    "  --cluster NAME          store data: only this cluster\n"
    "  --after-run-features    store data: also use features known only after a job ran\n"
    "  --csv FILE              train on a CSV dataset instead of the store\n"
    "  --target-column C       CSV: the target column\n"
    "  --features A,B,...      CSV: feature columns; suffix :cat (categorical), :num, :after (known after run);\n"
    "                          store data: only these features, the names above (req_cpus, node_count, ...)\n"
    "                          or feature:NAME, a numeric column an import kept as a job feature (import csv\n"
    "                          --map COLUMN=feature:NAME); dataset features are used only when named\n"
    "  --time-column C         CSV: epoch seconds, enables the time-ordered split\n"
    "  --group-column C        CSV: groups of the mean baseline (default job_type when present)\n"
    "  --requested-column C    CSV: requested run time in seconds (baseline for a duration target)\n"
    "  --fold-column C         CSV: a given fold per row (0..K-1) instead of the seeded k-fold\n"
    "  --name NAME             the stored model's name (default TARGET-ALGORITHM)\n"
    "  --no-save               validate only, store nothing\n"
    "  --keep-worse            store the model even when no algorithm beats the baseline\n"
    "  --plot-csv FILE         write split,actual,predicted of the best model's test rows\n"
    "  -h, --help              this help\n");

/// The train command's options, as given on the command line.
struct TrainCli
{
    QCommandLineParser parser;
    const QCommandLineOption targetOption = valueOption("target", "T");
    const QCommandLineOption modelOption = valueOption("model", "M");
    const QCommandLineOption foldsOption = valueOption("folds", "K");
    const QCommandLineOption innerOption = valueOption("inner-folds", "K");
    const QCommandLineOption splitOption = valueOption("split", "S");
    const QCommandLineOption logOption = valueOption("log-target", "L");
    const QCommandLineOption seedOption = valueOption("seed", "N");
    const QCommandLineOption clusterOption = valueOption("cluster", "NAME");
    const QCommandLineOption afterOption{QStringLiteral("after-run-features")};
    const QCommandLineOption csvOption = valueOption("csv", "FILE");
    const QCommandLineOption targetColumnOption = valueOption("target-column", "C");
    const QCommandLineOption featuresOption = valueOption("features", "LIST");
    const QCommandLineOption timeColumnOption = valueOption("time-column", "C");
    const QCommandLineOption groupColumnOption = valueOption("group-column", "C");
    const QCommandLineOption requestedColumnOption = valueOption("requested-column", "C");
    const QCommandLineOption foldColumnOption = valueOption("fold-column", "C");
    const QCommandLineOption nameOption = valueOption("name", "NAME");
    const QCommandLineOption noSaveOption{QStringLiteral("no-save")};
    const QCommandLineOption keepWorseOption{QStringLiteral("keep-worse")};
    const QCommandLineOption plotOption = valueOption("plot-csv", "FILE");

    TrainCli()
    {
        parser.addOptions(
            {targetOption,       modelOption,    foldsOption,      innerOption,       splitOption,
             logOption,          seedOption,     clusterOption,    afterOption,       csvOption,
             targetColumnOption, featuresOption, timeColumnOption, groupColumnOption, requestedColumnOption,
             foldColumnOption,   nameOption,     noSaveOption,     keepWorseOption,   plotOption});
    }
    bool csv() const { return parser.isSet(csvOption); }
    bool save() const { return !parser.isSet(noSaveOption); }
};

/// What the training produced, for the output.
struct TrainOutcome
{
    const Dataset &data;
    const TrainResult &result;
    const Model &model;
    const AlgorithmEvaluation &best;
    QStringList notes; ///< the data loader's
    bool save = false;
    bool saved = false;
    double seconds = 0;
};

/// --model, --folds, --inner-folds, --seed, --split and --log-target into *options; a usage error's exit code.
std::optional<int> readTrainOptions(CliApp &app, const TrainCli &cli, const QString &help, TrainOptions *options)
{
    const QCommandLineParser &parser = cli.parser;
    const QString models =
        parser.value(cli.modelOption).isEmpty() ? QStringLiteral("ridge") : parser.value(cli.modelOption);
    options->algorithms.clear();
    if (models == u"all") {
        options->algorithms = Regressor::all();
    } else {
        for (const QString &name : models.split(u',', Qt::SkipEmptyParts)) {
            const auto a = Regressor::fromName(name.trimmed());
            if (!a)
                return app.usageError(CliApp::tr("unknown model '%1' (ridge, rf, krr, svr or all)").arg(name), help);
            if (!options->algorithms.contains(*a))
                options->algorithms << *a;
        }
    }
    const auto intOption = [&](const QCommandLineOption &o, int lo, int hi, int *out) {
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < lo || v > hi)
            return false;
        *out = v;
        return true;
    };
    int seed = 42;
    if (!intOption(cli.foldsOption, 2, 100, &options->folds))
        return app.usageError(CliApp::tr("--folds takes a number from 2 to 100"), help);
    if (!intOption(cli.innerOption, 2, 20, &options->innerFolds))
        return app.usageError(CliApp::tr("--inner-folds takes a number from 2 to 20"), help);
    if (!intOption(cli.seedOption, 0, std::numeric_limits<int>::max(), &seed))
        return app.usageError(CliApp::tr("--seed takes a non-negative number"), help);
    options->seed = std::uint64_t(seed);
    const QString split = parser.value(cli.splitOption);
    if (!split.isEmpty() && split != u"kfold" && split != u"time" && split != u"both")
        return app.usageError(CliApp::tr("--split takes kfold, time or both"), help);
    options->kFold = split != u"time";
    options->timeOrdered = split != u"kfold";
    const QString log = parser.value(cli.logOption);
    if (log == u"on")
        options->logTarget = FeatureSpec::LogTarget::On;
    else if (log == u"off")
        options->logTarget = FeatureSpec::LogTarget::Off;
    else if (!log.isEmpty() && log != u"auto")
        return app.usageError(CliApp::tr("--log-target takes auto, on or off"), help);
    return std::nullopt;
}

/// The data source's options (--csv with its columns, or a store --target); a usage error's exit code.
std::optional<int> checkDataSource(CliApp &app, const TrainCli &cli, const QString &help)
{
    const QCommandLineParser &parser = cli.parser;
    if (cli.csv() && (!parser.isSet(cli.targetColumnOption) || !parser.isSet(cli.featuresOption)))
        return app.usageError(CliApp::tr("--csv needs --target-column and --features"), help);
    if (!cli.csv() && DatasetLoader::targetSql(parser.value(cli.targetOption)).isEmpty())
        return app.usageError(parser.isSet(cli.targetOption)
                                  ? CliApp::tr("unknown target '%1' (energy_j, duration_s, temp_peak_c or a numeric "
                                               "feature such as mem_mb or power_avg_w)")
                                        .arg(parser.value(cli.targetOption))
                                  : CliApp::tr("train needs --target (or --csv FILE --target-column C --features ...)"),
                              help);
    return std::nullopt;
}

/// The training rows, from the CSV or the store; reading the store prints its progress.
std::optional<Dataset> loadTrainData(CliApp &app, const TrainCli &cli, Store &store, QStringList *notes, QString *error)
{
    const QCommandLineParser &parser = cli.parser;
    if (cli.csv()) {
        DatasetLoader::CsvOptions o;
        o.targetColumn = parser.value(cli.targetColumnOption);
        o.features = parser.value(cli.featuresOption).split(u',', Qt::SkipEmptyParts);
        o.timeColumn = parser.value(cli.timeColumnOption);
        o.groupColumn = parser.value(cli.groupColumnOption);
        o.requestedColumn = parser.value(cli.requestedColumnOption);
        o.foldColumn = parser.value(cli.foldColumnOption);
        return DatasetLoader::fromCsv(parser.value(cli.csvOption), o, notes, error);
    }
    DatasetLoader::StoreOptions o;
    o.target = parser.value(cli.targetOption);
    o.cluster = parser.value(cli.clusterOption);
    o.afterRunFeatures = parser.isSet(cli.afterOption);
    o.features = parser.value(cli.featuresOption).split(u',', Qt::SkipEmptyParts);
    CliProgressPrinter progress(app);
    progress.setUnit(CliApp::tr("jobs"));
    o.progress = [&](qint64 rowsRead) { progress(CliApp::tr("reading the jobs"), int(rowsRead), 0); };
    return DatasetLoader::fromStore(store, o, notes, error);
}

/// split,actual,predicted of the best model's test rows; false with the message printed when it cannot be written.
bool writePlotCsv(CliApp &app, const QString &path, const AlgorithmEvaluation &best)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("split,actual,predicted\n");
        for (const SplitEvaluation &s : best.splits)
            for (size_t i = 0; i < s.actual.size(); ++i)
                file.write(QStringLiteral("\"%1\",%2,%3\n")
                               .arg(s.split)
                               .arg(s.actual[i], 0, 'g', 17)
                               .arg(s.predicted[i], 0, 'g', 17)
                               .toUtf8());
    }
    if (!file.commit()) {
        app.printError(CliApp::tr("energy-studio-cli: cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

QJsonArray featuresJson(const Model &model)
{
    QJsonArray features;
    for (const FeatureSpec::Feature &f : model.spec().features())
        features.append(
            QJsonObject{{QStringLiteral("name"), f.name},
                        {QStringLiteral("kind"),
                         f.kind == FeatureKind::Numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
                        {QStringLiteral("phase"), f.phase == FeaturePhase::BeforeRun ? QStringLiteral("before_run")
                                                                                     : QStringLiteral("after_run")},
                        {QStringLiteral("categories"), double(f.categories.size())}});
    return features;
}

QJsonArray evaluationsJson(const TrainResult &result)
{
    QJsonArray evaluations;
    for (const AlgorithmEvaluation &e : result.evaluations) {
        QJsonArray splits;
        for (const SplitEvaluation &s : e.splits) {
            QJsonObject baseline = s.baseline.toJson();
            baseline.insert(QStringLiteral("name"), s.baselineName);
            QJsonArray importance;
            for (const auto &[feature, increase] : s.importance)
                importance.append(QJsonObject{{QStringLiteral("feature"), feature},
                                              {QStringLiteral("rmse_increase"), jsonNumber(increase)}});
            splits.append(QJsonObject{{QStringLiteral("split"), s.split},
                                      {QStringLiteral("model"), s.model.toJson()},
                                      {QStringLiteral("baseline"), baseline},
                                      {QStringLiteral("baselines"), Trainer::baselinesJson(s)},
                                      {QStringLiteral("unknown_categories"), double(s.unknownCategories)},
                                      {QStringLiteral("importance"), importance}});
        }
        evaluations.append(QJsonObject{{QStringLiteral("algorithm"), Regressor::name(e.algorithm)},
                                       {QStringLiteral("splits"), splits},
                                       {QStringLiteral("hyperparameters"), e.finalHyperparameters},
                                       {QStringLiteral("seconds"), e.seconds}});
    }
    return evaluations;
}

void printTrainJson(CliApp &app, const TrainOutcome &out)
{
    app.printJson({{QStringLiteral("command"), QStringLiteral("train")},
                   {QStringLiteral("target"), out.data.targetName},
                   {QStringLiteral("data"), out.data.description},
                   {QStringLiteral("rows"), double(out.data.rowCount())},
                   {QStringLiteral("data_hash"), out.model.dataHash},
                   {QStringLiteral("log_target"), out.model.spec().logTarget()},
                   {QStringLiteral("features"), featuresJson(out.model)},
                   {QStringLiteral("notes"), QJsonArray::fromStringList(out.notes + out.result.notes)},
                   {QStringLiteral("evaluations"), evaluationsJson(out.result)},
                   {QStringLiteral("best"), Regressor::name(out.best.algorithm)},
                   {QStringLiteral("beats_baseline"), out.result.beatsBaseline},
                   {QStringLiteral("model_id"), out.saved ? QJsonValue(double(out.model.id)) : QJsonValue()},
                   {QStringLiteral("seconds"), out.seconds}});
}

/// The data line, the features and the result's notes.
QString dataText(const TrainOutcome &out)
{
    QString text = CliApp::tr("data: %1: %2 rows%3\n")
                       .arg(out.data.description)
                       .arg(out.data.rowCount())
                       .arg(out.model.spec().logTarget() ? CliApp::tr(", target log-transformed") : QString());
    QStringList features;
    for (const FeatureSpec::Feature &f : out.model.spec().features())
        features << (f.kind == FeatureKind::Numeric
                         ? f.name
                         : CliApp::tr("%1 (%2 categories)").arg(f.name).arg(f.categories.size())) +
                        (f.phase == FeaturePhase::AfterRun ? CliApp::tr(" [after run]") : QString());
    text += CliApp::tr("features: %1\n").arg(features.join(QStringLiteral(", ")));
    for (const QString &note : out.result.notes)
        text += CliApp::tr("note: %1\n").arg(note);
    return text;
}

/// One line per algorithm and split, the baseline after the first algorithm's.
QString evaluationsText(const TrainResult &result)
{
    QString text;
    for (const AlgorithmEvaluation &e : result.evaluations) {
        for (const SplitEvaluation &s : e.splits) {
            text +=
                CliApp::tr("%1 on %2: %3\n").arg(Regressor::name(e.algorithm), -5).arg(s.split, metricsLine(s.model));
            if (&e == &result.evaluations.front())
                text += CliApp::tr("%1 on %2: %3\n")
                            .arg(CliApp::tr("baseline (%1)").arg(s.baselineName))
                            .arg(s.split, metricsLine(s.baseline));
            if (s.unknownCategories > 0)
                text += CliApp::tr("  %1 test values of categories unseen in training were encoded as zeros (%2)\n")
                            .arg(s.unknownCategories)
                            .arg(s.split);
        }
    }
    return text;
}

/// The best model, its importance and whether it was saved.
QString verdictText(const TrainOutcome &out)
{
    QString text;
    const SplitEvaluation &first = out.best.splits.front();
    if (!out.result.beatsBaseline)
        text += CliApp::tr("WARNING: no model beats the baseline (%1): do not use these predictions\n")
                    .arg(first.baselineName);
    text += (out.result.beatsBaseline ? CliApp::tr("best: %1 (highest R² on %2), %3 s; hyperparameters %4\n")
                                      : CliApp::tr("highest R²: %1 (on %2, still worse than the baseline), %3 s; "
                                                   "hyperparameters %4\n"))
                .arg(Regressor::name(out.best.algorithm), first.split)
                .arg(out.best.seconds, 0, 'f', 2)
                .arg(QString::fromUtf8(QJsonDocument(out.best.finalHyperparameters).toJson(QJsonDocument::Compact)));
    if (!first.importance.empty()) {
        QStringList parts;
        for (const auto &[feature, increase] : first.importance)
            parts << CliApp::tr("%1 +%2").arg(feature, shortNumber(increase));
        text += CliApp::tr("permutation importance (RMSE increase, %1, %2): %3\n")
                    .arg(Regressor::name(out.best.algorithm), first.split, parts.join(QStringLiteral(", ")));
    }
    if (out.saved)
        text += CliApp::tr("saved as model %1 '%2' (%3 s)\n")
                    .arg(out.model.id)
                    .arg(out.model.name)
                    .arg(out.seconds, 0, 'f', 2);
    else if (out.save)
        text += CliApp::tr("not saved: worse than the baseline (--keep-worse stores it) (%1 s)\n")
                    .arg(out.seconds, 0, 'f', 2);
    else
        text += CliApp::tr("not saved (--no-save) (%1 s)\n").arg(out.seconds, 0, 'f', 2);
    return text;
}

} // namespace

int runTrainCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kTrainHelp);
    TrainCli cli;
    const QCommandLineParser &parser = cli.parser;
    if (const auto done = app.parseCommandLine(cli.parser, QStringLiteral("train"), args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(
            CliApp::tr("train takes no positional arguments: %1").arg(parser.positionalArguments().join(u' ')), help);
    TrainOptions options;
    if (const auto usage = readTrainOptions(app, cli, help, &options))
        return *usage;
    if (const auto usage = checkDataSource(app, cli, help))
        return *usage;

    Store store;
    const bool save = cli.save();
    const bool needStore = !cli.csv() || save;
    if (needStore && !app.openStore(store))
        return CliApp::Failed;

    QStringList notes;
    QString error;
    const std::optional<Dataset> data = loadTrainData(app, cli, store, &notes, &error);
    if (!data) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    for (const QString &note : notes)
        app.printError(CliApp::tr("note: %1").arg(note));

    Trainer trainer;
    CliProgressPrinter progress(app);
    trainer.setProgressCallback([&](const QString &stage, int done, int total) { progress(stage, done, total); });
    QElapsedTimer timer;
    timer.start();
    auto result = trainer.train(*data, options, &error);
    if (!result) {
        app.printError(QStringLiteral("energy-studio-cli: train: ") + error);
        return CliApp::Failed;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    Model &model = result->model;
    const AlgorithmEvaluation &best = result->evaluations[size_t(result->best)];
    model.name = parser.isSet(cli.nameOption) ? parser.value(cli.nameOption)
                                              : data->targetName + u'-' + Regressor::name(best.algorithm);
    const bool saved = save && (result->beatsBaseline || parser.isSet(cli.keepWorseOption));
    if (saved) {
        ModelRegistry registry(store);
        if (!registry.save(&model, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
    }
    if (parser.isSet(cli.plotOption) && !writePlotCsv(app, parser.value(cli.plotOption), best))
        return CliApp::Failed;

    const TrainOutcome outcome{*data, *result, model, best, notes, save, saved, seconds};
    if (app.jsonOutput()) {
        printTrainJson(app, outcome);
        return CliApp::Ok;
    }
    app.print(dataText(outcome) + evaluationsText(*result) + verdictText(outcome));
    return CliApp::Ok;
}

} // namespace es
