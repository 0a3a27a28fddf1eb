// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LinearSvr.h"

#include <QTest>

#include <limits>
#include <random>

using namespace es::ml;

namespace {

/// SYNTHETIC: y = 3 x1 - 2 x2 + 1 + uniform noise in [-noise, noise].
void linearRows(Eigen::Index n, double noise, Eigen::MatrixXd *x, Eigen::VectorXd *y, std::uint64_t seed = 3)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> u(0.0, 1.0);
    std::uniform_real_distribution<double> e(-noise, noise);
    x->resize(n, 2);
    y->resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        (*x)(i, 0) = u(rng);
        (*x)(i, 1) = u(rng);
        (*y)(i) = 3 * (*x)(i, 0) - 2 * (*x)(i, 1) + 1 + e(rng);
    }
}

/// The primal objective ½||w||² + ½b² + C Σ max(0, |y - w·x - b| - epsilon).
double primal(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, const LinearSvr::Fit &fit, double c, double eps)
{
    const Eigen::ArrayXd residual = (y - x * fit.weights).array() - fit.intercept;
    return 0.5 * (fit.weights.squaredNorm() + fit.intercept * fit.intercept) +
           c * (residual.abs() - eps).max(0.0).sum();
}

} // namespace

class TestLinearSvr : public QObject
{
    Q_OBJECT
private slots:
    void recoversALinearFunction()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        linearRows(500, 0.05, &x, &y);
        const auto fit = LinearSvr::fit(x, y, 100.0, 0.1, {}, 5000, 1e-4);
        QVERIFY(fit);
        QVERIFY(fit->converged);
        QVERIFY2(std::abs(fit->weights(0) - 3) < 0.05, qPrintable(QString::number(fit->weights(0))));
        QVERIFY2(std::abs(fit->weights(1) + 2) < 0.05, qPrintable(QString::number(fit->weights(1))));
        QVERIFY2(std::abs(fit->intercept - 1) < 0.05, qPrintable(QString::number(fit->intercept)));
        // Noise within the tube: (nearly) every residual inside epsilon.
        const Eigen::ArrayXd residual = (y - x * fit->weights).array() - fit->intercept;
        QVERIFY2(residual.abs().maxCoeff() < 0.1 + 0.01, qPrintable(QString::number(residual.abs().maxCoeff())));
    }

    /// The dual solution is the primal optimum: small changes of w and b never lower the primal objective.
    void solutionIsAPrimalMinimum()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        linearRows(300, 1.0, &x, &y, 9);
        const double c = 1.0, eps = 0.2;
        const auto fit = LinearSvr::fit(x, y, c, eps, {}, 5000, 1e-6);
        QVERIFY(fit);
        const double best = primal(x, y, *fit, c, eps);
        for (int k = 0; k < 3; ++k) {
            for (const double step : {-1e-3, 1e-3}) {
                LinearSvr::Fit moved = *fit;
                if (k < 2)
                    moved.weights(k) += step;
                else
                    moved.intercept += step;
                QVERIFY2(primal(x, y, moved, c, eps) >= best - 1e-6 * best,
                         qPrintable(QStringLiteral("%1 vs %2").arg(primal(x, y, moved, c, eps)).arg(best)));
            }
        }
    }

    /// Targets all inside the tube around 0: no support vector, the zero function.
    void targetsInsideTheTubeGiveZero()
    {
        Eigen::MatrixXd x = Eigen::MatrixXd::Random(50, 3);
        Eigen::VectorXd y = 0.05 * Eigen::VectorXd::Random(50);
        const auto fit = LinearSvr::fit(x, y, 10.0, 0.1);
        QVERIFY(fit);
        QCOMPARE(fit->weights.norm(), 0.0);
        QCOMPARE(fit->intercept, 0.0);
    }

    void refusesBadInput()
    {
        Eigen::MatrixXd x = Eigen::MatrixXd::Random(10, 2);
        Eigen::VectorXd y = Eigen::VectorXd::Random(10);
        QVERIFY(!LinearSvr::fit(Eigen::MatrixXd(0, 2), Eigen::VectorXd(0), 1.0, 0.1));
        QVERIFY(!LinearSvr::fit(x, Eigen::VectorXd::Random(9), 1.0, 0.1));
        QVERIFY(!LinearSvr::fit(x, y, 0.0, 0.1));
        QVERIFY(!LinearSvr::fit(x, y, 1.0, -1.0));
        y(3) = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!LinearSvr::fit(x, y, 1.0, 0.1));
    }

    void stopsWhenAsked()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        linearRows(200, 1.0, &x, &y);
        int calls = 0;
        QVERIFY(!LinearSvr::fit(
            x, y, 10.0, 0.0, [&calls] { return ++calls < 3; }, 1000, 0.0));
        QCOMPARE(calls, 3);
    }
};

QTEST_GUILESS_MAIN(TestLinearSvr)
#include "TestLinearSvr.moc"
