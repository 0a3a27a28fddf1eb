// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterProfile.h"
#include "LabSsh.h"
#include "ShellQuote.h"
#include "SlurmCollector.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace es;

/// The harvest over SSH against the real Slurm lab (tests/lab/slurm-lab.sh, jobs from submit-mix.sh), into SQLite
/// and into PostgreSQL (global data rows). The lab's energy readings come from SIMULATED node counters.
class TestSlurmHarvest : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    ClusterProfile m_profile;
    QSet<QString> m_sacctJobIds; // what sacct itself lists, read once over the same SSH

    SshEndpoint endpoint() const
    {
        SshEndpoint e;
        e.host = m_profile.host;
        e.port = m_profile.port;
        e.user = m_profile.user;
        e.keyFile = m_profile.keyFile;
        e.knownHostsFile = m_profile.knownHostsFile;
        e.useSshConfig = false;
        return e;
    }

    bool harvest(HarvestSummary *summary, QString *error, const HarvestOptions &options = {})
    {
        SshSession ssh;
        NonInteractivePrompter prompter;
        if (!ssh.connect(endpoint(), prompter, error))
            return false;
        SlurmCollector collector(*m_store, ssh);
        return collector.harvest(m_profile, options, summary, error);
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    /// An executable script in a directory the lab user can read, standing in for sacct.
    QString writeShim(const QString &name, const QByteArray &body)
    {
        const QString path = QStringLiteral("/tmp/es-test-shims/") + name;
        QDir().mkpath(QStringLiteral("/tmp/es-test-shims"));
        QFile::setPermissions(QStringLiteral("/tmp/es-test-shims"), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                        QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                                        QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                                        QFileDevice::ExeGroup);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'slurm 22.05.8'; exit 0; fi\n" + body);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                            QFileDevice::ExeGroup);
        return path;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        m_profile = test::labProfile(m_lab, QStringLiteral("lab"));

        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(endpoint(), prompter, &error), qPrintable(error));
        QByteArray out;
        QVERIFY2(ssh.run(shell::join({QStringLiteral("sacct"), QStringLiteral("-a"), QStringLiteral("-X"),
                                      QStringLiteral("-n"), QStringLiteral("-P"), QStringLiteral("--format=JobID"),
                                      QStringLiteral("-S"), QStringLiteral("2000-01-01")}),
                         &out, &error),
                 qPrintable(error));
        for (const QByteArray &id : out.split('\n')) {
            if (!id.trimmed().isEmpty())
                m_sacctJobIds.insert(QString::fromUtf8(id.trimmed()));
        }
        QVERIFY2(m_sacctJobIds.size() >= 20,
                 qPrintable(QStringLiteral("only %1 jobs in the lab's accounting").arg(m_sacctJobIds.size())));
    }
    void init() { m_store = test::openFreshStore(m_dir); }
    void cleanup() { m_store.reset(); }

    void everyJobExactlyOnceAndTwiceChangesNothing()
    {
        HarvestSummary summary;
        QString error;
        QVERIFY2(harvest(&summary, &error), qPrintable(error));
        QVERIFY(summary.slurmVersion.contains(QStringLiteral("22.05")) || summary.slurmVersion.contains(u'.'));
        QCOMPARE(summary.written.jobsNew, qint64(m_sacctJobIds.size()));
        QVERIFY(summary.written.stepsWritten > summary.written.jobsNew); // batch/extern/srun steps
        QCOMPARE(summary.nodes, qint64(4));
        QSet<QString> stored;
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT job_id FROM jobs")));
        while (q.next())
            stored.insert(q.value(0).toString());
        QCOMPARE(stored, m_sacctJobIds);

        // Names with the delimiter of --parsable2, quotes (sacct prints '"' as '`') and unicode survive.
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM jobs")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QVERIFY2(names.contains(QStringLiteral("missing|binary")), qPrintable(names.join(u'/')));
        QVERIFY2(names.contains(QStringLiteral("\u00e9nergie-\u80fd\u91cf")), qPrintable(names.join(u'/')));
        // Measured energy (from the lab's SIMULATED pm_counters through Slurm) on the jobs that ran for seconds.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM jobs WHERE state = 'COMPLETED' AND elapsed_s >= 3 AND "
                                     "energy_j > 0 AND energy_source = 'slurm'")) >= 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE state = 'FAILED'")) >= 2, true);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM node_samples")) >= 4);

        HarvestSummary again;
        QVERIFY2(harvest(&again, &error), qPrintable(error));
        QCOMPARE(again.written.jobsNew, qint64(0));
        QCOMPARE(again.written.jobsUpdated, qint64(0));
        QCOMPARE(again.written.stepsWritten, qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(m_sacctJobIds.size()));
        // The second run used the watermark: its window starts an overlap before the first run's end.
        QCOMPARE(again.sinceTs, summary.untilTs - HarvestOptions{}.overlapS);
    }

    void garbageFromSacctNamesTheLineAndStoresNothing()
    {
        HarvestOptions options;
        options.sacctProgram =
            writeShim(QStringLiteral("sacct-garbage"),
                      "printf 'JobID\\037JobName\\037State\\n1\\037ok\\037COMPLETED\\n\\001\\002 garbage \\377\\n'\n");
        HarvestSummary summary;
        QString error;
        QVERIFY(!harvest(&summary, &error, options));
        QVERIFY2(error.contains(QStringLiteral("sacct output line 3")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM harvest_state")), qint64(0));
    }

    void failingSacctReportsItsStderr()
    {
        HarvestOptions options;
        options.sacctProgram = writeShim(QStringLiteral("sacct-fails"),
                                         "echo 'sacct: error: Problem talking to the database' >&2\nexit 1\n");
        HarvestSummary summary;
        QString error;
        QVERIFY(!harvest(&summary, &error, options));
        QVERIFY2(error.contains(QStringLiteral("Problem talking to the database")), qPrintable(error));
    }

    void droppedConnectionMidHarvestKeepsTheStoreConsistent()
    {
        HarvestSummary first;
        QString error;
        QVERIFY2(harvest(&first, &error), qPrintable(error));
        const qint64 jobsBefore = count(QStringLiteral("SELECT count(*) FROM jobs"));
        const qint64 watermarkBefore = count(QStringLiteral("SELECT watermark_ts FROM harvest_state"));

        // A sacct that prints a header and one new job, then hangs; its sshd session is killed meanwhile.
        // In /tmp: the lab user must be able to write it.
        const QString pidFile = QStringLiteral("/tmp/es-test-session-%1.pid").arg(QCoreApplication::applicationPid());
        QFile::remove(pidFile);
        HarvestOptions options;
        options.full = true;
        options.sacctProgram =
            writeShim(QStringLiteral("sacct-hangs"),
                      "echo $PPID > " + pidFile.toUtf8() +
                          "\nprintf 'JobID\\037JobName\\037State\\n999999\\037new\\037COMPLETED\\n'\nsleep 30\n");
        QThread *killer = QThread::create([pidFile] {
            for (int i = 0; i < 100; ++i) {
                QFile file(pidFile);
                if (file.open(QIODevice::ReadOnly)) {
                    const pid_t pid = pid_t(file.readAll().trimmed().toLong());
                    if (pid > 1) {
                        QThread::msleep(300);
                        ::kill(pid, SIGKILL);
                        return;
                    }
                }
                QThread::msleep(100);
            }
        });
        killer->start();
        HarvestSummary broken;
        const bool ok = harvest(&broken, &error, options);
        killer->wait();
        delete killer;
        QFile::remove(pidFile);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("lost")) || error.contains(QStringLiteral("exited")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), jobsBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE job_id = '999999'")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT watermark_ts FROM harvest_state")), watermarkBefore);

        // The next harvest completes.
        HarvestSummary next;
        QVERIFY2(harvest(&next, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs")), jobsBefore);
    }
};

QTEST_GUILESS_MAIN(TestSlurmHarvest)
#include "TestSlurmHarvest.moc"
