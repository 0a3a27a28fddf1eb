// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "CliApp.h"
#include "CliRun.h"
#include "ClusterProfile.h"
#include "EventLog.h"
#include "LabSsh.h"
#include "NodeSampleWriter.h"
#include "SamplerParser.h"
#include "SamplerSampleConverter.h"
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

/// Memory and silence alerts on the real Slurm lab (tests/lab/slurm-lab.sh). A memory hog (85 MB of bytes held for
/// 12 s in a job that asked for 100 MB) and a job that uses almost nothing are harvested; `alerts check` must flag
/// the hog (memory_exhaustion), not the other. Then the on-node sampler runs five samples on node2 and stops: once
/// three of its intervals have passed without a sample, the evaluation must find node2's sampler silent, once.
/// Nothing here is measured: only what Slurm accounted and which samples arrived count.
class TestResourceAlertsLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    QString m_db;

    QByteArray remote(const QString &command, QString *error) { return test::runOnLab(m_lab, command, error); }

    int cli(const QStringList &args, QByteArray *output) { return test::runJsonCommand(m_db, args, output); }

    /// Whether the store holds `jobId` ended, with its MaxRSS.
    bool accounted(const QString &jobId)
    {
        Store store;
        QString error;
        if (!store.open(m_db, &error))
            return false;
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE job_id = ? AND end_ts IS NOT NULL"
                                     " AND max_rss_mb IS NOT NULL"));
        query.addBindValue(jobId);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        m_db = m_dir.filePath(QStringLiteral("resources.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        QVERIFY2(ClusterProfiles(store).save(test::labProfile(m_lab, QStringLiteral("lab")), &error),
                 qPrintable(error));
    }

    void memoryHogIsFlagged()
    {
        const qint64 testStartTs = QDateTime::currentSecsSinceEpoch();
        auto sbatch = [](const QString &name, const QString &command) {
            return shell::join({QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("-p"),
                                QStringLiteral("batch"), QStringLiteral("-w"), QStringLiteral("node1"),
                                QStringLiteral("--mem=100M"), QStringLiteral("-J"), name, QStringLiteral("-o"),
                                QStringLiteral("/dev/null"), QStringLiteral("--wrap"), command});
        };
        QString error;
        const QStringList ids =
            QString::fromUtf8(
                remote(sbatch(QStringLiteral("es-memhog"),
                              QStringLiteral("python3 -c 'import time; b = b\"x\" * (85 << 20); time.sleep(12)'")) +
                           QStringLiteral(" && ") + sbatch(QStringLiteral("es-memlight"), QStringLiteral("sleep 8")),
                       &error))
                .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(ids.size() == 2, qPrintable(error + ids.join(u' ')));
        const QString squeue = shell::join({QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-o"),
                                            QStringLiteral("%i"), QStringLiteral("-j"), ids.join(u',')});
        QTRY_VERIFY_WITH_TIMEOUT(remote(squeue, &error).trimmed().isEmpty() && error.isEmpty(), 120000);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            cli({QStringLiteral("harvest"), QStringLiteral("--profile"), QStringLiteral("lab")}, &output) == 0 &&
                accounted(ids[0]) && accounted(ids[1]),
            60000);
        QVERIFY(test::keepOnlyJobs(m_db, ids));
        QVERIFY2(
            cli({QStringLiteral("alerts"), QStringLiteral("check"), QStringLiteral("--cluster"),
                 m_lab.value(QStringLiteral("LAB_CLUSTER")), QStringLiteral("--since"), QString::number(testStartTs)},
                &output) == CliApp::Ok,
            output.constData());
        QStringList flagged;
        QString message;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(output).object().value(QStringLiteral("new_events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("kind")).toString() == AlertEvent::memoryExhaustionKind()) {
                flagged << e.value(QStringLiteral("job_id")).toString();
                message = e.value(QStringLiteral("message")).toString();
            }
        }
        QCOMPARE(flagged, QStringList{ids[0]});
        qInfo("%s", qPrintable(message));
    }

    void stoppedSamplerIsSilent()
    {
        const QString sampler =
            test::publishForLabUser(QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("/tmp/es-test-silence"));
        QString error;
        const QByteArray out =
            remote(shell::join({QStringLiteral("srun"), QStringLiteral("-w"), QStringLiteral("node2"),
                                QStringLiteral("-N1"), QStringLiteral("-n1"), QStringLiteral("-t"), QStringLiteral("2"),
                                QStringLiteral("-J"), QStringLiteral("es-silence"), QStringLiteral("sh"), sampler,
                                QStringLiteral("-i"), QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("5")}),
                   &error);
        const SamplerOutput parsed = SamplerParser::parseText(out);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n') + error));
        QVERIFY2(parsed.samples.size() >= 3, qPrintable(QString::fromUtf8(out) + error));
        Store store;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        {
            NodeSampleWriter writer(store, m_lab.value(QStringLiteral("LAB_CLUSTER")));
            QVERIFY2(writer.begin(&error), qPrintable(error));
            for (const NodeSampleRecord &record : parsed.samples)
                QVERIFY2(writer.add(SamplerSampleConverter::toNodeSample(record, QStringLiteral("node2")), &error),
                         qPrintable(error));
            QVERIFY2(writer.commit(&error), qPrintable(error));
        }
        AlertEvaluationOptions options;
        options.silenceRules = true;
        options.sinceTs = parsed.samples.constFirst().tsEpochS;
        AlertEvaluator evaluator(store);
        qint64 silent = 0;
        // The sampler has stopped; three of its intervals later node2's sampler is silent.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                AlertEvaluationSummary summary;
                if (!evaluator.evaluate(m_lab.value(QStringLiteral("LAB_CLUSTER")), options, &summary, &error))
                    return false;
                for (const AlertEvent &e : summary.newEvents)
                    silent += e.kind == AlertEvent::collectorSilentKind();
                return silent > 0;
            }(),
            60000);
        QCOMPARE(silent, qint64(1));
        EventFilter filter;
        filter.kind = AlertEvent::collectorSilentKind();
        const auto events = EventLog::list(store, filter, &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(events->size(), qsizetype(1));
        QCOMPARE(events->constFirst().subject, QStringLiteral("node2/sampler"));
        QVERIFY(!events->constFirst().tsEnd);
        QVERIFY(events->constFirst().tsStart > parsed.samples.constLast().tsEpochS);
        qInfo("%s", qPrintable(events->constFirst().message));
    }
};

QTEST_GUILESS_MAIN(TestResourceAlertsLab)
#include "TestResourceAlertsLab.moc"
