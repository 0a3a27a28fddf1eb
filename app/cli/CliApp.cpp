// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"

#include "CliCommands.h"
#include "CsvExporter.h"
#include "Importer.h"
#include "SacctDumpReader.h"
#include "Store.h"
#include "StoreStats.h"
#include "TimeArgument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <climits>
#include <unistd.h>

namespace es {
namespace {

const char *const kImportHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] import swf|sacct|csv FILE... [options]\n"
    "\n"
    "Imports job records into the store, one transaction per file: a file with a bad line is not imported at\n"
    "all (the error names file:line), unless --skip-bad-lines is given. Importing the same data again changes\n"
    "nothing.\n"
    "\n"
    "  swf    Parallel Workloads Archive traces (.swf or .swf.gz)\n"
    "  sacct  sacct --parsable2 (or --parsable) dumps, with a header line or (sacct -n) given --format;\n"
    "         sacct's default fixed-width output (values it cut with '+' are left empty); sacct --json\n"
    "  csv    per-job datasets, columns mapped by header name\n"
    "\n"
    "Options:\n"
    "  --cluster NAME       cluster the jobs belong to (default: the file name without extension)\n"
    "  --skip-bad-lines     skip malformed lines, report them and their count\n"
    "  --delimiter D        sacct: field delimiter, may be several characters (default: detected from\n"
    "                       the header: ;|; | \\x1f tab ; ,; | without one); csv: the separator character\n"
    "  --format FIELDS      sacct: the fields of a dump without a header line, as sacct's --format listed\n"
    "                       them (User,JobID,JobName,State,...; field widths are dropped); without JobID\n"
    "                       every line is a job with an id made up from the line (noid-...), with a warning\n"
    "  --tz ZONE            sacct: time zone of its timestamps, an IANA name or UTC (default UTC)\n"
    "  --map COLUMN=FIELD   csv: map a column to a field (repeatable); fields: %1;\n"
    "                       energy_kj, energy_wh, energy_kwh and duration_min, duration_h are scaled to J and s;\n"
    "                       COLUMN=feature:NAME keeps a numeric column as the job feature NAME (a-z, 0-9, _),\n"
    "                       COLUMN=feature as a feature named after the column (usable by train --feature\n"
    "                       feature:NAME and the correlation explorer); COLUMN=ignore drops a column\n"
    "  -h, --help           this help\n");

const char *const kExportHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] export jobs|job-metrics|samples [options]\n"
    "\n"
    "Writes a table as CSV (RFC 4180, UTF-8, header line), streamed in constant memory. Times are UTC epoch\n"
    "seconds.\n"
    "\n"
    "Options:\n"
    "  --out FILE       write to FILE (default: standard output)\n"
    "  --cluster NAME   only this cluster\n"
    "  --since T        only jobs started (samples taken) at or after T\n"
    "  --until T        ... before T\n"
    "                   T: epoch seconds, 2024-05-01, 2024-05-01T12:00:00 (UTC), or -7d / -12h / -30m\n"
    "  -h, --help       this help\n"
    "\n"
    "export openmetrics writes recent job energy for Prometheus (see export openmetrics --help).\n");

const char *const kStatsHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] stats\n"
    "\n"
    "Prints the row count of every table and, per cluster, its jobs, steps, job metrics, nodes and samples.\n");

QJsonValue optionalTime(const std::optional<qint64> &ts)
{
    return ts ? QJsonValue(double(*ts)) : QJsonValue();
}

