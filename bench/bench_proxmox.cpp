// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_proxmox: ProxmoxCollector::harvest() (parse + one-transaction write) on a synthetic Proxmox cluster.
// Prints figures; it is not a test.
// Usage: bench_proxmox [--hosts N] [--vms-per-host N] [--rows N] [--db PATH|postgresql://...]
// Defaults: 64 hosts x 20 VMs, 70 rows per rrddata answer (what timeframe=hour returns), a new SQLite file.
//
// The answers are built from the real captured rows in tests/data/proxmox (node rrddata for hosts, the VM rows
// with values for guests), repeated at 60 s steps, and served from memory by a ProxmoxSource: the figures are the
// collector's own cost (JSON parsing, mapping, the store's upserts), not the network's. Over the REST API or pvesh
// add one request per host (2) and per VM (1); their latency is the site's.
#include "BenchTiming.h"
#include "ProxmoxCollector.h"
#include "ProxmoxSource.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace es;

using namespace es::bench;

namespace {

QJsonArray fixtureRows(const char *name)
{
    QFile file(QStringLiteral(ES_BENCH_DATA_DIR "/proxmox/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", name);
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("data")).toArray();
}

/// `rows` rows cycled from `templateRows` (those with a cpu value), at 60 s steps ending at `endTs`.
QByteArray rrdAnswer(const QJsonArray &templateRows, int rows, qint64 endTs, int seed)
{
    QJsonArray withValues;
    for (const QJsonValue &row : templateRows)
        if (row.toObject().contains(QStringLiteral("cpu")))
            withValues.append(row);
    QJsonArray out;
    for (int i = 0; i < rows; ++i) {
        QJsonObject row = withValues.at((i + seed) % withValues.size()).toObject();
        row.insert(QStringLiteral("time"), double(endTs - 60 * (rows - 1 - i)));
        out.append(row);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), out}}).toJson(QJsonDocument::Compact);
}

/// Answers from memory, counting requests.
class MemorySource final : public ProxmoxSource
{
public:
    QHash<QString, QByteArray> answers; ///< by path
    qint64 requests = 0;
    bool get(const QString &path, const Parameters &, QByteArray *json, QString *error) override
    {
        ++requests;
        const auto it = answers.constFind(path);
        if (it == answers.constEnd()) {
            *error = QStringLiteral("no answer for ") + path;
            return false;
        }
        *json = *it;
        return true;
    }
    QString describe() const override { return QStringLiteral("memory"); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QString(), QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption vmsOption(QStringLiteral("vms-per-host"), QString(), QStringLiteral("N"),
                                       QStringLiteral("20"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QString(), QStringLiteral("N"), QStringLiteral("70"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("LOCATION"));
    parser.addOptions({hostsOption, vmsOption, rowsOption, dbOption});
    parser.process(app);
    const int hosts = std::max(1, parser.value(hostsOption).toInt());
    const int vmsPerHost = std::max(0, parser.value(vmsOption).toInt());
    const int rows = std::max(1, parser.value(rowsOption).toInt());

    const QJsonArray hostRows = fixtureRows("pve9_node_rrddata.json");
    const QJsonArray guestRows = fixtureRows("pve9_qemu_rrddata.json");
    QFile statusFile(QStringLiteral(ES_BENCH_DATA_DIR "/proxmox/node_status_pvesh.json"));
    if (!statusFile.open(QIODevice::ReadOnly))
        qFatal("missing node_status_pvesh.json");
    const QByteArray status = statusFile.readAll();

    MemorySource source;
    QJsonArray resources;
    const qint64 endTs = 1785169080;
    for (int h = 0; h < hosts; ++h) {
        const QString host = QStringLiteral("pve%1").arg(h + 1, 3, 10, QLatin1Char('0'));
        resources.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("node")},
                                     {QStringLiteral("node"), host},
                                     {QStringLiteral("status"), QStringLiteral("online")},
                                     {QStringLiteral("maxcpu"), 64}});
        source.answers.insert(QStringLiteral("/nodes/%1/status").arg(host), status);
        source.answers.insert(QStringLiteral("/nodes/%1/rrddata").arg(host), rrdAnswer(hostRows, rows, endTs, h));
        for (int v = 0; v < vmsPerHost; ++v) {
            const int vmid = 1000 + h * vmsPerHost + v;
            resources.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("qemu")},
                                         {QStringLiteral("vmid"), vmid},
                                         {QStringLiteral("name"), QStringLiteral("c%1").arg(vmid)},
                                         {QStringLiteral("node"), host},
                                         {QStringLiteral("status"), QStringLiteral("running")},
                                         {QStringLiteral("template"), 0},
                                         {QStringLiteral("maxcpu"), 4}});
            source.answers.insert(QStringLiteral("/nodes/%1/qemu/%2/rrddata").arg(host).arg(vmid),
                                  rrdAnswer(guestRows, rows, endTs, vmid));
        }
    }
    source.answers.insert(QStringLiteral("/cluster/resources"),
                          QJsonDocument(QJsonObject{{QStringLiteral("data"), resources}}).toJson());
    qint64 answerBytes = 0;
    for (const QByteArray &a : std::as_const(source.answers))
        answerBytes += a.size();

    QTemporaryDir dir;
    const QString location =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    Store store;
    QString error;
    if (!store.open(location, &error)) {
        say(QStringLiteral("cannot open %1: %2").arg(location, error));
        return 1;
    }
    const QString cluster = QStringLiteral("bench-proxmox");
    {
        QSqlQuery drop(store.database());
        drop.prepare(QStringLiteral("DELETE FROM clusters WHERE name = ?"));
        drop.addBindValue(cluster);
        drop.exec();
    }
    say(QStringLiteral("bench_proxmox (%1 build): %2 hosts x %3 VMs, %4 rows per answer, %5 answers, %6 MB of JSON, "
                       "store %7")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE))
            .arg(hosts)
            .arg(vmsPerHost)
            .arg(rows)
            .arg(source.answers.size())
            .arg(double(answerBytes) / 1e6, 0, 'f', 1)
            .arg(store.displayLocation()));
    for (const char *run : {"first harvest (all new)", "second harvest (unchanged)"}) {
        ProxmoxCollector collector(store, source);
        ProxmoxHarvestSummary summary;
        QElapsedTimer timer;
        timer.start();
        if (!collector.harvest(cluster, {}, &summary, &error)) {
            say(QStringLiteral("harvest failed: ") + error);
            return 1;
        }
        const double s = double(timer.nsecsElapsed()) / 1e9;
        const qint64 points = summary.hostPoints + summary.guestPoints;
        say(QStringLiteral("%1: %2 s, %3 samples read (%4 per s), %5 written, %6 nodes created, %7 mappings written")
                .arg(QLatin1StringView(run))
                .arg(s, 0, 'f', 3)
                .arg(points)
                .arg(double(points) / s, 0, 'f', 0)
                .arg(summary.written.samplesWritten)
                .arg(summary.written.nodesCreated)
                .arg(summary.mappingsWritten));
    }
    return 0;
}
