// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_ingest: how fast es::Importer turns an SWF trace and a sacct dump into a store, next to SQLite's own raw
// insert rate (the ceiling) and to pandas read_csv + to_sql on the same files. Prints figures; it is not a test.

#include "BenchTiming.h"
#include "Importer.h"
#include "RawSqliteCeiling.h"
#include "Store.h"
#include "SyntheticTraces.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <vector>

using namespace es::bench;

namespace {

using es::Importer;

struct Figure
{
    QString method;
    qint64 rows = -1;
    std::optional<double> seconds; // best of the repeats; empty when the measurement failed or was skipped
    QString note;
};

struct Input
{
    QString label;
    QString path;
    Importer::Format format = Importer::Format::Swf;
    QString description;
    std::vector<Figure> figures;
    std::optional<double> ours;
    std::optional<double> pandas;
};

// A fresh database path for one run: any earlier file of that name (and its WAL) is removed.
QString freshDatabase(const QString &dir, const Input &input, const char *method, int run)
{
    const QString path =
        QDir(dir).filePath(QStringLiteral("%1-%2-%3.sqlite").arg(input.label).arg(QLatin1String(method)).arg(run));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

void progress(const Input &input, const Figure &figure)
{
    std::fprintf(stderr, "bench_ingest: %s: %s: %s\n", input.label.toUtf8().constData(),
                 figure.method.toUtf8().constData(),
                 figure.seconds ? QString::number(*figure.seconds, 'f', 3).toUtf8().constData()
                                : figure.note.toUtf8().constData());
}

void keepBest(std::optional<double> *best, double seconds)
{
    if (!*best || seconds < **best)
        *best = seconds;
}

Figure measureImporter(const Input &input, const QString &location, bool postgres, int repeat, const QString &dbDir)
{
    Figure figure{postgres ? QStringLiteral("es::Importer -> PostgreSQL") : QStringLiteral("es::Importer -> SQLite"),
                  -1, std::nullopt, QString()};
    for (int run = 0; run < repeat; ++run) {
        const QString db = postgres ? location : freshDatabase(dbDir, input, "ours", run);
        es::Store store;
        QString error;
        if (!store.open(db, &error)) {
            figure.note = error;
            return figure;
        }
        es::ImportOptions options;
        // A cluster of its own per run, so that every run inserts new rows (an existing one would be "unchanged").
        options.clusterName =
            QStringLiteral("bench-%1-%2-%3").arg(input.label).arg(QCoreApplication::applicationPid()).arg(run);
        Importer importer(store);
        es::ImportReport report;
        QElapsedTimer timer;
        timer.start();
        const bool ok = importer.importFile(input.format, input.path, options, &report, &error);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (postgres) {
            QSqlQuery cleanup(store.database());
            cleanup.prepare(QStringLiteral("DELETE FROM clusters WHERE name = ?"));
            cleanup.addBindValue(options.clusterName);
            (void)cleanup.exec();
        }
        if (!ok) {
            figure.note = error;
            return figure;
        }
        figure.rows = report.records;
        keepBest(&figure.seconds, seconds);
    }
    return figure;
}

Figure measureCeiling(const Input &input, int cacheMiB, int repeat, const QString &dbDir)
{
    Figure figure{cacheMiB > 0 ? QStringLiteral("raw sqlite3 INSERT, %1 MiB cache").arg(cacheMiB)
                               : QStringLiteral("raw sqlite3 INSERT (ceiling)"),
                  -1, std::nullopt, QString()};
    es::RawSqliteCeiling ceiling;
    QString error;
    if (!ceiling.load(input.format, input.path, &error)) {
        figure.note = error;
        return figure;
    }
    for (int run = 0; run < repeat; ++run) {
        const auto seconds = ceiling.insert(freshDatabase(dbDir, input, cacheMiB > 0 ? "bigcache" : "ceiling", run),
                                            cacheMiB * 1024, &error);
        if (!seconds) {
            figure.note = error;
            return figure;
        }
        keepBest(&figure.seconds, *seconds);
    }
    figure.rows = ceiling.rows();
    if (cacheMiB > 0)
        figure.note =
            QStringLiteral("same, with PRAGMA cache_size=-%1 (the store keeps SQLite's 2000 KiB)").arg(cacheMiB * 1024);
    return figure;
}

Figure measurePandas(const Input &input, const QString &python, const QString &script, int repeat, const QString &dbDir,
                     QString *pandasVersion)
{
    Figure figure{QStringLiteral("pandas read_csv + to_sql"), -1, std::nullopt, QString()};
    for (int run = 0; run < repeat; ++run) {
        QProcess process;
        process.start(python, {script, input.path, freshDatabase(dbDir, input, "pandas", run)});
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
            figure.note = QStringLiteral("%1 failed: %2")
                              .arg(python, stderrText.isEmpty() ? process.errorString() : stderrText.right(300));
            return figure;
        }
        const QByteArray output = process.readAllStandardOutput().trimmed();
        const QJsonObject result = QJsonDocument::fromJson(output.mid(output.lastIndexOf('\n') + 1)).object();
        if (!result.contains(QStringLiteral("total_s"))) {
            figure.note = QStringLiteral("unexpected output from %1: %2").arg(script, QString::fromUtf8(output));
            return figure;
        }
        figure.rows = qint64(result.value(QStringLiteral("rows")).toDouble());
        *pandasVersion = result.value(QStringLiteral("pandas")).toString();
        const double total = result.value(QStringLiteral("total_s")).toDouble();
        if (figure.seconds && *figure.seconds <= total)
            continue;
        figure.seconds = total;
        figure.note = QStringLiteral("read %1 s + to_sql %2 s")
                          .arg(result.value(QStringLiteral("read_s")).toDouble(), 0, 'f', 2)
                          .arg(result.value(QStringLiteral("write_s")).toDouble(), 0, 'f', 2);
    }
    return figure;
}

QString rate(const Figure &figure)
{
    if (!figure.seconds || *figure.seconds <= 0)
        return QStringLiteral("-");
    return QLocale(QLocale::English).toString(qint64(double(figure.rows) / *figure.seconds));
}

QString findSwf(const QStringList &positional, bool *real, QString *note)
{
    QStringList candidates = positional;
    if (candidates.isEmpty()) {
        for (const char *path :
             {"../shared/data/swf/LANL-CM5-1994-4.1-cln.swf.gz", "/work/shared/data/swf/LANL-CM5-1994-4.1-cln.swf.gz"})
            candidates << QString::fromLatin1(path);
    }
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile()) {
            *real = true;
            return candidate;
        }
    }
    *real = false;
    *note = positional.isEmpty() ? QStringLiteral("no SWF trace given and none found at %1").arg(candidates.join(u", "))
                                 : QStringLiteral("SWF trace %1 not found").arg(positional.join(u", "));
    return QString();
}

