// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonSeriesWriter.h"
#include "CliApp.h"
#include "CliRun.h"
#include "Importer.h"
#include "PlacementAdvisor.h"
#include "Store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ml;

/// Advice for a job from the store's measured history: the real C6EnPLS runs (CRESCO6), imported with a job name
/// per task (algorithm_precision_matrixsize), node count, CPUs, run time and energy.
class TestPlacementAdvisor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    static PlacementAdvisor::Request request()
    {
        PlacementAdvisor::Request r;
        r.cluster = QStringLiteral("cresco6");
        r.jobName = QStringLiteral("IMeCO_double_21120");
        r.defaultNodes = 3;
        r.defaultCpus = 110;
        r.nodeCounts = {2, 3, 4, 6, 8, 11, 16, 64};
        r.cpuCounts = {64, 110, 128, 256, 484};
        r.trees = 60;
        return r;
    }

private slots:
    void initTestCase()
    {
        const QString source =
            QDir(QStringLiteral(ES_SHARED_DATA_DIR)).filePath(QStringLiteral("jobs_energy/C6EnPLS_jobs_info.csv"));
        QFile in(source);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(source));
        const QList<QByteArray> lines = in.readAll().split('\n');
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        const auto at = [&](const char *name) { return header.indexOf(name); };
        QByteArray csv = "job_id,name,node_count,alloc_cpus,duration,energy\n";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].trimmed().split(',');
            if (f.size() != header.size() || f[at("error_code")].isEmpty() || f[at("error_code")].toDouble() != 0 ||
                !(f[at("energy_from_delta_e")].toDouble() > 0))
                continue;
            csv += f[at("jobid")] + ',' + f[at("algorithm")] + '_' + f[at("precision")] + '_' +
                   QByteArray::number(qint64(f[at("matrix_size")].toDouble())) + ',' +
                   QByteArray::number(qint64(f[at("number_of_nodes")].toDouble())) + ',' +
                   QByteArray::number(qint64(f[at("total_proc")].toDouble())) + ',' + f[at("runtime")] + ',' +
                   f[at("energy_from_delta_e")] + '\n';
        }
        const QString path = m_dir.filePath(QStringLiteral("c6tasks.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
        out.close();
        m_db = m_dir.filePath(QStringLiteral("advice.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        ImportOptions options;
        options.clusterName = QStringLiteral("cresco6");
        options.columnMap.insert(QStringLiteral("duration"), QStringLiteral("duration_s"));
        options.columnMap.insert(QStringLiteral("energy"), QStringLiteral("energy_kwh"));
        ImportReport report;
        QVERIFY2(Importer(store).importFile(Importer::Format::Csv, path, options, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(5600));
    }

    void ranksCandidatesAgainstTheJobAsAsked()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        PlacementAdvisor::Request r = request();
        r.maxTimeIncreasePct = 10;
        const auto advice = PlacementAdvisor().advise(store, r, &error);
        QVERIFY2(advice, qPrintable(error));
        QCOMPARE(advice->tasks, 32);
        QCOMPARE(advice->runsOfTask, 252);
        QVERIFY2(advice->chosen == 0, qPrintable(advice->reason));
        const PlacementAdvisor::Candidate &best = advice->ranked.front();
        QVERIFY(!best.extrapolated && best.withinTimeLimit);
        int defaults = 0;
        for (const PlacementAdvisor::Candidate &c : advice->ranked) {
            QVERIFY(c.energyLowerJ <= c.energyJ && c.energyJ <= c.energyUpperJ);
            QVERIFY(c.timeLowerS <= c.timeS && c.timeS <= c.timeUpperS);
            QCOMPARE(c.extrapolated, c.nodes == 64); // CRESCO6 runs used 2 to 16 nodes
            if (c.isDefault) {
                ++defaults;
                QCOMPARE(c.energyChangePct, 0.0);
                QCOMPARE(c.measuredRuns, 8);
                // The prediction for the cell the job asks for lies near what it measured (260.5 kJ, 325 s).
                QVERIFY2(std::abs(c.energyJ / c.measuredEnergyJ - 1) < 0.25, qPrintable(QString::number(c.energyJ)));
            }
            QVERIFY(std::abs((1 + c.energyChangePct / 100) -
                             (1 + c.powerChangePct / 100) * (1 + c.timeChangePct / 100)) < 1e-9);
        }
        QCOMPARE(defaults, 1);
        QVERIFY(best.energyJ <= advice->ranked.back().energyJ || advice->ranked.back().extrapolated ||
                !advice->ranked.back().withinTimeLimit);
        QVERIFY(best.energyChangePct < 0); // a cheaper configuration than 3 nodes x 110 CPUs exists
    }

    void objectivesAndCarbon()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        // SYNTHETIC carbon series: 100 g/kWh, half-hourly over a day.
        QList<CarbonPoint> points;
        for (int i = 0; i < 48; ++i)
            points.append({1'700'000'000 + i * 1800, 100.0});
        CarbonWriteSummary summary;
        QVERIFY2(CarbonSeriesWriter(store).write(QStringLiteral("flat"), points, &summary, &error), qPrintable(error));
        PlacementAdvisor::Request r = request();
        r.objective = PlacementAdvisor::Objective::Carbon;
        r.carbonSeries = QStringLiteral("flat");
        r.beginTs = 1'700'000'000 + 3600;
        const auto advice = PlacementAdvisor().advise(store, r, &error);
        QVERIFY2(advice, qPrintable(error));
        for (const PlacementAdvisor::Candidate &c : advice->ranked) {
            QVERIFY(c.carbonG.has_value());
            QVERIFY(std::abs(*c.carbonG - c.energyJ / 3.6e6 * 100.0) < 1e-6 * (1 + *c.carbonG));
        }
        r.objective = PlacementAdvisor::Objective::Time;
        r.carbonSeries.clear();
        const auto fastest = PlacementAdvisor().advise(store, r, &error);
        QVERIFY2(fastest, qPrintable(error));
        for (const PlacementAdvisor::Candidate &c : fastest->ranked)
            if (!c.extrapolated)
                QVERIFY(fastest->ranked.front().timeS <= c.timeS);
        r.objective = PlacementAdvisor::Objective::Carbon;
        QVERIFY(!PlacementAdvisor().advise(store, r, &error));
        QVERIFY2(error.contains(QStringLiteral("carbon series")), qPrintable(error));
    }

    void unknownJobGetsNoAdvice()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        PlacementAdvisor::Request r = request();
        r.jobName = QStringLiteral("never-ran");
        const auto advice = PlacementAdvisor().advise(store, r, &error);
        QVERIFY2(advice, qPrintable(error));
        QCOMPARE(advice->chosen, -1);
        QVERIFY(advice->ranked.empty());
        QVERIFY2(advice->reason.contains(QStringLiteral("outside what we have measured")), qPrintable(advice->reason));
        r.cluster = QStringLiteral("nowhere");
        const auto empty = PlacementAdvisor().advise(store, r, &error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(empty->reason.contains(QStringLiteral("no job of cluster nowhere")));
    }

    void cliReadsTheBatchScript()
    {
        const QString script = m_dir.filePath(QStringLiteral("job.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/bash\n#SBATCH --job-name=IMeCO_double_21120\n#SBATCH -N 3\n#SBATCH --ntasks=110\n"
                "#SBATCH --account=hpc --qos=normal\nsrun ./solver\n");
        f.close();
        const test::CliRun result =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("advise"),
                          QStringLiteral("--cluster"), QStringLiteral("cresco6"), QStringLiteral("--script"), script,
                          QStringLiteral("--vary"), QStringLiteral("nodes=3,6,11"),
                          QStringLiteral("--max-time-increase"), QStringLiteral("10")});
        QVERIFY2(result.exitCode == CliApp::Ok, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("job_name")).toString(), QStringLiteral("IMeCO_double_21120"));
        const QJsonArray candidates = json.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 3);
        int defaults = 0;
        for (const QJsonValue &c : candidates) {
            defaults += c.toObject().value(QStringLiteral("default")).toBool();
            QCOMPARE(c.toObject().value(QStringLiteral("cpus")).toInt(), 110);
        }
        QCOMPARE(defaults, 1);
        QVERIFY(json.value(QStringLiteral("advice")).toBool());
        // Every advice given is in the ledger; this one was not submitted.
        QBuffer ledgerOut, ledgerErr;
        ledgerOut.open(QIODevice::WriteOnly);
        ledgerErr.open(QIODevice::WriteOnly);
        CliApp ledgerApp(&ledgerOut, &ledgerErr);
        QCOMPARE(ledgerApp.run({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("advise"),
                                QStringLiteral("ledger")}),
                 0);
        const QJsonArray ledger =
            QJsonDocument::fromJson(ledgerOut.data()).object().value(QStringLiteral("advice")).toArray();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("advised"));
        QCOMPARE(ledger[0].toObject().value(QStringLiteral("id")).toInteger(),
                 json.value(QStringLiteral("advice_id")).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestPlacementAdvisor)
#include "TestPlacementAdvisor.moc"
