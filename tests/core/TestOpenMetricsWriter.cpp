// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "NodeSampleWriter.h"
#include "OpenMetricsWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace es;

/// OpenMetricsWriter and `export openmetrics`: the exposition format line by line (HELP/TYPE, escaped label values,
/// the cap on jobs, the window), promtool's verdict on the written file, and the command's usage and exit codes.
/// Every job, sample and event here is SYNTHETIC.
class TestOpenMetricsWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    static constexpr qint64 kNow = 1750000000;

    void insertJob(Store &store, const QString &jobId, const QString &user, const QString &partition, double energyJ,
                   qint64 endTs, qint64 elapsedS)
    {
        QString error;
        const auto clusterId = store.ensureCluster(QStringLiteral("lab"), &error);
        QVERIFY2(clusterId, qPrintable(error));
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, user_name, partition, energy_j,"
                                     " energy_source, start_ts, end_ts, elapsed_s) VALUES (?, ?, ?, ?, ?, 'slurm', ?,"
                                     " ?, ?)"));
        query.addBindValue(*clusterId);
        query.addBindValue(jobId);
        query.addBindValue(user);
        query.addBindValue(partition);
        query.addBindValue(energyJ);
        query.addBindValue(endTs - elapsedS);
        query.addBindValue(endTs);
        query.addBindValue(elapsedS);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    /// SYNTHETIC: three jobs in the window (one with hostile labels, one with derived metrics), one too old, one
    /// without energy; two nodes' temperatures; an open and a closed event.
    void fill(Store &store)
    {
        insertJob(store, QStringLiteral("101"), QStringLiteral("alice"), QStringLiteral("batch"), 3600, kNow - 100, 60);
        insertJob(store, QStringLiteral("102_3"), QStringLiteral("bob\\\"evil\"\nnext{x=\"1\"}"),
                  QStringLiteral("fast,é"), 1000.5, kNow - 50, 0);
        insertJob(store, QStringLiteral("103"), QStringLiteral("carol"), QString(), 500, kNow - 10, 100);
        insertJob(store, QStringLiteral("90"), QStringLiteral("old"), QStringLiteral("batch"), 7, kNow - 8 * 86400, 10);
        QSqlQuery query(store.database());
        insertJob(store, QStringLiteral("104"), QStringLiteral("dave"), QStringLiteral("batch"), 1, kNow - 5, 10);
        QVERIFY(query.exec(QStringLiteral("UPDATE jobs SET energy_j = NULL WHERE job_id = '104'")));
        // 103's energy from node samples: the metrics row wins over the job's own value.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO job_metrics (job_pk, energy_j, power_avg_w, energy_source)"
                                          " SELECT id, 800, 8, 'counter' FROM jobs WHERE job_id = '103'")));

        NodeSampleWriter writer(store, QStringLiteral("lab"));
        QString error;
        QVERIFY2(writer.begin(&error), qPrintable(error));
        const QList<std::tuple<QString, qint64, double>> samples{{QStringLiteral("node1"), kNow - 300, 61.5},
                                                                 {QStringLiteral("node1"), kNow - 200, 70.25},
                                                                 {QStringLiteral("node2"), kNow - 200, 40},
                                                                 {QStringLiteral("node2"), kNow - 9 * 86400, 99}};
        for (const auto &[node, ts, tempC] : samples) {
            NodeSample sample;
            sample.node = node;
            sample.ts = ts;
            sample.source = QStringLiteral("sampler");
            sample.tempC = tempC;
            QVERIFY2(writer.add(sample, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO events (cluster_id, node_id, kind, severity, ts_start, ts_end, value, threshold, created_ts)"
            " SELECT n.cluster_id, n.id, 'temp_warning', 'warning', 1749999000, NULL, 76, 75, 1749999000"
            " FROM nodes n WHERE n.name = 'node1'")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO events (cluster_id, node_id, kind, severity, ts_start, ts_end, value, threshold, created_ts)"
            " SELECT n.cluster_id, n.id, 'temp_warning', 'warning', 1749998000, 1749998500, 77, 75, 1749998000"
            " FROM nodes n WHERE n.name = 'node2'")));
    }

    QString exposition(const OpenMetricsOptions &options, OpenMetricsSummary *summary)
    {
        Store store;
        QString error;
        if (!store.open(m_db, &error))
            return error;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        OpenMetricsWriter writer(store);
        if (!writer.write(options, &buffer, summary, &error))
            return error;
        return QString::fromUtf8(buffer.data());
    }

    int cli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        const test::CliRun result = test::runCli(QStringList{QStringLiteral("--db"), m_db} + args);
        *out = result.out;
        if (err)
            *err = result.err;
        return result.exitCode;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("metrics.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        fill(store);
    }

    void escapesLabelValuesAndHelp()
    {
        QCOMPARE(OpenMetricsWriter::escapeLabelValue(QStringLiteral("a\\b\"c\nd")), QStringLiteral("a\\\\b\\\"c\\nd"));
        QCOMPARE(OpenMetricsWriter::escapeLabelValue(QStringLiteral("{x=\"1\"},é")), QStringLiteral("{x=\\\"1\\\"},é"));
        QCOMPARE(OpenMetricsWriter::escapeHelp(QStringLiteral("a\\b\"c\nd")), QStringLiteral("a\\\\b\"c\\nd"));
        QCOMPARE(OpenMetricsWriter::formatValue(1000.5), QStringLiteral("1000.5"));
        QCOMPARE(OpenMetricsWriter::formatValue(0.1), QStringLiteral("0.1"));
        QCOMPARE(OpenMetricsWriter::formatValue(qQNaN()), QStringLiteral("NaN"));
        QCOMPARE(OpenMetricsWriter::formatValue(qInf()), QStringLiteral("+Inf"));
        QCOMPARE(OpenMetricsWriter::formatValue(-qInf()), QStringLiteral("-Inf"));
        QCOMPARE(OpenMetricsWriter::formatValue(1.5e12), QStringLiteral("1500000000000"));
        QCOMPARE(OpenMetricsWriter::formatValue(-0.0), QStringLiteral("0"));
        QCOMPARE(OpenMetricsWriter::formatValue(1e300).toDouble(), 1e300);
        QCOMPARE(OpenMetricsWriter::formatValue(123456.789).toDouble(), 123456.789);
    }

    void writesRecentJobsNodesAndAlerts()
    {
        OpenMetricsOptions options;
        options.nowTs = kNow;
        OpenMetricsSummary summary;
        const QString text = exposition(options, &summary);
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        auto samples = [&](const QString &family) {
            QStringList found;
            for (const QString &line : lines)
                if (line.startsWith(family + u'{') || line.startsWith(family + u' '))
                    found << line;
            return found;
        };
        QCOMPARE(summary.jobs, qint64(3));
        QCOMPARE(summary.jobsOmitted, qint64(0));
        QCOMPARE(summary.nodes, qint64(2));
        QCOMPARE(summary.alertSeries, qint64(1));
        // newest first; 104 has no energy, 90 is older than the window
        QCOMPARE(samples(QStringLiteral("energy_studio_job_energy_joules")),
                 QStringList({QStringLiteral("energy_studio_job_energy_joules{cluster=\"lab\",job_id=\"103\","
                                             "user=\"carol\",partition=\"\",source=\"counter\"} 800"),
                              QStringLiteral("energy_studio_job_energy_joules{cluster=\"lab\",job_id=\"102_3\","
                                             "user=\"bob\\\\\\\"evil\\\"\\nnext{x=\\\"1\\\"}\",partition=\"fast,é\","
                                             "source=\"slurm\"} 1000.5"),
                              QStringLiteral("energy_studio_job_energy_joules{cluster=\"lab\",job_id=\"101\","
                                             "user=\"alice\",partition=\"batch\",source=\"slurm\"} 3600")}));
        // 103: the metrics' average power; 102_3 ran 0 s: no power; 101: 3600 J over 60 s
        const QStringList power = samples(QStringLiteral("energy_studio_job_power_watts"));
        QCOMPARE(power.size(), qsizetype(2));
        QVERIFY2(power[0].endsWith(QStringLiteral("source=\"counter\"} 8")), qPrintable(power[0]));
        QVERIFY2(power[1].contains(QStringLiteral("job_id=\"101\"")) && power[1].endsWith(QStringLiteral("} 60")),
                 qPrintable(power[1]));
        QCOMPARE(samples(QStringLiteral("energy_studio_node_temp_peak_celsius")),
                 QStringList({QStringLiteral("energy_studio_node_temp_peak_celsius{cluster=\"lab\",node=\"node1\"} "
                                             "70.25"),
                              QStringLiteral("energy_studio_node_temp_peak_celsius{cluster=\"lab\",node=\"node2\"} "
                                             "40")}));
        QCOMPARE(samples(QStringLiteral("energy_studio_alerts_open")),
                 QStringList({QStringLiteral("energy_studio_alerts_open{cluster=\"lab\",kind=\"temp_warning\","
                                             "severity=\"warning\"} 1")}));
        QCOMPARE(samples(QStringLiteral("energy_studio_alerts_recent")),
                 QStringList({QStringLiteral("energy_studio_alerts_recent{cluster=\"lab\",kind=\"temp_warning\","
                                             "severity=\"warning\"} 2")}));
        QCOMPARE(samples(QStringLiteral("energy_studio_export_timestamp_seconds")),
                 QStringList({QStringLiteral("energy_studio_export_timestamp_seconds 1750000000")}));
        // Every family: one HELP, one TYPE gauge, before its samples; the hostile value never breaks a line.
        for (const char *family :
             {"energy_studio_job_energy_joules", "energy_studio_job_power_watts",
              "energy_studio_node_temp_peak_celsius", "energy_studio_alerts_open", "energy_studio_alerts_recent",
              "energy_studio_export_jobs_omitted", "energy_studio_export_timestamp_seconds"}) {
            const QString name = QString::fromLatin1(family);
            QCOMPARE(lines.count(QStringLiteral("# TYPE %1 gauge").arg(name)), qsizetype(1));
            qsizetype help = -1;
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines[i].startsWith(QStringLiteral("# HELP %1 ").arg(name)))
                    help = i;
            QVERIFY2(help >= 0 && lines.value(help + 1) == QStringLiteral("# TYPE %1 gauge").arg(name), family);
        }
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u'#') || line.startsWith(QStringLiteral("energy_studio_")), qPrintable(line));
    }

    void capsTheJobsAndNamesWhatItLeftOut()
    {
        OpenMetricsOptions options;
        options.nowTs = kNow;
        options.maxJobs = 2;
        OpenMetricsSummary summary;
        const QString text = exposition(options, &summary);
        QCOMPARE(summary.jobs, qint64(2));
        QCOMPARE(summary.jobsOmitted, qint64(1));
        QVERIFY(!text.contains(QStringLiteral("job_id=\"101\"")));
        QVERIFY(text.contains(QStringLiteral("\nenergy_studio_export_jobs_omitted 1\n")));
        options.maxJobs = 1000;
        options.recentDays = 10; // now job 90 and node2's old sample count too
        const QString longer = exposition(options, &summary);
        QCOMPARE(summary.jobs, qint64(4));
        QVERIFY(longer.contains(QStringLiteral("node=\"node2\"} 99\n")));
        options.cluster = QStringLiteral("elsewhere");
        const QString none = exposition(options, &summary);
        QCOMPARE(summary.jobs, qint64(0));
        QCOMPARE(summary.nodes, qint64(0));
        QVERIFY(none.contains(QStringLiteral("# TYPE energy_studio_job_energy_joules gauge")));
    }

    void commandWritesAFilePromtoolAccepts()
    {
        // The command uses the clock: move the SYNTHETIC jobs to just before now.
        {
            Store store;
            QString error;
            QVERIFY2(store.open(m_db, &error), qPrintable(error));
            QSqlQuery query(store.database());
            query.prepare(QStringLiteral("UPDATE jobs SET end_ts = end_ts + ?"));
            query.addBindValue(QDateTime::currentSecsSinceEpoch() - kNow);
            QVERIFY(query.exec());
        }
        const QString dir = m_dir.filePath(QStringLiteral("textfile"));
        QVERIFY(QDir().mkpath(dir));
        const QString out = dir + QStringLiteral("/energy_studio.prom");
        QByteArray stdoutText;
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("openmetrics"),
                      QStringLiteral("--out"), out},
                     &stdoutText),
                 int(CliApp::Ok));
        const QJsonObject json = QJsonDocument::fromJson(stdoutText).object();
        QCOMPARE(json.value(QStringLiteral("command")).toString(), QStringLiteral("export openmetrics"));
        QCOMPARE(json.value(QStringLiteral("jobs")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("recent_days")).toInt(), 7);
        QCOMPARE(json.value(QStringLiteral("max_jobs")).toInt(), 1000);
        // Only the target is left in the folder: the temporary file was renamed over it.
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("energy_studio.prom")});
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("job_id=\"102_3\""));

        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QFAIL("promtool is missing (installers/install-deps.sh --test installs the prometheus package)");
        QProcess check;
        check.setStandardInputFile(out);
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForFinished(60000));
        const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, said.constData());
        QVERIFY2(said.trimmed().isEmpty(), said.constData()); // no lint complaint either
    }

    void commandUsageAndFailures()
    {
        QByteArray out, err;
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("openmetrics"), QStringLiteral("--help")}, &out),
                 int(CliApp::Ok));
        QVERIFY(out.contains("--recent-days N") && out.contains("(default 7)") && out.contains("(default 1000)"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("openmetrics")}, &out, &err), int(CliApp::Usage));
        QVERIFY(err.contains("needs --out"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("openmetrics"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.prom")), QStringLiteral("--max-jobs"), QStringLiteral("0")},
                     &out),
                 int(CliApp::Usage));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("openmetrics"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.prom")), QStringLiteral("--cluster"), QStringLiteral("nope")},
                     &out, &err),
                 int(CliApp::Failed));
        QVERIFY(err.contains("no cluster named 'nope'"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.prom"))));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("openmetrics"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("no/such/dir/x.prom"))},
                     &out, &err),
                 int(CliApp::Failed));
        // The CSV tables are still CliApp's own.
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--help")}, &out), int(CliApp::Ok));
        QVERIFY(out.contains("export openmetrics"));
    }
};

QTEST_GUILESS_MAIN(TestOpenMetricsWriter)
#include "TestOpenMetricsWriter.moc"
