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

const char *const kPredictHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
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
    "  -h, --help      this help\n");

/// The predict command's options.
struct PredictCli
{
    QCommandLineParser parser;
    const QCommandLineOption modelOption = valueOption("model", "ID");
    const QCommandLineOption actualOption = valueOption("actual", "V");
    const QCommandLineOption jobOption = valueOption("job", "JOBID");
    const QCommandLineOption clusterOption = valueOption("cluster", "C");

    PredictCli() { parser.addOptions({modelOption, actualOption, jobOption, clusterOption}); }
};

/// What to predict: the model, its inputs, and the job they come from (with --job).
struct PredictRequest
{
    qint64 modelId = 0;
    bool forJob = false;
    QHash<QString, QString> inputs;
    QJsonObject inputsJson;
    std::optional<double> actual;
    qint64 jobPk = 0; ///< 0: not for a stored job
    QString jobLabel; ///< CLUSTER/JOBID with --job
};

/// The model id, FEATURE=VALUE inputs and --actual; a usage error's exit code.
std::optional<int> readPredictRequest(CliApp &app, const PredictCli &cli, const QString &help, PredictRequest *request)
{
    const QCommandLineParser &parser = cli.parser;
    bool ok = false;
    request->modelId = parser.value(cli.modelOption).toLongLong(&ok);
    if (!ok)
        return app.usageError(CliApp::tr("predict needs --model ID (see models list)"), help);
    request->forJob = parser.isSet(cli.jobOption);
    if (request->forJob && parser.value(cli.jobOption).trimmed().isEmpty())
        return app.usageError(CliApp::tr("--job needs a job id"), help);
    if (request->forJob && (!parser.positionalArguments().isEmpty() || parser.isSet(cli.actualOption)))
        return app.usageError(CliApp::tr("--job takes the inputs and the actual value from the store: no "
                                         "FEATURE=VALUE or --actual with it"),
                              help);
    if (!request->forJob && parser.isSet(cli.clusterOption))
        return app.usageError(CliApp::tr("--cluster goes with --job"), help);
    for (const QString &pair : parser.positionalArguments()) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return app.usageError(CliApp::tr("inputs are FEATURE=VALUE, got '%1'").arg(pair), help);
        request->inputs.insert(pair.left(eq), pair.mid(eq + 1));
        request->inputsJson.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (parser.isSet(cli.actualOption)) {
        const double v = QLocale::c().toDouble(parser.value(cli.actualOption), &ok);
        if (!ok || !std::isfinite(v))
            return app.usageError(CliApp::tr("--actual takes a finite number"), help);
        request->actual = v;
    }
    return std::nullopt;
}

/// The stored job's features the model needs, and its actual target when known; false with the error printed.
bool readJobInputs(CliApp &app, const PredictCli &cli, Store &store, const Model &model, PredictRequest *request)
{
    QString error;
    const auto job = JobFeatureReader::read(store, cli.parser.value(cli.clusterOption),
                                            cli.parser.value(cli.jobOption).trimmed(), &error);
    if (!job) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return false;
    }
    QStringList missing;
    for (const FeatureSpec::Feature &f : model.spec().features()) {
        const auto value = job->values.constFind(f.name);
        if (value == job->values.cend())
            missing << f.name;
        else {
            request->inputs.insert(f.name, *value);
            request->inputsJson.insert(f.name, *value);
        }
    }
    if (!missing.isEmpty()) {
        app.printError(CliApp::tr("energy-studio-cli: job %1 of cluster %2 has no value for %3, which model "
                                  "%4 needs")
                           .arg(job->jobId, job->cluster, missing.join(QStringLiteral(", ")))
                           .arg(request->modelId));
        return false;
    }
    request->jobPk = job->jobPk;
    request->jobLabel = job->cluster + u'/' + job->jobId;
    if (const auto known = job->targets.constFind(model.target); known != job->targets.cend())
        request->actual = *known;
    return true;
}

void printPrediction(CliApp &app, const PredictRequest &request, const Model &model,
                     const Model::Prediction &prediction, qint64 predictionId)
{
    const qint64 id = request.modelId;
    const QJsonObject split = model.metrics.value(QStringLiteral("splits")).toArray().at(0).toObject();
    const QJsonObject m = split.value(QStringLiteral("model")).toObject();
    if (app.jsonOutput()) {
        app.printJson(
            {{QStringLiteral("command"), QStringLiteral("predict")},
             {QStringLiteral("model_id"), double(id)},
             {QStringLiteral("target"), model.target},
             {QStringLiteral("predicted"), jsonNumber(prediction.value)},
             {QStringLiteral("unknown_categories"), QJsonArray::fromStringList(prediction.unknownCategories)},
             {QStringLiteral("prediction_id"), double(predictionId)},
             {QStringLiteral("job"), request.jobLabel.isEmpty() ? QJsonValue() : QJsonValue(request.jobLabel)},
             {QStringLiteral("inputs"), request.inputsJson},
             {QStringLiteral("actual"), request.actual ? jsonNumber(*request.actual) : QJsonValue()},
             {QStringLiteral("validation_split"), split.value(QStringLiteral("split"))},
             {QStringLiteral("validation"), m}});
        return;
    }
    for (const QString &unknown : prediction.unknownCategories)
        app.printError(
            CliApp::tr("warning: %1 is a category the model never saw in training: encoded as all zeros").arg(unknown));
    if (!request.jobLabel.isEmpty())
        app.print(request.actual ? CliApp::tr("job %1 (finished: %2 = %3)\n")
                                       .arg(request.jobLabel, model.target, shortNumber(*request.actual, 6))
                                 : CliApp::tr("job %1\n").arg(request.jobLabel));
    app.print(CliApp::tr("%1 = %2 (model %3, %4; validation on %5: R² %6, MAPE %7%)\n")
                  .arg(model.target, shortNumber(prediction.value, 6))
                  .arg(id)
                  .arg(Regressor::name(model.algorithm()), split.value(QStringLiteral("split")).toString(),
                       shortNumber(m.value(QStringLiteral("r2")).toDouble(qQNaN())),
                       shortNumber(m.value(QStringLiteral("mape_pct")).toDouble(qQNaN()))));
}

} // namespace

int runPredictCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kPredictHelp);
    PredictCli cli;
    if (const auto done = app.parseCommandLine(cli.parser, QStringLiteral("predict"), args, help))
        return *done;
    PredictRequest request;
    if (const auto usage = readPredictRequest(app, cli, help, &request))
        return *usage;
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    ModelRegistry registry(store);
    QString error;
    const auto model = registry.load(request.modelId, &error);
    if (!model) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    if (request.forJob && !readJobInputs(app, cli, store, *model, &request))
        return CliApp::Failed;
    const auto prediction = model->predict(request.inputs, &error);
    if (!prediction) {
        app.printError(CliApp::tr("energy-studio-cli: model %1: %2").arg(request.modelId).arg(error));
        return CliApp::Failed;
    }
    const auto predictionId = registry.recordPrediction(request.modelId, request.jobPk, request.inputsJson,
                                                        prediction->value, request.actual, &error);
    if (!predictionId) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    printPrediction(app, request, *model, *prediction, *predictionId);
    return CliApp::Ok;
}

} // namespace es