// The 1, 5 and 15 minute load averages: other work on the machine skews every figure.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_ingest"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import throughput of es::Importer (SWF trace, sacct dump) against SQLite's raw insert rate "
                       "and pandas read_csv + to_sql. Without an SWF file, a synthetic trace of 122,060 jobs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("swf"), QStringLiteral("SWF trace (.swf or .swf.gz), optional"),
                                 QStringLiteral("[SWF]"));
    const QCommandLineOption pgOption(QStringLiteral("pg"), QStringLiteral("Also import into this PostgreSQL URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption linesOption(QStringLiteral("sacct-lines"),
                                         QStringLiteral("Record lines of the generated sacct dump (1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption swfJobsOption(QStringLiteral("swf-jobs"),
                                           QStringLiteral("Jobs of the synthetic SWF trace (122060)."),
                                           QStringLiteral("N"), QString::number(es::SyntheticTraces::kLanlCm5Jobs));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each measurement; the best is shown (1)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
                                          QStringLiteral("Interpreter with pandas (/usr/bin/python3)."),
                                          QStringLiteral("PATH"), QStringLiteral("/usr/bin/python3"));
    const QCommandLineOption scriptOption(QStringLiteral("pandas-script"), QStringLiteral("The pandas peer script."),
                                          QStringLiteral("PATH"),
                                          QStringLiteral(ES_BENCH_SOURCE_DIR "/pandas_ingest.py"));
    const QCommandLineOption noPandasOption(QStringLiteral("no-pandas"), QStringLiteral("Skip the pandas peer."));
    const QCommandLineOption workOption(QStringLiteral("workdir"),
                                        QStringLiteral("Directory for inputs and databases (a temporary one)."),
                                        QStringLiteral("DIR"));
    parser.addOptions(
        {pgOption, linesOption, swfJobsOption, repeatOption, pythonOption, scriptOption, noPandasOption, workOption});
    parser.process(app);

    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    QTemporaryDir tempDir(QDir::temp().filePath(QStringLiteral("bench_ingest-XXXXXX")));
    const QString workDir = parser.isSet(workOption) ? parser.value(workOption) : tempDir.path();
    if (!QDir().mkpath(workDir)) {
        say(QStringLiteral("bench_ingest: cannot create %1").arg(workDir));
        return 1;
    }
    const std::uint64_t seed = 20240601;

    std::vector<Input> inputs;
    {
        bool real = false;
        QString note;
        QString swf = findSwf(parser.positionalArguments(), &real, &note);
        Input input{QStringLiteral("swf"), swf, Importer::Format::Swf, QString(), {}, std::nullopt, std::nullopt};
        if (real) {
            input.description = QStringLiteral("SWF trace %1 (real data, %2 bytes)")
                                    .arg(QFileInfo(swf).fileName())
                                    .arg(QFileInfo(swf).size());
        } else {
            const qint64 jobs = parser.value(swfJobsOption).toLongLong();
            input.path = QDir(workDir).filePath(QStringLiteral("synthetic-lanl-cm5.swf"));
            QString error;
            if (!es::SyntheticTraces::writeSwf(input.path, jobs, seed, &error)) {
                say(QStringLiteral("bench_ingest: %1").arg(error));
                return 1;
            }
            input.description =
                QStringLiteral("SYNTHETIC SWF trace, %1 jobs shaped like LANL CM-5 (%2)").arg(jobs).arg(note);
        }
        inputs.push_back(input);
    }
    {
        const qint64 lines = parser.value(linesOption).toLongLong();
        Input input{QStringLiteral("sacct"),
                    QDir(workDir).filePath(QStringLiteral("synthetic-sacct.txt")),
                    Importer::Format::Sacct,
                    QString(),
                    {},
                    std::nullopt,
                    std::nullopt};
        qint64 jobs = 0;
        QString error;
        if (!es::SyntheticTraces::writeSacct(input.path, lines, seed, &jobs, &error)) {
            say(QStringLiteral("bench_ingest: %1").arg(error));
            return 1;
        }
        input.description = QStringLiteral("SYNTHETIC sacct --parsable2 dump, %1 lines: %2 jobs + %3 steps, %4 fields")
                                .arg(lines)
                                .arg(jobs)
                                .arg(lines - jobs)
                                .arg(QString::fromLatin1(es::SyntheticTraces::sacctFields()).count(u'|') + 1);
        inputs.push_back(input);
    }

    say(QStringLiteral("bench_ingest %1 (Release: %2), %3 UTC")
            .arg(QStringLiteral(ES_VERSION))
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE))
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    say(QStringLiteral("machine: %1, %2 hardware threads, %3; Qt %4, SQLite %5")
            .arg(cpuModel())
            .arg(std::thread::hardware_concurrency())
            .arg(QSysInfo::prettyProductName())
            .arg(QString::fromLatin1(qVersion()))
            .arg(QString::fromLatin1(sqlite3_libversion())));
    say(QStringLiteral("best of %1 run(s) per figure; files and databases in %2; load average at start: %3")
            .arg(repeat)
            .arg(workDir)
            .arg(loadAverage()));
    for (const Input &input : inputs)
        say(QStringLiteral("input %1: %2 (%3 MB)")
                .arg(input.label, input.description)
                .arg(double(QFileInfo(input.path).size()) / 1e6, 0, 'f', 1));
    say(QString());

    QString pandasVersion;
    for (Input &input : inputs) {
        Figure ours = measureImporter(input, QString(), false, repeat, workDir);
        input.ours = ours.seconds;
        input.figures.push_back(ours);
        progress(input, ours);
        if (parser.isSet(pgOption)) {
            input.figures.push_back(measureImporter(input, parser.value(pgOption), true, repeat, workDir));
            progress(input, input.figures.back());
        }
        input.figures.push_back(measureCeiling(input, 0, repeat, workDir));
        progress(input, input.figures.back());
        input.figures.push_back(measureCeiling(input, 256, repeat, workDir));
        progress(input, input.figures.back());
        if (!parser.isSet(noPandasOption)) {
            Figure pandas = measurePandas(input, parser.value(pythonOption), parser.value(scriptOption), repeat,
                                          workDir, &pandasVersion);
            input.pandas = pandas.seconds;
            input.figures.push_back(pandas);
            progress(input, pandas);
        }
    }

    say(QStringLiteral("%1 %2 %3 %4 %5  %6")
            .arg(QStringLiteral("input"), -6)
            .arg(QStringLiteral("method"), -34)
            .arg(QStringLiteral("rows"), 10)
            .arg(QStringLiteral("seconds"), 9)
            .arg(QStringLiteral("rows/s"), 11)
            .arg(QStringLiteral("note")));
    for (const Input &input : inputs) {
        for (const Figure &figure : input.figures) {
            say(QStringLiteral("%1 %2 %3 %4 %5  %6")
                    .arg(input.label, -6)
                    .arg(figure.method, -34)
                    .arg(figure.rows >= 0 ? QString::number(figure.rows) : QStringLiteral("-"), 10)
                    .arg(figure.seconds ? QString::number(*figure.seconds, 'f', 3) : QStringLiteral("failed"), 9)
                    .arg(rate(figure), 11)
                    .arg(figure.note));
        }
    }
    if (!parser.isSet(noPandasOption)) {
        say(QString());
        say(QStringLiteral("%1 %2 %3 %4")
                .arg(QStringLiteral("input"), -6)
                .arg(QStringLiteral("es::Importer->SQLite s"), 22)
                .arg(QStringLiteral("pandas %1 s").arg(pandasVersion), 18)
                .arg(QStringLiteral("pandas/ours"), 12));
        for (const Input &input : inputs) {
            const bool both = input.ours && input.pandas && *input.ours > 0;
            say(QStringLiteral("%1 %2 %3 %4")
                    .arg(input.label, -6)
                    .arg(input.ours ? QString::number(*input.ours, 'f', 3) : QStringLiteral("failed"), 22)
                    .arg(input.pandas ? QString::number(*input.pandas, 'f', 3) : QStringLiteral("failed"), 18)
                    .arg(both ? QString::number(*input.pandas / *input.ours, 'f', 2) : QStringLiteral("-"), 12));
        }
    }
    say(QStringLiteral("load average at end: %1").arg(loadAverage()));
    bool allOk = true;
    for (const Input &input : inputs) {
        for (const Figure &figure : input.figures)
            allOk = allOk && figure.seconds.has_value();
    }
    return allOk ? 0 : 1;
}
