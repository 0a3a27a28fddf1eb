// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignLabClient.h"
#include "CampaignStore.h"
#include "Store.h"
#include "TestStores.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace es;

/// Benchmark campaigns when Slurm or the machine misbehave, on the real Slurm lab (tests/lab/slurm-lab.sh): jobs
/// requeued, cancelled from outside or past their time limit, and a disk that fills up while results are written.
class TestCampaignFaultsLab : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::CampaignLabClient m_client;

    using CliResult = test::CampaignLabClient::CliResult;
    CliResult cli(const QStringList &args) const { return m_client.cli(args); }
    QByteArray remote(const QStringList &command) const { return m_client.remote(command); }
    QHash<QString, int> jobsByName(const QStringList &names) const { return m_client.jobsByName(names); }
    QList<CampaignRunRecord> runs(const QString &campaign) const { return m_client.runs(campaign); }
    QString plan(const QString &name, const QStringList &options) const { return m_client.plan(name, options); }
    static QStringList namesOf(const QList<CampaignRunRecord> &runs) { return test::CampaignLabClient::namesOf(runs); }

    static QStringList scoreCommand(const QString &command, int repeats, int timeLimitMin)
    {
        return {QStringLiteral("--workload"),         QStringLiteral("command"),
                QStringLiteral("--command"),          command,
                QStringLiteral("--fom-regex"),        QStringLiteral("score=([0-9]+)"),
                QStringLiteral("--fom-unit"),         QStringLiteral("points"),
                QStringLiteral("--repeats"),          QString::number(repeats),
                QStringLiteral("--sampler-interval"), QStringLiteral("0"),
                QStringLiteral("--time-limit"),       QString::number(timeLimitMin)};
    }

