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

const char *const kModelsHelp = QT_TRANSLATE_NOOP(
    "es::CliApp", "Usage: energy-studio-cli [global options] models list|show ID|remove ID|accuracy ID\n"
                  "\n"
                  "The model registry: list the stored models, show one (metrics per split, feature\n"
                  "specification, hyperparameters), remove one with its predictions, or compare the predictions\n"
                  "recorded with it against what happened (jobs that have finished since they were predicted).\n");

QJsonObject firstSplit(const ModelRegistry::Entry &e)
{
    return e.metrics.value(QStringLiteral("splits")).toArray().at(0).toObject();
}

int removeModel(CliApp &app, ModelRegistry &registry, qint64 id)
{
    QString error;
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

void printAccuracyJson(CliApp &app, qint64 id, const PredictionAccuracy::Report &report)
{
    QJsonArray outcomes;
    for (const PredictionAccuracy::Outcome &o : report.outcomes)
        outcomes.append(
            QJsonObject{{QStringLiteral("prediction_id"), double(o.predictionId)},
                        {QStringLiteral("created_ts"), double(o.createdTs)},
                        {QStringLiteral("cluster"), o.cluster.isEmpty() ? QJsonValue() : QJsonValue(o.cluster)},
                        {QStringLiteral("job_id"), o.jobId.isEmpty() ? QJsonValue() : QJsonValue(o.jobId)},
                        {QStringLiteral("predicted"), jsonNumber(o.predicted)},
                        {QStringLiteral("actual"), o.actual ? jsonNumber(*o.actual) : QJsonValue()}});
    app.printJson({{QStringLiteral("command"), QStringLiteral("models accuracy")},
                   {QStringLiteral("model_id"), double(id)},
                   {QStringLiteral("target"), report.target},
                   {QStringLiteral("predictions"), double(report.outcomes.size())},
                   {QStringLiteral("pending"), report.pending},
                   {QStringLiteral("metrics"), report.metrics ? QJsonValue(report.metrics->toJson()) : QJsonValue()},
                   {QStringLiteral("outcomes"), outcomes}});
}

QString accuracyText(qint64 id, const PredictionAccuracy::Report &report)
{
    const auto iso = [](qint64 ts) {
        return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODate);
    };
    QString text = CliApp::tr("model %1 (%2): %3 predictions, %4 with an actual value, %5 pending\n")
                       .arg(id)
                       .arg(report.target)
                       .arg(report.outcomes.size())
                       .arg(report.outcomes.size() - report.pending)
                       .arg(report.pending);
    for (const PredictionAccuracy::Outcome &o : report.outcomes)
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(iso(o.createdTs))
                    .arg(o.jobId.isEmpty() ? CliApp::tr("(inputs)") : o.cluster + u'/' + o.jobId, -20)
                    .arg(CliApp::tr("predicted %1").arg(shortNumber(o.predicted, 6)), -22)
                    .arg(o.actual ? CliApp::tr("actual %1").arg(shortNumber(*o.actual, 6)) : CliApp::tr("pending"));
    text += report.metrics
                ? CliApp::tr("on the predictions with an actual value: %1\n").arg(metricsLine(*report.metrics))
                : CliApp::tr("no prediction has an actual value yet\n");
    return text;
}

int showAccuracy(CliApp &app, Store &store, qint64 id)
{
    QString error;
    const auto report = PredictionAccuracy::compute(store, id, &error);
    if (!report) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput())
        printAccuracyJson(app, id, *report);
    else
        app.print(accuracyText(id, *report));
    return CliApp::Ok;
}

QJsonObject entryJson(const ModelRegistry::Entry &e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.id)},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("target"), e.target},
                       {QStringLiteral("algorithm"), e.algorithm},
                       {QStringLiteral("feature_spec"), e.featureSpec},
                       {QStringLiteral("hyperparameters"), e.hyperparameters},
                       {QStringLiteral("metrics"), e.metrics},
                       {QStringLiteral("data_hash"), e.dataHash},
                       {QStringLiteral("data_description"), e.dataDescription},
                       {QStringLiteral("created_ts"), double(e.createdTs)},
                       {QStringLiteral("format_version"), e.formatVersion},
                       {QStringLiteral("blob_bytes"), double(e.blobBytes)}};
}

