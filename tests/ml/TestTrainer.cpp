// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DatasetLoader.h"
#include "Importer.h"
#include "RidgeRegressor.h"
#include "Store.h"
#include "SyntheticData.h"
#include "TestStores.h"
#include "Trainer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ml;

Q_DECLARE_METATYPE(es::ml::Algorithm)

class TestTrainer : public QObject
{
    Q_OBJECT
private slots:
    void ridgeFindsLinearRelationship()
    {
        TrainOptions options;
        options.algorithms = {Algorithm::Ridge};
        Trainer trainer;
        QString error;
        const auto result = trainer.train(test::linearData(200), options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->evaluations.size(), size_t(1));
        const auto &splits = result->evaluations[0].splits;
        QCOMPARE(splits.size(), size_t(2)); // k-fold and time-ordered: the data has times
        for (const SplitEvaluation &s : splits) {
            QVERIFY(!s.split.isEmpty());
            QVERIFY2(s.model.r2 > 0.95, qPrintable(QStringLiteral("%1: R² %2").arg(s.split).arg(s.model.r2)));
            QVERIFY(s.model.mae < s.baseline.mae / 5);
            QCOMPARE(s.actual.size(), s.predicted.size());
        }
        QCOMPARE(splits[0].model.n, qsizetype(200)); // k-fold: every row tested once
        QVERIFY(splits[1].model.n < 200);            // time-ordered: the first block is never tested
        QVERIFY(splits[0].baselineName.contains(QStringLiteral("kind")));
        // Permutation importance: x1 (weight 3) above x2 (weight -2), both clearly positive.
        QCOMPARE(splits[0].importance.size(), size_t(2));
        QCOMPARE(splits[0].importance[0].first, QStringLiteral("x1"));
        QVERIFY(splits[0].importance[1].second > 1.0);
        // The final model predicts new inputs.
        QString why;
        const auto p = result->model.predict(
            {{QStringLiteral("x1"), QStringLiteral("1")}, {QStringLiteral("x2"), QStringLiteral("1")}}, &why);
        QVERIFY2(p, qPrintable(why));
        QVERIFY(std::abs(p->value - 1.0) < 0.1);
        QVERIFY(result->model.metrics.contains(QStringLiteral("splits")));
        QCOMPARE(result->model.dataHash, test::linearData(200).hash());
    }

