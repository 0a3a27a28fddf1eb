// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "ClusterProfile.h"
#include "Importer.h"
#include "LabSsh.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// advise against the real Slurm lab (tests/lab/slurm-lab.sh): the history it learns from is SYNTHETIC (the lab's
/// sensors are simulated and its jobs are short), but sbatch --test-only, the submission and the job that runs are
/// the real controller's.
class TestAdviceLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    QString m_db;
    ClusterProfile m_profile;

    QByteArray remote(const QStringList &command) { return test::runOnLab(m_lab, command); }

private slots:
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        m_profile = test::labProfile(m_lab, QStringLiteral("lab"));
        m_db = m_dir.filePath(QStringLiteral("advice.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY2(ClusterProfiles(store).save(m_profile, &error), qPrintable(error));
        // SYNTHETIC history: two job names, three runs per (nodes, CPUs) cell.
        QByteArray csv = "job_id,name,node_count,alloc_cpus,duration,energy_j\n";
        struct Cell
        {
            int nodes, cpus;
            double energyKj, timeS;
        };
        const Cell cells[] = {{1, 2, 100, 100}, {2, 2, 80, 60}, {2, 4, 90, 50}, {4, 4, 120, 40}, {4, 8, 150, 35}};
        int id = 1;
        for (const char *name : {"es-advice-lab", "es-other"})
            for (const Cell &c : cells)
                for (int run = 0; run < 3; ++run)
                    csv += QStringLiteral("h%1,%2,%3,%4,%5,%6\n")
                               .arg(id++)
                               .arg(QString::fromLatin1(name))
                               .arg(c.nodes)
                               .arg(c.cpus)
                               .arg(c.timeS * (1 + 0.01 * run))
                               .arg(c.energyKj * 1e3 * (name[3] == 'o' ? 2 : 1) * (1 + 0.01 * run))
                               .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("history.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        ImportOptions options;
        options.clusterName = m_profile.clusterName();
        options.columnMap.insert(QStringLiteral("duration"), QStringLiteral("duration_s"));
        ImportReport report;
        QVERIFY2(Importer(store).importFile(Importer::Format::Csv, path, options, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(30));
    }

    void advisedJobRunsWhereAdvised()
    {
        const QString script = m_dir.filePath(QStringLiteral("job.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n#SBATCH --job-name=es-advice-lab\n#SBATCH -N 1\n#SBATCH -n 2\n#SBATCH --time=00:02:00\n"
                "#SBATCH --output=/dev/null\nsleep 2\n");
        f.close();
        const test::CliRun result =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("advise"),
                          QStringLiteral("--profile"), QStringLiteral("lab"), QStringLiteral("--script"), script,
                          QStringLiteral("--vary"), QStringLiteral("nodes=1,2,4"), QStringLiteral("--vary"),
                          QStringLiteral("cpus=2,4"), QStringLiteral("--submit")});
        QVERIFY2(result.exitCode == CliApp::Ok, QByteArray(result.err + result.out).constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY2(json.value(QStringLiteral("advice")).toBool(), result.out.constData());
        const QJsonArray candidates = json.value(QStringLiteral("candidates")).toArray();
        // (1, 2), (1, 4), (2, 2), (2, 4), (4, 4): a node runs at least one task.
        QCOMPARE(candidates.size(), 5);
        int answered = 0, refused = 0;
        for (const QJsonValue &v : candidates) {
            const QJsonObject c = v.toObject();
            answered += c.contains(QStringLiteral("queue_start_ts"));
            // 4 tasks on one node of 2 CPUs cannot run: the controller says so.
            if (c.value(QStringLiteral("nodes")).toInt() == 1 && c.value(QStringLiteral("cpus")).toInt() == 4) {
                QVERIFY2(c.contains(QStringLiteral("queue_refused")), QJsonDocument(c).toJson().constData());
                ++refused;
            }
        }
        QVERIFY2(answered >= 3, result.out.constData());
        QCOMPARE(refused, 1);

        const QString jobId = json.value(QStringLiteral("submitted_job_id")).toString();
        QVERIFY2(!jobId.isEmpty(), result.out.constData());
        const QJsonObject chosen = candidates[json.value(QStringLiteral("chosen")).toInt()].toObject();
        const QString shown = QString::fromUtf8(remote(
            {QStringLiteral("scontrol"), QStringLiteral("show"), QStringLiteral("job"), QStringLiteral("-o"), jobId}));
        QVERIFY2(shown.contains(QStringLiteral("NumNodes=%1").arg(chosen.value(QStringLiteral("nodes")).toInt())),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("NumTasks=%1").arg(chosen.value(QStringLiteral("cpus")).toInt())),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("JobName=es-advice-lab")), qPrintable(shown));
        QVERIFY2(shown.contains(
                     QStringLiteral("Comment=es-advice:%1").arg(json.value(QStringLiteral("advice_id")).toInteger())),
                 qPrintable(shown));

        // Once it has run and a harvest has brought it in, the ledger compares it with what was advised.
        // The controller's own record of this job (sacct could also list an older job of the same id from an
        // earlier lab whose accounting database was kept).
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(remote({QStringLiteral("scontrol"), QStringLiteral("show"),
                                                           QStringLiteral("job"), QStringLiteral("-o"), jobId}))
                                     .contains(QStringLiteral("JobState=COMPLETED")),
                                 90000);
        const auto cli = [&](const QStringList &args, QByteArray *output) {
            QBuffer o, e;
            o.open(QIODevice::WriteOnly);
            e.open(QIODevice::WriteOnly);
            CliApp runner(&o, &e);
            const int rc = runner.run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + args);
            *output = o.data() + e.data();
            return rc;
        };
        // slurmdbd records the job some time after the controller ends it (longer on a busy machine, with the whole
        // suite running): harvest again until the accounting has its end, for at most a minute.
        QByteArray output;
        QJsonArray ledger;
        for (QDeadlineTimer deadline(60000);;) {
            QCOMPARE(cli({QStringLiteral("harvest"), QStringLiteral("--profile"), QStringLiteral("lab")}, &output), 0);
            QCOMPARE(cli({QStringLiteral("advise"), QStringLiteral("ledger")}, &output), 0);
            ledger = QJsonDocument::fromJson(output).object().value(QStringLiteral("advice")).toArray();
            QCOMPARE(ledger.size(), 1);
            if (ledger[0].toObject().value(QStringLiteral("finished")).toBool() || deadline.hasExpired())
                break;
            QTest::qWait(2000);
        }
        const QJsonObject entry = ledger[0].toObject();
        const QByteArray shownEntry = QJsonDocument(entry).toJson();
        QCOMPARE(entry.value(QStringLiteral("job_id")).toString(), jobId);
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QVERIFY2(entry.value(QStringLiteral("finished")).toBool(), QJsonDocument(entry).toJson().constData());
        QVERIFY2(entry.value(QStringLiteral("measured_time_s")).toDouble() >= 1, shownEntry.constData());
        QVERIFY2(!entry.value(QStringLiteral("ran_elsewhere")).toBool(true), shownEntry.constData());
    }
};

QTEST_GUILESS_MAIN(TestAdviceLab)
#include "TestAdviceLab.moc"