QString entryText(const ModelRegistry::Entry &e)
{
    QString text = CliApp::tr("model %1 '%2': %3 by %4, trained %5 on %6 (data %7)\n")
                       .arg(e.id)
                       .arg(e.name, e.target, e.algorithm,
                            QDateTime::fromSecsSinceEpoch(e.createdTs, QTimeZone::utc()).toString(Qt::ISODate),
                            e.dataDescription, e.dataHash.left(12));
    QStringList inputs;
    for (const QJsonValue &f : e.featureSpec.value(QStringLiteral("features")).toArray()) {
        const QJsonObject fo = f.toObject();
        inputs << QStringLiteral("%1 (%2, %3)")
                      .arg(fo.value(QStringLiteral("name")).toString(), fo.value(QStringLiteral("kind")).toString(),
                           fo.value(QStringLiteral("phase")).toString());
    }
    text += CliApp::tr("inputs: %1\n").arg(inputs.join(QStringLiteral(", ")));
    text += CliApp::tr("hyperparameters: %1\n")
                .arg(QString::fromUtf8(QJsonDocument(e.hyperparameters).toJson(QJsonDocument::Compact)));
    for (const QJsonValue &sv : e.metrics.value(QStringLiteral("splits")).toArray()) {
        const QJsonObject s = sv.toObject();
        const QJsonObject m = s.value(QStringLiteral("model")).toObject();
        const QJsonObject b = s.value(QStringLiteral("baseline")).toObject();
        text += CliApp::tr("on %1: R² %2, MAE %3, MAPE %4%; baseline (%5) R² %6, MAE %7\n")
                    .arg(s.value(QStringLiteral("split")).toString(),
                         shortNumber(m.value(QStringLiteral("r2")).toDouble(qQNaN())),
                         shortNumber(m.value(QStringLiteral("mae")).toDouble(qQNaN())),
                         shortNumber(m.value(QStringLiteral("mape_pct")).toDouble(qQNaN())),
                         b.value(QStringLiteral("name")).toString(),
                         shortNumber(b.value(QStringLiteral("r2")).toDouble(qQNaN())),
                         shortNumber(b.value(QStringLiteral("mae")).toDouble(qQNaN())));
    }
    return text;
}

int showModel(CliApp &app, const QList<ModelRegistry::Entry> &entries, qint64 id)
{
    for (const ModelRegistry::Entry &e : entries) {
        if (e.id != id)
            continue;
        if (app.jsonOutput())
            app.printJson(entryJson(e));
        else
            app.print(entryText(e));
        return CliApp::Ok;
    }
    app.printError(CliApp::tr("energy-studio-cli: there is no model %1 (see: models list)").arg(id));
    return CliApp::Failed;
}

void printListJson(CliApp &app, const QList<ModelRegistry::Entry> &entries)
{
    QJsonArray list;
    for (const ModelRegistry::Entry &e : entries) {
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
}

QString listText(const QList<ModelRegistry::Entry> &entries)
{
    QString text = CliApp::tr("%1 %2 %3 %4 %5 %6\n")
                       .arg(CliApp::tr("id"), 4)
                       .arg(CliApp::tr("name"), -24)
                       .arg(CliApp::tr("target"), -12)
                       .arg(CliApp::tr("algo"), -6)
                       .arg(CliApp::tr("R²"), 8)
                       .arg(CliApp::tr("split / created"));
    for (const ModelRegistry::Entry &e : entries) {
        const QJsonObject s = firstSplit(e);
        text += QStringLiteral("%1 %2 %3 %4 %5 %6, %7\n")
                    .arg(e.id, 4)
                    .arg(e.name, -24)
                    .arg(e.target, -12)
                    .arg(e.algorithm, -6)
                    .arg(shortNumber(
                             s.value(QStringLiteral("model")).toObject().value(QStringLiteral("r2")).toDouble(qQNaN())),
                         8)
                    .arg(s.value(QStringLiteral("split")).toString(),
                         QDateTime::fromSecsSinceEpoch(e.createdTs, QTimeZone::utc()).toString(Qt::ISODate));
    }
    if (entries.isEmpty())
        text += CliApp::tr("(no models: see train --help)\n");
    return text;
}

/// The subcommand and its model id from the arguments; a usage error's exit code.
std::optional<int> parseModelsArgs(CliApp &app, const QStringList &args, const QString &help, QString *sub, qint64 *id)
{
    *sub = args.value(0, QStringLiteral("list"));
    if (*sub != u"list" && *sub != u"show" && *sub != u"remove" && *sub != u"accuracy")
        return app.usageError(
            CliApp::tr("unknown models command '%1' (list, show ID, remove ID, accuracy ID)").arg(*sub), help);
    *id = 0;
    if (*sub != u"list") {
        bool ok = false;
        *id = args.value(1).toLongLong(&ok);
        if (!ok || args.size() != 2)
            return app.usageError(CliApp::tr("models %1 needs one model id").arg(*sub), help);
    } else if (args.size() > 1) {
        return app.usageError(CliApp::tr("models list takes no arguments"), help);
    }
    return std::nullopt;
}

} // namespace

int runModelsCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kModelsHelp);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        app.print(help);
        return CliApp::Ok;
    }
    QString sub;
    qint64 id = 0;
    if (const auto usage = parseModelsArgs(app, args, help, &sub, &id))
        return *usage;
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    ModelRegistry registry(store);
    if (sub == u"remove")
        return removeModel(app, registry, id);
    if (sub == u"accuracy")
        return showAccuracy(app, store, id);
    QString error;
    const auto entries = registry.list(&error);
    if (!entries) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    if (sub == u"show")
        return showModel(app, *entries, id);
    if (app.jsonOutput())
        printListJson(app, *entries);
    else
        app.print(listText(*entries));
    return CliApp::Ok;
}

} // namespace es
