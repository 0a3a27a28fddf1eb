// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_node_plots: the Nodes view's data path and plots at the size the view is built for. Prints figures; it is
// not a test. Usage: bench_node_plots [--nodes N] [--days D] [--interval S] [--rounds R]
// Defaults: 8 nodes sampled every 5 s for 7 days (967,680 samples, about 1M), 30 pan steps per measurement.
//
// The store (a new SQLite file in a temporary directory) is generated with a fixed seed: per node a utilisation
// that follows a random walk between jobs of 10 to 120 minutes, temperature, power, frequency and load following
// it, and one job per busy period with its Slurm node list. Timed:
//  - NodeLoader::readSeries() of the whole range, raw (every sample) and downsampled to 1,200 buckets (min/max per
//    bucket, about one per pixel of the view), median of 5 reads;
//  - one pan step of the stacked plots (1600 x 1000, offscreen): move the x range by 2 % on one plot, the other
//    plots following and every y axis fitted to the visible data, then a replot of the four plots; median and
//    95th percentile over the rounds, with all samples plotted (about 1M points per metric) and with the
//    downsampled data the view actually shows.
#include "BenchTiming.h"
#include "Job.h"
#include "JobWriter.h"
#include "NodeLoader.h"
#include "NodePlotStack.h"
#include "NodeSampleWriter.h"
#include "QCustomPlotInclude.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace es;

using namespace es::bench;

