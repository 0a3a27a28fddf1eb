// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviseCommands.h"

#include "AdviceReplay.h"
#include "AdviseJobCommand.h"
#include "AdviseLedgerCommand.h"
#include "CliApp.h"
#include "CliProgressPrinter.h"
#include "MlCliFormat.h"

#include <QCommandLineParser>
#include <QLocale>

namespace es {
namespace {

using namespace es::ml;
using mlcli::valueOption;

const char *const kAdviseHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] advise replay --csv FILE --target-column C --time-column C\n"
    "           --task-columns A,B,... --option-columns A,B,... [options]\n"
    "\n"
    "Replays placement advice on a dataset where the same tasks ran under many configurations, and scores it with\n"
    "what was measured. Tasks (same values of the task columns) are held out in folds; models trained on the other\n"
    "tasks only choose one option cell (same values of the option columns) per held-out task: the least predicted\n"
    "energy whose predicted time is within the limit. The choice is scored with the measured mean of that cell\n"
    "against the task's median cell and against the oracle (the measured least-energy cell within the limit).\n"
    "\n"
    "Options:\n"
    "  --csv FILE                 the runs, one per row, with a header\n"
    "  --target-column C          energy per run (any unit; reported in it)\n"
    "  --time-column C            run time per run, in seconds\n"
    "  --task-columns A,B         what defines a task (the same work)\n"
    "  --option-columns A,B       what the advice chooses (node count, tasks, frequency, ...)\n"
    "  --feature-columns A,B      further task descriptors used by the models (a problem size, ...)\n"
    "  --group-folds K            folds of held-out tasks (default 5)\n"
    "  --max-time-increase PCT    feasible: measured time at most (1 + PCT/100) x the median cell's (default: none)\n"
    "  --seed N                   seed of the task folds (default 42)\n"
    "  -h, --help                 this help\n");

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString pct(double v)
{
    return QLocale::c().toString(v, 'f', 1) + u'%';
}

void printSummary(CliApp &app, const AdviceReplay::Result &result, const AdviceReplay::Options &options)
{
    const AdviceReplay::Summary &s = result.summary;
    QString text = CliApp::tr("%1 tasks, %2 option cells, %3 runs; tasks held out in %4 folds\n")
                       .arg(s.tasks)
                       .arg(s.cells)
                       .arg(s.runs)
                       .arg(options.groupFolds);
    for (const QString &note : result.notes)
        text += CliApp::tr("note: %1\n").arg(note);
    text += options.maxTimeIncreasePct
                ? CliApp::tr("time limit: +%1 against the median cell\n").arg(pct(*options.maxTimeIncreasePct))
                : CliApp::tr("no time limit\n");
    text += CliApp::tr("energy saved against the median cell: %1 (the oracle: %2); capture %3 of the oracle's "
                       "saving; regret %4\n")
                .arg(pct(s.meanSavingPct), pct(s.meanOracleSavingPct), QLocale::c().toString(s.capture, 'f', 3),
                     pct(s.meanRegretPct));
    text += CliApp::tr("choices over the time limit: %1; run time against the median cell: %2; predicted "
                       "fastest taken for want of a cell within the limit: %3\n")
                .arg(pct(100.0 * s.infeasibleShare), pct(s.meanTimeChangePct))
                .arg(s.fallbacks);
    text += CliApp::tr("%1 energy intervals cover the measured value in %2 of the tasks; %3 s\n")
                .arg(pct(100.0 * options.intervalCoverage), pct(100.0 * s.intervalCoverage),
                     QLocale::c().toString(s.seconds, 'f', 1));
    app.print(text);
}

int runReplay(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kAdviseHelp);
    QCommandLineParser parser;
    const QCommandLineOption csv = valueOption("csv", "FILE");
    const QCommandLineOption target = valueOption("target-column", "C");
    const QCommandLineOption time = valueOption("time-column", "C");
    const QCommandLineOption tasks = valueOption("task-columns", "A,B");
    const QCommandLineOption optionColumns = valueOption("option-columns", "A,B");
    const QCommandLineOption features = valueOption("feature-columns", "A,B");
    const QCommandLineOption folds = valueOption("group-folds", "K");
    const QCommandLineOption maxIncrease = valueOption("max-time-increase", "PCT");
    const QCommandLineOption seed = valueOption("seed", "N");
    parser.addOptions({csv, target, time, tasks, optionColumns, features, folds, maxIncrease, seed});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("advise replay"), args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(
            CliApp::tr("advise replay takes no arguments but options: '%1'").arg(parser.positionalArguments()[0]),
            help);
    for (const QCommandLineOption *required : {&csv, &target, &time, &tasks, &optionColumns})
        if (!parser.isSet(*required))
            return app.usageError(CliApp::tr("advise replay needs --%1").arg(required->names().first()), help);
    AdviceReplay::Options options;
    options.columns = {parser.value(target), parser.value(time), listOf(parser.value(tasks)),
                       listOf(parser.value(optionColumns)), listOf(parser.value(features))};
    bool ok = true;
    if (parser.isSet(folds)) {
        options.groupFolds = parser.value(folds).toInt(&ok);
        if (!ok || options.groupFolds < 2 || options.groupFolds > 1000)
            return app.usageError(CliApp::tr("--group-folds takes a number from 2 to 1000"), help);
    }
    if (parser.isSet(maxIncrease)) {
        const double p = QLocale::c().toDouble(parser.value(maxIncrease), &ok);
        if (!ok || !(p >= 0) || p > 1e6)
            return app.usageError(CliApp::tr("--max-time-increase takes a percentage of 0 or more"), help);
        options.maxTimeIncreasePct = p;
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return app.usageError(CliApp::tr("--seed takes a non-negative integer"), help);
    }
    AdviceReplay replay;
    CliProgressPrinter progress(app);
    replay.setProgressCallback([&](const QString &stage, int done, int total) { progress(stage, done, total); });
    QString error;
    const auto result = replay.run(parser.value(csv), options, &error);
    if (!result) {
        app.printError(QStringLiteral("energy-studio-cli: advise replay: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput())
        app.printJson(AdviceReplay::toJson(*result, options));
    else
        printSummary(app, *result, options);
    return CliApp::Ok;
}

} // namespace

int runAdviseCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kAdviseHelp);
    if (args.isEmpty())
        return app.usageError(CliApp::tr("advise needs --cluster and --script or --like-name, or replay"), help);
    if (args[0] == u"-h" || args[0] == u"--help") {
        runAdviseJob(app, args);
        app.print(u'\n' + help);
        return CliApp::Ok;
    }
    if (args[0] == u"replay")
        return runReplay(app, args.mid(1));
    if (args[0] == u"ledger")
        return runAdviseLedger(app, args.mid(1));
    return runAdviseJob(app, args);
}

} // namespace es
