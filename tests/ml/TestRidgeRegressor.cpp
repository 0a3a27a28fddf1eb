// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RidgeRegressor.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace es::ml;

class TestRidgeRegressor : public QObject
{
    Q_OBJECT
private slots:
    void recoversCoefficients()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> x(0, 1), noise(0, 0.1);
        Eigen::MatrixXd X(300, 3);
        Eigen::VectorXd y(300);
        for (int i = 0; i < 300; ++i) {
            X(i, 0) = x(rng);
            X(i, 1) = x(rng);
            X(i, 2) = x(rng); // irrelevant
            y(i) = 5 + 3 * X(i, 0) - 2 * X(i, 1) + noise(rng);
        }
        RidgeRegressor ridge(1e-3);
        QString error;
        QVERIFY2(ridge.fit(X, y, &error), qPrintable(error));
        QVERIFY(std::abs(ridge.weights()(0) - 3) < 0.03);
        QVERIFY(std::abs(ridge.weights()(1) + 2) < 0.03);
        QVERIFY(std::abs(ridge.weights()(2)) < 0.03);
        QVERIFY(std::abs(ridge.intercept() - 5) < 0.03);
        // A strong penalty shrinks the weights, never the intercept.
        RidgeRegressor heavy(1e5);
        QVERIFY(heavy.fit(X, y, &error));
        QVERIFY(heavy.weights().norm() < 0.1);
        QVERIFY(std::abs(heavy.intercept() - y.mean()) < 0.1);
    }

    /// The shared-Gram cross-validation gives the same errors as refitting each fold and lambda, for k-fold folds
    /// (training rows = the complement) and forward folds (training rows = a prefix).
    void crossValidatedSseMatchesRefits()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> x(0, 1), noise(0, 0.5);
        Eigen::MatrixXd X(240, 4);
        Eigen::VectorXd y(240);
        for (int i = 0; i < 240; ++i) {
            for (int j = 0; j < 4; ++j)
                X(i, j) = x(rng);
            y(i) = 1 + X(i, 0) - 0.5 * X(i, 2) + noise(rng);
        }
        std::vector<qsizetype> all(240);
        std::iota(all.begin(), all.end(), qsizetype(0));
        std::vector<qint64> times(all.begin(), all.end());
        const std::vector<double> lambdas{0.01, 1.0, 100.0};
        for (const auto &folds : {CrossValidation::kFoldOf(all, 3, 9), CrossValidation::timeOrdered(times, 3)}) {
            qsizetype tested = 0;
            const std::vector<double> sse = RidgeRegressor::crossValidatedSse(X, y, folds, lambdas, &tested);
            qsizetype expectedTested = 0;
            for (size_t l = 0; l < lambdas.size(); ++l) {
                double expected = 0;
                expectedTested = 0;
                for (const CrossValidation::Fold &fold : folds) {
                    Eigen::MatrixXd xTrain(qsizetype(fold.train.size()), 4), xTest(qsizetype(fold.test.size()), 4);
                    Eigen::VectorXd yTrain(xTrain.rows()), yTest(xTest.rows());
                    for (size_t i = 0; i < fold.train.size(); ++i) {
                        xTrain.row(qsizetype(i)) = X.row(fold.train[i]);
                        yTrain(qsizetype(i)) = y(fold.train[i]);
                    }
                    for (size_t i = 0; i < fold.test.size(); ++i) {
                        xTest.row(qsizetype(i)) = X.row(fold.test[i]);
                        yTest(qsizetype(i)) = y(fold.test[i]);
                    }
                    RidgeRegressor ridge(lambdas[l]);
                    QString error;
                    QVERIFY2(ridge.fit(xTrain, yTrain, &error), qPrintable(error));
                    expected += (ridge.predict(xTest) - yTest).squaredNorm();
                    expectedTested += xTest.rows();
                }
                QVERIFY2(std::abs(sse[l] - expected) < 1e-8 * (1 + expected),
                         qPrintable(QStringLiteral("lambda %1: %2 vs %3").arg(lambdas[l]).arg(sse[l]).arg(expected)));
            }
            QCOMPARE(tested, expectedTested);
        }
    }

    void serialisesExactly()
    {
        Eigen::MatrixXd X = Eigen::MatrixXd::Random(50, 4);
        Eigen::VectorXd y = X.col(0) * 2 + X.col(3);
        RidgeRegressor a(0.5);
        QString error;
        QVERIFY(a.fit(X, y, &error));
        RidgeRegressor b;
        QVERIFY2(b.deserialize(a.serialize(), &error), qPrintable(error));
        QCOMPARE(b.inputWidth(), 4);
        QCOMPARE(b.predict(X), a.predict(X));
        QCOMPARE(b.hyperparameters().value(QStringLiteral("lambda")).toDouble(), 0.5);
    }

    void refusesDamagedData()
    {
        RidgeRegressor r;
        QString error;
        QVERIFY(!r.deserialize(QByteArray("not a model"), &error));
        QVERIFY(!error.isEmpty());
        RidgeRegressor a;
        QVERIFY(a.fit(Eigen::MatrixXd::Random(10, 2), Eigen::VectorXd::Random(10), &error));
        QVERIFY(!r.deserialize(a.serialize().left(20), &error));
    }
};

QTEST_GUILESS_MAIN(TestRidgeRegressor)
#include "TestRidgeRegressor.moc"
