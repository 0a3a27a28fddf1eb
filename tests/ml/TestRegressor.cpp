// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RegressionMetrics.h"
#include "Regressor.h"

#include <QTest>

#include <random>

using namespace es::ml;

Q_DECLARE_METATYPE(es::ml::Algorithm)

namespace {

// y = 2 sin(2 x1) + x2² + noise: not linear, so ridge cannot fit it but the dlib models must.
void nonlinear(int n, std::uint64_t seed, Eigen::MatrixXd *x, Eigen::VectorXd *y)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-2, 2);
    std::normal_distribution<double> noise(0, 0.1);
    x->resize(n, 2);
    y->resize(n);
    for (int i = 0; i < n; ++i) {
        (*x)(i, 0) = u(rng);
        (*x)(i, 1) = u(rng);
        (*y)(i) = 2 * std::sin(2 * (*x)(i, 0)) + (*x)(i, 1) * (*x)(i, 1) + noise(rng);
    }
}

double r2(const Eigen::VectorXd &actual, const Eigen::VectorXd &predicted)
{
    return RegressionMetrics::compute(std::span(actual.data(), size_t(actual.size())),
                                      std::span(predicted.data(), size_t(predicted.size())))
        .r2;
}

} // namespace

/// The regressor factory and the dlib-backed models (random forest, kernel ridge, SVR).
class TestRegressor : public QObject
{
    Q_OBJECT
private slots:
    void learnsNonlinear_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QJsonObject>("hyper");
        QTest::addColumn<double>("minR2");
        QTest::newRow("rf") << Algorithm::RandomForest
                            << QJsonObject{{QStringLiteral("trees"), 64},
                                           {QStringLiteral("min_leaf"), 3},
                                           {QStringLiteral("feature_fraction"), 1.0}}
                            << 0.85;
        QTest::newRow("krr") << Algorithm::KernelRidge
                             << QJsonObject{{QStringLiteral("gamma"), 1.0}, {QStringLiteral("lambda"), 0.01}} << 0.95;
        QTest::newRow("svr") << Algorithm::Svr
                             << QJsonObject{{QStringLiteral("gamma"), 1.0},
                                            {QStringLiteral("c"), 10.0},
                                            {QStringLiteral("epsilon"), 0.05}}
                             << 0.95;
        QTest::newRow("ridge cannot") << Algorithm::Ridge << QJsonObject{{QStringLiteral("lambda"), 0.1}} << -1.0;
    }
    void learnsNonlinear()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QJsonObject, hyper);
        QFETCH(double, minR2);
        Eigen::MatrixXd xTrain, xTest;
        Eigen::VectorXd yTrain, yTest;
        nonlinear(300, 1, &xTrain, &yTrain);
        nonlinear(200, 2, &xTest, &yTest);
        auto model = Regressor::create(algorithm, hyper);
        QVERIFY(model);
        QCOMPARE(model->algorithm(), algorithm);
        QString error;
        QVERIFY2(model->fit(xTrain, yTrain, &error), qPrintable(error));
        const double score = r2(yTest, model->predict(xTest));
        if (algorithm == Algorithm::Ridge)
            QVERIFY2(score < 0.5, qPrintable(QString::number(score))); // the data is not linear
        else
            QVERIFY2(score > minR2, qPrintable(QStringLiteral("R² %1").arg(score)));
        // Serialisation keeps the predictions; a blob of another algorithm is refused.
        auto copy = Regressor::create(algorithm, hyper);
        QVERIFY2(copy->deserialize(model->serialize(), &error), qPrintable(error));
        QCOMPARE(copy->inputWidth(), 2);
        QCOMPARE(copy->predict(xTest), model->predict(xTest));
        const Algorithm other = algorithm == Algorithm::Svr ? Algorithm::RandomForest : Algorithm::Svr;
        QVERIFY(!Regressor::create(other, {})->deserialize(model->serialize(), &error));
    }

    /// A fit asks KeepGoing between blocks of its work (the forest every few trees, the kernel methods after their
    /// features and at every pass of the SVR); the second call says "no". Whether the fit was still at work then
    /// depends on the machine, so both outcomes are checked for what they must be; then a fit of the same model
    /// without a stop must give the uninterrupted model's predictions (nothing of the stopped run may leak into it).
    void stoppedFitLeavesNothingBehind_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QJsonObject>("hyper");
        QTest::newRow("rf") << Algorithm::RandomForest
                            << QJsonObject{{QStringLiteral("trees"), 4}, {QStringLiteral("min_leaf"), 1}};
        QTest::newRow("svr") << Algorithm::Svr
                             << QJsonObject{{QStringLiteral("gamma"), 1.0}, {QStringLiteral("c"), 10.0}};
        QTest::newRow("krr") << Algorithm::KernelRidge
                             << QJsonObject{{QStringLiteral("gamma"), 1.0}, {QStringLiteral("max_basis"), 600}};
    }
    void stoppedFitLeavesNothingBehind()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QJsonObject, hyper);
        Eigen::MatrixXd x, xTest;
        Eigen::VectorXd y, yTest;
        nonlinear(algorithm == Algorithm::RandomForest ? 50000 : 2000, 3, &x, &y); // SYNTHETIC
        nonlinear(100, 4, &xTest, &yTest);
        QString error;
        auto reference = Regressor::create(algorithm, hyper);
        QVERIFY2(reference->fit(x, y, &error), qPrintable(error));

        int stopped = 0;
        for (int round = 0; round < 2; ++round) {
            auto model = Regressor::create(algorithm, hyper);
            int calls = 0;
            model->setKeepGoing([&calls] { return ++calls < 2; });
            const bool fitted = model->fit(x, y, &error);
            if (!fitted)
                QCOMPARE(error, Regressor::cancelledError());
            stopped += fitted ? 0 : 1;
            QVERIFY2(fitted || calls == 2, qPrintable(QString::number(calls)));
            model->setKeepGoing({});
            QVERIFY2(model->fit(x, y, &error), qPrintable(error));
            QCOMPARE(model->predict(xTest), reference->predict(xTest));
        }
        qInfo("%d of 2 fits stopped", stopped);
    }

    void namesAndGrids()
    {
        for (Algorithm a : Regressor::all()) {
            QCOMPARE(Regressor::fromName(Regressor::name(a)), a);
            QVERIFY(!Regressor::grid(a, 5).isEmpty());
            QVERIFY(Regressor::create(a, Regressor::grid(a, 5).front()));
        }
        QVERIFY(!Regressor::fromName(QStringLiteral("xgboost")));
    }
};

QTEST_GUILESS_MAIN(TestRegressor)
#include "TestRegressor.moc"