namespace {

// CPU time of this thread: on a machine shared with other work, wall time measures the neighbours too.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

bool writeStore(const QString &location, int nodes, qint64 startTs, qint64 spanS, qint64 intervalS, qint64 *samples,
                qint64 *jobs, QString *error)
{
    Store store;
    if (!store.open(location, error))
        return false;
    std::mt19937_64 random(42);
    NodeSampleWriter samplesWriter(store, QStringLiteral("bench-nodes"));
    JobWriter jobWriter(store, QStringLiteral("bench-nodes"));
    if (!samplesWriter.begin(error))
        return false;
    std::vector<Job> jobList;
    for (int n = 0; n < nodes; ++n) {
        const QString node = QStringLiteral("cn%1").arg(n + 1, 2, 10, QLatin1Char('0'));
        std::uniform_int_distribution<qint64> jobLength(600, 7200);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        qint64 nextChange = startTs;
        double targetUtil = 5;
        double util = 5;
        double tempC = 40;
        for (qint64 ts = startTs; ts < startTs + spanS; ts += intervalS) {
            if (ts >= nextChange) {
                const qint64 length = jobLength(random);
                const bool busy = unit(random) < 0.7;
                targetUtil = busy ? 40 + 60 * unit(random) : 3 + 4 * unit(random);
                if (busy) {
                    Job job;
                    job.jobId = QString::number(1000 + qint64(jobList.size()));
                    job.name = QStringLiteral("bench");
                    job.user = QStringLiteral("u%1").arg(jobList.size() % 17);
                    job.state = QStringLiteral("COMPLETED");
                    job.startTs = ts;
                    job.endTs = ts + length;
                    job.elapsedS = length;
                    job.allocCpus = 32;
                    job.nodeList = node;
                    jobList.push_back(job);
                }
                nextChange = ts + length;
            }
            util += 0.2 * (targetUtil - util) + 3 * (unit(random) - 0.5);
            util = std::clamp(util, 0.0, 100.0);
            tempC += 0.05 * (35 + 0.45 * util - tempC) + 0.4 * (unit(random) - 0.5);
            NodeSample sample;
            sample.node = node;
            sample.ts = ts;
            sample.source = QStringLiteral("sampler");
            sample.cpuUtilPct = util;
            sample.load1 = util / 100 * 32;
            sample.tempC = tempC;
            sample.freqMhz = util > 10 ? 3400 - 6 * util : 1200;
            sample.powerW = 110 + 2.6 * util + 4 * (unit(random) - 0.5);
            sample.energyJ = *sample.powerW * double(intervalS);
            if (!samplesWriter.add(sample, error))
                return false;
            ++*samples;
        }
    }
    if (!samplesWriter.commit(error) || !jobWriter.begin(error))
        return false;
    for (const Job &job : jobList) {
        if (!jobWriter.addJob(job, error))
            return false;
    }
    *jobs = qint64(jobList.size());
    return jobWriter.commit(error);
}

// One pan step per round: the x range moves by 2 % on the temperature plot, the others follow (NodePlotStack's
// own rangeChanged handling, with the y fits), then the four plots repaint. Wall and thread CPU milliseconds.
std::pair<std::vector<double>, std::vector<double>> panTimesMs(NodePlotStack &stack, int rounds)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    QCustomPlot *first = stack.plot(NodePlotStack::Temperature);
    for (int round = 0; round < rounds; ++round) {
        const QCPRange range = first->xAxis->range();
        const double step = range.size() * 0.02 * (round % 20 < 10 ? 1 : -1);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        first->xAxis->setRange(range.lower + step, range.upper + step);
        for (int i = 0; i < NodePlotStack::PlotCount; ++i)
            stack.plot(i)->replot(QCustomPlot::rpImmediateRefresh);
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {wall, cpu};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QString(), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QString(), QStringLiteral("D"), QStringLiteral("7"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QString(), QStringLiteral("S"),
                                            QStringLiteral("5"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QString(), QStringLiteral("R"),
                                          QStringLiteral("30"));
    parser.addOptions({nodesOption, daysOption, intervalOption, roundsOption});
    parser.process(app);
    const int nodes = std::max(1, parser.value(nodesOption).toInt());
    const qint64 spanS = std::max<qint64>(1, parser.value(daysOption).toLongLong()) * 86400;
    const qint64 intervalS = std::max<qint64>(1, parser.value(intervalOption).toLongLong());
    const int rounds = std::max(3, parser.value(roundsOption).toInt());

    say(QStringLiteral("bench_node_plots (%1 build, Qt %2)")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE), QString::fromLatin1(qVersion())));
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("nodes.sqlite"));
    const qint64 startTs = 1763078400; // 2025-11-14 00:00 UTC
    qint64 samples = 0;
    qint64 jobs = 0;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!writeStore(location, nodes, startTs, spanS, intervalS, &samples, &jobs, &error)) {
        say(QStringLiteral("cannot write the store: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("store: %1 nodes, %2 samples every %3 s over %4 days, %5 jobs (written in %6 s)")
            .arg(nodes)
            .arg(samples)
            .arg(intervalS)
            .arg(spanS / 86400)
            .arg(jobs)
            .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1));

    Store store;
    if (!store.open(location, &error)) {
        say(error);
        return 1;
    }
    const std::optional<QList<NodeInfo>> nodeList = NodeLoader::readNodes(store, &error);
    if (!nodeList) {
        say(error);
        return 1;
    }
    NodeLoadRequest request;
    for (const NodeInfo &node : *nodeList)
        request.nodeIds.push_back(node.nodeId);
    request.fromTs = startTs;
    request.toTs = startTs + spanS - 1;

    NodeSeriesDataPtr raw;
    NodeSeriesDataPtr sampled;
    for (int buckets : {0, 1200}) {
        request.buckets = buckets;
        std::vector<double> times;
        std::vector<double> cpuTimes;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const double cpuStart = threadCpuMs();
            NodeSeriesDataPtr data = NodeLoader::readSeries(store, request, &error);
            cpuTimes.push_back(threadCpuMs() - cpuStart);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!data) {
                say(error);
                return 1;
            }
            (buckets == 0 ? raw : sampled) = data;
        }
        const NodeSeriesDataPtr &data = buckets == 0 ? raw : sampled;
        size_t points = 0;
        for (const NodeTrace &trace : data->traces)
            points += trace.ts.size();
        say(QStringLiteral("readSeries %1: median %2 ms (CPU %7 ms, min %3 ms), %4 rows for %5 samples, %6 job spans")
                .arg(buckets == 0 ? QStringLiteral("raw          ") : QStringLiteral("1200 buckets "))
                .arg(percentile(times, 0.5), 0, 'f', 1)
                .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
                .arg(points)
                .arg(data->rawSamples)
                .arg(data->spans.size())
                .arg(percentile(cpuTimes, 0.5), 0, 'f', 1));
    }

    NodePlotStack stack;
    stack.resize(1600, 1000);
    stack.show();
    QHash<qint64, QColor> colours;
    for (int i = 0; i < int(nodeList->size()); ++i)
        colours.insert(nodeList->at(i).nodeId, QColor::fromHsv(i * 360 / int(nodeList->size()), 200, 200));
    stack.setNodeColours(colours);
    for (const auto &[label, data] :
         {std::pair(QStringLiteral("all samples  "), raw), std::pair(QStringLiteral("downsampled  "), sampled)}) {
        timer.restart();
        stack.setData(data);
        const double setMs = double(timer.nsecsElapsed()) / 1e6;
        for (int i = 0; i < NodePlotStack::PlotCount; ++i)
            stack.plot(i)->xAxis->setRange(double(startTs), double(startTs + spanS));
        // A whole-week view, then a one-day view: the two ranges a user pans most.
        for (const double widthS : {double(spanS), 86400.0}) {
            stack.plot(0)->xAxis->setRange(double(startTs) + double(spanS) / 2 - widthS / 2,
                                           double(startTs) + double(spanS) / 2 + widthS / 2);
            const auto [wall, cpu] = panTimesMs(stack, rounds);
            say(QStringLiteral("pan %1 (%2 points in the plots, %3 visible): median %4 ms (CPU %5 ms), p95 %6 ms, "
                               "%7 rounds; setData %8 ms")
                    .arg(label)
                    .arg(stack.pointCount())
                    .arg(widthS >= double(spanS) ? QStringLiteral("week") : QStringLiteral("1 day"))
                    .arg(percentile(wall, 0.5), 0, 'f', 1)
                    .arg(percentile(cpu, 0.5), 0, 'f', 1)
                    .arg(percentile(wall, 0.95), 0, 'f', 1)
                    .arg(rounds)
                    .arg(setMs, 0, 'f', 0));
        }
    }
    return 0;
}
