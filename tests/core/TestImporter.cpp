// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Importer.h"
#include "Store.h"
#include "StoreStats.h"
#include "TestStores.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace es;

/// Imports on both engines (global data rows "sqlite" and "postgres").
class TestImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Store> m_store;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    bool import(Importer::Format format, const QString &path, ImportReport *report, QString *error,
                ImportOptions options = {})
    {
        Importer importer(*m_store);
        return importer.importFile(format, path, options, report, error);
    }

    /// Imports the tests/data file as a sacct dump into the cluster `cluster`: the error, empty when it imported.
    QString importSacctAs(const QString &cluster, const QString &dataFile, ImportReport *report)
    {
        ImportOptions options;
        options.clusterName = cluster;
        QString error;
        return import(Importer::Format::Sacct, test::dataFile(dataFile), report, &error, options) ? QString() : error;
    }

    /// "FROM ..." pairing each job a of the cluster `left` with the job b of the same id in `right`.
    static QString pairedJobs(const QString &left, const QString &right)
    {
        return QStringLiteral("FROM jobs a JOIN clusters ca ON ca.id = a.cluster_id AND ca.name = '%1' JOIN jobs b ON "
                              "b.job_id = a.job_id JOIN clusters cb ON cb.id = b.cluster_id AND cb.name = '%2' ")
            .arg(left, right);
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir, &m_location); }
    void cleanup() { m_store.reset(); }

    void swfTwiceChangesNothing()
    {
        const QString path = test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"));
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error), qPrintable(error));
        QCOMPARE(report.records, qint64(228));
        QCOMPARE(report.written.jobsNew, qint64(228));
        QCOMPARE(report.clusterName, QStringLiteral("NASA-iPSC-1993-3.head"));
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(0));
        QCOMPARE(report.written.jobsUpdated, qint64(0));
        QCOMPARE(report.written.jobsUnchanged, qint64(228));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(228));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_sources")), qint64(1));
        QSqlQuery header(m_store->database());
        QVERIFY(header.exec(QStringLiteral("SELECT header FROM import_sources")) && header.next());
        QVERIFY(header.value(0).toString().contains(QStringLiteral("UnixStartTime: 749458803")));
    }

    void changedRecordIsUpdated()
    {
        QByteArray swf = "; UnixStartTime: 1000\n1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n"
                         "2 10 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n";
        const QString path = writeFile(QStringLiteral("small.swf"), swf);
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error), qPrintable(error));
        swf.replace("2 10 5 60", "2 10 5 61");
        writeFile(QStringLiteral("small.swf"), swf);
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(0));
        QCOMPARE(report.written.jobsUpdated, qint64(1));
        QCOMPARE(report.written.jobsUnchanged, qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT elapsed_s FROM jobs WHERE job_id = '2'")), qint64(61));
    }

    void badLineLeavesStoreAsItWas()
    {
        const QString path = writeFile(QStringLiteral("bad.swf"), "1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n"
                                                                  "2 oops\n");
        ImportReport report;
        QString error;
        QVERIFY(!import(Importer::Format::Swf, path, &report, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":2: ")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clusters")), qint64(0));
        // On request, bad lines are skipped and counted.
        ImportOptions options;
        options.skipBadLines = true;
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error, options), qPrintable(error));
        QCOMPARE(report.skipped, qint64(1));
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors[0].contains(QStringLiteral(":2: ")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(1));
    }

    // A first import builds the jobs table's secondary indexes after its rows (SQLite): they are there after it,
    // after a failed one, and after one into a table that already has jobs; the connection's cache is restored.
    void secondaryIndexesSurviveEveryImport()
    {
        const QString indexes = m_store->engine() == Store::Engine::Sqlite
                                    ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                     "name IN ('jobs_start_idx', 'jobs_user_idx')")
                                    : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE "
                                                     "indexname IN ('jobs_start_idx', 'jobs_user_idx')");
        const qint64 cacheBefore =
            m_store->engine() == Store::Engine::Sqlite ? count(QStringLiteral("PRAGMA cache_size")) : 0;
        const QString bad = writeFile(QStringLiteral("bad.swf"), "1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n"
                                                                 "2 oops\n");
        ImportReport report;
        QString error;
        QVERIFY(!import(Importer::Format::Swf, bad, &report, &error));
        QCOMPARE(count(indexes), qint64(2));
        const QString path = test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"));
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(228));
        QCOMPARE(count(indexes), qint64(2));
        const QString more = writeFile(QStringLiteral("more.swf"), "1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n");
        QVERIFY2(import(Importer::Format::Swf, more, &report, &error), qPrintable(error));
        QCOMPARE(count(indexes), qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(229));
        if (m_store->engine() == Store::Engine::Sqlite) {
            QCOMPARE(count(QStringLiteral("PRAGMA cache_size")), cacheBefore);
            QSqlQuery plan(m_store->database());
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM jobs WHERE user_name = 'x'")));
            QVERIFY(plan.next());
            QVERIFY2(plan.value(3).toString().contains(QStringLiteral("jobs_user_idx")),
                     qPrintable(plan.value(3).toString()));
        }
    }

    void sacctJobsAndSteps()
    {
        const QString path = test::dataFile(QStringLiteral("sacct/slurm2sql-test-data1.txt"));
        ImportReport report;
        QString error;
        ImportOptions options;
        options.clusterName = QStringLiteral("triton");
        QVERIFY2(import(Importer::Format::Sacct, path, &report, &error, options), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(2));
        QCOMPARE(report.written.stepsWritten, qint64(3));
        QVERIFY2(import(Importer::Format::Sacct, path, &report, &error, options), qPrintable(error));
        QCOMPARE(report.written.jobsUnchanged, qint64(2));
        QCOMPARE(report.written.stepsWritten, qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_steps")), qint64(3));
        QCOMPARE(count(QStringLiteral("SELECT energy_j FROM jobs WHERE job_id = '43974388'")), qint64(54156));
    }

    // Real dumps of other tools. FASRC's slyme writes sacct --noheader --parsable2 with its own field list (its
    // README gives it); OSC's ood-sacct a --parsable2 dump with a header. Values checked against the files.
    void sacctWithoutHeaderGivenFormat()
    {
        ImportOptions options;
        options.clusterName = QStringLiteral("odyssey");
        options.sacctFields = QStringLiteral("User,JobID,JobName,State,Partition,NCPUS,NNodes,CPUTime,TotalCPU,"
                                             "UserCPU,SystemCPU,ReqMem,MaxRSS,Submit,Start,End,NodeList")
                                  .split(u',');
        ImportReport report;
        QString error;
        for (const char *name : {"sacct/fasrc_slyme_sacct_single_parallel_COMPLETED_parsable.out",
                                 "sacct/fasrc_slyme_sacct_single_serial_COMPLETED_parsable.out"})
            QVERIFY2(import(Importer::Format::Sacct, test::dataFile(QLatin1String(name)), &report, &error, options),
                     qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_steps")), qint64(3));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT user_name, name, state, partition, alloc_cpus, node_count, node_list, "
                                      "submit_ts, start_ts, end_ts, req_mem_mb FROM jobs WHERE job_id = '77454'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("jab"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("cpu_user_parallel"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("general"));
        QCOMPARE(q.value(4).toInt(), 3);
        QCOMPARE(q.value(5).toInt(), 2);
        QCOMPARE(q.value(6).toString(), QStringLiteral("hero[4515-4516]"));
        const qint64 submit = QDateTime(QDate(2014, 6, 26), QTime(11, 51, 28), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(q.value(7).toLongLong(), submit);
        QCOMPARE(q.value(8).toLongLong(), submit);
        QCOMPARE(q.value(9).toLongLong(), submit + 63); // End 11:52:31
        QCOMPARE(q.value(10).toDouble(), 5150.0 * 2);   // 5150Mn: per node, two nodes
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_steps s JOIN jobs j ON j.id = s.job_pk "
                                      "WHERE j.job_id = '77454' AND s.name IN ('batch', 'orted')")),
                 qint64(2));

        // The same again merges; without --format the error says what is missing.
        QVERIFY2(import(Importer::Format::Sacct,
                        test::dataFile(QStringLiteral("sacct/fasrc_slyme_sacct_single_serial_COMPLETED_parsable.out")),
                        &report, &error, options),
                 qPrintable(error));
        QCOMPARE(report.written.jobsUnchanged, qint64(1));
        QVERIFY(!import(Importer::Format::Sacct,
                        test::dataFile(QStringLiteral("sacct/fasrc_slyme_sacct_single_serial_COMPLETED_parsable.out")),
                        &report, &error));
        QVERIFY2(error.contains(QStringLiteral("--format")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(2));
    }

    // goslmailer's sacct -n -p: every line ends with the delimiter; a dump with a header is refused with --format.
    void sacctTrailingDelimiterAndHeaderGivenFormat()
    {
        ImportOptions options;
        options.sacctFields = QStringList{QStringLiteral("JobID"), QStringLiteral("JobName"), QStringLiteral("State")};
        const QString path = writeFile(QStringLiteral("p.txt"), "41|solver|COMPLETED|\n41.batch|batch|COMPLETED|\n");
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Sacct, path, &report, &error, options), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE job_id = '41' AND state = 'COMPLETED'")),
                 qint64(1));
        QVERIFY(!import(Importer::Format::Sacct, test::dataFile(QStringLiteral("sacct/osc_ood-sacct_test_sacct.txt")),
                        &report, &error, options));
        QVERIFY2(error.contains(QStringLiteral("header line")), qPrintable(error));
    }

    void sacctOscDumpWithHeader()
    {
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Sacct, test::dataFile(QStringLiteral("sacct/osc_ood-sacct_test_sacct.txt")),
                        &report, &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(106));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_steps")), qint64(163));
        QCOMPARE(count(QStringLiteral("SELECT alloc_cpus FROM jobs WHERE job_id = '2074737'")), qint64(32));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE job_id = '2074738' AND state = 'PENDING' "
                                      "AND partition = 'GPU' AND account = 'mc4sa9p'")),
                 qint64(1));
    }

    // sacct's default output, the OSC dump's real values in sacct's fixed-width layout: the same jobs and steps
    // as the --parsable2 dump, the job names sacct cut left empty (and counted), the steps' ids completed.
    void sacctFixedWidthMatchesParsable()
    {
        ImportReport report;
        QCOMPARE(
            importSacctAs(QStringLiteral("parsable"), QStringLiteral("sacct/osc_ood-sacct_test_sacct.txt"), &report),
            QString());
        QCOMPARE(importSacctAs(QStringLiteral("fixed"), QStringLiteral("sacct/osc_ood-sacct_fixed_width.txt"), &report),
                 QString());
        QCOMPARE(report.written.jobsNew, qint64(106));
        QCOMPARE(report.written.stepsWritten, qint64(163));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings[0].contains(QStringLiteral(" values of JobName were cut")),
                 qPrintable(report.warnings[0]));
        const QString pairs = pairedJobs(QStringLiteral("parsable"), QStringLiteral("fixed"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs), qint64(106));
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs +
                       QStringLiteral("WHERE a.state = b.state AND a.alloc_cpus = b.alloc_cpus AND a.account = "
                                      "b.account AND COALESCE(a.partition, '') = COALESCE(b.partition, '') AND "
                                      "a.exit_code = b.exit_code")),
                 qint64(106));
        // A name that fitted is the same; a cut one is empty, never the cut text.
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs +
                       QStringLiteral("WHERE b.name IS NOT NULL AND b.name <> a.name")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE name LIKE '%+'")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs +
                       QStringLiteral("JOIN job_steps sa ON sa.job_pk = a.id JOIN job_steps sb ON sb.job_pk = b.id "
                                      "AND sb.step_id = sa.step_id AND sb.state = sa.state")),
                 qint64(163));
    }

    // sacct --json of the test lab's Slurm 22.05 (dbv0.0.38) and the same jobs in the shape of 23.02 and later
    // (SYNTHETIC shape, real values: tests/data/sacct/to_newer_json_shape.py) import as the --parsable2 dump of
    // the same jobs does; only the exit codes of failed jobs, which 22.05's JSON reports as 0, stay unknown.
    void sacctJsonMatchesParsable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("22.05") << QStringLiteral("sacct/lab-slurm-22.05-sacct.json");
        QTest::newRow("23.02 shape") << QStringLiteral("sacct/lab-slurm-22.05-sacct-as-23.02-shape.json");
    }
    void sacctJsonMatchesParsable()
    {
        QFETCH(QString, file);
        ImportReport report;
        QCOMPARE(importSacctAs(QStringLiteral("parsable"), QStringLiteral("sacct/lab-slurm-22.05-sacct-parsable.txt"),
                               &report),
                 QString());
        QCOMPARE(importSacctAs(QStringLiteral("json"), file, &report), QString());
        QCOMPARE(report.written.jobsNew, qint64(9));
        QCOMPARE(report.written.stepsWritten, qint64(24));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings[0].contains(QStringLiteral("2 failed jobs have the exit code 0")),
                 qPrintable(report.warnings[0]));
        const QString pairs = pairedJobs(QStringLiteral("parsable"), QStringLiteral("json"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs), qint64(9));
        const QString same = QStringLiteral(
            "WHERE COALESCE(a.job_id_raw, '') = COALESCE(b.job_id_raw, '') AND a.name = b.name AND a.state = b.state "
            "AND a.user_name = b.user_name AND a.account = b.account AND a.partition = b.partition AND a.qos = b.qos "
            "AND a.submit_ts = b.submit_ts AND a.start_ts = b.start_ts AND a.end_ts = b.end_ts AND a.elapsed_s = "
            "b.elapsed_s AND a.req_cpus = b.req_cpus AND a.alloc_cpus = b.alloc_cpus AND a.node_count = "
            "b.node_count AND a.node_list = b.node_list AND a.req_mem_mb = b.req_mem_mb AND a.energy_j = b.energy_j "
            "AND abs(a.total_cpu_s - b.total_cpu_s) < 0.001 AND a.timelimit_s IS NULL AND b.timelimit_s IS NULL ");
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs + same), qint64(9));
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs +
                       QStringLiteral("WHERE a.exit_code = b.exit_code AND a.exit_signal = b.exit_signal")),
                 qint64(7));
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs +
                       QStringLiteral("WHERE a.state = 'FAILED' AND a.exit_code > 0 AND b.exit_code IS NULL")),
                 qint64(2)); // 3:0 and 127:0 in the dump
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + pairs +
                       QStringLiteral("JOIN job_steps sa ON sa.job_pk = a.id JOIN job_steps sb ON sb.job_pk = b.id "
                                      "AND sb.step_id = sa.step_id AND sb.state = sa.state AND "
                                      "COALESCE(sb.energy_j, -1) = COALESCE(sa.energy_j, -1) AND sb.node_list = "
                                      "sa.node_list")),
                 qint64(24));
    }

    void sacctJsonGarbage()
    {
        ImportReport report;
        QString error;
        for (const QByteArray &content :
             {QByteArray("{"), QByteArray("{\"jobs\": 3}"), QByteArray("{\"meta\": {}}"),
              QByteArray("{\"jobs\": [{\"job_id\": 1e300, \"steps\": [7]}]}"), QByteArray(" {\"jobs\": [[]]}")}) {
            const QString path = writeFile(QStringLiteral("garbage.json"), content);
            QVERIFY2(!import(Importer::Format::Sacct, path, &report, &error), content.constData());
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
    }

    void sacctAggregatesStepsIntoJob()
    {
        // Constructed in the shape sacct prints for `sacct -P` without -X: the job line has no usage.
        const QString path = writeFile(QStringLiteral("agg.txt"),
                                       "JobID|JobName|State|Elapsed|TotalCPU|MaxRSS|AveCPUFreq|ConsumedEnergyRaw\n"
                                       "77|work|COMPLETED|00:10:00|00:00:00|||\n"
                                       "77.batch|batch|COMPLETED|00:10:00|00:04:00|1024K|2.00G|5000\n"
                                       "77.extern|extern|COMPLETED|00:10:00|00:00:00|512K|0|6000\n"
                                       "77.0|solver|COMPLETED|00:08:00|00:12:00|4096K|3.00G|4000\n");
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Sacct, path, &report, &error), qPrintable(error));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT total_cpu_s, max_rss_mb, ave_cpu_freq_mhz, energy_j, energy_source "
                                      "FROM jobs WHERE job_id = '77'")) &&
                q.next());
        QCOMPARE(q.value(0).toDouble(), 960.0);                               // 4 + 12 minutes of CPU
        QCOMPARE(q.value(1).toDouble(), 4.0);                                 // largest step
        QCOMPARE(q.value(2).toDouble(), (2000.0 * 240 + 3000.0 * 720) / 960); // CPU-time weighted
        QCOMPARE(q.value(3).toDouble(), 6000.0); // extern spans the allocation: no double counting
        QCOMPARE(q.value(4).toString(), QStringLiteral("slurm"));
    }

    void sacctOrphanStepIsABadLine()
    {
        const QString path = writeFile(QStringLiteral("orphan.txt"), "JobID|State\n5|COMPLETED\n6.batch|COMPLETED\n");
        ImportReport report;
        QString error;
        QVERIFY(!import(Importer::Format::Sacct, path, &report, &error));
        QVERIFY2(error.contains(QStringLiteral(":3: step 6.batch")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
    }

    void csvDataset()
    {
        // The seed dataset schema (energy_consumption in joules by default).
        const QString path =
            writeFile(QStringLiteral("seed.csv"),
                      "timestamp,job_id,job_type,node_temp_avg,node_temp_peak,duration,cpu_freq_avg,energy_consumption,"
                      "memory_usage,cpu_utilization,comment\n"
                      "2024-03-01 10:00:00,j1,cpu,55.5,71.2,3600,2400,720000,2048,97.5,\"a, b\"\n"
                      "2024-03-01T11:00:00Z,j2,io,40,45,600,1800,NA,512,20,\n");
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Csv, path, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(2));
        QCOMPARE(report.written.metricsWritten, qint64(2));
        QCOMPARE(report.ignoredColumns, QStringList{QStringLiteral("comment")});
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT j.start_ts, j.end_ts, m.node_temp_peak_c, m.energy_j, m.power_avg_w, "
                                      "m.energy_source, j.job_type FROM jobs j JOIN job_metrics m ON m.job_pk = j.id "
                                      "WHERE j.job_id = 'j1'")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1709287200));
        QCOMPARE(q.value(1).toLongLong(), qint64(1709287200 + 3600));
        QCOMPARE(q.value(2).toDouble(), 71.2);
        QCOMPARE(q.value(3).toDouble(), 720000.0);
        QCOMPARE(q.value(4).toDouble(), 200.0);
        QCOMPARE(q.value(5).toString(), QStringLiteral("dataset"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("cpu"));
        // Explicit mapping with units: kWh.
        ImportOptions options;
        options.clusterName = QStringLiteral("mapped");
        options.columnMap.insert(QStringLiteral("energy_consumption"), QStringLiteral("energy_kwh"));
        QVERIFY2(import(Importer::Format::Csv, path, &report, &error, options), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT m.energy_j FROM jobs j JOIN job_metrics m ON m.job_pk = j.id "
                                      "JOIN clusters c ON c.id = j.cluster_id WHERE c.name = 'mapped' AND "
                                      "j.job_id = 'j1'")) &&
                q.next());
        QCOMPARE(q.value(0).toDouble(), 720000.0 * 3.6e6);
    }

    /// A second file that carries other columns of the same jobs merges: nothing it does not carry is erased.
    void secondImportMergesColumns()
    {
        const QString energy = writeFile(QStringLiteral("energy.csv"), "jobid,energy_from_delta_e,matrix_size\n"
                                                                       "879962,0.039010,21120\n"
                                                                       "879963,0.003980,21120\n");
        ImportOptions options;
        options.clusterName = QStringLiteral("c6");
        options.columnMap.insert(QStringLiteral("jobid"), QStringLiteral("job_id"));
        options.columnMap.insert(QStringLiteral("energy_from_delta_e"), QStringLiteral("energy_kwh"));
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Csv, energy, &report, &error, options), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(2));
        const QString times = writeFile(QStringLiteral("times.csv"), "job_id,name,start_ts,end_ts\n"
                                                                     "879962,solver,1700000000,1700000184\n"
                                                                     "879963,solver,1700000200,1700000221\n");
        ImportOptions plain;
        plain.clusterName = QStringLiteral("c6");
        QVERIFY2(import(Importer::Format::Csv, times, &report, &error, plain), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(0));
        QCOMPARE(report.written.jobsUpdated, qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE energy_j IS NOT NULL AND start_ts IS NOT NULL "
                                      "AND energy_source = 'dataset'")),
                 qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_metrics WHERE energy_j IS NOT NULL")), qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT end_ts FROM jobs WHERE job_id = '879962'")), qint64(1700000184));
        // The same second file again changes nothing; a changed value is still an update.
        QVERIFY2(import(Importer::Format::Csv, times, &report, &error, plain), qPrintable(error));
        QCOMPARE(report.written.jobsUnchanged, qint64(2));
        QVERIFY2(import(Importer::Format::Csv, energy, &report, &error, options), qPrintable(error));
        QCOMPARE(report.written.jobsUnchanged, qint64(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE start_ts IS NOT NULL")), qint64(2));
    }

    /// Numeric columns mapped to features land in job_features, keyed by job and name; a re-import with the same
    /// values changes nothing, one that carries other features adds them and never deletes the stored ones.
    void csvFeaturesAreKeptAndMerged()
    {
        const QString path = test::dataFile(QStringLiteral("csv/C6EnPLS_jobs_info.head.csv"));
        ImportOptions options;
        options.clusterName = QStringLiteral("cresco6");
        options.columnMap.insert(QStringLiteral("energy_from_delta_e"), QStringLiteral("energy_kwh"));
        options.columnMap.insert(QStringLiteral("matrix_size"), QStringLiteral("feature"));
        options.columnMap.insert(QStringLiteral("runtime"), QStringLiteral("duration_s"));
        ImportReport report;
        QString error;
        QVERIFY2(import(Importer::Format::Csv, path, &report, &error, options), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(20));
        QCOMPARE(report.written.featuresSeen, qint64(20));
        QCOMPARE(report.written.featuresWritten, qint64(20));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT f.value, j.energy_j, m.duration_s FROM job_features f"
                                      " JOIN jobs j ON j.id = f.job_pk JOIN job_metrics m ON m.job_pk = j.id"
                                      " WHERE j.job_id = '879962' AND f.name = 'matrix_size'")) &&
                q.next());
        // The file's first job: matrix_size 21120.000000, energy 0.039010 kWh, runtime 184 s.
        QCOMPARE(q.value(0).toDouble(), 21120.0);
        QCOMPARE(q.value(1).toDouble(), 0.039010 * 3.6e6);
        QCOMPARE(q.value(2).toDouble(), 184.0);

        QVERIFY2(import(Importer::Format::Csv, path, &report, &error, options), qPrintable(error));
        QCOMPARE(report.written.featuresWritten, qint64(0));

        ImportOptions other;
        other.clusterName = QStringLiteral("cresco6");
        other.columnMap.insert(QStringLiteral("total_proc"), QStringLiteral("feature:total_proc"));
        QVERIFY2(import(Importer::Format::Csv, path, &report, &error, other), qPrintable(error));
        QCOMPARE(report.written.featuresWritten, qint64(20));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_features WHERE name = 'matrix_size'")), qint64(20));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_features WHERE name = 'total_proc'")), qint64(20));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE energy_j IS NOT NULL")), qint64(20));

        // A text column cannot be a numeric feature: a bad line naming the column, nothing stored.
        ImportOptions text;
        text.clusterName = QStringLiteral("text");
        text.columnMap.insert(QStringLiteral("precision"), QStringLiteral("feature"));
        QVERIFY(!import(Importer::Format::Csv, path, &report, &error, text));
        QVERIFY2(error.contains(QStringLiteral(":2: column 'precision': not a number")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs j JOIN clusters c ON c.id = j.cluster_id"
                                      " WHERE c.name = 'text'")),
                 qint64(0));
        text.columnMap.insert(QStringLiteral("precision"), QStringLiteral("feature:Bad Name"));
        QVERIFY(!import(Importer::Format::Csv, path, &report, &error, text));
        QVERIFY2(error.contains(QStringLiteral("a feature name")), qPrintable(error));
    }

    void csvErrors()
    {
        ImportReport report;
        QString error;
        const QString noId = writeFile(QStringLiteral("noid.csv"), "a,b\n1,2\n");
        QVERIFY(!import(Importer::Format::Csv, noId, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("no job id column")), qPrintable(error));
        const QString badNumber = writeFile(QStringLiteral("badnum.csv"), "job_id,duration\n1,10\n2,ten\n");
        QVERIFY(!import(Importer::Format::Csv, badNumber, &report, &error));
        QVERIFY2(error.contains(QStringLiteral(":3: column 'duration': not a number")), qPrintable(error));
        const QString ragged = writeFile(QStringLiteral("ragged.csv"), "job_id,duration\n1,10,extra\n");
        QVERIFY(!import(Importer::Format::Csv, ragged, &report, &error));
        QVERIFY2(error.contains(QStringLiteral(":2: 3 fields")), qPrintable(error));
        ImportOptions options;
        options.columnMap.insert(QStringLiteral("nope"), QStringLiteral("job_id"));
        QVERIFY(!import(Importer::Format::Csv, badNumber, &report, &error, options));
        QVERIFY2(error.contains(QStringLiteral("'nope'")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
    }

    /// The known case: a run time that overflows a 64-bit integer (it was stored as end_ts -9223372036854775798 and
    /// elapsed_s INT64_MIN) is a bad line naming file:line and the field; nothing is stored unless bad lines are
    /// skipped.
    void overflowingSwfLineIsAnError()
    {
        const QString path = writeFile(QStringLiteral("overflow.swf"),
                                       "; UnixStartTime: 1000000000\n"
                                       "1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n"
                                       "2 10 5 99999999999999999999999999 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n");
        ImportReport report;
        QString error;
        QVERIFY(!import(Importer::Format::Swf, path, &report, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":3: field 4 (run time): ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("out of range")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
        ImportOptions options;
        options.skipBadLines = true;
        QVERIFY2(import(Importer::Format::Swf, path, &report, &error, options), qPrintable(error));
        QCOMPARE(report.skipped, qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT min(end_ts) FROM jobs")), qint64(1000000065));
    }

    /// sacct and CSV numbers out of range are bad lines naming file:line and the field; nothing is stored.
    void overflowingSacctAndCsvAreErrors_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reasonContains");
        const int sacct = int(Importer::Format::Sacct), csv = int(Importer::Format::Csv);
        const QByteArray header = "JobID|State|ElapsedRaw|AllocCPUS|ReqMem|Submit|ConsumedEnergyRaw\n"
                                  "1|COMPLETED|60|4|1G|1700000000|100\n";
        QTest::newRow("sacct ElapsedRaw") << sacct << header + "2|COMPLETED|99999999999999999999|4|1G|1700000000|1\n"
                                          << QStringLiteral(":3: field ElapsedRaw: '99999999999999999999' is out");
        QTest::newRow("sacct AllocCPUS") << sacct << header + "2|COMPLETED|60|4294967296|1G|1700000000|1\n"
                                         << QStringLiteral(":3: field AllocCPUS: '4294967296' is out of range");
        QTest::newRow("sacct ReqMem x CPUs") << sacct << header + "2|COMPLETED|60|2000000000|1e300Gc|1700000000|1\n"
                                             << QStringLiteral(":3: field ReqMem:");
        QTest::newRow("sacct Submit") << sacct << header + "2|COMPLETED|60|4|1G|999999999999999|1\n"
                                      << QStringLiteral(":3: field Submit: '999999999999999' is out of range");
        QTest::newRow("sacct energy") << sacct << header + "2|COMPLETED|60|4|1G|1700000000|1e400\n"
                                      << QStringLiteral(":3: field ConsumedEnergyRaw: '1e400' is out of range");
        const QByteArray csvHeader = "job_id,alloc_cpus,duration_s,energy_kwh,start_ts\n1,4,60,1,1700000000\n";
        QTest::newRow("csv cpus") << csv << csvHeader + "2,1e30,60,1,1700000000\n"
                                  << QStringLiteral(":3: column 'alloc_cpus': '1e30' is out of range");
        QTest::newRow("csv duration") << csv << csvHeader + "2,4,1e300,1,1700000000\n"
                                      << QStringLiteral(":3: duration 1e+300 s is out of range");
        QTest::newRow("csv start + duration") << csv << csvHeader + "2,4,253000000000,1,1700000000\n"
                                              << QStringLiteral(":3: start 1700000000 + duration");
        QTest::newRow("csv energy") << csv << csvHeader + "2,4,60,1e305,1700000000\n"
                                    << QStringLiteral(":3: column 'energy_kwh': '1e305' is out of range");
        QTest::newRow("csv 1e400") << csv << csvHeader + "2,4,60,1e400,1700000000\n"
                                   << QStringLiteral(":3: column 'energy_kwh': '1e400' is out of range");
        QTest::newRow("csv time") << csv << csvHeader + "2,4,60,1,99999999999999\n"
                                  << QStringLiteral(":3: column 'start_ts': time '99999999999999' is out of range");
        QTest::newRow("csv inf") << csv << csvHeader + "2,4,inf,1,1700000000\n"
                                 << QStringLiteral(":3: column 'duration_s': not a number: 'inf'");
    }
    void overflowingSacctAndCsvAreErrors()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, content);
        QFETCH(QString, reasonContains);
        const QString path = writeFile(QStringLiteral("overflow.txt"), content);
        ImportReport report;
        QString error;
        QVERIFY(!import(Importer::Format(format), path, &report, &error));
        QVERIFY2(error.startsWith(path + u':') && error.contains(reasonContains), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_metrics")), qint64(0));
    }

    void binaryGarbageIsRejected()
    {
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        const QString path = writeFile(QStringLiteral("garbage.bin"), garbage);
        ImportReport report;
        QString error;
        QVERIFY(!import(Importer::Format::Swf, path, &report, &error));
        QVERIFY(error.startsWith(path + u':'));
        QVERIFY(!import(Importer::Format::Sacct, path, &report, &error));
        QVERIFY(error.startsWith(path + u':'));
        QVERIFY(!import(Importer::Format::Csv, path, &report, &error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
        QVERIFY(!import(Importer::Format::Swf, m_dir.filePath(QStringLiteral("missing.swf")), &report, &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
    }

    void cancelLeavesNothing()
    {
        QByteArray swf;
        for (int i = 1; i <= 20000; ++i)
            swf += QByteArray::number(i) + " 0 1 2 1 -1 -1 1 10 -1 1 1 1 -1 1 -1 -1 -1\n";
        const QString path = writeFile(QStringLiteral("big.swf"), swf);
        std::atomic_bool cancel{true};
        Importer importer(*m_store);
        importer.setCancelFlag(&cancel);
        ImportReport report;
        QString error;
        QVERIFY(!importer.importFile(Importer::Format::Swf, path, {}, &report, &error));
        QVERIFY(report.cancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