    void forestBeatsTheBaselineAndAllCompares()
    {
        TrainOptions options;
        options.algorithms = Regressor::all();
        options.folds = 3;
        options.timeOrdered = false;
        options.innerFolds = 2;
        Trainer trainer;
        QString error;
        const auto result = trainer.train(test::nonlinearData(240), options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->evaluations.size(), size_t(4));
        double bestR2 = -1e9;
        for (const auto &e : result->evaluations) {
            const SplitEvaluation &s = e.splits.front();
            bestR2 = std::max(bestR2, s.model.r2);
            if (e.algorithm != Algorithm::Ridge) {
                // The baseline knows the category means; the model must learn x1 and x2 on top.
                QVERIFY2(s.model.rmse < 0.6 * s.baseline.rmse, qPrintable(QStringLiteral("%1: RMSE %2 vs baseline %3")
                                                                              .arg(Regressor::name(e.algorithm))
                                                                              .arg(s.model.rmse)
                                                                              .arg(s.baseline.rmse)));
            }
        }
        QCOMPARE(result->evaluations[size_t(result->best)].splits.front().model.r2, bestR2);
        QVERIFY(result->evaluations[size_t(result->best)].algorithm != Algorithm::Ridge);
        QCOMPARE(result->model.algorithm(), result->evaluations[size_t(result->best)].algorithm);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << 0 << QString() << QStringLiteral("empty");
        QTest::newRow("one row") << 1 << QString() << QStringLiteral("1 rows");
        QTest::newRow("constant") << 50 << QStringLiteral("constant") << QStringLiteral("constant");
        QTest::newRow("nan target") << 50 << QStringLiteral("nan") << QStringLiteral("finite");
        QTest::newRow("inf feature") << 50 << QStringLiteral("inf") << QStringLiteral("finite");
    }
    void badInput()
    {
        QFETCH(int, rows);
        QFETCH(QString, change);
        QFETCH(QString, message);
        Dataset d = test::linearData(rows);
        if (change == u"constant")
            std::fill(d.target.begin(), d.target.end(), 4.0);
        else if (change == u"nan")
            d.target[3] = std::numeric_limits<double>::quiet_NaN();
        else if (change == u"inf")
            d.columns[1].numbers[7] = std::numeric_limits<double>::infinity();
        Trainer trainer;
        QString error;
        QVERIFY(!trainer.train(d, TrainOptions{}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void cancelsAndReportsProgress()
    {
        Trainer trainer;
        std::atomic_bool cancel = false;
        int calls = 0, lastDone = -1, total = 0;
        bool monotonic = true;
        trainer.setCancelFlag(&cancel);
        trainer.setProgressCallback([&](const QString &stage, int done, int fitsTotal) {
            monotonic = monotonic && done >= lastDone && !stage.isEmpty();
            lastDone = done;
            total = fitsTotal;
            if (++calls == 5)
                cancel = true;
        });
        QString error;
        QVERIFY(!trainer.train(test::linearData(100), TrainOptions{}, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QCOMPARE(calls, 5);
        QVERIFY(monotonic);
        QVERIFY(total > 5);
    }

    /// The flag set at the N-th progress callback (inside the inner search, a fold's fit, a prediction or the final
    /// fit, as N grows) stops every algorithm: train() fails with "cancelled" and the callback is never called again,
    /// so the work after the flag is at most one block between two checks (RidgeRegressor::kRowsPerCheck rows, a
    /// batch of trees, one kernel fit on at most Regressor::kKernelMaxRows rows). Counts, never time.
    void cancelStopsEveryAlgorithm_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<int>("cancelAt");
        for (Algorithm a : Regressor::all())
            for (int n : {1, 2, 7, 30, 90})
                QTest::addRow("%s at call %d", qPrintable(Regressor::name(a)), n) << a << n;
    }
    void cancelStopsEveryAlgorithm()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(int, cancelAt);
        TrainOptions options;
        options.algorithms = {algorithm};
        options.folds = 3;
        Trainer trainer;
        std::atomic_bool cancel = false;
        int calls = 0;
        trainer.setCancelFlag(&cancel);
        trainer.setProgressCallback([&](const QString &, int, int) {
            if (++calls == cancelAt)
                cancel = true;
        });
        QString error;
        // SYNTHETIC rows: ridge sums 9,000 rows in blocks of 4,096; few enough for the others to stay quick.
        const int rows = algorithm == Algorithm::Ridge ? 9000 : algorithm == Algorithm::RandomForest ? 600 : 1500;
        QVERIFY(!trainer.train(test::nonlinearData(rows), options, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QCOMPARE(calls, cancelAt);
    }

    /// The progress callback is called inside fits, not only between them: the final ridge fit over 20,000 rows is
    /// at least one call per RidgeRegressor::kRowsPerCheck rows, a forest's at least one per batch of trees.
    void progressMovesInsideFits()
    {
        for (Algorithm algorithm : {Algorithm::Ridge, Algorithm::RandomForest}) {
            TrainOptions options;
            options.algorithms = {algorithm};
            options.folds = 2;
            options.timeOrdered = false;
            options.importance = false;
            Trainer trainer;
            int finalCalls = 0;
            trainer.setProgressCallback([&](const QString &stage, int, int) {
                finalCalls += stage.contains(QStringLiteral("final fit")) ? 1 : 0;
            });
            QString error;
            const int rows = algorithm == Algorithm::Ridge ? 20000 : 300;
            QVERIFY2(trainer.train(test::nonlinearData(rows), options, &error), qPrintable(error));
            const int expected = algorithm == Algorithm::Ridge ? int(rows / RidgeRegressor::kRowsPerCheck) : 100 / 4;
            QVERIFY2(finalCalls >= expected, qPrintable(QStringLiteral("%1: %2 calls in the final fit, expected %3")
                                                            .arg(Regressor::name(algorithm))
                                                            .arg(finalCalls)
                                                            .arg(expected)));
        }
    }

    /// Before the first fit (copying capped rows, fitting and applying the first fold's encoding) the callback is
    /// called too, every few thousand rows, so that a cancel in the first seconds of a large training stops it.
    void preparationReportsProgressAndCancels()
    {
        TrainOptions options;
        options.algorithms = {Algorithm::Ridge};
        options.folds = 2;
        const Dataset d = test::nonlinearData(40000); // SYNTHETIC
        Trainer trainer;
        int preparing = 0;
        trainer.setProgressCallback([&](const QString &stage, int, int) {
            preparing += stage.startsWith(QStringLiteral("preparing")) ? 1 : 0;
        });
        QString error;
        QVERIFY2(trainer.train(d, options, &error), qPrintable(error));
        // fold 0 trains on 20,000 rows: its encoding alone is 3 features x 4 blocks of kRowsPerKeepGoing rows.
        QVERIFY2(preparing >= 12, qPrintable(QString::number(preparing)));

        std::atomic_bool cancel = false;
        int calls = 0;
        QString firstStage;
        trainer.setCancelFlag(&cancel);
        trainer.setProgressCallback([&](const QString &stage, int, int) {
            if (++calls == 1) {
                firstStage = stage;
                cancel = true;
            }
        });
        QVERIFY(!trainer.train(d, options, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QCOMPARE(calls, 1);
        QVERIFY2(firstStage.startsWith(QStringLiteral("preparing")), qPrintable(firstStage));
    }

    /// Above TrainOptions::maxMatrixBytes the training uses evenly spaced rows, and a note gives the figures.
    void capsTheRowsToTheMemoryCeiling()
    {
        TrainOptions options;
        options.algorithms = {Algorithm::Ridge};
        options.timeOrdered = false;
        options.maxMatrixBytes = 1000 * 2 * qint64(sizeof(double)); // 1,000 rows of the two numeric features
        Trainer trainer;
        QString error;
        const auto result = trainer.train(test::linearData(5000), options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->evaluations[0].splits[0].model.n, qsizetype(1000));
        QVERIFY2(result->notes.join(u'|').contains(QStringLiteral("trained on 1000 evenly spaced rows of 5000")),
                 qPrintable(result->notes.join(u'|')));
    }

    // Real data: runtimes of the NASA iPSC/860 trace from what is known at submission (procs, user, group,
    // executable, queue, hour). The model must beat the mean of the training rows on every split.
    void nasaRuntimeFromSubmissionFeatures()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
        Importer importer(store);
        ImportReport report;
        QVERIFY(importer.importFile(Importer::Format::Swf,
                                    test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")), ImportOptions{},
                                    &report, &error));
        QStringList notes;
        const auto data = DatasetLoader::fromStore(
            store, {QStringLiteral("duration_s"), QString(), false, {}, nullptr, {}}, &notes, &error);
        QVERIFY2(data, qPrintable(error));
        TrainOptions options;
        options.algorithms = {Algorithm::Ridge};
        Trainer trainer;
        const auto result = trainer.train(*data, options, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->model.spec().logTarget()); // runtimes are skewed
        for (const SplitEvaluation &s : result->evaluations[0].splits) {
            QVERIFY2(s.model.mae < 0.7 * s.baseline.mae,
                     qPrintable(QStringLiteral("%1: MAE %2 vs %3").arg(s.split).arg(s.model.mae).arg(s.baseline.mae)));
            QVERIFY(s.model.r2 > s.baseline.r2);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "TestTrainer.moc"
