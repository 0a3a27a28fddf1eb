// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "ProxmoxCertificatePins.h"
#include "ProxmoxCollector.h"
#include "ProxmoxRestClient.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <atomic>

using namespace es;

namespace {

const QString kTokenId = QStringLiteral("monitor@pve!energy-studio");
const QString kTokenSecret = QStringLiteral("4b3c3a0e-58e1-4b1f-9d2c-0d6c7e1a2f33"); // generated for this test

QByteArray fixture(const QString &name)
{
    QFile file(test::dataFile(QStringLiteral("proxmox/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/// A self-signed certificate made with openssl for this run, and its SHA-256 fingerprint as openssl prints it.
struct TestCertificate
{
    QString certPath;
    QString keyPath;
    QString sha256;
};

bool makeCertificate(const QString &dir, const QString &name, TestCertificate *out, QString *error)
{
    out->certPath = dir + u'/' + name + QStringLiteral(".crt");
    out->keyPath = dir + u'/' + name + QStringLiteral(".key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), out->keyPath,
                   QStringLiteral("-out"), out->certPath, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/OU=PVE Cluster Node/O=Proxmox Virtual Environment/CN=") + name,
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-in"), out->certPath, QStringLiteral("-noout"),
                   QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    out->sha256 = QString::fromUtf8(openssl.readAllStandardOutput()).trimmed().section(u'=', 1).toUpper();
    return out->sha256.size() == 95;
}

/// A loopback HTTPS server answering like a Proxmox VE API with the real captured answers in tests/data/proxmox:
/// every host gets the same captured status and node rrddata, every qemu guest the same captured VM rrddata. It
/// answers 401 unless the Authorization header carries the test's API token, and records what it was asked.
class FixtureApiServer final : public QObject
{
public:
    QStringList requests;                 ///< "path?query" of each request, in order
    QList<QByteArray> authorizationsSeen; ///< the Authorization header of each request
    /// Answers taken from other files (absolute paths) instead of the captures in tests/data/proxmox:
    /// "resources", "host-status", "guest-rrd". Empty: ours.
    QHash<QString, QString> answerFiles;

    bool start(const TestCertificate &certificate, quint16 port, QString *error)
    {
        QFile certFile(certificate.certPath), keyFile(certificate.keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the test certificate");
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        m_server = std::make_unique<QSslServer>();
        m_server->setSslConfiguration(config);
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        if (!m_server->listen(QHostAddress::LocalHost, port)) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }
    void stop() { m_server.reset(); }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray authorization;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
            authorizationsSeen << authorization;
            const QUrl url(QString::fromLatin1(requestLine.value(1)));
            requests << url.path() + u'?' + url.query();
            const auto [status, body] = answer(requestLine.value(0), url, authorization);
            QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: application/json;charset=UTF-8\r\n" +
                                  "Content-Length: " + QByteArray::number(body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    std::pair<QByteArray, QByteArray> answer(const QByteArray &method, const QUrl &url,
                                             const QByteArray &authorization) const
    {
        if (authorization != "PVEAPIToken=" + kTokenId.toUtf8() + '=' + kTokenSecret.toUtf8())
            return {"401 invalid token value!", "{\"data\":null}"};
        const QString path = url.path();
        static const QRegularExpression hostStatus(QStringLiteral("^/api2/json/nodes/[^/]+/status$"));
        static const QRegularExpression hostRrd(QStringLiteral("^/api2/json/nodes/[^/]+/rrddata$"));
        static const QRegularExpression guestRrd(QStringLiteral("^/api2/json/nodes/[^/]+/qemu/[0-9]+/rrddata$"));
        const QUrlQuery query(url);
        if (method != "GET")
            return {"501 Method not implemented", "{\"data\":null}"};
        if (path == u"/api2/json/cluster/resources")
            return {"200 OK", answerFile(QStringLiteral("resources"), QStringLiteral("cluster_resources.json"))};
        if (hostStatus.match(path).hasMatch()) { // our capture is pvesh's bare payload: the API wraps it
            if (answerFiles.contains(QStringLiteral("host-status")))
                return {"200 OK", answerFile(QStringLiteral("host-status"), QString())};
            return {"200 OK", "{\"data\":" + fixture(QStringLiteral("node_status_pvesh.json")).trimmed() + '}'};
        }
        if (guestRrd.match(path).hasMatch() && answerFiles.contains(QStringLiteral("guest-rrd")))
            return {"200 OK", answerFile(QStringLiteral("guest-rrd"), QString())};
        if (hostRrd.match(path).hasMatch() || guestRrd.match(path).hasMatch()) {
            if (!query.hasQueryItem(QStringLiteral("timeframe")))
                return {"400 Parameter verification failed.",
                        "{\"data\":null,\"errors\":{\"timeframe\":\"property is missing and it is not optional\"}}"};
            return {"200 OK", fixture(hostRrd.match(path).hasMatch() ? QStringLiteral("pve9_node_rrddata.json")
                                                                     : QStringLiteral("pve9_qemu_rrddata.json"))};
        }
        return {"501 Method 'GET " + path.toUtf8() + "' not implemented", "{\"data\":null}"};
    }

    QByteArray answerFile(const QString &kind, const QString &ours) const
    {
        if (!answerFiles.contains(kind))
            return fixture(ours);
        QFile file(answerFiles.value(kind));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    std::unique_ptr<QSslServer> m_server;
};

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

/// The REST path of the Proxmox collector against a loopback HTTPS server started here, with certificates made by
/// openssl for the run, serving real captured Proxmox VE answers. On SQLite and PostgreSQL.
class TestProxmoxRest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestCertificate m_certA, m_certB;
    FixtureApiServer m_server;
    quint16 m_port = 0;
    QString m_location;

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }

    bool harvest(Store &store, ProxmoxRestClient &client, ProxmoxHarvestSummary *summary, QString *error)
    {
        ProxmoxCollector collector(store, client);
        return collector.harvest(QStringLiteral("lab"), ProxmoxHarvestOptions{}, summary, error);
    }

    static auto failingPrompt()
    {
        return [](const QString &, const QString &, const QString &) {
            qWarning("unexpected certificate prompt");
            return false;
        };
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void initTestCase()
    {
        QString error;
        QVERIFY2(makeCertificate(m_dir.path(), QStringLiteral("pve-a"), &m_certA, &error), qPrintable(error));
        QVERIFY2(makeCertificate(m_dir.path(), QStringLiteral("pve-b"), &m_certB, &error), qPrintable(error));
        QVERIFY(m_certA.sha256 != m_certB.sha256);
        QVERIFY2(m_server.start(m_certA, 0, &error), qPrintable(error));
        m_port = m_server.port();
    }

    void init()
    {
        m_location = test::freshStoreLocation(m_dir);
        if (m_location.isEmpty())
            return;
        m_server.requests.clear();
        m_server.authorizationsSeen.clear();
    }

    // First contact: the unknown certificate goes to the prompt with the fingerprint openssl computes; accepted, it
    // is pinned, and the next client uses the pin without asking. Then the data, and a second harvest writes nothing.
    void unknownCertificatePromptedThenPinned()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        ProxmoxRestClient client(url(), kTokenId, kTokenSecret);
        int prompts = 0;
        QString shown;
        client.setCertificatePrompt([&](const QString &endpoint, const QString &fingerprint, const QString &subject) {
            ++prompts;
            shown = fingerprint;
            return endpoint == QStringLiteral("127.0.0.1:%1").arg(m_port) && subject.contains(u"pve-a");
        });
        ProxmoxHarvestSummary summary;
        QVERIFY2(harvest(store, client, &summary, &error), qPrintable(error));
        QCOMPARE(prompts, 1); // the QNetworkAccessManager keeps the accepted connection: one question
        QCOMPARE(shown, m_certA.sha256);
        QVERIFY(client.acceptedNewCertificate());
        QCOMPARE(client.pinnedFingerprint(), m_certA.sha256);
        QVERIFY2(ProxmoxCertificatePins::pin(store, client.endpoint(), client.pinnedFingerprint(),
                                             QStringLiteral("pve-a"), 1700000000, &error),
                 qPrintable(error));

        // What the server saw: the token header on every request, the rrddata window.
        QCOMPARE(m_server.requests.size(), 1 + 4 * 2 + 3); // resources, 4 hosts x (status, rrddata), 3 VMs
        for (const QByteArray &authorization : std::as_const(m_server.authorizationsSeen))
            QCOMPARE(authorization, "PVEAPIToken=" + kTokenId.toUtf8() + '=' + kTokenSecret.toUtf8());
        QVERIFY(m_server.requests.contains(QStringLiteral("/api2/json/nodes/node2/rrddata?timeframe=hour&cf=AVERAGE")));
        QVERIFY(m_server.requests.contains(
            QStringLiteral("/api2/json/nodes/node2/qemu/100/rrddata?timeframe=hour&cf=AVERAGE")));
        QVERIFY(!m_server.requests.join(u' ').contains(u"/qemu/101/")); // a template

        // 4 online hosts x 12 rows; 3 VMs (server1, machine-test, "VM 200") x 10 rows with values (2 stopped rows).
        QCOMPARE(summary.hosts, 4);
        QCOMPARE(summary.guests, 3);
        QCOMPARE(summary.mapped, 3);
        QCOMPARE(summary.hostPoints, qint64(48));
        QCOMPARE(summary.guestPoints, qint64(30));
        QCOMPARE(summary.written.samplesWritten, qint64(78));
        QCOMPARE(summary.written.nodesCreated, qint64(3)); // the VM nodes; hosts were inserted with their inventory
        QCOMPARE(summary.mappingsWritten, qint64(3));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM node_samples WHERE source = 'proxmox'")), 78);

        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT s.cpu_util_pct, s.load1, s.mem_used_mb FROM node_samples s JOIN nodes n ON n.id = s.node_id "
            "WHERE n.name = 'node2' AND s.ts = 1785168420")));
        QVERIFY(q.next());
        QVERIFY(qFuzzyCompare(q.value(0).toDouble(), 18.5322399620351));
        QVERIFY(qFuzzyCompare(q.value(1).toDouble(), 0.776666666666667));
        QVERIFY(qFuzzyCompare(q.value(2).toDouble(), 6724851029.33333 / 1048576.0));
        QVERIFY(q.exec(QStringLiteral("SELECT cpus, real_mem_mb, state FROM nodes WHERE name = 'node2'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8); // cpuinfo.cpus of the captured status
        QVERIFY(qFuzzyCompare(q.value(1).toDouble(), 33537990656.0 / 1048576.0));
        QCOMPARE(q.value(2).toString(), QStringLiteral("proxmox-host:online"));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), min(s.ts), max(s.cpu_util_pct) FROM node_samples s JOIN nodes n ON n.id = s.node_id "
            "WHERE n.name = 'server1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        QCOMPARE(q.value(1).toLongLong(), qint64(1768327200));
        QVERIFY(qFuzzyCompare(q.value(2).toDouble(), 0.817986574809649));
        QVERIFY(q.exec(QStringLiteral("SELECT node, host_node, vmid, vm_cpus, host_cpus, mapped_by FROM "
                                      "node_host_map WHERE vm_name = 'server1'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("server1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("node2"));
        QCOMPARE(q.value(2).toInt(), 100);
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toInt(), 8);
        QCOMPARE(q.value(5).toString(), QStringLiteral("name"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT watermark_ts FROM harvest_state WHERE source = 'proxmox'")),
                 qint64(1785169080));

        // A new client with the stored pin: no question, and nothing new to write.
        const auto pin = ProxmoxCertificatePins::pinned(store, client.endpoint(), &error);
        QVERIFY2(pin, qPrintable(error));
        ProxmoxRestClient again(url(), kTokenId, kTokenSecret);
        again.setPinnedFingerprint(*pin);
        int asked = 0;
        again.setCertificatePrompt([&](const QString &, const QString &, const QString &) { return ++asked < 0; });
        QVERIFY2(harvest(store, again, &summary, &error), qPrintable(error));
        QCOMPARE(asked, 0);
        QVERIFY(!again.acceptedNewCertificate());
        QCOMPARE(summary.written.samplesWritten, qint64(0));
        QCOMPARE(summary.written.nodesCreated, qint64(0));
        QCOMPARE(summary.mappingsWritten, qint64(0));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM node_samples")), 78);
    }

    // Other projects' captured answers (../shared/data/proxmox): DataDog's /cluster/resources of a PVE 8.4.1 host
    // (a pool, an SDN zone, a storage, one running VM and two stopped containers), go-proxmox's PVE 7.4 host status
    // and a VM rrddata of only maxima (a stopped VM's rows). Harvested, with the values of those files.
    void otherProjectsAnswers()
    {
        const QString shared = QStringLiteral(ES_SHARED_DATA_DIR "/proxmox/");
        m_server.answerFiles = {
            {QStringLiteral("resources"), shared + QStringLiteral("datadog_integrations-core/cluster_resources.json")},
            {QStringLiteral("host-status"), shared + QStringLiteral("go-proxmox_pve7x_mocks/nodes_node1_status.json")},
            {QStringLiteral("guest-rrd"),
             shared + QStringLiteral("go-proxmox_pve7x_mocks/nodes_node1_qemu_101_rrddata_timeframe_hour.json")}};
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        ProxmoxRestClient client(url(), kTokenId, kTokenSecret);
        client.setPinnedFingerprint(m_certA.sha256);
        client.setCertificatePrompt(failingPrompt());
        ProxmoxHarvestSummary summary;
        const bool ok = harvest(store, client, &summary, &error);
        m_server.answerFiles.clear();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(summary.hosts, 1);               // ip-122-82-3-112; the pool, SDN and storage entries skipped
        QCOMPARE(summary.hostPoints, qint64(12)); // our node rrddata
        QCOMPARE(summary.guestPoints, qint64(0)); // rows of maxima only: nothing measured, nothing stored
        QVERIFY(m_server.requests.contains(QStringLiteral("/api2/json/nodes/ip-122-82-3-112/status?")));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT cpus, real_mem_mb FROM nodes WHERE name = 'ip-122-82-3-112'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 8); // cpuinfo.cpus of go-proxmox's status answer
        QVERIFY(qFuzzyCompare(q.value(1).toDouble(), 65919459328.0 / 1048576.0)); // its memory.total
    }

    void unknownCertificateRefused()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        ProxmoxRestClient client(url(), kTokenId, kTokenSecret);
        int prompts = 0;
        client.setCertificatePrompt([&](const QString &, const QString &, const QString &) {
            ++prompts;
            return false;
        });
        ProxmoxHarvestSummary summary;
        QVERIFY(!harvest(store, client, &summary, &error));
        QCOMPARE(prompts, 1);
        QVERIFY2(error.contains(m_certA.sha256) && error.contains(u"not pinned"), qPrintable(error));
        QVERIFY(client.pinnedFingerprint().isEmpty());
        QVERIFY(m_server.requests.isEmpty()); // nothing was sent, the token least of all
        QVERIFY(!store.clusterId(QStringLiteral("lab")));
    }

    // The host now presents another certificate (same address and port): refused, both fingerprints named, and
    // the prompt is not consulted: only unpinning lets a new certificate in.
    void changedCertificateRefused()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        m_server.stop();
        QVERIFY2(m_server.start(m_certB, m_port, &error), qPrintable(error));
        ProxmoxRestClient client(url(), kTokenId, kTokenSecret);
        client.setPinnedFingerprint(m_certA.sha256.toLower().remove(u':')); // a pin in either spelling
        client.setCertificatePrompt(failingPrompt());
        ProxmoxHarvestSummary summary;
        const bool ok = harvest(store, client, &summary, &error);
        m_server.stop();
        QString restartError;
        QVERIFY2(m_server.start(m_certA, m_port, &restartError), qPrintable(restartError));
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"changed") && error.contains(m_certA.sha256) && error.contains(m_certB.sha256),
                 qPrintable(error));
        QVERIFY(m_server.requests.isEmpty());
        QVERIFY(!store.clusterId(QStringLiteral("lab")));
    }

    void wrongTokenRefused()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        const QString wrongSecret = QStringLiteral("00000000-1111-2222-3333-444444444444");
        ProxmoxRestClient client(url(), kTokenId, wrongSecret);
        client.setPinnedFingerprint(m_certA.sha256);
        client.setCertificatePrompt(failingPrompt());
        ProxmoxHarvestSummary summary;
        QVERIFY(!harvest(store, client, &summary, &error));
        QVERIFY2(error.contains(u"401") && error.contains(u"token"), qPrintable(error));
        QVERIFY(!error.contains(wrongSecret) && !error.contains(kTokenSecret));
        QCOMPARE(m_server.requests.size(), 1);
        QVERIFY(!store.clusterId(QStringLiteral("lab")));
    }

    // The client and the collector in a worker thread with its own Store, as the GUI runs them.
    void harvestInAWorkerThread()
    {
        std::atomic_bool done{false};
        bool ok = false;
        QString error;
        qint64 written = -1;
        const QString location = m_location;
        const QUrl base = url();
        const QString pin = m_certA.sha256;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Store store;
            if (store.open(location, &error)) {
                ProxmoxRestClient client(base, kTokenId, kTokenSecret);
                client.setPinnedFingerprint(pin);
                ProxmoxCollector collector(store, client);
                ProxmoxHarvestSummary summary;
                ok = collector.harvest(QStringLiteral("lab"), ProxmoxHarvestOptions{}, &summary, &error);
                written = summary.written.samplesWritten;
            }
            done = true;
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 60000); // the main thread's event loop serves the requests meanwhile
        worker->wait();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(written, qint64(78));
    }

    // The command line: the secret from the environment, --accept-new-cert pins, a pinned certificate needs no
    // option, a hand-made map moves a VM's samples to another node name.
    void commandLine()
    {
        auto entry = [](const QJsonArray &map, const QString &node) {
            for (const QJsonValue &v : map)
                if (v.toObject().value(QStringLiteral("node")).toString() == node)
                    return v.toObject();
            return QJsonObject();
        };
        qputenv("ES_TEST_PVE_TOKEN_SECRET", kTokenSecret.toUtf8());
        auto run = [](const QStringList &args, QByteArray *out, QByteArray *err) {
            const test::CliRun result = test::runCli(args);
            *out = result.out;
            *err = result.err;
            return result.exitCode;
        };
        const QStringList harvestArgs{QStringLiteral("--db"),
                                      m_location,
                                      QStringLiteral("--json"),
                                      QStringLiteral("proxmox"),
                                      QStringLiteral("harvest"),
                                      QStringLiteral("--cluster"),
                                      QStringLiteral("lab"),
                                      QStringLiteral("--url"),
                                      url().toString(),
                                      QStringLiteral("--token-id"),
                                      kTokenId,
                                      QStringLiteral("--token-secret-env"),
                                      QStringLiteral("ES_TEST_PVE_TOKEN_SECRET")};
        QByteArray out, err;
        QCOMPARE(run(harvestArgs, &out, &err), 1);
        QVERIFY2(err.contains(m_certA.sha256.toUtf8()) && err.contains("--accept-new-cert"), err.constData());
        QCOMPARE(run(harvestArgs + QStringList{QStringLiteral("--accept-new-cert")}, &out, &err), 0);
        QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("certificate_pinned")).toString(), m_certA.sha256);
        QCOMPARE(result.value(QStringLiteral("samples_written")).toInt(), 78);
        QVERIFY(!out.contains(kTokenSecret.toUtf8()) && !err.contains(kTokenSecret.toUtf8()));
        QCOMPARE(run(harvestArgs, &out, &err), 0);
        result = QJsonDocument::fromJson(out).object();
        QVERIFY(result.value(QStringLiteral("certificate_pinned")).isNull());
        QCOMPARE(result.value(QStringLiteral("samples_written")).toInt(), 0);