/// --delimiter, --tz and --map into *options; a usage error's exit code.
std::optional<int> readImportOptions(CliApp &app, const QCommandLineParser &parser, const QString &help,
                                     const QCommandLineOption &delimiterOption, const QCommandLineOption &tzOption,
                                     const QCommandLineOption &mapOption, ImportOptions *options)
{
    if (parser.isSet(delimiterOption)) {
        QString delimiter = parser.value(delimiterOption);
        if (delimiter == u"\\t" || delimiter == u"tab")
            delimiter = QStringLiteral("\t");
        else if (delimiter == u"\\x1f" || delimiter == u"us")
            delimiter = QString(QChar(0x1f));
        if (delimiter.isEmpty())
            return app.usageError(CliApp::tr("--delimiter needs a value"), help);
        options->delimiter = delimiter;
    }
    if (parser.isSet(tzOption)) {
        const QByteArray zone = parser.value(tzOption).toUtf8();
        options->timeZone = zone == "UTC" ? QTimeZone::utc() : QTimeZone(zone);
        if (!options->timeZone.isValid())
            return app.usageError(CliApp::tr("unknown time zone '%1'").arg(parser.value(tzOption)), help);
    }
    for (const QString &mapping : parser.values(mapOption)) {
        const qsizetype eq = mapping.indexOf(u'=');
        if (eq <= 0 || eq == mapping.size() - 1)
            return app.usageError(CliApp::tr("--map takes COLUMN=FIELD, got '%1'").arg(mapping), help);
        options->columnMap.insert(mapping.left(eq), mapping.mid(eq + 1));
    }
    return std::nullopt;
}

QJsonObject importReportJson(const QString &file, const ImportReport &report, double seconds)
{
    const WriteSummary &w = report.written;
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("ok"), true},
        {QStringLiteral("cluster"), report.clusterName},
        {QStringLiteral("lines"), double(report.linesRead)},
        {QStringLiteral("records"), double(report.records)},
        {QStringLiteral("skipped"), double(report.skipped)},
        {QStringLiteral("jobs_new"), double(w.jobsNew)},
        {QStringLiteral("jobs_updated"), double(w.jobsUpdated)},
        {QStringLiteral("jobs_unchanged"), double(w.jobsUnchanged)},
        {QStringLiteral("jobs_energy_replaced"), double(w.jobsEnergyReplaced)},
        {QStringLiteral("steps_written"), double(w.stepsWritten)},
        {QStringLiteral("metrics_written"), double(w.metricsWritten)},
        {QStringLiteral("features_written"), double(w.featuresWritten)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

QString importReportText(const QString &file, const ImportReport &report, double seconds)
{
    const WriteSummary &w = report.written;
    QString text = CliApp::tr("%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps and %8 job "
                              "metrics written, %9 lines skipped, %10 s\n")
                       .arg(file, report.clusterName)
                       .arg(w.jobsSeen)
                       .arg(w.jobsNew)
                       .arg(w.jobsUpdated)
                       .arg(w.jobsUnchanged)
                       .arg(w.stepsWritten)
                       .arg(w.metricsWritten)
                       .arg(report.skipped)
                       .arg(seconds, 0, 'f', 2);
    if (w.jobsEnergyReplaced > 0)
        text += CliApp::tr("%1: conflict: %n job(s) had a different energy stored; the file's value replaced it\n",
                           nullptr, int(std::min<qint64>(w.jobsEnergyReplaced, INT_MAX)))
                    .arg(file);
    return text;
}

/// Imports one file, printing what it skipped and its result (text now, JSON appended to *results); false when
/// the file failed.
bool importOneFile(CliApp &app, Importer &importer, Importer::Format format, const QString &file,
                   const ImportOptions &options, QJsonArray *results)
{
    ImportReport report;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = importer.importFile(format, file, options, &report, &error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (app.errIsTerminal() && seconds > 1.0)
        app.err()->write("\n");
    for (const QString &skipped : report.errors)
        app.printError(CliApp::tr("skipped: %1").arg(skipped));
    if (!ok) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        QJsonObject failed{
            {QStringLiteral("file"), file}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
        results->append(failed);
        return false;
    }
    if (!report.ignoredColumns.isEmpty())
        app.printError(CliApp::tr("%1: columns not imported (no matching field; use --map): %2")
                           .arg(file, report.ignoredColumns.join(QStringLiteral(", "))));
    for (const QString &warning : report.warnings)
        app.printError(warning);
    if (app.jsonOutput()) {
        results->append(importReportJson(file, report, seconds));
    } else {
        app.print(importReportText(file, report, seconds));
        if (report.written.featuresSeen > 0)
            app.print(CliApp::tr("%1: %2 job feature values (%3 new or changed)\n")
                          .arg(file)
                          .arg(report.written.featuresSeen)
                          .arg(report.written.featuresWritten));
    }
    return true;
}

} // namespace

CliApp::CliApp(QIODevice *out, QIODevice *err) : m_out(out), m_err(err)
{
    if (!m_out) {
        (void)m_stdout.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        m_out = &m_stdout;
    }
    if (!m_err) {
        (void)m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        m_err = &m_stderr;
        m_errIsTerminal = isatty(STDERR_FILENO) != 0;
    }
}

QString CliApp::globalHelp()
{
    return tr("Usage: energy-studio-cli [--db PATH | --db postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...\n"
              "\n"
              "HPC Energy Studio command line: every headless step, for scripts, cron and tests.\n"
              "\n"
              "Commands:\n"
              "  import swf|sacct|csv FILE...   import job records (see import --help)\n"
              "  export jobs|job-metrics|samples   write a table as CSV (see export --help)\n"
              "  stats                          row counts per table and per cluster\n"
              "\n"
              "Global options:\n"
              "  --db LOCATION   SQLite file or PostgreSQL URL (default: %1)\n"
              "  --json          print one JSON document on stdout\n"
              "  --version       print the version\n"
              "  -h, --help      this help; COMMAND --help for a command's options\n"
              "\n"
              "Exit codes: 0 ok, 1 bad input or a failed operation, 2 usage error.\n")
               .arg(Store::defaultLocation()) +
           cliCommandsHelp();
}

void CliApp::print(const QString &text)
{
    m_out->write(text.toUtf8());
}

void CliApp::printError(const QString &text)
{
    m_err->write((text.endsWith(u'\n') ? text : text + u'\n').toUtf8());
}

void CliApp::printJson(const QJsonObject &object)
{
    m_out->write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int CliApp::usageError(const QString &message, const QString &help)
{
    printError(QStringLiteral("energy-studio-cli: ") + message);
    // The synopsis only (the help's first line), not the whole help: the line that is wrong stays in view.
    const QString synopsis = help.section(u'\n', 0, 0).trimmed();
    if (!synopsis.isEmpty())
        printError(synopsis + u'\n' + tr("(--help for every option)"));
    return Usage;
}

std::optional<int> CliApp::parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                            const QString &help)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{command} + args))
        return usageError(parser.errorText(), help);
    if (parser.isSet(helpOption)) {
        print(help);
        return Ok;
    }
    return std::nullopt;
}

