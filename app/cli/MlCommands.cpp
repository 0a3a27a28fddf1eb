#include "MlCommands.h"

#include "CliApp.h"
#include "CliProgressPrinter.h"
#include "DatasetLoader.h"
#include "JobFeatureReader.h"
#include "LoadForecaster.h"
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

const char *const kTrainHelp =
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
    "  --features A,B,...      CSV: feature columns; suffix :cat (categorical), :num, :after (known after run)\n"
    "  --time-column C         CSV: epoch seconds, enables the time-ordered split\n"
    "  --group-column C        CSV: groups of the mean baseline (default job_type when present)\n"
    "  --requested-column C    CSV: requested run time in seconds (baseline for a duration target)\n"
    "  --fold-column C         CSV: a given fold per row (0..K-1) instead of the seeded k-fold\n"
    "  --name NAME             the stored model's name (default TARGET-ALGORITHM)\n"
    "  --no-save               validate only, store nothing\n"
    "  --keep-worse            store the model even when no algorithm beats the baseline\n"
    "  --plot-csv FILE         write split,actual,predicted of the best model's test rows\n"
    "  -h, --help              this help\n";

const char *const kModelsHelp =
    "Usage: energy-studio-cli [global options] models list|show ID|remove ID|accuracy ID\n"
    "\n"
    "The model registry: list the stored models, show one (metrics per split, feature\n"
    "specification, hyperparameters), remove one with its predictions, or compare the predictions\n"
    "recorded with it against what happened (jobs that have finished since they were predicted).\n";

const char *const kPredictHelp =
    "Usage: energy-studio-cli [global options] predict --model ID FEATURE=VALUE... [--actual V]\n"
    "       energy-studio-cli [global options] predict --model ID --job JOBID [--cluster C]\n"
    "\n"
    "With --job, the inputs are the job's own features as the store has them (the same ones the model\n"
    "was trained with); the prediction is recorded against the job, so that models accuracy ID can\n"
    "compare it with the actual value once the job has finished.\n"
    "\n"
    "Predicts with a stored model from its input features (see models show ID for their names) and records the\n"
    "prediction in the store. Every feature the model was trained with must be given, and no other; a category\n"
    "the model never saw is encoded as all zeros and reported.\n"
    "\n"
    "Options:\n"
    "  --model ID      the model (see models list)\n"
    "  --actual V      the true value, when known, recorded next to the prediction\n"
    "  --job JOBID     predict for this stored job (Slurm id, with its array or het suffix)\n"
    "  --cluster C     the job's cluster, when several clusters have that job id\n"
    "  -h, --help      this help\n";

const char *const kForecastHelp =
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
    "  -h, --help      this help\n";

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString fmt(double v, int precision = 3)
{
    if (!std::isfinite(v))
        return QStringLiteral("n/a");
    return QLocale::c().toString(v, 'g', precision + 2);
}

QJsonObject metricsObject(const RegressionMetrics &m)
{
    return {{QStringLiteral("n"), double(m.n)},
            {QStringLiteral("mae"), number(m.mae)},
            {QStringLiteral("rmse"), number(m.rmse)},
            {QStringLiteral("mape_pct"), number(m.mapePct)},
            {QStringLiteral("mape_excluded_zeros"), double(m.mapeExcludedZeros)},
            {QStringLiteral("r2"), number(m.r2)}};
}

QString metricsLine(const RegressionMetrics &m)
{
    QString line =
        CliApp::tr("R² %1  MAE %2  RMSE %3  MAPE %4%").arg(fmt(m.r2), fmt(m.mae), fmt(m.rmse), fmt(m.mapePct));
    if (m.mapeExcludedZeros > 0)
        line += CliApp::tr(" (MAPE leaves out %1 zero targets)").arg(m.mapeExcludedZeros);
    return line;
}

QCommandLineOption valueOption(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

} // namespace

