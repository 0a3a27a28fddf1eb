// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportCommands.h"

#include "CliApp.h"
#include "EnergyUnits.h"
#include "ReportBuilder.h"
#include "ReportRenderer.h"
#include "Store.h"
#include "TimeArgument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>

namespace es {
namespace {

const char *const kReportHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] report --since T --until T [--cluster C] --out FILE.pdf|FILE.html\n"
    "\n"
    "Writes an energy report of the jobs that started in [since, until): jobs, node-hours, energy (measured and\n"
    "estimated), mean power, hottest nodes, alerts, energy by partition, user and job type, the top 10 energy jobs,\n"
    "plots (energy by day, energy against duration with Pearson's r, node temperatures) and the accuracy of the\n"
    "stored models. HTML is one self-contained file (plots embedded); PDF is A4.\n"
    "\n"
    "Options:\n"
    "  --since T      start of the range (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)\n"
    "  --until T      end of the range, exclusive (default: now)\n"
    "  --cluster C    only this cluster (default: every cluster)\n"
    "  --include-untimed  also the jobs without a start or submission time (datasets without times)\n"
    "  --out FILE     .pdf or .html\n"
    "  -h, --help     this help\n");

} // namespace

bool commandNeedsWidgets(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--db")
            ++i;
        else if (!arg.startsWith(u'-'))
            return arg == u"report";
    }
    return false;
}

int runReportCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kReportHelp);
    QCommandLineParser parser;
    const QCommandLineOption sinceOption(QStringLiteral("since"), QString(), QStringLiteral("T"));
    const QCommandLineOption untilOption(QStringLiteral("until"), QString(), QStringLiteral("T"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"), QString(), QStringLiteral("C"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption untimedOption(QStringLiteral("include-untimed"));
    parser.addOptions({sinceOption, untilOption, clusterOption, outOption, untimedOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("report"), args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return app.usageError(CliApp::tr("report takes no arguments"), help);
    if (!parser.isSet(sinceOption) || !parser.isSet(outOption))
        return app.usageError(CliApp::tr("report needs --since and --out"), help);
    const QString out = parser.value(outOption);
    const auto format = ReportRenderer::formatForPath(out);
    if (!format)
        return app.usageError(CliApp::tr("--out must name a .pdf or .html file"), help);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ReportRequest request;
    request.cluster = parser.value(clusterOption);
    request.includeUntimed = parser.isSet(untimedOption);
    const auto since = parseTimeArgument(parser.value(sinceOption), now);
    if (!since)
        return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(sinceOption)), help);
    request.sinceTs = *since;
    request.untilTs = now;
    if (parser.isSet(untilOption)) {
        const auto until = parseTimeArgument(parser.value(untilOption), now);
        if (!until)
            return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(untilOption)), help);
        request.untilTs = *until;
    }
    if (request.untilTs <= request.sinceTs)
        return app.usageError(CliApp::tr("--until must come after --since"), help);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        app.printError(CliApp::tr("energy-studio-cli: report needs a QApplication to paint its plots"));
        return CliApp::Failed;
    }

    QElapsedTimer timer;
    timer.start();
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto data = ReportBuilder(store).build(request, &error);
    if (!data) {
        app.printError(QStringLiteral("energy-studio-cli: report: ") + error);
        return CliApp::Failed;
    }
    const auto plots = ReportRenderer::renderPlots(*data);
    int pages = 0;
    if (!ReportRenderer::write(*data, plots, out, *format, &error, &pages)) {
        app.printError(QStringLiteral("energy-studio-cli: report: ") + error);
        return CliApp::Failed;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("report")},
                       {QStringLiteral("out"), out},
                       {QStringLiteral("format"),
                        *format == ReportRenderer::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("html")},
                       {QStringLiteral("pages"), pages},
                       {QStringLiteral("jobs"), double(data->jobs)},
                       {QStringLiteral("energy_j"), data->energyJ},
                       {QStringLiteral("alerts"), double(data->alerts)},
                       {QStringLiteral("plots"), double(plots.size())},
                       {QStringLiteral("seconds"), seconds}});
    } else {
        app.print(CliApp::tr("%1: %2 jobs, %3 kWh, %4 alerts, %5 plots, %6 pages\n")
                      .arg(QDir::toNativeSeparators(out))
                      .arg(data->jobs)
                      .arg(data->energyJ / kJoulesPerKWh, 0, 'f', 2)
                      .arg(data->alerts)
                      .arg(plots.size())
                      .arg(pages));
    }
    return CliApp::Ok;
}

} // namespace es
