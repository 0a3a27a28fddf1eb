// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_job_metrics: JobMetricsDeriver::derive() on a synthetic cluster. Prints figures; it is not a test.
// Usage: bench_job_metrics [--jobs N] [--nodes N] [--interval S] [--db PATH|postgresql://...] [--keep]
// Defaults: 100000 jobs on 128 nodes sampled every 60 s, a new SQLite file in a temporary directory. With --db the
// cluster "bench-metrics" of that store is used (replaced when it exists).
//
// The cluster, generated with a fixed seed: each job takes 1 node (70 %), 2 (20 %) or 4 (10 %) consecutive nodes
// and runs 5 to 60 minutes; a quarter of the jobs leave room for the next job on their nodes to start halfway
// (shared nodes); a fifth carry Slurm energy. Every node has a sample every `interval` seconds over its whole
// busy time (utilisation, load, memory, temperature, frequency); three nodes in four also have power and energy.
#include "BenchTiming.h"
#include "Job.h"
#include "JobMetricsDeriver.h"
#include "JobWriter.h"
#include "NodeSampleWriter.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace es;

using namespace es::bench;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QString(), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QString(), QStringLiteral("N"),
                                         QStringLiteral("128"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QString(), QStringLiteral("S"),
                                            QStringLiteral("60"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("LOCATION"));
    parser.addOptions({jobsOption, nodesOption, intervalOption, dbOption});
    parser.process(app);
    const int jobCount = parser.value(jobsOption).toInt();
    const int nodeCount = std::max(4, parser.value(nodesOption).toInt());
    const qint64 intervalS = std::max(1, parser.value(intervalOption).toInt());

    QTemporaryDir dir;
    const QString location =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    Store store;
    QString error;
    if (!store.open(location, &error)) {
        say(QStringLiteral("cannot open %1: %2").arg(location, error));
        return 1;
    }
    const QString cluster = QStringLiteral("bench-metrics");
    {
        QSqlQuery drop(store.database());
        drop.prepare(QStringLiteral("DELETE FROM clusters WHERE name = ?"));
        drop.addBindValue(cluster);
        drop.exec();
    }

    // Jobs.
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> uniform;
    const qint64 t0 = 1700000000;
    std::vector<qint64> free(size_t(nodeCount), t0);
    std::vector<qint64> firstBusy(size_t(nodeCount), std::numeric_limits<qint64>::max());
    std::vector<qint64> lastBusy(size_t(nodeCount), t0);
    QElapsedTimer timer;
    timer.start();
    JobWriter jobs(store, cluster);
    if (!jobs.begin(&error)) {
        say(error);
        return 1;
    }
    for (int i = 0; i < jobCount; ++i) {
        const double r = uniform(random);
        const int width = r < 0.7 ? 1 : r < 0.9 ? 2 : 4;
        const int first = int(random() % quint64(nodeCount - width + 1));
        qint64 start = 0;
        for (int n = first; n < first + width; ++n)
            start = std::max(start, free[size_t(n)]);
        start += qint64(random() % 120);
        const qint64 duration = 300 + qint64(random() % 3300);
        const bool shared = uniform(random) < 0.25;
        Job job;
        job.jobId = QString::number(1000000 + i);
        job.state = QStringLiteral("COMPLETED");
        job.startTs = start;
        job.endTs = start + duration;
        job.allocCpus = (shared ? 8 : 32) * width;
        job.nodeList = width == 1 ? QStringLiteral("n%1").arg(first, 4, 10, QLatin1Char('0'))
                                  : QStringLiteral("n[%1-%2]")
                                        .arg(first, 4, 10, QLatin1Char('0'))
                                        .arg(first + width - 1, 4, 10, QLatin1Char('0'));
        if (uniform(random) < 0.2) {
            job.energyJ = double(duration) * 250 * width;
            job.energySource = QStringLiteral("slurm");
        }
        if (uniform(random) < 0.5)
            job.maxRssMb = 1000 + 100 * double(random() % 100);
        for (int n = first; n < first + width; ++n) {
            free[size_t(n)] = shared ? start + duration / 2 : start + duration;
            firstBusy[size_t(n)] = std::min(firstBusy[size_t(n)], start);
            lastBusy[size_t(n)] = std::max(lastBusy[size_t(n)], start + duration);
        }
        if (!jobs.addJob(job, &error)) {
            say(error);
            return 1;
        }
    }
    if (!jobs.commit(&error)) {
        say(error);
        return 1;
    }
    const double jobsWriteS = seconds(timer);

    // Samples.
    timer.restart();
    NodeSampleWriter samples(store, cluster);
    if (!samples.begin(&error)) {
        say(error);
        return 1;
    }
    qint64 sampleCount = 0;
    for (int n = 0; n < nodeCount; ++n) {
        if (firstBusy[size_t(n)] == std::numeric_limits<qint64>::max())
            continue;
        const bool metered = n % 4 != 3;
        const double idleW = 90 + 20 * uniform(random);
        const double peakW = 280 + 60 * uniform(random);
        for (qint64 ts = firstBusy[size_t(n)] - intervalS; ts <= lastBusy[size_t(n)] + intervalS; ts += intervalS) {
            NodeSample s;
            s.node = QStringLiteral("n%1").arg(n, 4, 10, QLatin1Char('0'));
            s.ts = ts;
            s.source = QStringLiteral("sampler");
            const double util = uniform(random);
            s.cpuUtilPct = 100 * util;
            s.load1 = 32 * util;
            s.memUsedMb = 2000 + 60000 * util;
            s.tempC = 35 + 45 * util;
            s.freqMhz = 1200 + 2300 * util;
            if (metered) {
                s.powerW = idleW + (peakW - idleW) * util + 5 * (uniform(random) - 0.5);
                s.energyJ = *s.powerW * double(intervalS);
            }
            if (!samples.add(s, &error)) {
                say(error);
                return 1;
            }
            ++sampleCount;
        }
    }
    if (!samples.commit(&error)) {
        say(error);
        return 1;
    }
    const double samplesWriteS = seconds(timer);
    say(QStringLiteral("bench_job_metrics (%1 build, %2): %3 jobs on %4 nodes, %5 samples (every %6 s)")
            .arg(QString::fromUtf8(ES_BENCH_BUILD_TYPE),
                 store.engine() == Store::Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
            .arg(jobCount)
            .arg(nodeCount)
            .arg(sampleCount)
            .arg(intervalS));
    say(QStringLiteral("  setup: jobs written in %1 s, samples in %2 s (%3 samples/s through NodeSampleWriter)")
            .arg(jobsWriteS, 0, 'f', 2)
            .arg(samplesWriteS, 0, 'f', 2)
            .arg(double(sampleCount) / samplesWriteS, 0, 'f', 0));

    JobMetricsDeriver deriver(store);
    for (const char *run : {"first run (all rows new)", "second run (nothing changed)"}) {
        JobMetricsDeriveSummary summary;
        timer.restart();
        if (!deriver.derive(cluster, {}, &summary, &error)) {
            say(error);
            return 1;
        }
        const double s = seconds(timer);
        say(QStringLiteral("  derive, %1: %2 s, %3 jobs/s, %4 samples read/s; %5 slurm, %6 counter, %7 model, "
                           "%8 rows written")
                .arg(QString::fromUtf8(run))
                .arg(s, 0, 'f', 2)
                .arg(double(summary.jobs) / s, 0, 'f', 0)
                .arg(double(summary.samplesRead) / s, 0, 'f', 0)
                .arg(summary.slurm)
                .arg(summary.counter)
                .arg(summary.model)
                .arg(summary.metricsWritten));
    }
    return 0;
}
