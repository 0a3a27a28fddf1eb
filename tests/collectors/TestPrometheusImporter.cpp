// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "PrometheusClient.h"
#include "PrometheusImporter.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace es;

/// The importer against the lab's real Prometheus 2.42 scraping a real node_exporter as node1, node2, node3 and
/// node4:9100 every second (tests/lab/prometheus.sh: the four "nodes" are this one machine), into SQLite and
/// PostgreSQL (global data rows).
class TestPrometheusImporter : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Store> m_store;

    QUrl labUrl() const { return QUrl(m_lab.value(QStringLiteral("LAB_PROMETHEUS_URL"))); }
    qint64 labStartedTs() const { return m_lab.value(QStringLiteral("LAB_PROMETHEUS_STARTED_TS")).toLongLong(); }

    PrometheusImportOptions windowOptions(qint64 stepS = 1) const
    {
        PrometheusImportOptions options;
        options.cluster = QStringLiteral("lab");
        options.stepS = stepS;
        // From the first step after every target's first scrape (the lab is ready once each was scraped).
        options.sinceTs = (labStartedTs() + stepS) / stepS * stepS;
        options.untilTs = (QDateTime::currentSecsSinceEpoch() - 1) / stepS * stepS;
        return options;
    }

    bool import(const PrometheusImportOptions &options, PrometheusImportSummary *summary, QString *error,
                const QUrl &url = {}, int timeoutMs = 10000)
    {
        PrometheusEndpoint endpoint;
        endpoint.baseUrl = url.isEmpty() ? labUrl() : url;
        endpoint.timeoutMs = timeoutMs;
        PrometheusClient client(endpoint);
        PrometheusImporter importer(*m_store, client);
        return importer.import(options, summary, error);
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    void expectNothingStored()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM harvest_state")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nodes")), qint64(0));
    }

    /// The metric names node_exporter itself exposes on this machine, read from its /metrics page.
    QSet<QString> exporterMetricNames()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(
            QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_lab.value(QStringLiteral("LAB_NODE_EXPORTER_PORT")))));
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QSet<QString> names;
        for (const QByteArray &line : reply->readAll().split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                names.insert(QString::fromUtf8(line.left(line.indexOf(line.contains('{') ? '{' : ' '))));
        }
        return names;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_PROMETHEUS_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Prometheus lab for this run (run through ctest)");
        // A few seconds of history (scrapes every second) before the first window.
        while (QDateTime::currentSecsSinceEpoch() < labStartedTs() + 16)
            QThread::msleep(200);
    }
    void init() { m_store = test::openFreshStore(m_dir, &m_location); }
    void cleanup() { m_store.reset(); }

    void importsEveryNodeAndTwiceWritesNothing()
    {
        const PrometheusImportOptions options = windowOptions();
        PrometheusImportSummary summary;
        QString error;
        QVERIFY2(import(options, &summary, &error), qPrintable(error));
        QCOMPARE(summary.nodes, (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3"),
                                             QStringLiteral("node4")}));
        QCOMPARE(summary.nodesCreated, qint64(4));
        QCOMPARE(summary.queries, 6);
        const qint64 points = *options.untilTs - *options.sinceTs + 1;
        QVERIFY2(summary.samplesSeen >= 4 * (points - 2) && summary.samplesSeen <= 4 * points,
                 qPrintable(QStringLiteral("%1 samples for %2 points").arg(summary.samplesSeen).arg(points)));
        QCOMPARE(summary.samplesWritten, summary.samplesSeen);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE source = 'prometheus'")),
                 summary.samplesSeen);

        // Every metric is there: the lab's second exporter reads SIMULATED hwmon, cpufreq and RAPL files.
        QCOMPARE(summary.absentMetrics, QStringList());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE load1 IS NULL OR mem_used_mb IS NULL")),
                 qint64(0));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE cpu_util_pct BETWEEN 0 AND 100")) >=
                summary.samplesSeen - 8);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE mem_used_mb > 10")) ==
                summary.samplesSeen);

        // A stored value is what Prometheus answers for that instance and time.
        PrometheusEndpoint endpoint;
        endpoint.baseUrl = labUrl();
        PrometheusClient client(endpoint);
        const qint64 ts = *options.untilTs - 2;
        const auto direct =
            client.queryRange(QStringLiteral("node_load1{instance=\"node4:9100\"} + 0"), ts, ts, 1, &error);
        QVERIFY2(direct && direct->series.size() == 1, qPrintable(error));
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT s.load1 FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                 "WHERE n.name = ? AND s.ts = ?"));
        q.addBindValue(QStringLiteral("node4"));
        q.addBindValue(ts);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toDouble(), direct->series[0].points[0].value);
        q.finish();

        // The same window again: nothing new, nothing rewritten.
        PrometheusImportSummary again;
        QVERIFY2(import(options, &again, &error), qPrintable(error));
        QCOMPARE(again.samplesSeen, summary.samplesSeen);
        QCOMPARE(again.samplesWritten, qint64(0));
        QCOMPARE(again.nodesCreated, qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), summary.samplesSeen);
        QCOMPARE(count(QStringLiteral("SELECT watermark_ts FROM harvest_state WHERE source = 'prometheus'")),
                 *options.untilTs);
    }

    /// Only the exporter of this machine (job "node"): no hwmon, cpufreq or RAPL on this VM, so those series are
    /// missing, named once, and their columns stay empty.
    void missingSeriesAreNamedAndLeftEmpty()
    {
        PrometheusImportOptions options = windowOptions();
        options.selector = QStringLiteral("job=\"node\"");
        PrometheusImportSummary summary;
        QString error;
        QVERIFY2(import(options, &summary, &error), qPrintable(error));
        const QSet<QString> exposed = exporterMetricNames();
        QVERIFY(exposed.contains(QStringLiteral("node_load1")));
        QStringList expectedAbsent;
        for (const char *name :
             {"node_hwmon_temp_celsius", "node_cpu_scaling_frequency_hertz", "node_rapl_package_joules_total"}) {
            if (!exposed.contains(QString::fromLatin1(name)))
                expectedAbsent << QString::fromLatin1(name);
        }
        QCOMPARE(summary.absentMetrics, expectedAbsent);
        QCOMPARE(summary.nodes.size(), 4);
        QVERIFY(summary.samplesWritten > 0);
        if (expectedAbsent.size() == 3) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE temp_c IS NOT NULL OR "
                                          "freq_mhz IS NOT NULL OR power_w IS NOT NULL OR energy_j IS NOT NULL")),
                     qint64(0));
        }
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM harvest_state WHERE last_result LIKE '%absent: %'")) == 1);
    }

    /// The SIMULATED sensors of the lab (tests/lab/prometheus.sh) through a real node_exporter and Prometheus:
    /// hottest sensor, mean frequency, and RAPL energy from two package counters (one wraps every 100 s).
    void simulatedSensorsGiveTemperatureFrequencyAndPower()
    {
        PrometheusImportOptions options = windowOptions(5);
        PrometheusImportSummary summary;
        QString error;
        QVERIFY2(import(options, &summary, &error), qPrintable(error));
        const double tempMaxC = m_lab.value(QStringLiteral("LAB_SIM_TEMP_MAX_C")).toDouble();
        const double freqAvgMhz = m_lab.value(QStringLiteral("LAB_SIM_FREQ_AVG_MHZ")).toDouble();
        const double powerW = m_lab.value(QStringLiteral("LAB_SIM_RAPL_POWER_W")).toDouble();
        QVERIFY(tempMaxC > 0 && freqAvgMhz > 0 && powerW > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE temp_c = %1").arg(tempMaxC)),
                 summary.samplesSeen);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE freq_mhz = %1").arg(freqAvgMhz)),
                 summary.samplesSeen);
        // Energy is the interval's, power its mean; a wrap of the second counter loses its joules before the wrap.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT power_w, energy_j FROM node_samples WHERE power_w IS NOT NULL")));
        QList<double> powers;
        while (q.next()) {
            const double p = q.value(0).toDouble();
            QCOMPARE(q.value(1).toDouble(), p * 5);
            QVERIFY2(p >= 0 && p <= 2 * powerW, qPrintable(QString::number(p)));
            powers << p;
        }
        QVERIFY2(powers.size() >= summary.samplesSeen - 8, qPrintable(QString::number(powers.size())));
        std::sort(powers.begin(), powers.end());
        const double median = powers[powers.size() / 2];
        QVERIFY2(median >= 0.7 * powerW && median <= 1.3 * powerW, qPrintable(QString::number(median)));

        // A chosen chip and sensor instead of the hottest.
        options.tempChip = QStringLiteral("nvme");
        options.tempSensor = QStringLiteral("temp1");
        QVERIFY2(import(options, &summary, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE temp_c = 38")), summary.samplesSeen);
    }

    void incrementalRunsStartAfterTheWatermark()
    {
        // Two-second steps: every interval holds a new scrape (every second), so every utilisation is known.
        PrometheusImportOptions options = windowOptions(2);
        options.untilTs = *options.untilTs - 6;
        PrometheusImportSummary first;
        QString error;
        QVERIFY2(import(options, &first, &error), qPrintable(error));
        const qint64 rows = count(QStringLiteral("SELECT count(*) FROM node_samples"));

        PrometheusImportOptions next;
        next.cluster = options.cluster;
        next.stepS = 2;
        next.untilTs = *options.untilTs + 6;
        PrometheusImportSummary second;
        QVERIFY2(import(next, &second, &error), qPrintable(error));
        QCOMPARE(second.fromTs, first.toTs + 2);
        QCOMPARE(second.toTs, *next.untilTs);
        QCOMPARE(second.samplesWritten, qint64(4 * 3));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), rows + 4 * 3);
        // The second run's first interval has its utilisation: from the point before it, the first run's last.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE cpu_util_pct IS NOT NULL AND ts = %1")
                           .arg(second.fromTs)),
                 qint64(4));

        PrometheusImportSummary third;
        QVERIFY2(import(next, &third, &error), qPrintable(error));
        QCOMPARE(third.queries, 0); // nothing after the watermark
        QCOMPARE(third.samplesWritten, qint64(0));
    }

    /// Small chunks (4 points per series and query) give the same rows as one query per metric.
    void chunkedWindowsGiveTheSameSamples()
    {
        PrometheusImportOptions options = windowOptions();
        options.maxPointsPerSeries = 4;
        PrometheusImportSummary chunked;
        QString error;
        QVERIFY2(import(options, &chunked, &error), qPrintable(error));
        const qint64 points = *options.untilTs - *options.sinceTs + 1;
        QCOMPARE(chunked.queries, int(6 * ((points + 2) / 3)));

        options.maxPointsPerSeries = 10000;
        PrometheusImportSummary whole;
        QVERIFY2(import(options, &whole, &error), qPrintable(error));
        QCOMPARE(whole.queries, 6);
        QCOMPARE(whole.samplesSeen, chunked.samplesSeen);
        QCOMPARE(whole.samplesWritten, qint64(0)); // identical values, the chunk boundaries' counters included
    }

    void aStepOfFifteenSecondsKeepsTheGrid()
    {
        PrometheusImportOptions options = windowOptions(15);
        options.sinceTs = labStartedTs() - 60;
        PrometheusImportSummary summary;
        QString error;
        QVERIFY2(import(options, &summary, &error), qPrintable(error));
        QCOMPARE(summary.fromTs % 15, qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples WHERE ts % 15 <> 0")), qint64(0));
    }

    void worksFromAWorkerThread()
    {
        const PrometheusImportOptions options = windowOptions();
        bool ok = false;
        QString error;
        PrometheusImportSummary summary;
        const QString location = m_location;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Store store; // the worker's own connection
            if (!store.open(location, &error))
                return;
            PrometheusEndpoint endpoint;
            endpoint.baseUrl = labUrl();
            PrometheusClient client(endpoint);
            PrometheusImporter importer(store, client);
            ok = importer.import(options, &summary, &error);
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(summary.nodes.size(), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM node_samples")), summary.samplesSeen);
    }

    void aPrometheusThatIsDownWritesNothing()
    {
        QTcpServer probe; // a port nobody listens on once closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        PrometheusImportSummary summary;
        QString error;
        QVERIFY(!import(windowOptions(), &summary, &error, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QVERIFY2(error.contains(QStringLiteral("cannot reach Prometheus at http://127.0.0.1:%1").arg(port)),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
        expectNothingStored();
    }

    void aWrongPathIsNamedAndNoSecretShows()
    {
        QUrl url = labUrl();
        url.setPath(QStringLiteral("/wrong"));
        url.setUserName(QStringLiteral("reader"));
        url.setPassword(QStringLiteral("s3cret-pass"));
        PrometheusImportSummary summary;
        QString error;
        QVERIFY(!import(windowOptions(), &summary, &error, url));
        QVERIFY2(error.contains(QStringLiteral("/wrong/api/v1/query_range answered HTTP 404")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Check the URL's path")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("s3cret")) && !error.contains(QStringLiteral("reader")),
                 qPrintable(error));
        expectNothingStored();
    }

    void aServerThatNeverAnswersTimesOut()
    {
        QTcpServer silent; // accepts the connection, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PrometheusImportSummary summary;
        QString error;
        QVERIFY(!import(windowOptions(), &summary, &error,
                        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), 700));
        QVERIFY2(error.contains(QStringLiteral("no answer from")) && error.contains(QStringLiteral("within 0.7 s")),
                 qPrintable(error));
        expectNothingStored();
    }

    void aBadSelectorGivesPrometheusOwnError()
    {
        PrometheusImportOptions options = windowOptions();
        options.selector = QStringLiteral("job=~");
        PrometheusImportSummary summary;
        QString error;
        QVERIFY(!import(options, &summary, &error));
        QVERIFY2(error.contains(QStringLiteral("HTTP 400: bad_data: ")) &&
                     error.contains(QStringLiteral("parse error")),
                 qPrintable(error));
        expectNothingStored();
    }

    /// The lab's second Prometheus speaks https with a self-signed certificate and asks for basic authentication
    /// (tests/lab/prometheus.sh).
    void basicAuthentication()
    {
        const QUrl url(m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_URL")));
        QFile passwordFile(m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_PASSWORD_FILE")));
        QVERIFY(passwordFile.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();
        QVERIFY(!password.isEmpty());
        const QString caFile = m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_CA_FILE"));
        auto importWith = [&](const QString &user, const QString &secret, PrometheusImportSummary *summary,
                              QString *error, const QString &authorities) {
            PrometheusEndpoint endpoint;
            endpoint.baseUrl = url;
            endpoint.caCertificatesFile = authorities;
            endpoint.basicUser = user;
            endpoint.basicPassword = secret;
            PrometheusClient client(endpoint);
            PrometheusImporter importer(*m_store, client);
            PrometheusImportOptions options = windowOptions();
            options.sinceTs = *options.untilTs - 5;
            return importer.import(options, summary, error);
        };
        PrometheusImportSummary summary;
        QString error;
        QVERIFY(!importWith(QStringLiteral("reader"), password, &summary, &error, QString()));
        QVERIFY2(error.contains(QStringLiteral("SSL handshake failed")) && error.contains(QStringLiteral("--ca-file")),
                 qPrintable(error));
        QVERIFY(!error.contains(password));
        QVERIFY(!importWith(QString(), QString(), &summary, &error, caFile));
        QVERIFY2(error.contains(QStringLiteral("HTTP 401")), qPrintable(error));
        QVERIFY(!importWith(QStringLiteral("reader"), QStringLiteral("wrong-password"), &summary, &error, caFile));
        QVERIFY2(error.contains(QStringLiteral("HTTP 401: the credentials were refused")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("wrong-password")));
        expectNothingStored();
        QVERIFY2(importWith(QStringLiteral("reader"), password, &summary, &error, caFile), qPrintable(error));
        QCOMPARE(summary.nodes, QStringList{QStringLiteral("node1")});
        QVERIFY(summary.samplesWritten > 0);
    }

    void commandLine()
    {
        m_store.reset(); // the command opens the store itself
        const PrometheusImportOptions options = windowOptions();
        auto run = [&](const QStringList &args, QByteArray *out, QByteArray *err) {
            const test::CliRun result = test::runCli(args);
            *out = result.out;
            *err = result.err;
            return result.exitCode;
        };
        const QStringList common{QStringLiteral("--db"),      m_location,
                                 QStringLiteral("--json"),    QStringLiteral("harvest-prometheus"),
                                 QStringLiteral("--cluster"), QStringLiteral("lab")};
        QByteArray out, err;
        QCOMPARE(run(common, &out, &err), int(CliApp::Usage));
        QVERIFY2(err.contains("needs --url URL"), err.constData());
        QCOMPARE(run(common + QStringList{QStringLiteral("--url"), labUrl().toString(), QStringLiteral("--step"),
                                          QStringLiteral("0")},
                     &out, &err),
                 int(CliApp::Usage));

        const QStringList window{QStringLiteral("--url"),          labUrl().toString(),
                                 QStringLiteral("--since"),        QString::number(*options.sinceTs),
                                 QStringLiteral("--until"),        QString::number(*options.untilTs),
                                 QStringLiteral("--step"),         QStringLiteral("1"),
                                 QStringLiteral("--instance-map"), QStringLiteral("node4:9100=gpu04,node1=cpu01")};
        QCOMPARE(run(common + window, &out, &err), int(CliApp::Ok));
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("command")).toString(), QStringLiteral("harvest-prometheus"));
        QCOMPARE(json.value(QStringLiteral("nodes")).toArray(),
                 QJsonArray({QStringLiteral("cpu01"), QStringLiteral("gpu04"), QStringLiteral("node2"),
                             QStringLiteral("node3")}));
        QVERIFY(json.value(QStringLiteral("samples_written")).toDouble() > 0);
        QCOMPARE(json.value(QStringLiteral("queries")).toInt(), 6);
        if (!json.value(QStringLiteral("absent_metrics")).toArray().isEmpty())
            QVERIFY2(err.contains("no series on this server for"), err.constData());

        QCOMPARE(run(common + window, &out, &err), int(CliApp::Ok));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("samples_written")).toDouble(), 0.0);

        // Credentials from a file, never from the command line.
        const QStringList auth{QStringLiteral("--url"),   m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_URL")),
                               QStringLiteral("--since"), QStringLiteral("-10s"),
                               QStringLiteral("--step"),  QStringLiteral("1"),
                               QStringLiteral("--user"),  m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_USER"))};
        QCOMPARE(run(common + auth, &out, &err), int(CliApp::Usage)); // --user without --password-file
        QCOMPARE(run(common + auth +
                         QStringList{QStringLiteral("--password-file"),
                                     m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_PASSWORD_FILE")),
                                     QStringLiteral("--ca-file"),
                                     m_lab.value(QStringLiteral("LAB_PROMETHEUS_AUTH_CA_FILE"))},
                     &out, &err),
                 int(CliApp::Ok));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("nodes")).toArray(),
                 QJsonArray{QStringLiteral("node1")});

        QCOMPARE(run(common + QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"),
                                          QStringLiteral("--since"), QStringLiteral("-1m")},
                     &out, &err),
                 int(CliApp::Failed));
        QVERIFY2(err.contains("cannot reach Prometheus"), err.constData());
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusImporter)
#include "TestPrometheusImporter.moc"
