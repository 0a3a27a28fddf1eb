// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_sampler_ingest: node samples per second from es-sampler text into the store, through the path that
// `sample import`, `sample fetch` and `sample live` use (SamplerStreamParser -> SamplerSampleConverter ->
// NodeSampleWriter). Prints figures; it is not a test.
// Usage: bench_sampler_ingest [--nodes N] [--samples N] [--db PATH|postgresql://...] [--repeat N]
// Defaults: 64 nodes x 5000 samples (320,000 lines), a new SQLite file in a temporary directory. The text is
// SYNTHETIC, generated with a fixed seed: every line has the keys the lab's nodes print (utilisation, load, memory,
// frequency, one temperature, cray power and energy, RAPL package, disk, network), about 400 bytes.
// Figures: parse only (chunks of 64 KiB, as from SSH), parse + convert + write (a transaction per node, as a fetch
// writes a file), and writing the same text again (every sample unchanged: the idempotent path). Metrics are not
// derived (bench_job_metrics measures that). Wall and CPU seconds both: on a shared machine the second says more.
#include "BenchTiming.h"
#include "SamplerCollector.h"
#include "SamplerStreamParser.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace es;

using namespace es::bench;

namespace {

QByteArray nodeText(int node, int samples, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> unit(0, 1);
    QByteArray text = "#es-sampler v1 host=cn" + QByteArray::number(node) +
                      " interval=5 start=1700000000 ncpu=64\n# missing ipmi: ipmitool not found\n";
    text.reserve(samples * 420);
    double temp = 45;
    for (int i = 0; i < samples; ++i) {
        const double u = unit(rng);
        const double powerW = 120 + 380 * u;
        temp += (35 + 0.1 * powerW - temp) * 0.2;
        const qint64 ts = 1700000005 + qint64(i) * 5;
        text +=
            "S " + QByteArray::number(ts) + " dt_s=5.010 cpu_util_pct=" + QByteArray::number(u * 100, 'f', 1) +
            " iowait_pct=0.1 steal_pct=0.0 load1=" + QByteArray::number(u * 64, 'f', 2) +
            " load5=30.00 load15=28.00 mem_total_mb=257000 mem_used_mb=" + QByteArray::number(20000 + int(u * 200000)) +
            " freq_avg_mhz=" + QByteArray::number(1200 + int(u * 2300)) +
            " freq_max_mhz=3500 temp_c.coretemp_Package_id_0=" + QByteArray::number(temp, 'f', 1) +
            " power_w.cray=" + QByteArray::number(int(powerW)) +
            " energy_j.rapl.package-0=" + QByteArray::number(powerW * 0.55 * 5, 'f', 3) +
            " power_w.rapl.package-0=" + QByteArray::number(powerW * 0.55, 'f', 2) +
            " energy_j.rapl=" + QByteArray::number(powerW * 0.55 * 5, 'f', 3) +
            " power_w.rapl=" + QByteArray::number(powerW * 0.55, 'f', 2) +
            " energy_j.cray=" + QByteArray::number(int(powerW * 5)) +
            " disk_read_b=4096 disk_write_b=1048576 net_rx_b=123456 net_tx_b=654321 $\n";
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QString(), QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QString(), QStringLiteral("N"),
                                           QStringLiteral("5000"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("LOCATION"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QString(), QStringLiteral("N"),
                                          QStringLiteral("1"));
    parser.addOptions({nodesOption, samplesOption, dbOption, repeatOption});
    parser.process(app);
    const int nodes = std::max(1, parser.value(nodesOption).toInt());
    const int samples = std::max(1, parser.value(samplesOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    std::mt19937 rng(20261121);
    QList<QByteArray> texts;
    qint64 bytes = 0;
    for (int n = 0; n < nodes; ++n) {
        texts.append(nodeText(n, samples, rng));
        bytes += texts.last().size();
    }
    const double total = double(nodes) * samples;
    say(QStringLiteral("bench_sampler_ingest (%1 build): SYNTHETIC es-sampler text, %2 nodes x %3 samples = %4 lines, "
                       "%5 MiB")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE))
            .arg(nodes)
            .arg(samples)
            .arg(qint64(total))
            .arg(double(bytes) / 1048576.0, 0, 'f', 1));

    double best = 1e300;
    double bestCpu = 1e300;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu0 = std::clock();
        qint64 parsed = 0;
        for (const QByteArray &text : std::as_const(texts)) {
            SamplerStreamParser stream;
            QList<NodeSampleRecord> records;
            for (qsizetype at = 0; at < text.size(); at += 65536) {
                records.clear();
                stream.feed(QByteArrayView(text).sliced(at, std::min<qsizetype>(65536, text.size() - at)), &records);
                parsed += records.size();
            }
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
        bestCpu = std::min(bestCpu, double(std::clock() - cpu0) / CLOCKS_PER_SEC);
        if (parsed != qint64(total)) {
            say(QStringLiteral("parse: failed, %1 of %2 samples").arg(parsed).arg(qint64(total)));
            return 1;
        }
    }
    say(QStringLiteral("parse only (SamplerStreamParser, 64 KiB chunks): %1 s wall, %2 samples/s; %3 s CPU, %4 "
                       "samples per CPU second")
            .arg(best, 0, 'f', 3)
            .arg(total / best, 0, 'f', 0)
            .arg(bestCpu, 0, 'f', 3)
            .arg(total / bestCpu, 0, 'f', 0));

    QTemporaryDir dir;
    const QString location =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench-samples.sqlite"));
    for (int r = 0; r < repeat; ++r) {
        Store store;
        QString error;
        if (!store.open(location, &error)) {
            say(QStringLiteral("store: failed: ") + error);
            return 1;
        }
        {
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("DELETE FROM clusters WHERE name = ?"));
            q.addBindValue(QStringLiteral("bench-sampler"));
            q.exec();
        }
        SamplerCollector collector(store, QStringLiteral("bench-sampler"));
        collector.setDeriveMetrics(false);
        for (const char *pass : {"new", "again (unchanged)"}) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu0 = std::clock();
            SamplerStoreSummary summary;
            for (int n = 0; n < nodes; ++n) {
                if (!collector.importText(texts[n], QStringLiteral("cn%1").arg(n), QStringLiteral("bench"), &summary,
                                          &error)) {
                    say(QStringLiteral("write: failed: ") + error);
                    return 1;
                }
            }
            const double s = double(timer.nsecsElapsed()) / 1e9;
            const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
            say(QStringLiteral("parse + convert + write into %1, %2: %3 s wall, %4 samples/s; %6 s CPU in this "
                               "process, %7 samples per CPU second (%5 rows written)")
                    .arg(store.engine() == Store::Engine::Postgres ? QStringLiteral("PostgreSQL")
                                                                   : QStringLiteral("SQLite"),
                         QString::fromLatin1(pass))
                    .arg(s, 0, 'f', 3)
                    .arg(total / s, 0, 'f', 0)
                    .arg(summary.samplesWritten)
                    .arg(cpu, 0, 'f', 3)
                    .arg(total / cpu, 0, 'f', 0));
        }
    }
    return 0;
}
