// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_alerts: AlertEvaluator and ReportBuilder on a synthetic cluster. Prints figures; it is not a test.
// Usage: bench_alerts [--nodes N] [--days D] [--jobs N]
// Defaults: 64 nodes sampled every 60 s for 7 days (645k samples), 100000 jobs with energy and a job type, in a new
// SQLite file in a temporary directory. Node temperatures (fixed seed): 50 °C + a daily swing of 10 °C + noise,
// with a hot spell of 30 minutes at +30 °C once a day on one node in eight, so warning and critical episodes open
// and close. Jobs: 5 types, energy log-normal with one job in 200 at 10x.
#include "AlertEvaluator.h"
#include "BenchTiming.h"
#include "NodeSampleWriter.h"
#include "ReportBuilder.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <random>

using namespace es;

using namespace es::bench;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QString(), QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QString(), QStringLiteral("D"), QStringLiteral("7"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QString(), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    parser.addOptions({nodesOption, daysOption, jobsOption});
    parser.process(app);
    const int nodes = parser.value(nodesOption).toInt();
    const int days = parser.value(daysOption).toInt();
    const int jobs = parser.value(jobsOption).toInt();
    say(QStringLiteral("bench_alerts (build type %1): %2 nodes x %3 days at 60 s, %4 jobs, SQLite")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE))
            .arg(nodes)
            .arg(days)
            .arg(jobs));

    QTemporaryDir dir;
    Store store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        say(error);
        return 1;
    }
    const qint64 t0 = 1700000000 - 1700000000 % 86400;
    const qint64 samplesPerNode = qint64(days) * 1440;
    std::mt19937_64 random(42);
    std::normal_distribution<double> noise(0, 0.5);
    QElapsedTimer timer;
    timer.start();
    {
        NodeSampleWriter writer(store, QStringLiteral("bench"));
        if (!writer.begin(&error))
            return say(error), 1;
        for (int n = 0; n < nodes; ++n) {
            for (qint64 i = 0; i < samplesPerNode; ++i) {
                NodeSample s;
                s.node = QStringLiteral("node%1").arg(n, 3, 10, QLatin1Char('0'));
                s.ts = t0 + i * 60;
                s.source = QStringLiteral("bench");
                const qint64 minuteOfDay = i % 1440;
                const bool hot = n % 8 == 0 && minuteOfDay >= 600 && minuteOfDay < 630;
                s.tempC = 50 + 10 * std::sin(2 * M_PI * double(minuteOfDay) / 1440) + noise(random) + (hot ? 30 : 0);
                if (!writer.add(s, &error))
                    return say(error), 1;
            }
        }
        if (!writer.commit(&error))
            return say(error), 1;
    }
    say(QStringLiteral("write samples: %1 s (%2 samples)").arg(seconds(timer), 0, 'f', 2).arg(nodes * samplesPerNode));

    timer.restart();
    {
        const auto clusterId = store.clusterId(QStringLiteral("bench"));
        QSqlDatabase db = store.database();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, user_name, partition, job_type, start_ts,"
                                      " end_ts, elapsed_s, node_count, energy_j, energy_source)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'slurm')"));
        std::lognormal_distribution<double> energy(13, 0.5);
        std::uniform_int_distribution<qint64> start(t0, t0 + qint64(days) * 86400 - 3600);
        for (int j = 0; j < jobs; ++j) {
            const qint64 s = start(random);
            const qint64 duration = 300 + j % 3300;
            insert.bindValue(0, *clusterId);
            insert.bindValue(1, QString::number(j));
            insert.bindValue(2, QStringLiteral("user%1").arg(j % 40));
            insert.bindValue(3, j % 3 ? QStringLiteral("batch") : QStringLiteral("fast"));
            insert.bindValue(4, QStringLiteral("type%1").arg(j % 5));
            insert.bindValue(5, s);
            insert.bindValue(6, s + duration);
            insert.bindValue(7, duration);
            insert.bindValue(8, 1 + j % 4);
            insert.bindValue(9, energy(random) * (j % 200 == 0 ? 10 : 1));
            if (!insert.exec())
                return say(insert.lastError().text()), 1;
        }
        db.commit();
    }
    say(QStringLiteral("write jobs: %1 s").arg(seconds(timer), 0, 'f', 2));

    AlertEvaluator evaluator(store);
    AlertEvaluationSummary summary;
    timer.restart();
    if (!evaluator.evaluate(QStringLiteral("bench"), {}, &summary, &error))
        return say(error), 1;
    const double full = seconds(timer);
    say(QStringLiteral("alerts check, whole history: %1 s (%2 samples, %3 jobs checked, %4 events; %5 samples/s)")
            .arg(full, 0, 'f', 3)
            .arg(summary.samplesRead)
            .arg(summary.jobsChecked)
            .arg(summary.eventsNew)
            .arg(double(summary.samplesRead) / full, 0, 'f', 0));
    timer.restart();
    evaluator.evaluate(QStringLiteral("bench"), {}, &summary, &error);
    say(QStringLiteral("alerts check again (idempotent): %1 s, %2 new, %3 unchanged")
            .arg(seconds(timer), 0, 'f', 3)
            .arg(summary.eventsNew)
            .arg(summary.eventsUnchanged));
    AlertEvaluationOptions last15;
    last15.sinceTs = t0 + samplesPerNode * 60 - 900;
    timer.restart();
    evaluator.evaluate(QStringLiteral("bench"), last15, &summary, &error);
    say(QStringLiteral("alerts check, last 15 min (the GUI timer's case): %1 s, %2 samples")
            .arg(seconds(timer), 0, 'f', 3)
            .arg(summary.samplesRead));

    timer.restart();
    const auto data = ReportBuilder(store).build({t0, t0 + qint64(days) * 86400, QString()}, &error);
    if (!data)
        return say(error), 1;
    say(QStringLiteral("report figures: %1 s (%2 jobs, %3 temperature samples, %4 alerts)")
            .arg(seconds(timer), 0, 'f', 3)
            .arg(data->jobs)
            .arg(data->temperatureSamples)
            .arg(data->alerts));
    return 0;
}