private slots:
    void initTestCase()
    {
        QString error;
        const bool lab = m_client.open("ES_TEST_SLURM_ENV", m_dir.filePath(QStringLiteral("faults.sqlite")), &error);
        if (!lab && error.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        QVERIFY2(lab, qPrintable(error));
    }

    /// Slurm's other ends, made on the real cluster: a job requeued while it runs (scontrol requeue) completes under
    /// its one job id; a job cancelled from outside (scancel) fails with CANCELLED; one past its time limit fails
    /// with TIMEOUT. Nothing is submitted again for any of them.
    void requeuedCancelledAndTimedOut()
    {
        const QString name =
            plan(QStringLiteral("ends"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("sleep 10; echo score=5"), QStringLiteral("--fom-regex"),
                  QStringLiteral("score=([0-9]+)"), QStringLiteral("--fom-unit"), QStringLiteral("points"),
                  QStringLiteral("--repeats"), QStringLiteral("3"), QStringLiteral("--sampler-interval"),
                  QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!name.isEmpty());
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("start"), name}).exitCode, 0);
        const auto running = [&] {
            return remote({QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-t"), QStringLiteral("R"),
                           QStringLiteral("-o"), QStringLiteral("%i"),
                           QStringLiteral("--name=") + namesOf(runs(name)).join(u',')})
                .trimmed()
                .split('\n')
                .size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(running() == 3, 60000);
        const QList<CampaignRunRecord> before = runs(name);
        remote({QStringLiteral("scontrol"), QStringLiteral("requeue"), before[0].slurmJobId});
        remote({QStringLiteral("scancel"), before[1].slurmJobId});

        const QString late =
            plan(QStringLiteral("late"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("sleep 300; echo score=1"), QStringLiteral("--fom-regex"),
                  QStringLiteral("score=([0-9]+)"), QStringLiteral("--fom-unit"), QStringLiteral("points"),
                  QStringLiteral("--repeats"), QStringLiteral("1"), QStringLiteral("--sampler-interval"),
                  QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("1")});
        QVERIFY(!late.isEmpty());
        for (const QString &campaign : {name, late}) {
            const CliResult done = cli({QStringLiteral("campaign"), QStringLiteral("start"), campaign,
                                        QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("2")});
            QVERIFY2(done.exitCode == 0 && done.json.value(QStringLiteral("done")).toBool(), done.err.constData());
        }
        const QList<CampaignRunRecord> after = runs(name);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after[0].state, QStringLiteral("completed"));
        QCOMPARE(after[0].slurmJobId, before[0].slurmJobId); // requeued: the same job, run again by Slurm
        QCOMPARE(after[1].state, QStringLiteral("failed"));
        QVERIFY2(after[1].message.startsWith(QStringLiteral("CANCELLED")), qPrintable(after[1].message));
        QCOMPARE(after[2].state, QStringLiteral("completed"));
        const QList<CampaignRunRecord> timedOut = runs(late);
        QCOMPARE(timedOut.size(), 1);
        QCOMPARE(timedOut[0].state, QStringLiteral("failed"));
        QVERIFY2(timedOut[0].message.startsWith(QStringLiteral("TIMEOUT")), qPrintable(timedOut[0].message));
        for (const auto &[campaign, count] : {std::pair{name, 3}, std::pair{late, 1}})
            QCOMPARE(jobsByName(namesOf(runs(campaign))).size(), count);
    }

    /// Killed between reading a finished run's results and storing them (the harvest of results): the run is still
    /// "finished" in the store, the next pass reads it again, and every result is there; nothing ran twice.
    void killedWhileReadingResults()
    {
        const QString name = plan(QStringLiteral("read"), scoreCommand(QStringLiteral("sleep 1; echo score=9"), 2, 2));
        QVERIFY(!name.isEmpty());
        const CliResult killed = m_client.cli({QStringLiteral("campaign"), QStringLiteral("start"), name,
                                               QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1")},
                                              QStringLiteral("before-result-stored"));
        QCOMPARE(killed.exitCode, 86);
        int finished = 0;
        for (const CampaignRunRecord &r : runs(name))
            finished += r.state == QLatin1String("finished") ? 1 : 0;
        QVERIFY(finished >= 1); // ended in Slurm, its results not stored
        const CliResult resumed = cli({QStringLiteral("campaign"), QStringLiteral("resume"), name,
                                       QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(resumed.exitCode == 0 && resumed.json.value(QStringLiteral("done")).toBool(), resumed.err.constData());
        const QList<CampaignRunRecord> all = runs(name);
        QCOMPARE(all.size(), 2);
        for (const CampaignRunRecord &r : all) {
            QCOMPARE(r.state, QStringLiteral("completed"));
            QCOMPARE(r.fom.value_or(0), 9.0);
        }
        QCOMPARE(jobsByName(namesOf(all)).size(), 2);
    }

    /// The store's disk is full when a pass would read the results of finished jobs (a 2 MiB tmpfs holds the store):
    /// the pass fails saying the disk may be full, and the store stays whole; once space returns, the next pass reads
    /// every result, and no job was submitted twice.
    void diskFullWhileReadingResults()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mountPoint}) != 0)
            QSKIP("cannot mount a tmpfs here (needs root)");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        const QString db = mountPoint + QStringLiteral("/store.sqlite");
        QVERIFY(QFile::copy(m_client.db(), db)); // the profile with the lab's keys
        const QString name =
            m_client.plan(QStringLiteral("full"), scoreCommand(QStringLiteral("sleep 1; echo score=7"), 2, 2), db);
        QVERIFY(!name.isEmpty());
        QCOMPARE(m_client.cli({QStringLiteral("campaign"), QStringLiteral("start"), name}, QString(), db).exitCode, 0);
        const auto inSlurm = [&] {
            return remote({QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%i"),
                           QStringLiteral("--name=") + namesOf(m_client.runs(name, db)).join(u',')})
                .trimmed()
                .size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(inSlurm() == 0, 120000); // both jobs ended; their results are not read yet

        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        const CliResult full =
            m_client.cli({QStringLiteral("campaign"), QStringLiteral("resume"), name}, QString(), db);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("disk full") || full.err.contains("database or disk is full"), full.err.constData());

        QVERIFY(QFile::remove(filler.fileName()));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            QSqlQuery check(store.database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        const CliResult resumed =
            m_client.cli({QStringLiteral("campaign"), QStringLiteral("resume"), name, QStringLiteral("--wait"),
                          QStringLiteral("--poll"), QStringLiteral("1")},
                         QString(), db);
        QVERIFY2(resumed.exitCode == 0 && resumed.json.value(QStringLiteral("done")).toBool(), resumed.err.constData());
        const QList<CampaignRunRecord> all = m_client.runs(name, db);
        QCOMPARE(all.size(), 2);
        for (const CampaignRunRecord &r : all) {
            QCOMPARE(r.state, QStringLiteral("completed"));
            QCOMPARE(r.fom.value_or(0), 7.0);
        }
        QCOMPARE(jobsByName(namesOf(all)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCampaignFaultsLab)
#include "TestCampaignFaultsLab.moc"
