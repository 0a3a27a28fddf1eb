// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_prometheus: how many node samples per second the Prometheus import turns into store rows. Prints figures;
// it is not a test.
// Usage: bench_prometheus [--nodes N] [--points P] [--url URL [--since T] [--until T] [--step S]]
//
// Part 1 (always): SYNTHETIC answers in the format of /api/v1/query_range, one per query of the importer, for N nodes
// (default 64) and P points per series (default 10000, one chunk): gauges (one series per node), RAPL (two package
// counters per node), CPU seconds (eight modes per node). Timed separately: PrometheusResponseParser on the six
// answers, PrometheusSampleAssembler, and NodeSampleWriter into a new SQLite file. No network.
// Part 2 (with --url): PrometheusImporter end to end against that server (e.g. the lab's, tests/lab/prometheus.sh)
// into a new SQLite file: network, Prometheus's own query time, parsing and writing together.
#include "BenchTiming.h"
#include "NodeSampleWriter.h"
#include "PrometheusClient.h"
#include "PrometheusImporter.h"
#include "PrometheusResponseParser.h"
#include "PrometheusSampleAssembler.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

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

/// One answer: `seriesPerNode` series per node, labels from `labels(node, k)`, values from `value(node, k, i)`.
template<typename Labels, typename Value>
QByteArray answer(int nodes, int seriesPerNode, int points, qint64 startTs, Labels labels, Value value)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int n = 0; n < nodes; ++n) {
        for (int k = 0; k < seriesPerNode; ++k) {
            if (n + k > 0)
                out += ',';
            out.append(R"({"metric":{"instance":"cn)").append(QByteArray::number(n)).append(R"(:9100")");
            out.append(labels(k)).append(R"(},"values":[)");
            for (int i = 0; i < points; ++i) {
                if (i > 0)
                    out.append(',');
                out.append('[').append(QByteArray::number(startTs + i * 15)).append(",\"");
                out.append(QByteArray::number(value(n, k, i), 'g', 12)).append("\"]");
            }
            out += "]}";
        }
    }
    out += "]}}";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QString(), QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption pointsOption(QStringLiteral("points"), QString(), QStringLiteral("P"),
                                          QStringLiteral("10000"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), QString(), QStringLiteral("EPOCH_S"));
    const QCommandLineOption untilOption(QStringLiteral("until"), QString(), QStringLiteral("EPOCH_S"));
    const QCommandLineOption stepOption(QStringLiteral("step"), QString(), QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({nodesOption, pointsOption, urlOption, sinceOption, untilOption, stepOption});
    parser.process(app);
    const int nodes = std::max(1, parser.value(nodesOption).toInt());
    const int points = std::clamp(parser.value(pointsOption).toInt(), 3, 11000);

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load =
        loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readLine().trimmed()) : QString();
    say(QStringLiteral("bench_prometheus (%1 build), %2, %3 hardware threads, load %4")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE), QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(load));

    // Part 1: SYNTHETIC answers.
    const qint64 startTs = 1700000000;
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto noLabels = [](int) { return QByteArray(); };
    const QByteArray modes[] = {"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"};
    struct Query
    {
        PrometheusMetric metric;
        QByteArray body;
    };
    const std::vector<Query> queries{
        {PrometheusMetric::TempC,
         answer(nodes, 1, points, startTs, noLabels, [&](int, int, int) { return 40 + 30 * unit(random); })},
        {PrometheusMetric::FreqHz,
         answer(nodes, 1, points, startTs, noLabels, [&](int, int, int) { return 1.2e9 + 2e9 * unit(random); })},
        {PrometheusMetric::Load1,
         answer(nodes, 1, points, startTs, noLabels, [&](int, int, int) { return 64 * unit(random); })},
        {PrometheusMetric::MemUsedB,
         answer(nodes, 1, points, startTs, noLabels, [&](int, int, int) { return 2.5e11 * unit(random); })},
        {PrometheusMetric::RaplJ,
         answer(
             nodes, 2, points, startTs,
             [](int k) { return QByteArray(R"(,"index":")").append(QByteArray::number(k)).append(R"(","path":"/x")"); },
             [](int n, int k, int i) { return std::fmod(1000.0 * n + 150.0 * k + 1500.0 * i, 262143.0); })},
        {PrometheusMetric::CpuSeconds,
         answer(
             nodes, 8, points, startTs, [&](int k) { return QByteArray(R"(,"mode":")").append(modes[k]).append('"'); },
             [](int n, int k, int i) { return 1e6 + 100.0 * n + (k + 1) * 1.7 * i; })},
    };
    qint64 bytes = 0;
    for (const Query &q : queries)
        bytes += q.body.size();

    QElapsedTimer timer;
    timer.start();
    std::vector<PrometheusMatrix> parsed;
    for (const Query &q : queries) {
        QString error;
        auto matrix = PrometheusResponseParser::parseMatrix(q.body, &error);
        if (!matrix) {
            say(QStringLiteral("parse failed: ") + error);
            return 1;
        }
        parsed.push_back(std::move(*matrix));
    }
    const double parseS = seconds(timer);
    timer.restart();
    for (const Query &q : queries) // Qt's JSON reader alone, the floor of parsing
        (void)QJsonDocument::fromJson(q.body).isObject();
    const double jsonOnlyS = seconds(timer);
    timer.restart();
    PrometheusSampleAssembler assembler(15, {});
    for (std::size_t i = 0; i < queries.size(); ++i)
        assembler.add(queries[i].metric, parsed[i]);
    const QList<NodeSample> samples =
        assembler.samples(startTs + 15, startTs + 15 * (points - 1), PrometheusImporter::kSource);
    const double assembleS = seconds(timer);

    QTemporaryDir dir;
    Store store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        say(error);
        return 1;
    }
    timer.restart();
    NodeSampleWriter writer(store, QStringLiteral("bench"));
    if (!writer.begin(&error)) {
        say(error);
        return 1;
    }
    for (const NodeSample &s : samples) {
        if (!writer.add(s, &error)) {
            say(error);
            return 1;
        }
    }
    if (!writer.commit(&error)) {
        say(error);
        return 1;
    }
    const double writeS = seconds(timer);
    const double total = parseS + assembleS + writeS;
    const double n = double(samples.size());
    say(QStringLiteral("SYNTHETIC answers: %1 nodes x %2 points, 6 answers, %3 MiB of JSON, %4 samples")
            .arg(nodes)
            .arg(points)
            .arg(double(bytes) / 1048576.0, 0, 'f', 1)
            .arg(samples.size()));
    say(QStringLiteral("  parse     %1 s  %2 samples/s  %3 MiB/s")
            .arg(parseS, 0, 'f', 3)
            .arg(n / parseS, 0, 'f', 0)
            .arg(double(bytes) / 1048576.0 / parseS, 0, 'f', 1));
    say(QStringLiteral("    of which QJsonDocument::fromJson alone: %1 s").arg(jsonOnlyS, 0, 'f', 3));
    say(QStringLiteral("  assemble  %1 s  %2 samples/s").arg(assembleS, 0, 'f', 3).arg(n / assembleS, 0, 'f', 0));
    say(QStringLiteral("  write     %1 s  %2 samples/s (NodeSampleWriter -> SQLite, one transaction)")
            .arg(writeS, 0, 'f', 3)
            .arg(n / writeS, 0, 'f', 0));
    say(QStringLiteral("  total     %1 s  %2 samples/s").arg(total, 0, 'f', 3).arg(n / total, 0, 'f', 0));

    // Part 2: a real server.
    if (!parser.isSet(urlOption))
        return 0;
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = QUrl(parser.value(urlOption));
    PrometheusClient client(endpoint);
    Store live;
    if (!live.open(dir.filePath(QStringLiteral("live.sqlite")), &error)) {
        say(error);
        return 1;
    }
    PrometheusImporter importer(live, client);
    PrometheusImportOptions options;
    options.cluster = QStringLiteral("bench");
    options.stepS = std::max(1, parser.value(stepOption).toInt());
    if (parser.isSet(sinceOption))
        options.sinceTs = parser.value(sinceOption).toLongLong();
    if (parser.isSet(untilOption))
        options.untilTs = parser.value(untilOption).toLongLong();
    PrometheusImportSummary summary;
    timer.restart();
    if (!importer.import(options, &summary, &error)) {
        say(QStringLiteral("import failed: ") + error);
        return 1;
    }
    const double liveS = seconds(timer);
    say(QStringLiteral("%1: %2 to %3 step %4 s, %5 queries, %6 nodes, %7 samples in %8 s: %9 samples/s")
            .arg(client.displayUrl())
            .arg(summary.fromTs)
            .arg(summary.toTs)
            .arg(options.stepS)
            .arg(summary.queries)
            .arg(summary.nodes.size())
            .arg(summary.samplesSeen)
            .arg(liveS, 0, 'f', 3)
            .arg(double(summary.samplesSeen) / liveS, 0, 'f', 0));
    return 0;
}