        const QStringList mapArgs{QStringLiteral("--db"),   m_location,
                                  QStringLiteral("--json"), QStringLiteral("proxmox"),
                                  QStringLiteral("map"),    QStringLiteral("--cluster"),
                                  QStringLiteral("lab")};
        QCOMPARE(run(mapArgs + QStringList{QStringLiteral("c042=server1")}, &out, &err), 0);
        QJsonArray map = QJsonDocument::fromJson(out).object().value(QStringLiteral("map")).toArray();
        QCOMPARE(map.size(), 3);
        QCOMPARE(entry(map, QStringLiteral("c042")).value(QStringLiteral("vm")).toString(), QStringLiteral("server1"));
        QCOMPARE(entry(map, QStringLiteral("c042")).value(QStringLiteral("mapped_by")).toString(),
                 QStringLiteral("user"));
        QVERIFY(entry(map, QStringLiteral("server1")).isEmpty()); // the by-name row gave way
        QCOMPARE(run(harvestArgs, &out, &err), 0);
        result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("samples_written")).toInt(), 10); // server1's rows, now as node c042
        QCOMPARE(run(mapArgs, &out, &err), 0);
        map = QJsonDocument::fromJson(out).object().value(QStringLiteral("map")).toArray();
        QCOMPARE(entry(map, QStringLiteral("c042")).value(QStringLiteral("host")).toString(), QStringLiteral("node2"));
        QCOMPARE(entry(map, QStringLiteral("c042")).value(QStringLiteral("vmid")).toInt(), 100);

        // Usage errors: no source, plain http, a missing secret.
        QCOMPARE(run({QStringLiteral("proxmox"), QStringLiteral("harvest"), QStringLiteral("--cluster"),
                      QStringLiteral("lab")},
                     &out, &err),
                 2);
        QCOMPARE(run({QStringLiteral("proxmox"), QStringLiteral("harvest"), QStringLiteral("--cluster"),
                      QStringLiteral("lab"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8006"),
                      QStringLiteral("--token-id"), kTokenId},
                     &out, &err),
                 2);
        QCOMPARE(run({QStringLiteral("proxmox"), QStringLiteral("harvest"), QStringLiteral("--cluster"),
                      QStringLiteral("lab"), QStringLiteral("--url"), url().toString(), QStringLiteral("--token-id"),
                      kTokenId, QStringLiteral("--token-secret-env"), QStringLiteral("ES_TEST_UNSET_VARIABLE")},
                     &out, &err),
                 2);
        QVERIFY(err.contains("ES_TEST_UNSET_VARIABLE"));
        qunsetenv("ES_TEST_PVE_TOKEN_SECRET");
    }

    // The installed program with the secret on standard input (the way a script passes it from a vault), the
    // certificate pinned by the store: the command line and the environment hold no secret.
    void secretOnStandardInput()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        QVERIFY2(ProxmoxCertificatePins::pin(store, QStringLiteral("127.0.0.1:%1").arg(m_port), m_certA.sha256,
                                             QStringLiteral("pve-a"), 1700000000, &error),
                 qPrintable(error));
        store.close();
        QProcess cli;
        cli.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        cli.start(QStringLiteral(ES_CLI_PROGRAM),
                  {QStringLiteral("--db"), m_location, QStringLiteral("--json"), QStringLiteral("proxmox"),
                   QStringLiteral("harvest"), QStringLiteral("--cluster"), QStringLiteral("lab"),
                   QStringLiteral("--url"), url().toString(), QStringLiteral("--token-id"), kTokenId,
                   QStringLiteral("--token-secret-stdin")});
        QVERIFY(cli.waitForStarted());
        cli.write(kTokenSecret.toUtf8() + '\n');
        cli.closeWriteChannel();
        // The server answers from this thread's event loop: wait without blocking it.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("samples_written")).toInt(), 78);
        QVERIFY(result.value(QStringLiteral("certificate_pinned")).isNull());
        QVERIFY(!out.contains(kTokenSecret.toUtf8()) && !err.contains(kTokenSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestProxmoxRest)
#include "TestProxmoxRest.moc"