int runTrainCommand(CliApp &app, const QStringList &args)
{
    const QString help = QString::fromLatin1(kTrainHelp);
    QCommandLineParser parser;
    const QCommandLineOption targetOption = valueOption("target", "T");
    const QCommandLineOption modelOption = valueOption("model", "M");
    const QCommandLineOption foldsOption = valueOption("folds", "K");
    const QCommandLineOption innerOption = valueOption("inner-folds", "K");
    const QCommandLineOption splitOption = valueOption("split", "S");
    const QCommandLineOption logOption = valueOption("log-target", "L");
    const QCommandLineOption seedOption = valueOption("seed", "N");
    const QCommandLineOption clusterOption = valueOption("cluster", "NAME");
    const QCommandLineOption afterOption(QStringLiteral("after-run-features"));
    const QCommandLineOption csvOption = valueOption("csv", "FILE");
    const QCommandLineOption targetColumnOption = valueOption("target-column", "C");
    const QCommandLineOption featuresOption = valueOption("features", "LIST");
    const QCommandLineOption timeColumnOption = valueOption("time-column", "C");
    const QCommandLineOption groupColumnOption = valueOption("group-column", "C");
    const QCommandLineOption requestedColumnOption = valueOption("requested-column", "C");
    const QCommandLineOption foldColumnOption = valueOption("fold-column", "C");
    const QCommandLineOption nameOption = valueOption("name", "NAME");
    const QCommandLineOption noSaveOption(QStringLiteral("no-save"));
    const QCommandLineOption keepWorseOption(QStringLiteral("keep-worse"));
    const QCommandLineOption plotOption = valueOption("plot-csv", "FILE");
    parser.addOptions({targetOption,       modelOption,    foldsOption,      innerOption,       splitOption,
                       logOption,          seedOption,     clusterOption,    afterOption,       csvOption,
                       targetColumnOption, featuresOption, timeColumnOption, groupColumnOption, requestedColumnOption,
                       foldColumnOption,   nameOption,     noSaveOption,     keepWorseOption,   plotOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("train"), args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(
            CliApp::tr("train takes no positional arguments: %1").arg(parser.positionalArguments().join(u' ')), help);

    TrainOptions options;
    const QString models = parser.value(modelOption).isEmpty() ? QStringLiteral("ridge") : parser.value(modelOption);
    options.algorithms.clear();
    if (models == u"all") {
        options.algorithms = Regressor::all();
    } else {
        for (const QString &name : models.split(u',', Qt::SkipEmptyParts)) {
            const auto a = Regressor::fromName(name.trimmed());
            if (!a)
                return app.usageError(CliApp::tr("unknown model '%1' (ridge, rf, krr, svr or all)").arg(name), help);
            if (!options.algorithms.contains(*a))
                options.algorithms << *a;
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
    if (!intOption(foldsOption, 2, 100, &options.folds))
        return app.usageError(CliApp::tr("--folds takes a number from 2 to 100"), help);
    if (!intOption(innerOption, 2, 20, &options.innerFolds))
        return app.usageError(CliApp::tr("--inner-folds takes a number from 2 to 20"), help);
    if (!intOption(seedOption, 0, std::numeric_limits<int>::max(), &seed))
        return app.usageError(CliApp::tr("--seed takes a non-negative number"), help);
    options.seed = std::uint64_t(seed);
    const QString split = parser.value(splitOption);
    if (!split.isEmpty() && split != u"kfold" && split != u"time" && split != u"both")
        return app.usageError(CliApp::tr("--split takes kfold, time or both"), help);
    options.kFold = split != u"time";
    options.timeOrdered = split != u"kfold";
    const QString log = parser.value(logOption);
    if (log == u"on")
        options.logTarget = FeatureSpec::LogTarget::On;
    else if (log == u"off")
        options.logTarget = FeatureSpec::LogTarget::Off;
    else if (!log.isEmpty() && log != u"auto")
        return app.usageError(CliApp::tr("--log-target takes auto, on or off"), help);

    const bool csv = parser.isSet(csvOption);
    if (csv && (!parser.isSet(targetColumnOption) || !parser.isSet(featuresOption)))
        return app.usageError(CliApp::tr("--csv needs --target-column and --features"), help);
    if (!csv && DatasetLoader::targetSql(parser.value(targetOption)).isEmpty())
        return app.usageError(parser.isSet(targetOption)
                                  ? CliApp::tr("unknown target '%1' (energy_j, duration_s, temp_peak_c or a numeric "
                                               "feature such as mem_mb or power_avg_w)")
                                        .arg(parser.value(targetOption))
                                  : CliApp::tr("train needs --target (or --csv FILE --target-column C --features ...)"),
                              help);

    Store store;
    const bool save = !parser.isSet(noSaveOption);
    const bool needStore = !csv || save;
    if (needStore && !app.openStore(store))
        return CliApp::Failed;

    QStringList notes;
    QString error;
    std::optional<Dataset> data;
    if (csv) {
        DatasetLoader::CsvOptions o;
        o.targetColumn = parser.value(targetColumnOption);
        o.features = parser.value(featuresOption).split(u',', Qt::SkipEmptyParts);
        o.timeColumn = parser.value(timeColumnOption);
        o.groupColumn = parser.value(groupColumnOption);
        o.requestedColumn = parser.value(requestedColumnOption);
        o.foldColumn = parser.value(foldColumnOption);
        data = DatasetLoader::fromCsv(parser.value(csvOption), o, &notes, &error);
    } else {
        DatasetLoader::StoreOptions o;
        o.target = parser.value(targetOption);
        o.cluster = parser.value(clusterOption);
        o.afterRunFeatures = parser.isSet(afterOption);
        data = DatasetLoader::fromStore(store, o, &notes, &error);
    }
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
    model.name =
        parser.isSet(nameOption) ? parser.value(nameOption) : data->targetName + u'-' + Regressor::name(best.algorithm);
    const bool keepWorse = parser.isSet(keepWorseOption);
    const bool saved = save && (result->beatsBaseline || keepWorse);
    if (saved) {
        ModelRegistry registry(store);
        if (!registry.save(&model, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
    }
    if (parser.isSet(plotOption)) {
        QSaveFile file(parser.value(plotOption));
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
            app.printError(
                CliApp::tr("energy-studio-cli: cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return CliApp::Failed;
        }
    }

    const auto featureList = [&] {
        QJsonArray features;
        for (const FeatureSpec::Feature &f : model.spec().features())
            features.append(
                QJsonObject{{QStringLiteral("name"), f.name},
                            {QStringLiteral("kind"), f.kind == FeatureKind::Numeric ? QStringLiteral("numeric")
                                                                                    : QStringLiteral("categorical")},
                            {QStringLiteral("phase"), f.phase == FeaturePhase::BeforeRun ? QStringLiteral("before_run")
                                                                                         : QStringLiteral("after_run")},
                            {QStringLiteral("categories"), double(f.categories.size())}});
        return features;
    };
    if (app.jsonOutput()) {
        QJsonArray evaluations;
        for (const AlgorithmEvaluation &e : result->evaluations) {
            QJsonArray splits;
            for (const SplitEvaluation &s : e.splits) {
                QJsonObject baseline = metricsObject(s.baseline);
                baseline.insert(QStringLiteral("name"), s.baselineName);
                QJsonArray importance;
                for (const auto &[feature, increase] : s.importance)
                    importance.append(QJsonObject{{QStringLiteral("feature"), feature},
                                                  {QStringLiteral("rmse_increase"), number(increase)}});
                splits.append(QJsonObject{{QStringLiteral("split"), s.split},
                                          {QStringLiteral("model"), metricsObject(s.model)},
                                          {QStringLiteral("baseline"), baseline},
                                          {QStringLiteral("unknown_categories"), double(s.unknownCategories)},
                                          {QStringLiteral("importance"), importance}});
            }
            evaluations.append(QJsonObject{{QStringLiteral("algorithm"), Regressor::name(e.algorithm)},
                                           {QStringLiteral("splits"), splits},
                                           {QStringLiteral("hyperparameters"), e.finalHyperparameters},
                                           {QStringLiteral("seconds"), e.seconds}});
        }
        app.printJson({{QStringLiteral("command"), QStringLiteral("train")},
                       {QStringLiteral("target"), data->targetName},
                       {QStringLiteral("data"), data->description},
                       {QStringLiteral("rows"), double(data->rowCount())},
                       {QStringLiteral("data_hash"), model.dataHash},
                       {QStringLiteral("log_target"), model.spec().logTarget()},
                       {QStringLiteral("features"), featureList()},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes + result->notes)},
                       {QStringLiteral("evaluations"), evaluations},
                       {QStringLiteral("best"), Regressor::name(best.algorithm)},
                       {QStringLiteral("beats_baseline"), result->beatsBaseline},
                       {QStringLiteral("model_id"), saved ? QJsonValue(double(model.id)) : QJsonValue()},
                       {QStringLiteral("seconds"), seconds}});
        return CliApp::Ok;
    }
    QString text = CliApp::tr("data: %1: %2 rows%3\n")
                       .arg(data->description)
                       .arg(data->rowCount())
                       .arg(model.spec().logTarget() ? CliApp::tr(", target log-transformed") : QString());
    QStringList features;
    for (const FeatureSpec::Feature &f : model.spec().features())
        features << (f.kind == FeatureKind::Numeric
                         ? f.name
                         : CliApp::tr("%1 (%2 categories)").arg(f.name).arg(f.categories.size())) +
                        (f.phase == FeaturePhase::AfterRun ? CliApp::tr(" [after run]") : QString());
    text += CliApp::tr("features: %1\n").arg(features.join(QStringLiteral(", ")));
    for (const QString &note : result->notes)
        text += CliApp::tr("note: %1\n").arg(note);
    for (const AlgorithmEvaluation &e : result->evaluations) {
        for (const SplitEvaluation &s : e.splits) {
            text +=
                CliApp::tr("%1 on %2: %3\n").arg(Regressor::name(e.algorithm), -5).arg(s.split, metricsLine(s.model));
            if (&e == &result->evaluations.front())
                text += CliApp::tr("%1 on %2: %3\n")
                            .arg(CliApp::tr("baseline (%1)").arg(s.baselineName))
                            .arg(s.split, metricsLine(s.baseline));
            if (s.unknownCategories > 0)
                text += CliApp::tr("  %1 test values of categories unseen in training were encoded as zeros (%2)\n")
                            .arg(s.unknownCategories)
                            .arg(s.split);
        }
    }
    const SplitEvaluation &first = best.splits.front();
    if (!result->beatsBaseline)
        text += CliApp::tr("WARNING: no model beats the baseline (%1): do not use these predictions\n")
                    .arg(first.baselineName);
    text += (result->beatsBaseline ? CliApp::tr("best: %1 (highest R² on %2), %3 s; hyperparameters %4\n")
                                   : CliApp::tr("highest R²: %1 (on %2, still worse than the baseline), %3 s; "
                                                "hyperparameters %4\n"))
                .arg(Regressor::name(best.algorithm), first.split)
                .arg(best.seconds, 0, 'f', 2)
                .arg(QString::fromUtf8(QJsonDocument(best.finalHyperparameters).toJson(QJsonDocument::Compact)));
    if (!first.importance.empty()) {
        QStringList parts;
        for (const auto &[feature, increase] : first.importance)
            parts << CliApp::tr("%1 +%2").arg(feature, fmt(increase));
        text += CliApp::tr("permutation importance (RMSE increase, %1, %2): %3\n")
                    .arg(Regressor::name(best.algorithm), first.split, parts.join(QStringLiteral(", ")));
    }
    if (saved)
        text += CliApp::tr("saved as model %1 '%2' (%3 s)\n").arg(model.id).arg(model.name).arg(seconds, 0, 'f', 2);
    else if (save)
        text +=
            CliApp::tr("not saved: worse than the baseline (--keep-worse stores it) (%1 s)\n").arg(seconds, 0, 'f', 2);
    else
        text += CliApp::tr("not saved (--no-save) (%1 s)\n").arg(seconds, 0, 'f', 2);
    app.print(text);
    return CliApp::Ok;
}

int runModelsCommand(CliApp &app, const QStringList &args)
{
    const QString help = QString::fromLatin1(kModelsHelp);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        app.print(help);
        return CliApp::Ok;
    }
    const QString sub = args.value(0, QStringLiteral("list"));
    if (sub != u"list" && sub != u"show" && sub != u"remove" && sub != u"accuracy")
        return app.usageError(
            CliApp::tr("unknown models command '%1' (list, show ID, remove ID, accuracy ID)").arg(sub), help);
    qint64 id = 0;
    if (sub != u"list") {
        bool ok = false;
        id = args.value(1).toLongLong(&ok);
        if (!ok || args.size() != 2)
            return app.usageError(CliApp::tr("models %1 needs one model id").arg(sub), help);
    } else if (args.size() > 1) {
        return app.usageError(CliApp::tr("models list takes no arguments"), help);
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    ModelRegistry registry(store);
    QString error;
    if (sub == u"remove") {
        if (!registry.remove(id, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
        if (app.jsonOutput())
            app.printJson(
                {{QStringLiteral("command"), QStringLiteral("models remove")}, {QStringLiteral("id"), double(id)}});
        else
            app.print(CliApp::tr("model %1 removed\n").arg(id));
        return CliApp::Ok;
    }
    if (sub == u"accuracy") {
        const auto report = PredictionAccuracy::compute(store, id, &error);
        if (!report) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
        const auto iso = [](qint64 ts) {
            return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODate);
        };
        if (app.jsonOutput()) {
            QJsonArray outcomes;
            for (const PredictionAccuracy::Outcome &o : report->outcomes)
                outcomes.append(
                    QJsonObject{{QStringLiteral("prediction_id"), double(o.predictionId)},
                                {QStringLiteral("created_ts"), double(o.createdTs)},
                                {QStringLiteral("cluster"), o.cluster.isEmpty() ? QJsonValue() : QJsonValue(o.cluster)},
                                {QStringLiteral("job_id"), o.jobId.isEmpty() ? QJsonValue() : QJsonValue(o.jobId)},
                                {QStringLiteral("predicted"), number(o.predicted)},
                                {QStringLiteral("actual"), o.actual ? number(*o.actual) : QJsonValue()}});
            app.printJson({{QStringLiteral("command"), QStringLiteral("models accuracy")},
                           {QStringLiteral("model_id"), double(id)},
                           {QStringLiteral("target"), report->target},
                           {QStringLiteral("predictions"), double(report->outcomes.size())},
                           {QStringLiteral("pending"), report->pending},
                           {QStringLiteral("metrics"),
                            report->metrics ? QJsonValue(metricsObject(*report->metrics)) : QJsonValue()},
                           {QStringLiteral("outcomes"), outcomes}});
            return CliApp::Ok;
        }
        QString text = CliApp::tr("model %1 (%2): %3 predictions, %4 with an actual value, %5 pending\n")
                           .arg(id)
                           .arg(report->target)
                           .arg(report->outcomes.size())
                           .arg(report->outcomes.size() - report->pending)
                           .arg(report->pending);
        for (const PredictionAccuracy::Outcome &o : report->outcomes)
            text += QStringLiteral("  %1  %2  %3  %4\n")
                        .arg(iso(o.createdTs))
                        .arg(o.jobId.isEmpty() ? CliApp::tr("(inputs)") : o.cluster + u'/' + o.jobId, -20)
                        .arg(CliApp::tr("predicted %1").arg(fmt(o.predicted, 6)), -22)
                        .arg(o.actual ? CliApp::tr("actual %1").arg(fmt(*o.actual, 6)) : CliApp::tr("pending"));
        text += report->metrics
                    ? CliApp::tr("on the predictions with an actual value: %1\n").arg(metricsLine(*report->metrics))
                    : CliApp::tr("no prediction has an actual value yet\n");
        app.print(text);
        return CliApp::Ok;
    }
    const auto entries = registry.list(&error);
    if (!entries) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    const auto firstSplit = [](const ModelRegistry::Entry &e) {
        return e.metrics.value(QStringLiteral("splits")).toArray().at(0).toObject();
    };
    if (sub == u"show") {
        for (const ModelRegistry::Entry &e : *entries) {
            if (e.id != id)
                continue;
            QJsonObject metrics = e.metrics;
            QJsonObject o{{QStringLiteral("id"), double(e.id)},
                          {QStringLiteral("name"), e.name},
                          {QStringLiteral("target"), e.target},
                          {QStringLiteral("algorithm"), e.algorithm},
                          {QStringLiteral("feature_spec"), e.featureSpec},
                          {QStringLiteral("hyperparameters"), e.hyperparameters},
                          {QStringLiteral("metrics"), metrics},
                          {QStringLiteral("data_hash"), e.dataHash},
                          {QStringLiteral("data_description"), e.dataDescription},
                          {QStringLiteral("created_ts"), double(e.createdTs)},
                          {QStringLiteral("format_version"), e.formatVersion},
                          {QStringLiteral("blob_bytes"), double(e.blobBytes)}};
            if (app.jsonOutput()) {
                app.printJson(o);
                return CliApp::Ok;
            }
            QString text = CliApp::tr("model %1 '%2': %3 by %4, trained %5 on %6 (data %7)\n")
                               .arg(e.id)
                               .arg(e.name, e.target, e.algorithm,
                                    QDateTime::fromSecsSinceEpoch(e.createdTs, QTimeZone::utc()).toString(Qt::ISODate),
                                    e.dataDescription, e.dataHash.left(12));
            QStringList inputs;
            for (const QJsonValue &f : e.featureSpec.value(QStringLiteral("features")).toArray()) {
                const QJsonObject fo = f.toObject();
                inputs << QStringLiteral("%1 (%2, %3)")
                              .arg(fo.value(QStringLiteral("name")).toString(),
                                   fo.value(QStringLiteral("kind")).toString(),
                                   fo.value(QStringLiteral("phase")).toString());
            }
            text += CliApp::tr("inputs: %1\n").arg(inputs.join(QStringLiteral(", ")));
            text += CliApp::tr("hyperparameters: %1\n")
                        .arg(QString::fromUtf8(QJsonDocument(e.hyperparameters).toJson(QJsonDocument::Compact)));
            for (const QJsonValue &sv : metrics.value(QStringLiteral("splits")).toArray()) {
                const QJsonObject s = sv.toObject();
                const QJsonObject m = s.value(QStringLiteral("model")).toObject();
                const QJsonObject b = s.value(QStringLiteral("baseline")).toObject();
                text += CliApp::tr("on %1: R² %2, MAE %3, MAPE %4%; baseline (%5) R² %6, MAE %7\n")
                            .arg(s.value(QStringLiteral("split")).toString(),
                                 fmt(m.value(QStringLiteral("r2")).toDouble(qQNaN())),
                                 fmt(m.value(QStringLiteral("mae")).toDouble(qQNaN())),
                                 fmt(m.value(QStringLiteral("mape_pct")).toDouble(qQNaN())),
                                 b.value(QStringLiteral("name")).toString(),
                                 fmt(b.value(QStringLiteral("r2")).toDouble(qQNaN())),
                                 fmt(b.value(QStringLiteral("mae")).toDouble(qQNaN())));
            }
            app.print(text);
            return CliApp::Ok;
        }
        app.printError(CliApp::tr("energy-studio-cli: there is no model %1 (see: models list)").arg(id));
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        QJsonArray list;
        for (const ModelRegistry::Entry &e : *entries) {
            const QJsonObject s = firstSplit(e);
            list.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("target"), e.target},
                                    {QStringLiteral("algorithm"), e.algorithm},
                                    {QStringLiteral("split"), s.value(QStringLiteral("split"))},
                                    {QStringLiteral("metrics"), s.value(QStringLiteral("model"))},
                                    {QStringLiteral("data_hash"), e.dataHash},
                                    {QStringLiteral("data_description"), e.dataDescription},
                                    {QStringLiteral("created_ts"), double(e.createdTs)},
                                    {QStringLiteral("format_version"), e.formatVersion}});
        }
        app.printJson({{QStringLiteral("command"), QStringLiteral("models list")}, {QStringLiteral("models"), list}});
        return CliApp::Ok;
    }
    QString text = CliApp::tr("%1 %2 %3 %4 %5 %6\n")
                       .arg(CliApp::tr("id"), 4)
                       .arg(CliApp::tr("name"), -24)
                       .arg(CliApp::tr("target"), -12)
                       .arg(CliApp::tr("algo"), -6)
                       .arg(CliApp::tr("R²"), 8)
                       .arg(CliApp::tr("split / created"));
    for (const ModelRegistry::Entry &e : *entries) {
        const QJsonObject s = firstSplit(e);
        text +=
            QStringLiteral("%1 %2 %3 %4 %5 %6, %7\n")
                .arg(e.id, 4)
                .arg(e.name, -24)
                .arg(e.target, -12)
                .arg(e.algorithm, -6)
                .arg(fmt(s.value(QStringLiteral("model")).toObject().value(QStringLiteral("r2")).toDouble(qQNaN())), 8)
                .arg(s.value(QStringLiteral("split")).toString(),
                     QDateTime::fromSecsSinceEpoch(e.createdTs, QTimeZone::utc()).toString(Qt::ISODate));
    }
    if (entries->isEmpty())
        text += CliApp::tr("(no models: see train --help)\n");
    app.print(text);
    return CliApp::Ok;
}

int runPredictCommand(CliApp &app, const QStringList &args)
{
    const QString help = QString::fromLatin1(kPredictHelp);
    QCommandLineParser parser;
    const QCommandLineOption modelOption = valueOption("model", "ID");
    const QCommandLineOption actualOption = valueOption("actual", "V");
    const QCommandLineOption jobOption = valueOption("job", "JOBID");
    const QCommandLineOption clusterOption = valueOption("cluster", "C");
    parser.addOptions({modelOption, actualOption, jobOption, clusterOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("predict"), args, help))
        return *done;
    bool ok = false;
    const qint64 id = parser.value(modelOption).toLongLong(&ok);
    if (!ok)
        return app.usageError(CliApp::tr("predict needs --model ID (see models list)"), help);
    const bool forJob = parser.isSet(jobOption);
    if (forJob && parser.value(jobOption).trimmed().isEmpty())
        return app.usageError(CliApp::tr("--job needs a job id"), help);
    if (forJob && (!parser.positionalArguments().isEmpty() || parser.isSet(actualOption)))
        return app.usageError(CliApp::tr("--job takes the inputs and the actual value from the store: no "
                                         "FEATURE=VALUE or --actual with it"),
                              help);
    if (!forJob && parser.isSet(clusterOption))
        return app.usageError(CliApp::tr("--cluster goes with --job"), help);
    QHash<QString, QString> inputs;
    QJsonObject inputsJson;
    for (const QString &pair : parser.positionalArguments()) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return app.usageError(CliApp::tr("inputs are FEATURE=VALUE, got '%1'").arg(pair), help);
        inputs.insert(pair.left(eq), pair.mid(eq + 1));
        inputsJson.insert(pair.left(eq), pair.mid(eq + 1));
    }
    std::optional<double> actual;
    if (parser.isSet(actualOption)) {
        const double v = QLocale::c().toDouble(parser.value(actualOption), &ok);
        if (!ok || !std::isfinite(v))
            return app.usageError(CliApp::tr("--actual takes a finite number"), help);
        actual = v;
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    ModelRegistry registry(store);
    QString error;
    const auto model = registry.load(id, &error);
    if (!model) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    qint64 jobPk = 0;
    QString jobLabel;
    if (forJob) {
        const auto job =
            JobFeatureReader::read(store, parser.value(clusterOption), parser.value(jobOption).trimmed(), &error);
        if (!job) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
        QStringList missing;
        for (const FeatureSpec::Feature &f : model->spec().features()) {
            const auto value = job->values.constFind(f.name);
            if (value == job->values.cend())
                missing << f.name;
            else {
                inputs.insert(f.name, *value);
                inputsJson.insert(f.name, *value);
            }
        }
        if (!missing.isEmpty()) {
            app.printError(CliApp::tr("energy-studio-cli: job %1 of cluster %2 has no value for %3, which model "
                                      "%4 needs")
                               .arg(job->jobId, job->cluster, missing.join(QStringLiteral(", ")))
                               .arg(id));
            return CliApp::Failed;
        }
        jobPk = job->jobPk;
        jobLabel = job->cluster + u'/' + job->jobId;
        if (const auto known = job->targets.constFind(model->target); known != job->targets.cend())
            actual = *known;
    }
    const auto prediction = model->predict(inputs, &error);
    if (!prediction) {
        app.printError(CliApp::tr("energy-studio-cli: model %1: %2").arg(id).arg(error));
        return CliApp::Failed;
    }
    const auto predictionId = registry.recordPrediction(id, jobPk, inputsJson, prediction->value, actual, &error);
    if (!predictionId) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    const QJsonObject split = model->metrics.value(QStringLiteral("splits")).toArray().at(0).toObject();
    const QJsonObject m = split.value(QStringLiteral("model")).toObject();
    if (app.jsonOutput()) {
        app.printJson(
            {{QStringLiteral("command"), QStringLiteral("predict")},
             {QStringLiteral("model_id"), double(id)},
             {QStringLiteral("target"), model->target},
             {QStringLiteral("predicted"), number(prediction->value)},
             {QStringLiteral("unknown_categories"), QJsonArray::fromStringList(prediction->unknownCategories)},
             {QStringLiteral("prediction_id"), double(*predictionId)},
             {QStringLiteral("job"), jobLabel.isEmpty() ? QJsonValue() : QJsonValue(jobLabel)},
             {QStringLiteral("inputs"), inputsJson},
             {QStringLiteral("actual"), actual ? number(*actual) : QJsonValue()},
             {QStringLiteral("validation_split"), split.value(QStringLiteral("split"))},
             {QStringLiteral("validation"), m}});
        return CliApp::Ok;
    }
    for (const QString &unknown : prediction->unknownCategories)
        app.printError(
            CliApp::tr("warning: %1 is a category the model never saw in training: encoded as all zeros").arg(unknown));
    if (!jobLabel.isEmpty())
        app.print(actual ? CliApp::tr("job %1 (finished: %2 = %3)\n").arg(jobLabel, model->target, fmt(*actual, 6))
                         : CliApp::tr("job %1\n").arg(jobLabel));
    app.print(CliApp::tr("%1 = %2 (model %3, %4; validation on %5: R² %6, MAPE %7%)\n")
                  .arg(model->target, fmt(prediction->value, 6))
                  .arg(id)
                  .arg(Regressor::name(model->algorithm()), split.value(QStringLiteral("split")).toString(),
                       fmt(m.value(QStringLiteral("r2")).toDouble(qQNaN())),
                       fmt(m.value(QStringLiteral("mape_pct")).toDouble(qQNaN()))));
    return CliApp::Ok;
}

int runForecastCommand(CliApp &app, const QStringList &args)
{
    const QString help = QString::fromLatin1(kForecastHelp);
    QCommandLineParser parser;
    const QCommandLineOption horizonOption = valueOption("horizon", "MIN");
    const QCommandLineOption stepOption = valueOption("step", "MIN");
    const QCommandLineOption clusterOption = valueOption("cluster", "NAME");
    const QCommandLineOption modelOption = valueOption("model", "M");
    const QCommandLineOption daysOption = valueOption("days", "N");
    parser.addOptions({horizonOption, stepOption, clusterOption, modelOption, daysOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("forecast"), args, help))
        return *done;
    LoadForecaster::Options options;
    bool ok = false;
    options.horizonMin = parser.value(horizonOption).toInt(&ok);
    if (!ok || options.horizonMin < 1 || options.horizonMin > 1440)
        return app.usageError(CliApp::tr("forecast needs --horizon MIN, 1 to 1440"), help);
    if (parser.isSet(stepOption)) {
        options.stepMin = parser.value(stepOption).toInt(&ok);
        if (!ok || options.stepMin < 1)
            return app.usageError(CliApp::tr("--step takes a positive number of minutes"), help);
    }
    if (parser.isSet(daysOption)) {
        options.maxDays = parser.value(daysOption).toInt(&ok);
        if (!ok || options.maxDays < 1)
            return app.usageError(CliApp::tr("--days takes a positive number"), help);
    }
    if (parser.isSet(modelOption)) {
        const auto a = Regressor::fromName(parser.value(modelOption));
        if (!a)
            return app.usageError(
                CliApp::tr("unknown model '%1' (rf, krr, svr or ridge)").arg(parser.value(modelOption)), help);
        options.algorithm = *a;
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto jobs = LoadForecaster::jobsFromStore(store, parser.value(clusterOption), &error);
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
    const auto iso = [](qint64 ts) {
        return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODate);
    };
    const qint64 lastTs = result->seriesStartTs + qint64(result->busyCpus.size() - 1) * 60;
    if (app.jsonOutput()) {
        QJsonArray evaluation, forecast;
        for (const auto &e : result->evaluation)
            evaluation.append(
                QJsonObject{{QStringLiteral("horizon_min"), e.horizonMin},
                            {QStringLiteral("model"), metricsObject(e.model)},
                            {QStringLiteral("persistence"), metricsObject(e.persistence)},
                            {QStringLiteral("beats_persistence"), e.model.mae < e.persistence.mae},
                            {QStringLiteral("seasonal_naive"),
                             e.seasonalNaive ? QJsonValue(metricsObject(*e.seasonalNaive)) : QJsonValue()}});
        for (const auto &[ts, busy] : result->forecast)
            forecast.append(QJsonObject{{QStringLiteral("ts"), double(ts)}, {QStringLiteral("busy_cpus"), busy}});
        app.printJson({{QStringLiteral("command"), QStringLiteral("forecast")},
                       {QStringLiteral("algorithm"), Regressor::name(options.algorithm)},
                       {QStringLiteral("series_minutes"), double(result->busyCpus.size())},
                       {QStringLiteral("series_start_ts"), double(result->seriesStartTs)},
                       {QStringLiteral("last_observed_ts"), double(lastTs)},
                       {QStringLiteral("last_observed_busy_cpus"), result->busyCpus.back()},
                       {QStringLiteral("split"), result->split},
                       {QStringLiteral("evaluation"), evaluation},
                       {QStringLiteral("forecast"), forecast},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(result->notes)}});
        return CliApp::Ok;
    }
    QString text = CliApp::tr("history: %1 jobs, %2 minutes from %3 to %4; last observed load %5 busy CPUs\n")
                       .arg(jobs->size())
                       .arg(result->busyCpus.size())
                       .arg(iso(result->seriesStartTs), iso(lastTs))
                       .arg(result->busyCpus.back(), 0, 'f', 1);
    for (const QString &note : result->notes)
        text += CliApp::tr("note: %1\n").arg(note);
    text += CliApp::tr("evaluation (%1), MAE in busy CPUs:\n").arg(result->split);
    for (const auto &e : result->evaluation) {
        text += CliApp::tr("  +%1 min: %2 %3, persistence %4, seasonal-naive %5\n")
                    .arg(e.horizonMin, 3)
                    .arg(Regressor::name(options.algorithm), fmt(e.model.mae), fmt(e.persistence.mae),
                         e.seasonalNaive ? fmt(e.seasonalNaive->mae) : CliApp::tr("n/a"));
        if (!(e.model.mae < e.persistence.mae))
            text += CliApp::tr("  WARNING: at +%1 min the model is worse than persistence (%2x its error): use the "
                               "last observed load instead\n")
                        .arg(e.horizonMin)
                        .arg(fmt(e.model.mae / e.persistence.mae, 2));
    }
    text += CliApp::tr("forecast (%1):\n").arg(Regressor::name(options.algorithm));
    for (const auto &[ts, busy] : result->forecast)
        text += QStringLiteral("  %1  %2\n").arg(iso(ts)).arg(busy, 0, 'f', 1);
    app.print(text);
    return CliApp::Ok;
}

} // namespace es
