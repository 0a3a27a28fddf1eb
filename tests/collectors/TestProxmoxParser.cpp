// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxParser.h"
#include "TestStores.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace es;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(test::dataFile(QStringLiteral("proxmox/") + QLatin1StringView(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray sharedFixture(const QString &relative)
{
    QFile file(QStringLiteral(ES_SHARED_DATA_DIR "/proxmox/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing shared fixture %s", qPrintable(relative));
    return file.readAll();
}

/// The payload of an answer, as the file holds it (bare, or under "data"), read without ProxmoxParser.
QJsonValue payload(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject() && document.object().contains(QStringLiteral("data")))
        return document.object().value(QStringLiteral("data"));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

/// ProxmoxParser on real Proxmox VE answers (tests/data/proxmox, see SOURCES.md) and on garbage.
class TestProxmoxParser : public QObject
{
    Q_OBJECT
private slots:
    void clusterResourcesOfAFourNodeCluster()
    {
        QString error;
        const auto resources = ProxmoxParser::clusterResources(fixture("cluster_resources.json"), &error);
        QVERIFY2(resources, qPrintable(error));
        QCOMPARE(resources->hosts.size(), size_t(4)); // storages are skipped
        QCOMPARE(resources->guests.size(), size_t(4));
        const ProxmoxHost &node3 = resources->hosts[0];
        QCOMPARE(node3.name, QStringLiteral("node3"));
        QCOMPARE(node3.status, QStringLiteral("online"));
        QCOMPARE(*node3.cpus, 4);
        QCOMPARE(*node3.memTotalBytes, 16668827648.0);
        QCOMPARE(*node3.cpuFraction, 0.0054917623564653);
        QCOMPARE(*node3.uptimeS, qint64(872961));
        QCOMPARE(*resources->hosts[1].cpus, 12); // node2
        const ProxmoxGuest &server1 = resources->guests[0];
        QCOMPARE(server1.vmid, 100);
        QCOMPARE(server1.type, QStringLiteral("qemu"));
        QCOMPARE(server1.name, QStringLiteral("server1"));
        QCOMPARE(server1.host, QStringLiteral("node2"));
        QCOMPARE(server1.status, QStringLiteral("running"));
        QVERIFY(!server1.isTemplate);
        QCOMPARE(*server1.cpus, 1);
        QVERIFY(resources->guests[1].isTemplate); // leap154
        QCOMPARE(resources->guests[3].name, QStringLiteral("VM 200"));
    }

    // Other projects' captured answers (../shared/data/proxmox, SOURCES.md there): DataDog's from a PVE 8.4.1 host,
    // go-proxmox's PVE 7.4 mocks. Every node and guest entry is read, with the file's own values.
    void otherProjectsClusterResources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("datadog pve8") << QStringLiteral("datadog_integrations-core/cluster_resources.json");
        QTest::newRow("go-proxmox pve7") << QStringLiteral("go-proxmox_pve7x_mocks/cluster_resources.json");
    }
    void otherProjectsClusterResources()
    {
        QFETCH(QString, file);
        const QByteArray json = sharedFixture(file);
        QString error;
        const auto resources = ProxmoxParser::clusterResources(json, &error);
        QVERIFY2(resources, qPrintable(error));
        size_t hosts = 0;
        size_t guests = 0;
        for (const QJsonValue &value : payload(json).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString type = entry.value(QStringLiteral("type")).toString();
            if (type == u"node") {
                QVERIFY(hosts < resources->hosts.size());
                const ProxmoxHost &host = resources->hosts[hosts++];
                QCOMPARE(host.name, entry.value(QStringLiteral("node")).toString());
                if (entry.contains(QStringLiteral("maxcpu")))
                    QCOMPARE(*host.cpus, entry.value(QStringLiteral("maxcpu")).toInt());
                if (entry.contains(QStringLiteral("maxmem")))
                    QCOMPARE(*host.memTotalBytes, entry.value(QStringLiteral("maxmem")).toDouble());
            } else if (type == u"qemu" || type == u"lxc") {
                QVERIFY(guests < resources->guests.size());
                const ProxmoxGuest &guest = resources->guests[guests++];
                QCOMPARE(guest.type, type);
                QCOMPARE(guest.vmid, entry.value(QStringLiteral("vmid")).toInt());
                QCOMPARE(guest.host, entry.value(QStringLiteral("node")).toString());
                QCOMPARE(guest.status, entry.value(QStringLiteral("status")).toString());
            }
        }
        QVERIFY(hosts > 0);
        QCOMPARE(resources->hosts.size(), hosts);
        QCOMPARE(resources->guests.size(), guests);
    }

    void otherProjectsHostStatusAndRrd()
    {
        const QByteArray statusJson = sharedFixture(QStringLiteral("go-proxmox_pve7x_mocks/nodes_node1_status.json"));
        QString error;
        const auto status = ProxmoxParser::hostStatus(statusJson, &error);
        QVERIFY2(status, qPrintable(error));
        const QJsonObject expected = payload(statusJson).toObject();
        const QJsonObject cpuinfo = expected.value(QStringLiteral("cpuinfo")).toObject();
        QCOMPARE(*status->cpus, cpuinfo.value(QStringLiteral("cpus")).toInt());
        QCOMPARE(status->cpuModel, cpuinfo.value(QStringLiteral("model")).toString());
        QCOMPARE(*status->memTotalBytes,
                 expected.value(QStringLiteral("memory")).toObject().value(QStringLiteral("total")).toDouble());
        QCOMPARE(*status->uptimeS, qint64(expected.value(QStringLiteral("uptime")).toDouble()));
        QCOMPARE(status->pveVersion, expected.value(QStringLiteral("pveversion")).toString());

        const QByteArray rrdJson =
            sharedFixture(QStringLiteral("go-proxmox_pve7x_mocks/nodes_node1_qemu_101_rrddata_timeframe_hour.json"));
        const auto points = ProxmoxParser::rrdData(rrdJson, &error);
        QVERIFY2(points, qPrintable(error));
        const QJsonArray rows = payload(rrdJson).toArray();
        QCOMPARE(points->size(), size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(points->at(size_t(i)).ts, qint64(rows[i].toObject().value(QStringLiteral("time")).toDouble()));
    }

    // pvesh prints the bare payload; the REST API wraps it in {"data": ...}. Both read the same.
    void hostStatusBareAndEnveloped()
    {
        const QByteArray bare = fixture("node_status_pvesh.json");
        for (const QByteArray &json : {bare, QByteArray("{\"data\":" + bare.trimmed() + "}")}) {
            QString error;
            const auto status = ProxmoxParser::hostStatus(json, &error);
            QVERIFY2(status, qPrintable(error));
            QCOMPARE(*status->cpus, 8);
            QCOMPARE(*status->cores, 4);
            QCOMPARE(*status->sockets, 1);
            QCOMPARE(status->cpuModel, QStringLiteral("Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz"));
            QCOMPARE(*status->cpuMhz, 800.0); // "800.000", a string
            QCOMPARE(*status->load1, 0.16);   // "0.16", a string in a list
            QCOMPARE(*status->memTotalBytes, 33537990656.0);
            QCOMPARE(*status->memUsedBytes, 1952485376.0);
            QCOMPARE(*status->cpuFraction, 0.0);
            QCOMPARE(*status->uptimeS, qint64(23433));
            QCOMPARE(status->pveVersion, QStringLiteral("pve-manager/8.4.14/b502d23c55afcba1"));
        }
    }

    void hostRrdData()
    {
        QString error;
        const auto points = ProxmoxParser::rrdData(fixture("pve9_node_rrddata.json"), &error);
        QVERIFY2(points, qPrintable(error));
        QCOMPARE(points->size(), size_t(12));
        QCOMPARE(points->front().ts, qint64(1785168420));
        QCOMPARE(points->back().ts, qint64(1785169080));
        for (size_t i = 1; i < points->size(); ++i)
            QCOMPARE((*points)[i].ts - (*points)[i - 1].ts, qint64(60)); // the hour timeframe's 60 s steps
        const ProxmoxRrdPoint &first = points->front();
        QCOMPARE(*first.cpuFraction, 0.185322399620351);
        QCOMPARE(*first.cpus, 4.0);
        QCOMPARE(*first.load1, 0.776666666666667);
        QCOMPARE(*first.ioWaitFraction, 0.000552583403434387);
        QCOMPARE(*first.memUsedBytes, 6724851029.33333);
        QCOMPARE(*first.memTotalBytes, 16535748608.0);
        QCOMPARE(*first.netInBytesPerS, 75773.9833333333);
        QVERIFY(first.hasMeasurement());
    }

    // A guest's rows: mem / maxmem instead of memused / memtotal, and rows of stopped periods without values.
    void guestRrdDataWithStoppedRows()
    {
        QString error;
        const auto points = ProxmoxParser::rrdData(fixture("pve9_qemu_rrddata.json"), &error);
        QVERIFY2(points, qPrintable(error));
        QCOMPARE(points->size(), size_t(12));
        QCOMPARE(*points->front().cpuFraction, 0.0070435117676127);
        QCOMPARE(*points->front().memUsedBytes, 2609766106.42524);
        QCOMPARE(*points->front().memTotalBytes, 8589934592.0);
        QVERIFY(!points->front().load1);
        int stopped = 0;
        for (const ProxmoxRrdPoint &p : *points) {
            if (!p.hasMeasurement()) {
                ++stopped;
                QVERIFY(!p.cpuFraction && !p.memUsedBytes);
                QCOMPARE(*p.cpus, 2.0);
            }
        }
        QCOMPARE(stopped, 2);
        QCOMPARE(points->back().ts, qint64(1785153600));
    }

    void apiErrorEnvelope()
    {
        QString error;
        QVERIFY(!ProxmoxParser::rrdData(R"({"data":null,"errors":{"timeframe":"value 'minute' does not have a )"
                                        R"(value in the enumeration 'hour, day, week, month, year'"}})",
                                        &error));
        QVERIFY2(error.contains(QLatin1StringView("timeframe")), qPrintable(error));
        QVERIFY(!ProxmoxParser::hostStatus(R"({"data":null})", &error));
        QVERIFY2(error.contains(QLatin1StringView("without data")), qPrintable(error));
    }

    void wrongShapesAndTypes_data()
    {
        QTest::addColumn<int>("kind"); // 0 resources, 1 status, 2 rrd
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("resources not a list") << 0 << QByteArray(R"({"data":{"type":"node"}})") << "list";
        QTest::newRow("vmid text") << 0 << QByteArray(R"([{"type":"qemu","vmid":"abc","node":"n"}])") << "vmid";
        QTest::newRow("no vmid") << 0 << QByteArray(R"([{"type":"qemu","node":"n"}])") << "vmid";
        QTest::newRow("guest without host") << 0 << QByteArray(R"([{"type":"lxc","vmid":101}])") << "node";
        QTest::newRow("no type") << 0 << QByteArray(R"([{"node":"n"}])") << "type";
        QTest::newRow("entry not an object") << 0 << QByteArray(R"([1])") << "object";
        QTest::newRow("maxcpu object") << 0 << QByteArray(R"([{"type":"node","node":"a","maxcpu":{}}])") << "maxcpu";
        QTest::newRow("node nameless") << 0 << QByteArray(R"([{"type":"node","status":"online"}])") << "node";
        QTest::newRow("status a list") << 1 << QByteArray(R"({"data":[1,2]})") << "object";
        QTest::newRow("memory a number") << 1 << QByteArray(R"({"memory":5})") << "memory";
        QTest::newRow("loadavg text") << 1 << QByteArray(R"({"loadavg":["high"]})") << "loadavg";
        QTest::newRow("rrd an object") << 2 << QByteArray(R"({"data":{}})") << "list";
        QTest::newRow("rrd no time") << 2 << QByteArray(R"([{"cpu":0.5}])") << "time";
        QTest::newRow("rrd time text") << 2 << QByteArray(R"([{"time":"noon"}])") << "time";
        QTest::newRow("rrd time fraction") << 2 << QByteArray(R"([{"time":1.5}])") << "time";
        QTest::newRow("rrd time past 9999") << 2 << QByteArray(R"([{"time":9000000000000}])") << "time";
        QTest::newRow("rrd cpu nan text") << 2 << QByteArray(R"([{"time":60,"cpu":"nan"}])") << "finite";
        QTest::newRow("rrd cpu inf text") << 2 << QByteArray(R"([{"time":60,"cpu":"-inf"}])") << "finite";
        QTest::newRow("rrd cpu 1e400 text") << 2 << QByteArray(R"([{"time":60,"cpu":"1e400"}])") << "cpu";
        QTest::newRow("maxcpu over int") << 0 << QByteArray(R"([{"type":"node","node":"a","maxcpu":3e9}])")
                                         << "out of range";
        QTest::newRow("uptime 1e300") << 1 << QByteArray(R"({"uptime":1e300})") << "uptime";
        QTest::newRow("rrd cpu bool") << 2 << QByteArray(R"([{"time":60,"cpu":true}])") << "cpu";
    }

    void wrongShapesAndTypes()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        bool parsed = true;
        if (kind == 0)
            parsed = ProxmoxParser::clusterResources(json, &error).has_value();
        else if (kind == 1)
            parsed = ProxmoxParser::hostStatus(json, &error).has_value();
        else
            parsed = ProxmoxParser::rrdData(json, &error).has_value();
        QVERIFY(!parsed);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    /// 100,000 nested arrays or objects: a clear error at once, bounded memory, for each kind of answer.
    void deepNestingFailsClearly()
    {
        const QByteArray open(100000, '['), close(100000, ']');
        const QList<QByteArray> answers = {open + close, QByteArray("{\"data\":") + open + close + "}",
                                           QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}')};
        for (const QByteArray &deep : answers) {
            QElapsedTimer clock;
            clock.start();
            QString error;
            QVERIFY(!ProxmoxParser::clusterResources(deep, &error));
            QVERIFY2(error.contains(QLatin1StringView("not valid JSON")), qPrintable(error));
            QVERIFY(!ProxmoxParser::hostStatus(deep, &error));
            QVERIFY(!ProxmoxParser::rrdData(deep, &error));
            QVERIFY(clock.elapsed() < 5000);
        }
    }

    // Every cut of a real answer before its closing bracket is an error, never a partial result.
    void truncatedAnswers()
    {
        for (const char *name :
             {"cluster_resources.json", "node_status_pvesh.json", "pve9_node_rrddata.json", "pve9_qemu_rrddata.json"}) {
            const QByteArray whole = fixture(name).trimmed();
            for (qsizetype length = 0; length < whole.size() - 1; length += 7) {
                const QByteArray cut = whole.left(length);
                QString error;
                const bool parsed = ProxmoxParser::clusterResources(cut, &error) ||
                                    ProxmoxParser::hostStatus(cut, &error) || ProxmoxParser::rrdData(cut, &error);
                QVERIFY2(!parsed, qPrintable(QStringLiteral("%1 cut at %2").arg(QLatin1StringView(name)).arg(length)));
                QVERIFY(!error.isEmpty());
            }
        }
    }

    void randomBytes()
    {
        QRandomGenerator random(20240521);
        for (int round = 0; round < 500; ++round) {
            QByteArray bytes(16 + int(random.bounded(2000)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            if (round % 3 == 0)
                bytes.prepend("{\"data\":["); // garbage after a valid start
            QString e1, e2, e3;
            QVERIFY(!ProxmoxParser::clusterResources(bytes, &e1));
            QVERIFY(!ProxmoxParser::hostStatus(bytes, &e2));
            QVERIFY(!ProxmoxParser::rrdData(bytes, &e3));
            QVERIFY(!e1.isEmpty() && !e2.isEmpty() && !e3.isEmpty());
        }
        QString error;
        QVERIFY(!ProxmoxParser::rrdData(QByteArray(), &error));
        QVERIFY2(error.contains(QLatin1StringView("empty")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProxmoxParser)
#include "TestProxmoxParser.moc"
