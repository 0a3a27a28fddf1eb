// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NystromFeatures.h"

#include <QTest>

#include <random>

using namespace es::ml;

namespace {

/// SYNTHETIC: n rows of d uniform values in [-1, 1].
Eigen::MatrixXd uniformRows(Eigen::Index n, Eigen::Index d, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Eigen::MatrixXd x(n, d);
    for (Eigen::Index r = 0; r < n; ++r)
        for (Eigen::Index c = 0; c < d; ++c)
            x(r, c) = u(rng);
    return x;
}

} // namespace

class TestNystromFeatures : public QObject
{
    Q_OBJECT
private slots:
    void kernelIsTheRbfFormula()
    {
        const Eigen::MatrixXd a = uniformRows(7, 3, 1);
        const Eigen::MatrixXd b = uniformRows(5, 3, 2);
        const Eigen::MatrixXd k = NystromFeatures::kernel(a, b, 0.7);
        QCOMPARE(k.rows(), 7);
        QCOMPARE(k.cols(), 5);
        for (Eigen::Index i = 0; i < a.rows(); ++i)
            for (Eigen::Index j = 0; j < b.rows(); ++j)
                QVERIFY(std::abs(k(i, j) - std::exp(-0.7 * (a.row(i) - b.row(j)).squaredNorm())) < 1e-12);
        // A row against itself: exactly 1 (the distance clamped at 0, never a rounding below it).
        const Eigen::MatrixXd self = NystromFeatures::kernel(a, a, 3.0);
        QVERIFY((self.diagonal().array() == 1.0).all());
    }

    /// On the landmarks the features reproduce the kernel exactly; elsewhere they approach it as landmarks grow.
    void featuresReproduceTheKernel()
    {
        const Eigen::MatrixXd landmarks = uniformRows(40, 2, 3);
        const NystromFeatures nystrom(landmarks, 1.0);
        // 40 points in a square under a wide kernel: K_LL is numerically singular, some directions are dropped.
        QVERIFY(nystrom.rank() > 10 && nystrom.rank() <= 40);
        const Eigen::MatrixXd p = nystrom.features(landmarks);
        QVERIFY((p * p.transpose() - NystromFeatures::kernel(landmarks, landmarks, 1.0)).cwiseAbs().maxCoeff() < 1e-6);

        const Eigen::MatrixXd others = uniformRows(200, 2, 4);
        const Eigen::MatrixXd exact = NystromFeatures::kernel(others, others, 1.0);
        double errorFew = 0, errorMany = 0;
        for (const Eigen::Index m : {Eigen::Index(5), Eigen::Index(60)}) {
            const NystromFeatures n(NystromFeatures::evenlySpacedRows(uniformRows(500, 2, 5), m), 1.0);
            const Eigen::MatrixXd q = n.features(others);
            (m == 5 ? errorFew : errorMany) = (q * q.transpose() - exact).cwiseAbs().maxCoeff();
        }
        QVERIFY2(errorMany < 0.01, qPrintable(QString::number(errorMany)));
        QVERIFY2(errorMany < errorFew / 10, qPrintable(QStringLiteral("%1 %2").arg(errorFew).arg(errorMany)));
    }

    /// Repeated landmarks make K_LL singular: the whitening drops the null directions instead of dividing by 0.
    void repeatedLandmarksLowerTheRank()
    {
        Eigen::MatrixXd landmarks(6, 2);
        landmarks << 0, 0, 0, 0, 1, 1, 1, 1, 2, 0, 2, 0;
        const NystromFeatures nystrom(landmarks, 0.5);
        QCOMPARE(nystrom.rank(), 3);
        const Eigen::MatrixXd p = nystrom.features(landmarks);
        QVERIFY(p.allFinite());
        QVERIFY((p * p.transpose() - NystromFeatures::kernel(landmarks, landmarks, 0.5)).cwiseAbs().maxCoeff() < 1e-6);
    }

    /// landmarkWeights turns a linear model on the features into the same function over the landmarks.
    void landmarkWeightsGiveTheSameFunction()
    {
        const Eigen::MatrixXd landmarks = uniformRows(30, 3, 6);
        const NystromFeatures nystrom(landmarks, 0.8);
        const Eigen::VectorXd w = Eigen::VectorXd::LinSpaced(nystrom.rank(), -1.0, 2.0);
        const Eigen::MatrixXd x = uniformRows(50, 3, 7);
        const Eigen::VectorXd linear = nystrom.features(x) * w;
        const Eigen::VectorXd overLandmarks = NystromFeatures::kernel(x, landmarks, 0.8) * nystrom.landmarkWeights(w);
        QVERIFY((linear - overLandmarks).cwiseAbs().maxCoeff() < 1e-9);
    }

    void evenlySpacedRowsKeepsOrderAndCount()
    {
        Eigen::MatrixXd x(10, 1);
        x.col(0) = Eigen::VectorXd::LinSpaced(10, 0, 9);
        const Eigen::MatrixXd four = NystromFeatures::evenlySpacedRows(x, 4);
        QCOMPARE(four.rows(), 4);
        QCOMPARE(four(0, 0), 0.0);
        QCOMPARE(four(1, 0), 2.0);
        QCOMPARE(four(3, 0), 7.0);
        QCOMPARE(NystromFeatures::evenlySpacedRows(x, 50).rows(), 10);
        QCOMPARE(NystromFeatures::evenlySpacedRows(x, 0).rows(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNystromFeatures)
#include "TestNystromFeatures.moc"