bool CliApp::openStore(Store &store)
{
    QString error;
    if (!m_dbLocation.isEmpty() && !Store::isPostgresUrl(m_dbLocation)) {
        // An explicit --db in a folder that does not exist is a typo more often than a wish: refuse it rather than
        // create folders and an empty store.
        const QFileInfo file(m_dbLocation);
        if (!file.absoluteDir().exists()) {
            printError(tr("energy-studio-cli: the folder %1 does not exist: create it first, or leave out --db for "
                          "the default store")
                           .arg(QDir::toNativeSeparators(file.absolutePath())));
            return false;
        }
    }
    if (store.open(m_dbLocation, &error))
        return true;
    printError(QStringLiteral("energy-studio-cli: ") + error);
    return false;
}

int CliApp::run(const QStringList &arguments)
{
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--db" || arg.startsWith(QLatin1String("--db="))) {
            if (arg == u"--db") {
                if (i + 1 >= arguments.size())
                    return usageError(tr("--db needs a location"), globalHelp());
                m_dbLocation = arguments[++i];
            } else {
                m_dbLocation = arg.mid(5);
            }
        } else if (arg == u"--json") {
            m_json = true;
        } else if (arg == u"--version" || arg == u"-v") {
            print(QStringLiteral("energy-studio-cli %1\n").arg(QStringLiteral(ES_VERSION)));
            return Ok;
        } else if (arg == u"--help" || arg == u"-h") {
            print(globalHelp());
            return Ok;
        } else if (arg.startsWith(u'-')) {
            return usageError(tr("unknown option %1").arg(arg), globalHelp());
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return usageError(tr("no command given"), globalHelp());
    const QString command = arguments[i];
    const QStringList rest = arguments.mid(i + 1);
    if (command == u"import")
        return runImport(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"stats")
        return runStats(rest);
    for (const CliCommand &extra : cliCommands()) {
        if (command == QLatin1String(extra.name))
            return extra.run(*this, rest);
    }
    if (command == u"help") {
        print(globalHelp());
        return Ok;
    }
    return usageError(tr("unknown command '%1'").arg(command), globalHelp());
}

