// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// predict --job and models accuracy on a store holding the head of the real NASA iPSC/860 trace, on both engines
/// (global data rows "sqlite" and "postgres").
class TestPredictJob : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;
    QByteArray m_out;
    QByteArray m_err;
    int m_modelId = 0;

    int run(const QStringList &args)
    {
        const test::CliRun result = test::runCli(QStringList{QStringLiteral("--db"), m_location} + args);
        m_out = result.out;
        m_err = result.err;
        return result.exitCode;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(m_out).object(); }

    /// One prepared statement on the store, as a second program (a harvest) would change a job.
    void execute(const QString &sql, const QVariantList &values)
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.prepare(sql));
        for (const QVariant &v : values)
            query.addBindValue(v);
        QVERIFY2(query.exec(), qPrintable(sql));
    }

    QJsonObject accuracy()
    {
        [&] {
            QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("accuracy"),
                          QString::number(m_modelId)}),
                     0);
        }();
        return json();
    }

    QJsonObject predictJob(const QString &jobId)
    {
        [&] {
            QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("predict"), QStringLiteral("--model"),
                          QString::number(m_modelId), QStringLiteral("--job"), jobId}),
                     0);
        }();
        return json();
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        m_location = test::freshStoreLocation(m_dir);
        if (m_location.isEmpty())
            return;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("swf"),
                      test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"))}),
                 0);
        QCOMPARE(
            run({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--target"),
                 QStringLiteral("duration_s"), QStringLiteral("--model"), QStringLiteral("ridge"),
                 QStringLiteral("--split"), QStringLiteral("kfold"), QStringLiteral("--folds"), QStringLiteral("3")}),
            0);
        m_modelId = json().value(QStringLiteral("model_id")).toInt();
        QVERIFY(m_modelId > 0);
    }

    void predictsAFinishedJobAndRecordsItsActualValue()
    {
        const QJsonObject p = predictJob(QStringLiteral("98")); // 16 CPUs, 4034 s in the trace
        QVERIFY(p.value(QStringLiteral("prediction_id")).toInt() > 0);
        QCOMPARE(p.value(QStringLiteral("actual")).toDouble(), 4034.0);
        QVERIFY(std::isfinite(p.value(QStringLiteral("predicted")).toDouble()));
        QVERIFY(p.value(QStringLiteral("job")).toString().endsWith(QStringLiteral("/98")));
        // The inputs are the job's own features, the ones the model was trained with.
        const QJsonObject inputs = p.value(QStringLiteral("inputs")).toObject();
        QVERIFY(!inputs.isEmpty());
        QCOMPARE(inputs.value(QStringLiteral("req_cpus")).toString(), QStringLiteral("16"));

        const QJsonObject a = accuracy();
        QCOMPARE(a.value(QStringLiteral("predictions")).toInt(), 1);
        QCOMPARE(a.value(QStringLiteral("pending")).toInt(), 0);
        const QJsonObject m = a.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(m.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("mae")).toDouble(),
                 std::abs(4034.0 - p.value(QStringLiteral("predicted")).toDouble()));
    }

    void aJobThatFinishesLaterCountsOnceItHasFinished()
    {
        // Job 140 has not finished yet (no end, no elapsed time): its prediction is pending.
        execute(QStringLiteral("UPDATE jobs SET end_ts = NULL, elapsed_s = NULL WHERE job_id = ?"),
                {QStringLiteral("140")});
        const QJsonObject p = predictJob(QStringLiteral("140"));
        QVERIFY(p.value(QStringLiteral("actual")).isNull());
        QJsonObject a = accuracy();
        QCOMPARE(a.value(QStringLiteral("pending")).toInt(), 1);
        QVERIFY(a.value(QStringLiteral("metrics")).isNull());

        // It finishes (a later harvest writes its end): the same prediction is now compared with its run time.
        execute(QStringLiteral("UPDATE jobs SET end_ts = start_ts + 785, elapsed_s = 785 WHERE job_id = ?"),
                {QStringLiteral("140")});
        a = accuracy();
        QCOMPARE(a.value(QStringLiteral("pending")).toInt(), 0);
        const QJsonArray outcomes = a.value(QStringLiteral("outcomes")).toArray();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].toObject().value(QStringLiteral("actual")).toDouble(), 785.0);
        QCOMPARE(outcomes[0].toObject().value(QStringLiteral("job_id")).toString(), QStringLiteral("140"));

        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("accuracy"), QString::number(m_modelId)}), 0);
        QVERIFY(m_out.contains("1 with an actual value, 0 pending"));
    }

    void anyNumericColumnIsATarget()
    {
        // The CPU count as a target: it is then not a feature, and a job's own count is its actual value.
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--target"),
                      QStringLiteral("req_cpus"), QStringLiteral("--split"), QStringLiteral("kfold"),
                      QStringLiteral("--folds"), QStringLiteral("3")}),
                 0);
        const QJsonObject train = json();
        for (const QJsonValue &f : train.value(QStringLiteral("features")).toArray())
            QVERIFY(f.toObject().value(QStringLiteral("name")).toString() != u"req_cpus");
        m_modelId = train.value(QStringLiteral("model_id")).toInt();
        const QJsonObject p = predictJob(QStringLiteral("98"));
        QCOMPARE(p.value(QStringLiteral("target")).toString(), QStringLiteral("req_cpus"));
        QCOMPARE(p.value(QStringLiteral("actual")).toDouble(), 16.0);
        QCOMPARE(accuracy().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--target"), QStringLiteral("user")}), 2); // categorical
    }

    void aJobIdOfSeveralClustersNeedsTheCluster()
    {
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("swf"), QStringLiteral("--cluster"),
                      QStringLiteral("second"), test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"))}),
                 0);
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--job"), QStringLiteral("98")}),
                 1);
        QVERIFY2(m_err.contains("several clusters"), m_err.constData());
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("predict"), QStringLiteral("--model"),
                      QString::number(m_modelId), QStringLiteral("--job"), QStringLiteral("98"),
                      QStringLiteral("--cluster"), QStringLiteral("second")}),
                 0);
        QCOMPARE(json().value(QStringLiteral("job")).toString(), QStringLiteral("second/98"));
    }

    void refusesUnknownModelsJobsAndMissingFeatures()
    {
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("9999"),
                      QStringLiteral("--job"), QStringLiteral("98")}),
                 1);
        QVERIFY(m_err.contains("9999"));
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("accuracy"), QStringLiteral("9999")}), 1);
        QVERIFY(m_err.contains("no model 9999"));
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--job"), QStringLiteral("no-such-job")}),
                 1);
        QVERIFY2(m_err.contains("there is no job no-such-job"), m_err.constData());
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--job"), QStringLiteral("98"), QStringLiteral("--cluster"),
                      QStringLiteral("elsewhere")}),
                 1);
        QVERIFY(m_err.contains("cluster elsewhere"));

        // A job whose CPU count is unknown: the model needs it, so no prediction and nothing recorded.
        execute(QStringLiteral("UPDATE jobs SET req_cpus = NULL, alloc_cpus = NULL WHERE job_id = ?"),
                {QStringLiteral("7")});
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--job"), QStringLiteral("7")}),
                 1);
        QVERIFY2(m_err.contains("has no value for req_cpus"), m_err.constData());
        QCOMPARE(accuracy().value(QStringLiteral("predictions")).toInt(), 0);

        // Usage errors: inputs and --job together, --cluster without --job, an empty job id.
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--job"), QStringLiteral("98"), QStringLiteral("req_cpus=4")}),
                 2);
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--cluster"), QStringLiteral("x"), QStringLiteral("req_cpus=4")}),
                 2);
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(m_modelId),
                      QStringLiteral("--job"), QStringLiteral(" ")}),
                 2);
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("accuracy")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestPredictJob)
#include "TestPredictJob.moc"
