// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "ClusterProfile.h"
#include "LabSsh.h"
#include "PrometheusClient.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// From the Slurm lab to Prometheus: the lab's jobs (submit-mix.sh; their energy is Slurm's reading of the lab's
/// SIMULATED sensors) are harvested into a store, `export openmetrics` writes them into the textfile directory of
/// the Prometheus lab's node_exporter, promtool accepts the file, and the lab's Prometheus, scraping that exporter,
/// answers a query with every exported job's energy as the store holds it.
class TestOpenMetricsLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_slurm;
    QHash<QString, QString> m_prometheus;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_prom;

    int cli(const QStringList &args, QByteArray *output)
    {
        const test::CliRun result =
            test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + args);
        *output = result.out + result.err;
        return result.exitCode;
    }

    /// The energies the export should carry: job id -> J, for the lab's jobs that ended in the last 7 days.
    QHash<QString, double> storedEnergies()
    {
        Store store;
        QString error;
        QHash<QString, double> energies;
        if (!store.open(m_db, &error))
            return energies;
        QSqlQuery query(store.database());
        query.prepare(
            QStringLiteral("SELECT j.job_id, COALESCE(m.energy_j, j.energy_j) FROM jobs j"
                           " JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id"
                           " WHERE c.name = ? AND j.end_ts > ? AND COALESCE(m.energy_j, j.energy_j) IS NOT NULL"));
        query.addBindValue(m_slurm.value(QStringLiteral("LAB_CLUSTER")));
        query.addBindValue(QDateTime::currentSecsSinceEpoch() - 7 * 86400);
        if (query.exec())
            while (query.next())
                energies.insert(query.value(0).toString(), query.value(1).toDouble());
        return energies;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_slurm = test::labEnvironment("ES_TEST_SLURM_ENV");
        m_prometheus = test::labEnvironment("ES_TEST_PROMETHEUS_ENV");
        if (m_slurm.isEmpty() || m_prometheus.isEmpty())
            QSKIP("no Slurm and Prometheus lab for this run (run through ctest)");
        QVERIFY2(!m_prometheus.value(QStringLiteral("LAB_TEXTFILE_DIR")).isEmpty(),
                 "prometheus.sh wrote no textfile dir");
        m_db = m_dir.filePath(QStringLiteral("openmetrics.sqlite"));
        m_prom = m_prometheus.value(QStringLiteral("LAB_TEXTFILE_DIR")) + QStringLiteral("/energy_studio.prom");
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY2(ClusterProfiles(store).save(test::labProfile(m_slurm, QStringLiteral("lab")), &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (!m_prom.isEmpty())
            QFile::remove(m_prom);
    }

    void prometheusScrapesTheSimulatedJobEnergies()
    {
        // The harvest writes the file itself (--openmetrics: the mode for cron or a timer), with every job's energy.
        QByteArray output;
        QVERIFY2(cli({QStringLiteral("harvest"), QStringLiteral("--profile"), QStringLiteral("lab"),
                      QStringLiteral("--openmetrics"), m_prom},
                     &output) == CliApp::Ok,
                 output.constData());
        const QHash<QString, double> expected = storedEnergies();
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("openmetrics_jobs")).toInteger(),
                 qint64(expected.size()));
        QFile written(m_prom);
        QVERIFY(written.open(QIODevice::ReadOnly));
        qint64 energySeries = 0;
        for (const QByteArray &line : written.readAll().split('\n'))
            energySeries += line.startsWith("energy_studio_job_energy_joules{") ? 1 : 0;
        QCOMPARE(energySeries, qint64(expected.size()));
        written.close();
        QVERIFY2(!expected.isEmpty(), "the harvest brought no job with energy");
        QVERIFY2(expected.size() <= 1000,
                 "more lab jobs than the default cap: the comparison below assumes none left out");

        QVERIFY2(cli({QStringLiteral("export"), QStringLiteral("openmetrics"), QStringLiteral("--out"), m_prom,
                      QStringLiteral("--cluster"), m_slurm.value(QStringLiteral("LAB_CLUSTER"))},
                     &output) == CliApp::Ok,
                 output.constData());
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        QCOMPARE(json.value(QStringLiteral("jobs")).toInteger(), qint64(expected.size()));

        QProcess check;
        check.setStandardInputFile(m_prom);
        check.start(QStandardPaths::findExecutable(QStringLiteral("promtool")),
                    {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY2(check.waitForFinished(60000), "promtool did not run");
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());

        PrometheusEndpoint endpoint;
        endpoint.baseUrl = QUrl(m_prometheus.value(QStringLiteral("LAB_PROMETHEUS_URL")));
        PrometheusClient client(endpoint);
        const QString promql = QStringLiteral("energy_studio_job_energy_joules{job=\"node\",instance=\"node1\","
                                              "cluster=\"%1\"}")
                                   .arg(m_slurm.value(QStringLiteral("LAB_CLUSTER")));
        QHash<QString, double> scraped;
        QString error;
        // Prometheus scrapes every second; the series appear once a scrape after the rename has happened.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                const auto matrix = client.queryRange(promql, now - 2, now, 1, &error);
                scraped.clear();
                if (!matrix)
                    return false;
                for (const PrometheusSeries &series : matrix->series)
                    if (!series.points.isEmpty())
                        scraped.insert(series.labels.value(QStringLiteral("job_id")), series.points.constLast().value);
                return scraped.size() == expected.size();
            }(),
            60000);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(scraped.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(scraped.value(it.key()), it.value());
        }
        qInfo("%lld jobs' SIMULATED energy scraped back through node_exporter and Prometheus (%d requests)",
              qint64(scraped.size()), client.requestsMade());
    }
};

QTEST_GUILESS_MAIN(TestOpenMetricsLab)
#include "TestOpenMetricsLab.moc"