int CliApp::runImport(const QStringList &args)
{
    const QString help = CliApp::tr(kImportHelp).arg(Importer::datasetFields().join(QStringLiteral(", ")));
    QCommandLineParser parser;
    const QCommandLineOption clusterOption(QStringLiteral("cluster"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption skipOption(QStringLiteral("skip-bad-lines"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QString(), QStringLiteral("C"));
    const QCommandLineOption tzOption(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption mapOption(QStringLiteral("map"), QString(), QStringLiteral("COLUMN=FIELD"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FIELDS"));
    parser.addOptions({clusterOption, skipOption, delimiterOption, tzOption, mapOption, formatOption});
    if (const auto done = parseCommandLine(parser, QStringLiteral("import"), args, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("import needs a format: swf, sacct or csv"), help);
    const auto format = Importer::formatFromName(positional[0]);
    if (!format)
        return usageError(tr("unknown import format '%1' (swf, sacct or csv)").arg(positional[0]), help);
    const QStringList files = positional.mid(1);
    if (files.isEmpty())
        return usageError(tr("import %1 needs at least one file").arg(positional[0]), help);

    ImportOptions options;
    options.clusterName = parser.value(clusterOption);
    options.skipBadLines = parser.isSet(skipOption);
    if (const auto usage = readImportOptions(*this, parser, help, delimiterOption, tzOption, mapOption, &options))
        return *usage;
    if (parser.isSet(formatOption)) {
        if (*format != Importer::Format::Sacct)
            return usageError(tr("--format is the field list of a sacct dump"), help);
        options.sacctFields = SacctDumpReader::fieldsOfFormat(parser.value(formatOption));
        if (options.sacctFields.isEmpty())
            return usageError(tr("--format needs a comma-separated field list"), help);
    }

    Store store;
    if (!openStore(store))
        return Failed;
    Importer importer(store);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QString currentFile;
    importer.setProgressCallback([&](qint64 done, qint64 total) {
        if (sinceProgress.elapsed() < 1000 || total <= 0)
            return;
        sinceProgress.restart();
        const QString line = tr("%1: %2% (%3 of %4 MB)")
                                 .arg(QFileInfo(currentFile).fileName())
                                 .arg(100.0 * double(done) / double(total), 0, 'f', 0)
                                 .arg(double(done) / 1e6, 0, 'f', 1)
                                 .arg(double(total) / 1e6, 0, 'f', 1);
        m_err->write((m_errIsTerminal ? QString(u'\r' + line) : QString(line + u'\n')).toUtf8());
    });

    QJsonArray results;
    int exitCode = Ok;
    for (const QString &file : files) {
        currentFile = file;
        if (!importOneFile(*this, importer, *format, file, options, &results))
            exitCode = Failed;
    }
    if (m_json)
        printJson({{QStringLiteral("command"), QStringLiteral("import")}, {QStringLiteral("files"), results}});
    return exitCode;
}

int CliApp::runExport(const QStringList &args)
{
    for (const CliCommand &format : cliExportCommands()) {
        if (!args.isEmpty() && args.constFirst() == QLatin1String(format.name))
            return format.run(*this, args.mid(1));
    }
    const QString help = CliApp::tr(kExportHelp);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), QString(), QStringLiteral("T"));
    const QCommandLineOption untilOption(QStringLiteral("until"), QString(), QStringLiteral("T"));
    parser.addOptions({outOption, clusterOption, sinceOption, untilOption});
    if (const auto done = parseCommandLine(parser, QStringLiteral("export"), args, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("export needs exactly one table: jobs, job-metrics or samples"), help);
    const auto table = CsvExporter::tableFromName(positional[0]);
    if (!table)
        return usageError(tr("unknown table '%1' (jobs, job-metrics or samples)").arg(positional[0]), help);
    CsvExporter::Filter filter;
    filter.cluster = parser.value(clusterOption);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &[option, target] : {std::pair{&sinceOption, &filter.since}, {&untilOption, &filter.until}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTimeArgument(parser.value(*option), now);
        if (!*target)
            return usageError(tr("cannot read the time '%1'").arg(parser.value(*option)), help);
    }
    if (m_json && !parser.isSet(outOption))
        return usageError(tr("--json with export needs --out FILE (the CSV would share standard output)"), help);

    Store store;
    if (!openStore(store))
        return Failed;
    if (!filter.cluster.isEmpty() && !store.clusterId(filter.cluster)) {
        printError(tr("energy-studio-cli: no cluster named '%1' in %2").arg(filter.cluster, store.displayLocation()));
        return Failed;
    }
    CsvExporter exporter(store);
    QString error;
    std::optional<qint64> rows;
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty() || outPath == u"-") {
        rows = exporter.exportTable(*table, filter, m_out, &error);
    } else {
        // Written to a temporary file and renamed at the end: a failed export never leaves half a file behind.
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly)) {
            printError(tr("energy-studio-cli: cannot write %1: %2").arg(outPath, file.errorString()));
            return Failed;
        }
        rows = exporter.exportTable(*table, filter, &file, &error);
        if (rows && !file.commit()) {
            error = tr("cannot write %1: %2").arg(outPath, file.errorString());
            rows.reset();
        }
    }
    if (!rows) {
        printError(QStringLiteral("energy-studio-cli: ") + error);
        return Failed;
    }
    if (m_json) {
        printJson({{QStringLiteral("command"), QStringLiteral("export")},
                   {QStringLiteral("table"), positional[0]},
                   {QStringLiteral("out"), outPath},
                   {QStringLiteral("rows"), double(*rows)}});
    } else if (!outPath.isEmpty() && outPath != u"-") {
        printError(tr("%1 rows written to %2").arg(*rows).arg(outPath));
    }
    return Ok;
}

int CliApp::runStats(const QStringList &args)
{
    const QString help = CliApp::tr(kStatsHelp);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        print(help);
        return Ok;
    }
    QStringList rest = args;
    if (rest.removeAll(QStringLiteral("--json")) > 0) // the global --json, also accepted after the command
        m_json = true;
    if (!rest.isEmpty())
        return usageError(tr("stats takes no arguments but --json"), help);
    Store store;
    if (!openStore(store))
        return Failed;
    QString error;
    const auto stats = StoreStats::read(store, &error);
    if (!stats) {
        printError(QStringLiteral("energy-studio-cli: ") + error);
        return Failed;
    }
    if (m_json) {
        QJsonObject tables;
        for (const auto &[name, count] : stats->tables)
            tables.insert(name, double(count));
        QJsonArray clusters;
        for (const auto &c : stats->clusters) {
            clusters.append(QJsonObject{{QStringLiteral("cluster"), c.cluster},
                                        {QStringLiteral("jobs"), double(c.jobs)},
                                        {QStringLiteral("steps"), double(c.steps)},
                                        {QStringLiteral("job_metrics"), double(c.jobMetrics)},
                                        {QStringLiteral("nodes"), double(c.nodes)},
                                        {QStringLiteral("samples"), double(c.samples)},
                                        {QStringLiteral("first_submit_ts"), optionalTime(c.firstSubmitTs)},
                                        {QStringLiteral("last_end_ts"), optionalTime(c.lastEndTs)}});
        }
        printJson({{QStringLiteral("command"), QStringLiteral("stats")},
                   {QStringLiteral("store"), store.displayLocation()},
                   {QStringLiteral("schema_version"), store.schemaVersion()},
                   {QStringLiteral("tables"), tables},
                   {QStringLiteral("clusters"), clusters}});
        return Ok;
    }
    QString text = tr("store: %1 (schema %2)\n").arg(store.displayLocation()).arg(store.schemaVersion());
    for (const auto &[name, count] : stats->tables)
        text += QStringLiteral("  %1 %2\n").arg(name, -16).arg(count);
    if (!stats->clusters.isEmpty())
        text += tr("%1 %2 %3 %4 %5 %6\n")
                    .arg(tr("cluster"), -24)
                    .arg(tr("jobs"), 10)
                    .arg(tr("steps"), 10)
                    .arg(tr("metrics"), 10)
                    .arg(tr("nodes"), 8)
                    .arg(tr("samples"), 12);
    for (const auto &c : stats->clusters)
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(c.cluster, -24)
                    .arg(c.jobs, 10)
                    .arg(c.steps, 10)
                    .arg(c.jobMetrics, 10)
                    .arg(c.nodes, 8)
                    .arg(c.samples, 12);
    print(text);
    return Ok;
}

} // namespace es
