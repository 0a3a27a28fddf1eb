// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_ml: es::ml training and validation next to scikit-learn on the same CSV files, the same outer folds (a
// fold column in the file) and the same hyperparameter grids. Prints R², MAPE and end-to-end time per algorithm,
// and the ratios. A program that prints figures, not a test.

#include "BenchTiming.h"
#include "DatasetLoader.h"
#include "FeatureSpec.h"
#include "LineReader.h"
#include "Regressor.h"
#include "Trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <thread>

using namespace es::bench;

namespace {

using namespace es::ml;

struct Bench
{
    QString label; ///< printed, says SYNTHETIC or REAL
    QString csv;
    QString target;
    QStringList numeric;
    QStringList categorical;
    qsizetype rows = 0;
};

struct Figure
{
    std::optional<double> r2, mapePct, seconds;
    QString note;
};

// Folds 0..k-1 for n rows: a seeded shuffle, dealt round-robin. Written into the CSV so that both sides use them.
std::vector<int> folds(qsizetype n, int k)
{
    std::vector<int> order(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        order[size_t(i)] = int(i);
    std::mt19937_64 rng(42);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> fold(static_cast<size_t>(n));
    for (size_t i = 0; i < order.size(); ++i)
        fold[size_t(order[i])] = int(i % size_t(k));
    return fold;
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(lines.join(u'\n').toUtf8() + '\n');
    return true;
}

/// SYNTHETIC data shaped like the per-job energy dataset (C6EnPLS_jobs_info.csv: job type, node, CPUs, time
/// limit, energy): energy = node factor x (idle + per-CPU power x CPUs x utilisation of the type) x duration, the
/// duration a log-normal fraction of the time limit. Submission-time features only.
Bench energyData(const QString &dir, int n, int k)
{
    std::mt19937_64 rng(2024);
    std::normal_distribution<double> gauss(0, 1);
    std::uniform_real_distribution<double> uni(0, 1);
    const QString types[] = {QStringLiteral("cpu_bound"), QStringLiteral("memory_bound"), QStringLiteral("io_bound"),
                             QStringLiteral("mixed")};
    const double typeShare[] = {0.4, 0.25, 0.2, 0.15}, util[] = {0.95, 0.6, 0.3, 0.7},
                 runFrac[] = {0.5, 0.35, 0.25, 0.4};
    const int cpusChoice[] = {1, 2, 4, 8, 16, 32, 64};
    const int limits[] = {1800, 3600, 7200, 14400, 28800, 86400};
    double nodeFactor[8];
    for (double &f : nodeFactor)
        f = 0.9 + 0.25 * uni(rng);
    const std::vector<int> fold = folds(n, k);
    QStringList lines{
        QStringLiteral("job_id,job_type,node,alloc_cpus,timelimit_s,submit_hour,timestamp,energy_j,fold")};
    qint64 ts = 1'704'067'200; // 2024-01-01
    for (int i = 0; i < n; ++i) {
        double u = uni(rng);
        int t = 0;
        while (t < 3 && u > typeShare[t])
            u -= typeShare[t++];
        const int node = int(rng() % 8);
        const int cpus = cpusChoice[rng() % 7];
        const int limit = limits[rng() % 6];
        const double frac = std::clamp(runFrac[t] * std::exp(0.6 * gauss(rng)), 0.02, 1.0);
        const double duration = limit * frac;
        const double utilisation = std::clamp(util[t] + 0.05 * gauss(rng), 0.05, 1.0);
        const double power = nodeFactor[node] * (80 + 6.0 * cpus * utilisation);
        const double energy = power * duration * std::exp(0.1 * gauss(rng));
        ts += qint64(30 + 600 * uni(rng));
        lines << QStringLiteral("%1,%2,node%3,%4,%5,%6,%7,%8,%9")
                     .arg(i + 1)
                     .arg(types[t])
                     .arg(node + 1, 2, 10, QLatin1Char('0'))
                     .arg(cpus)
                     .arg(limit)
                     .arg((ts % 86400) / 3600)
                     .arg(ts)
                     .arg(energy, 0, 'f', 1)
                     .arg(fold[size_t(i)]);
    }
    Bench b{QStringLiteral("SYNTHETIC jobs-energy (C6EnPLS-shaped)"),
            QDir(dir).filePath(QStringLiteral("energy.csv")),
            QStringLiteral("energy_j"),
            {QStringLiteral("alloc_cpus"), QStringLiteral("timelimit_s"), QStringLiteral("submit_hour")},
            {QStringLiteral("job_type"), QStringLiteral("node")},
            n};
    return writeLines(b.csv, lines) ? b : Bench{};
}

/// SYNTHETIC data shaped like a Parallel Workloads Archive trace: run time from requested time, processors,
/// user and queue, each user with a habit of how much of the requested time the jobs use.
Bench swfData(const QString &dir, int n, int k)
{
    std::mt19937_64 rng(77);
    std::normal_distribution<double> gauss(0, 1);
    std::uniform_real_distribution<double> uni(0, 1);
    const int users = 40;
    std::vector<double> habit(users);
    for (double &h : habit)
        h = std::log(0.05 + 0.6 * uni(rng));
    const int requested[] = {600, 3600, 14400, 43200};
    const std::vector<int> fold = folds(n, k);
    QStringList lines{QStringLiteral("job,procs,req_time_s,submit_hour,user,queue,run_time_s,fold")};
    for (int i = 0; i < n; ++i) {
        const int user = int(std::min<double>(users - 1, std::floor(users * std::pow(uni(rng), 2)))); // skewed
        const int procs = 1 << int(rng() % 8);
        const int queue = int(rng() % 3);
        const int req = requested[rng() % 4];
        const double run = req * std::clamp(std::exp(habit[size_t(user)] + 0.1 * queue + 0.7 * gauss(rng)), 0.001, 1.0);
        lines << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8")
                     .arg(i + 1)
                     .arg(procs)
                     .arg(req)
                     .arg(rng() % 24)
                     .arg(user)
                     .arg(queue)
                     .arg(std::round(run))
                     .arg(fold[size_t(i)]);
    }
    Bench b{QStringLiteral("SYNTHETIC SWF-shaped run times"),
            QDir(dir).filePath(QStringLiteral("swf.csv")),
            QStringLiteral("run_time_s"),
            {QStringLiteral("procs"), QStringLiteral("req_time_s"), QStringLiteral("submit_hour")},
            {QStringLiteral("user"), QStringLiteral("queue")},
            n};
    return writeLines(b.csv, lines) ? b : Bench{};
}

/// REAL: the NASA iPSC/860 trace excerpt of the test data (228 jobs), run time from submission-time fields.
/// The first `maxRows` jobs of an SWF trace (plain or gzip): run time from processors, submit hour, user, group,
/// executable and queue, as the NASA trace in tests/data and the LANL trace in the shared data give them.
Bench swfTraceData(const QString &path, const QString &label, const QString &dir, qsizetype maxRows, int k)
{
    es::LineReader in;
    QString error;
    if (!in.open(path, &error))
        return {};
    qint64 unixStart = 0;
    QList<QList<QByteArray>> records;
    QByteArray line;
    while (records.size() < maxRows && in.readLine(&line)) {
        if (line.startsWith("; UnixStartTime:"))
            unixStart = line.mid(16).trimmed().toLongLong();
        if (line.startsWith(';') || line.trimmed().isEmpty())
            continue;
        QList<QByteArray> r = line.simplified().split(' ');
        if (r.size() >= 18 && r[3].toLongLong() > 0)
            records << std::move(r);
    }
    const std::vector<int> fold = folds(records.size(), k);
    QStringList lines{QStringLiteral("job,procs,submit_hour,user,group,executable,queue,run_time_s,fold")};
    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto &r = records[i];
        lines << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9")
                     .arg(QString::fromLatin1(r[0]), QString::fromLatin1(r[4]))
                     .arg(((unixStart + r[1].toLongLong()) % 86400) / 3600)
                     .arg(QString::fromLatin1(r[11]), QString::fromLatin1(r[12]), QString::fromLatin1(r[13]),
                          QString::fromLatin1(r[14]), QString::fromLatin1(r[3]))
                     .arg(fold[size_t(i)]);
    }
    Bench b{QStringLiteral("REAL %1 (%2 jobs)").arg(label).arg(records.size()),
            QDir(dir).filePath(QFileInfo(path).baseName() + QStringLiteral(".csv")),
            QStringLiteral("run_time_s"),
            {QStringLiteral("procs"), QStringLiteral("submit_hour")},
            {QStringLiteral("user"), QStringLiteral("group"), QStringLiteral("executable"), QStringLiteral("queue")},
            records.size()};
    return !records.isEmpty() && writeLines(b.csv, lines) ? b : Bench{};
}

DatasetLoader::CsvOptions csvOptions(const Bench &b)
{
    DatasetLoader::CsvOptions o;
    o.targetColumn = b.target;
    for (const QString &c : b.numeric)
        o.features << c + QStringLiteral(":num");
    for (const QString &c : b.categorical)
        o.features << c + QStringLiteral(":cat");
    o.foldColumn = QStringLiteral("fold");
    o.groupColumn = QStringLiteral("fold"); // any column: the baseline is not compared here
    return o;
}

Figure ours(const Bench &b, Algorithm algorithm, const QList<QJsonObject> &grid, int innerFolds)
{
    Figure f;
    QElapsedTimer timer;
    timer.start();
    QStringList notes;
    QString error;
    const auto data = DatasetLoader::fromCsv(b.csv, csvOptions(b), &notes, &error);
    if (!data) {
        f.note = error;
        return f;
    }
    TrainOptions options;
    options.algorithms = {algorithm};
    options.timeOrdered = false;
    options.importance = false;
    options.innerFolds = innerFolds;
    options.logTarget = FeatureSpec::LogTarget::On;
    options.grids[algorithm] = grid;
    Trainer trainer;
    const auto result = trainer.train(*data, options, &error);
    if (!result) {
        f.note = error;
        return f;
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    const SplitEvaluation &s = result->evaluations.front().splits.front();
    f.r2 = s.model.r2;
    f.mapePct = s.model.mapePct;
    f.note = QString::fromUtf8(
        QJsonDocument(result->evaluations.front().finalHyperparameters).toJson(QJsonDocument::Compact));
    return f;
}

QString cell(const std::optional<double> &v, int precision)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', precision) : QStringLiteral("-");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("es::ml against scikit-learn on identical data and folds"));
    parser.addHelpOption();
    const QCommandLineOption pythonOption(QStringLiteral("python"), QStringLiteral("interpreter with sklearn"),
                                          QStringLiteral("PATH"), QStringLiteral("/usr/bin/python3"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("keep the CSV files here"),
                                           QStringLiteral("DIR"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows of each synthetic dataset"),
                                        QStringLiteral("N"), QStringLiteral("1500"));
    const QCommandLineOption modelsOption(QStringLiteral("models"), QStringLiteral("comma list (default all)"),
                                          QStringLiteral("LIST"), QStringLiteral("ridge,rf,krr,svr"));
    const QCommandLineOption noPeerOption(QStringLiteral("no-sklearn"), QStringLiteral("skip the peer"));
    const QCommandLineOption traceOption(
        QStringLiteral("trace"), QStringLiteral("a real SWF trace to add (its first --trace-rows jobs)"),
        QStringLiteral("PATH"),
        QStringLiteral(ES_BENCH_SOURCE_DIR "/../../shared/data/swf/LANL-CM5-1994-4.1-cln.swf.gz"));
    const QCommandLineOption traceRowsOption(QStringLiteral("trace-rows"), QStringLiteral("jobs of --trace"),
                                             QStringLiteral("N"), QStringLiteral("20000"));
    parser.addOptions(
        {pythonOption, workdirOption, rowsOption, modelsOption, noPeerOption, traceOption, traceRowsOption});
    parser.process(app);
    const int k = 5, innerFolds = 3;
    const int rows = std::max(50, parser.value(rowsOption).toInt());
    QList<Algorithm> algorithms;
    for (const QString &name : parser.value(modelsOption).split(u',', Qt::SkipEmptyParts)) {
        const auto a = Regressor::fromName(name);
        if (!a) {
            say(QStringLiteral("bench_ml: unknown model %1").arg(name));
            return 2;
        }
        algorithms << *a;
    }
    QTemporaryDir temp;
    const QString dir = parser.isSet(workdirOption) ? parser.value(workdirOption) : temp.path();
    QDir().mkpath(dir);

    say(QStringLiteral(
            "bench_ml: es::ml vs scikit-learn, %1-fold CV (outer folds identical: a fold column in each CSV),"
            " %2 inner folds, identical grids, log1p target")
            .arg(k)
            .arg(innerFolds));
    say(QStringLiteral("machine: %1, %2 hardware threads, %3; build %4; load average %5")
            .arg(QSysInfo::prettyProductName())
            .arg(std::thread::hardware_concurrency())
            .arg(QSysInfo::currentCpuArchitecture(), QStringLiteral(ES_BENCH_BUILD_TYPE), loadAverage()));

    std::vector<Bench> benches{
        energyData(dir, rows, k), swfData(dir, rows, k),
        swfTraceData(QStringLiteral(ES_BENCH_SOURCE_DIR "/../tests/data/swf/NASA-iPSC-1993-3.head.swf"),
                     QStringLiteral("NASA iPSC/860 1993"), dir, 1000000, k)};
    if (QFileInfo::exists(parser.value(traceOption)))
        benches.push_back(swfTraceData(parser.value(traceOption), QFileInfo(parser.value(traceOption)).baseName(), dir,
                                       parser.value(traceRowsOption).toLongLong(), k));
    QStringList table;
    table << QStringLiteral(
                 "| dataset | rows | algo | R² ours | R² sklearn | MAPE%% ours | MAPE%% sklearn | s ours | s sklearn | "
                 "time sklearn/ours |")
                 .replace(QStringLiteral("%%"), QStringLiteral("%"))
          << QStringLiteral("|---|---|---|---|---|---|---|---|---|---|");
    QString sklearnVersion;
    int failures = 0;
    for (const Bench &b : benches) {
        if (b.csv.isEmpty()) {
            say(QStringLiteral("bench_ml: could not write a dataset"));
            ++failures;
            continue;
        }
        // One grid per algorithm from the full data's encoded width, given to both sides.
        QStringList notes;
        QString error;
        const auto data = DatasetLoader::fromCsv(b.csv, csvOptions(b), &notes, &error);
        const auto spec = data ? FeatureSpec::fit(*data, {}, FeatureSpec::LogTarget::On, &error) : std::nullopt;
        if (!spec) {
            say(QStringLiteral("bench_ml: %1: %2").arg(b.label, error));
            ++failures;
            continue;
        }
        QJsonObject grids;
        QJsonArray names;
        for (Algorithm a : algorithms) {
            QJsonArray g;
            for (const QJsonObject &h : Regressor::grid(a, spec->width()))
                g.append(h);
            grids.insert(Regressor::name(a), g);
            names.append(Regressor::name(a));
        }
        std::map<QString, Figure> peer;
        if (!parser.isSet(noPeerOption)) {
            const QString specPath = b.csv + QStringLiteral(".spec.json");
            QFile specFile(specPath);
            specFile.open(QIODevice::WriteOnly);
            specFile.write(
                QJsonDocument(QJsonObject{{QStringLiteral("csv"), b.csv},
                                          {QStringLiteral("target"), b.target},
                                          {QStringLiteral("numeric"), QJsonArray::fromStringList(b.numeric)},
                                          {QStringLiteral("categorical"), QJsonArray::fromStringList(b.categorical)},
                                          {QStringLiteral("fold_column"), QStringLiteral("fold")},
                                          {QStringLiteral("inner_folds"), innerFolds},
                                          {QStringLiteral("log_target"), true},
                                          {QStringLiteral("algorithms"), names},
                                          {QStringLiteral("grids"), grids}})
                    .toJson());
            specFile.close();
            std::fprintf(stderr, "bench_ml: %s: scikit-learn...\n", b.label.toUtf8().constData());
            QProcess process;
            process.start(parser.value(pythonOption),
                          {QStringLiteral(ES_BENCH_SOURCE_DIR "/sklearn_peer.py"), specPath});
            const bool ok =
                process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
            const QByteArray output = process.readAllStandardOutput().trimmed();
            const QJsonObject result = QJsonDocument::fromJson(output.mid(output.lastIndexOf('\n') + 1)).object();
            sklearnVersion = result.value(QStringLiteral("sklearn")).toString();
            for (Algorithm a : algorithms) {
                const QJsonObject r =
                    result.value(QStringLiteral("results")).toObject().value(Regressor::name(a)).toObject();
                Figure f;
                if (!ok || r.isEmpty()) {
                    f.note = QString::fromUtf8(process.readAllStandardError()).right(300);
                } else {
                    f.r2 = r.value(QStringLiteral("r2")).toDouble();
                    f.mapePct = r.value(QStringLiteral("mape_pct")).toDouble();
                    f.seconds = r.value(QStringLiteral("seconds")).toDouble();
                    f.note = QString::fromUtf8(QJsonDocument(r.value(QStringLiteral("best_params")).toObject())
                                                   .toJson(QJsonDocument::Compact));
                }
                peer[Regressor::name(a)] = f;
            }
        }
        for (Algorithm a : algorithms) {
            std::fprintf(stderr, "bench_ml: %s: es::ml %s...\n", b.label.toUtf8().constData(),
                         Regressor::name(a).toUtf8().constData());
            const Figure f = ours(b, a, Regressor::grid(a, spec->width()), innerFolds);
            const Figure p = peer[Regressor::name(a)];
            if (!f.seconds) {
                ++failures;
                say(QStringLiteral("bench_ml: %1 %2 failed: %3").arg(b.label, Regressor::name(a), f.note));
            }
            if (!parser.isSet(noPeerOption) && !p.seconds) {
                ++failures;
                say(QStringLiteral("bench_ml: %1 %2: scikit-learn failed: %3")
                        .arg(b.label, Regressor::name(a), p.note));
            }
            const std::optional<double> ratio =
                f.seconds && p.seconds && *f.seconds > 0 ? std::optional(*p.seconds / *f.seconds) : std::nullopt;
            table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                         .arg(b.label)
                         .arg(b.rows)
                         .arg(Regressor::name(a), cell(f.r2, 3), cell(p.r2, 3), cell(f.mapePct, 1), cell(p.mapePct, 1),
                              cell(f.seconds, 2), cell(p.seconds, 2))
                         .arg(cell(ratio, 2));
            std::fprintf(stderr, "bench_ml:   chosen on all rows: ours %s, sklearn %s\n", f.note.toUtf8().constData(),
                         p.note.toUtf8().constData());
        }
    }
    say(QString());
    for (const QString &line : table)
        say(line);
    say(QString());
    say(QStringLiteral("R² and MAPE: pooled out-of-fold predictions of the %1 outer folds (the fold column); MAPE"
                       " leaves out zero targets. Seconds: end to end per algorithm (read the CSV, every outer fold"
                       " with its inner grid search, the final fit on all rows); Python start-up and imports not"
                       " timed. time sklearn/ours above 1: es::ml is faster.")
            .arg(k));
    say(QStringLiteral("Differences by design: inner folds are seeded differently on each side; es::ml krr uses a"
                       " Nyström basis of at most 300 rows (scikit-learn's KernelRidge is exact); both random forests"
                       " use every hardware thread (sklearn n_jobs=-1), their split rules differ. scikit-learn %1;"
                       " load average after: %2.")
            .arg(sklearnVersion.isEmpty() ? QStringLiteral("not run") : sklearnVersion, loadAverage()));
    return failures == 0 ? 0 : 1;
}
