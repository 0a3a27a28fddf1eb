// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonCommands.h"

#include "CarbonSeriesParser.h"
#include "CarbonSeriesWriter.h"
#include "CliApp.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace es {
namespace {

const char *const kImportCarbonHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] import-carbon FILE --name ZONE [options]\n"
    "\n"
    "Stores a carbon-intensity time series (CSV with a header: a time column and an intensity column) as the\n"
    "series ZONE. Reads the CATS forecast format (time,...,intensity) and Electricity Maps CSVs (Datetime (UTC),\n"
    "Carbon Intensity gCO2eq/kWh (direct)). Times: ISO 8601 (no zone = UTC) or epoch seconds. The whole file is\n"
    "checked first: a bad line stores nothing. Importing the same file again changes nothing.\n"
    "\n"
    "Options:\n"
    "  --name ZONE               the series' name (grid zone or region), required\n"
    "  --time-column C           the time column (default: time, Datetime (UTC), datetime, timestamp)\n"
    "  --intensity-column C      the intensity column (default: intensity..., Carbon Intensity ... (direct))\n"
    "  --unit U                  g/kWh, kg/kWh, g/Wh, kg/MWh or t/MWh (default: the header's, else g/kWh)\n"
    "  -h, --help                this help\n");

QString utcText(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace

int runImportCarbonCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kImportCarbonHelp);
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption timeOption(QStringLiteral("time-column"), QString(), QStringLiteral("C"));
    const QCommandLineOption intensityOption(QStringLiteral("intensity-column"), QString(), QStringLiteral("C"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QString(), QStringLiteral("U"));
    parser.addOptions({nameOption, timeOption, intensityOption, unitOption});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("import-carbon"), args, help))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return app.usageError(CliApp::tr("import-carbon takes one FILE"), help);
    const QString name = parser.value(nameOption).trimmed();
    if (name.isEmpty())
        return app.usageError(CliApp::tr("import-carbon needs --name ZONE"), help);
    CarbonParseOptions options;
    options.timeColumn = parser.value(timeOption);
    options.intensityColumn = parser.value(intensityOption);
    options.unit = parser.value(unitOption);
    if (!options.unit.isEmpty() && !CarbonSeriesParser::unitFactor(options.unit))
        return app.usageError(CliApp::tr("unknown unit '%1'").arg(options.unit), help);

    QString error;
    const auto parsed = CarbonSeriesParser::parseFile(files.constFirst(), options, &error);
    if (!parsed) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        return CliApp::Failed;
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    CarbonSeriesWriter writer(store);
    CarbonWriteSummary summary;
    if (!writer.write(name, parsed->points, &summary, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: import-carbon %1: ").arg(files.constFirst()) + error);
        return CliApp::Failed;
    }
    const qint64 first = parsed->points.constFirst().ts;
    const qint64 last = parsed->points.constLast().ts;
    qint64 missing = 0;
    QJsonArray gaps;
    for (const CarbonGap &g : parsed->gaps) {
        missing += g.missingPoints;
        gaps.append(QJsonObject{{QStringLiteral("after"), utcText(g.afterTs)},
                                {QStringLiteral("before"), utcText(g.beforeTs)},
                                {QStringLiteral("missing_points"), double(g.missingPoints)}});
    }
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("import-carbon")},
                       {QStringLiteral("file"), files.constFirst()},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("time_column"), parsed->timeColumn},
                       {QStringLiteral("intensity_column"), parsed->intensityColumn},
                       {QStringLiteral("unit"), parsed->unit},
                       {QStringLiteral("points_read"), double(summary.pointsSeen)},
                       {QStringLiteral("points_new"), double(summary.pointsNew)},
                       {QStringLiteral("points_updated"), double(summary.pointsUpdated)},
                       {QStringLiteral("points_unchanged"), double(summary.pointsUnchanged)},
                       {QStringLiteral("first_ts"), double(first)},
                       {QStringLiteral("last_ts"), double(last)},
                       {QStringLiteral("first"), utcText(first)},
                       {QStringLiteral("last"), utcText(last)},
                       {QStringLiteral("step_s"), double(parsed->stepS)},
                       {QStringLiteral("gaps"), gaps},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(parsed->notes)}});
        return CliApp::Ok;
    }
    app.print(CliApp::tr("%1: series %2 (%3, %4 in %5): %6 points read, %7 new, %8 updated, %9 unchanged\n")
                  .arg(files.constFirst(), name, parsed->timeColumn, parsed->intensityColumn, parsed->unit)
                  .arg(summary.pointsSeen)
                  .arg(summary.pointsNew)
                  .arg(summary.pointsUpdated)
                  .arg(summary.pointsUnchanged));
    app.print(CliApp::tr("  %1 to %2, every %3 s; %4 gaps (%5 points missing)\n")
                  .arg(utcText(first), utcText(last))
                  .arg(parsed->stepS)
                  .arg(parsed->gaps.size())
                  .arg(missing));
    for (const QString &note : parsed->notes)
        app.print(QStringLiteral("  ") + note + u'\n');
    return CliApp::Ok;
}

} // namespace es
