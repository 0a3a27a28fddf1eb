#include "RidgeRegressor.h"

#include <QTest>

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
