// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvent.h"
#include "CliApp.h"
#include "CliRun.h"
#include "ClusterProfile.h"
#include "LabSsh.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// Job failure alerts on the real Slurm lab (tests/lab/slurm-lab.sh): six jobs that fail (exit 1) on node2 and six
/// that succeed on node3 and node4, all in partition batch, are harvested; `alerts check` over the jobs that ended
/// since the test began must find node2 a bad node (all its jobs failed, none on the partition's other nodes) and
/// its failure rate high, and nothing against node3 or node4. Nothing here is measured: only job states count.
class TestFailureAlertsLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    QString m_db;

    QByteArray remote(const QString &command, QString *error) { return test::runOnLab(m_lab, command, error); }

    int cli(const QStringList &args, QByteArray *output) { return test::runJsonCommand(m_db, args, output); }

    /// How many of `ids` the store holds in a final state.
    qint64 finishedInStore(const QStringList &ids)
    {
        Store store;
        QString error;
        if (!store.open(m_db, &error))
            return -1;
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT job_id, state FROM jobs WHERE end_ts IS NOT NULL"));
        qint64 found = 0;
        if (query.exec())
            while (query.next())
                found += ids.contains(query.value(0).toString()) && !query.value(1).toString().startsWith(u"RUNNING");
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        m_db = m_dir.filePath(QStringLiteral("failures.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY2(ClusterProfiles(store).save(test::labProfile(m_lab, QStringLiteral("lab")), &error),
                 qPrintable(error));
    }

    void nodeFailingEveryJobIsABadNode()
    {
        const qint64 testStartTs = QDateTime::currentSecsSinceEpoch();
        QStringList submissions;
        for (int i = 0; i < 6; ++i) {
            submissions << shell::join({QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("-p"),
                                        QStringLiteral("batch"), QStringLiteral("-w"), QStringLiteral("node2"),
                                        QStringLiteral("-J"), QStringLiteral("es-fails"), QStringLiteral("-o"),
                                        QStringLiteral("/dev/null"), QStringLiteral("--wrap"),
                                        QStringLiteral("exit 1")});
            submissions << shell::join({QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("-p"),
                                        QStringLiteral("batch"), QStringLiteral("-w"),
                                        i % 2 ? QStringLiteral("node3") : QStringLiteral("node4"), QStringLiteral("-J"),
                                        QStringLiteral("es-works"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                        QStringLiteral("--wrap"), QStringLiteral("true")});
        }
        QString error;
        const QStringList ids = QString::fromUtf8(remote(submissions.join(QStringLiteral(" && ")), &error))
                                    .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(ids.size() == 12, qPrintable(error + ids.join(u' ')));
        // Done once the controller no longer lists any of them as pending or running.
        const QString squeue = shell::join({QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-o"),
                                            QStringLiteral("%i"), QStringLiteral("-j"), ids.join(u',')});
        QTRY_VERIFY_WITH_TIMEOUT(remote(squeue, &error).trimmed().isEmpty() && error.isEmpty(), 120000);
        QByteArray output;
        // Accounting may lag the controller by a moment: harvest until every job is in the store, finished.
        QTRY_VERIFY_WITH_TIMEOUT(
            cli({QStringLiteral("harvest"), QStringLiteral("--profile"), QStringLiteral("lab")}, &output) == 0 &&
                finishedInStore(ids) == 12,
            60000);
        QVERIFY(test::keepOnlyJobs(m_db, ids));

        const QStringList check{QStringLiteral("alerts"),
                                QStringLiteral("check"),
                                QStringLiteral("--cluster"),
                                m_lab.value(QStringLiteral("LAB_CLUSTER")),
                                QStringLiteral("--since"),
                                QString::number(testStartTs),
                                QStringLiteral("--failure-min-jobs"),
                                QStringLiteral("5"),
                                QStringLiteral("--failure-window-h"),
                                QStringLiteral("1")};
        QVERIFY2(cli(check, &output) == CliApp::Ok, output.constData());
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        // The lab is shared with the other lab tests: a job of theirs may end in this window too.
        QVERIFY(json.value(QStringLiteral("clusters"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("failure_jobs_read"))
                    .toInt() >= 12);
        QHash<QString, QList<QJsonObject>> byKindSubject;
        for (const QJsonValue &v : json.value(QStringLiteral("new_events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString kind = e.value(QStringLiteral("kind")).toString();
            if (kind != AlertEvent::failureRateKind() && kind != AlertEvent::badNodeKind())
                continue; // the memory rules look at the same store
            byKindSubject[e.value(QStringLiteral("kind")).toString() + u' ' +
                          e.value(QStringLiteral("subject")).toString()]
                .append(e);
        }
        const QList<QJsonObject> bad = byKindSubject.value(QStringLiteral("bad_node node2@batch"));
        QCOMPARE(bad.size(), qsizetype(1));
        QCOMPARE(bad[0].value(QStringLiteral("node")).toString(), QStringLiteral("node2"));
        QCOMPARE(bad[0].value(QStringLiteral("value")).toDouble(), 1.0);     // 6 of 6 failed on node2
        QCOMPARE(bad[0].value(QStringLiteral("threshold")).toDouble(), 0.3); // 0 of 6 elsewhere, + the margin
        QVERIFY(bad[0].value(QStringLiteral("ts_end")).isNull());
        QCOMPARE(byKindSubject.value(QStringLiteral("failure_rate node:node2")).size(), qsizetype(1));
        // At the horizon half the partition's jobs have failed: its episode is open.
        const QList<QJsonObject> partition = byKindSubject.value(QStringLiteral("failure_rate partition:batch"));
        QVERIFY(!partition.isEmpty());
        QVERIFY(partition.constLast().value(QStringLiteral("ts_end")).isNull());
        qsizetype badNodes = 0;
        for (auto it = byKindSubject.cbegin(); it != byKindSubject.cend(); ++it) {
            QVERIFY2(!it.key().contains(QStringLiteral("node3")) && !it.key().contains(QStringLiteral("node4")),
                     qPrintable(it.key()));
            badNodes += it.key().startsWith(QStringLiteral("bad_node")) ? it.value().size() : 0;
        }
        QCOMPARE(badNodes, qsizetype(1));
        qInfo("%lld new failure events: %s", qint64(json.value(QStringLiteral("events_new")).toInteger()),
              qPrintable(QStringList(byKindSubject.keys()).join(QStringLiteral(", "))));

        // Evaluated again: nothing new.
        QVERIFY2(cli(check, &output) == CliApp::Ok, output.constData());
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("events_new")).toInt(), 0);
        QVERIFY2(cli({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--kind"),
                      QStringLiteral("bad_node")},
                     &output) == CliApp::Ok,
                 output.constData());
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("events")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFailureAlertsLab)
#include "TestFailureAlertsLab.moc"
