// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "KernelGridSearch.h"
#include "LinearSvr.h"
#include "MatrixRows.h"
#include "NystromFeatures.h"
#include "RidgeRegressor.h"

#include <QTest>

#include <atomic>
#include <numeric>
#include <random>

using namespace es::ml;

namespace {

/// SYNTHETIC: y = sin(3 x1) + x2² + noise (sd 0.05), x uniform in [-1, 1]².
void curvedRows(Eigen::Index n, Eigen::MatrixXd *x, Eigen::VectorXd *y)
{
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.05);
    x->resize(n, 2);
    y->resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        (*x)(i, 0) = u(rng);
        (*x)(i, 1) = u(rng);
        (*y)(i) = std::sin(3 * (*x)(i, 0)) + (*x)(i, 1) * (*x)(i, 1) + noise(rng);
    }
}

std::vector<CrossValidation::Fold> threeFolds(qsizetype n)
{
    std::vector<qsizetype> all(static_cast<size_t>(n));
    std::iota(all.begin(), all.end(), qsizetype(0));
    return CrossValidation::kFoldOf(all, 3, 17);
}

QJsonObject krr(double gamma, double lambda)
{
    return {{QStringLiteral("gamma"), gamma}, {QStringLiteral("lambda"), lambda}, {QStringLiteral("max_basis"), 40}};
}

QJsonObject svr(double gamma, double c)
{
    return {{QStringLiteral("gamma"), gamma},
            {QStringLiteral("c"), c},
            {QStringLiteral("epsilon"), 0.05},
            {QStringLiteral("max_basis"), 40}};
}

} // namespace

class TestKernelGridSearch : public QObject
{
    Q_OBJECT
private slots:
    /// The shared features and Gram give what fitting every candidate on every fold by hand gives.
    void kernelRidgeMatchesFoldByFoldFits()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        curvedRows(600, &x, &y);
        const auto folds = threeFolds(x.rows());
        const QList<QJsonObject> grid{krr(0.1, 0.01), krr(0.1, 1.0), krr(2.0, 0.01), krr(2.0, 1.0)};
        const std::vector<double> mse =
            KernelGridSearch::meanSquaredErrors(Algorithm::KernelRidge, grid, x, y, folds, {});
        QCOMPARE(mse.size(), size_t(4));
        for (qsizetype i = 0; i < grid.size(); ++i) {
            const double gamma = grid[i].value(QStringLiteral("gamma")).toDouble();
            const NystromFeatures nystrom(NystromFeatures::evenlySpacedRows(x, 40), gamma);
            const Eigen::MatrixXd p = nystrom.features(x);
            double sse = 0;
            qsizetype tested = 0;
            for (const auto &fold : folds) {
                RidgeRegressor ridge(grid[i].value(QStringLiteral("lambda")).toDouble());
                QString error;
                QVERIFY(ridge.fit(rowsOf(p, fold.train), rowsOf(y, fold.train), &error));
                sse += (ridge.predict(rowsOf(p, fold.test)) - rowsOf(y, fold.test)).squaredNorm();
                tested += qsizetype(fold.test.size());
            }
            QVERIFY2(std::abs(mse[size_t(i)] - sse / double(tested)) < 1e-8 * sse,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(mse[size_t(i)]).arg(sse / double(tested))));
        }
        // The curve needs a narrow kernel and little penalty: that candidate wins, by far.
        QCOMPARE(std::min_element(mse.begin(), mse.end()) - mse.begin(), 2);
        QVERIFY(mse[2] < 0.01);
        QVERIFY(mse[1] > 5 * mse[2]);
    }

    void svrMatchesFoldByFoldFits()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        curvedRows(400, &x, &y);
        const auto folds = threeFolds(x.rows());
        const QList<QJsonObject> grid{svr(0.1, 1.0), svr(2.0, 1.0), svr(2.0, 10.0)};
        const std::vector<double> mse = KernelGridSearch::meanSquaredErrors(Algorithm::Svr, grid, x, y, folds, {});
        QCOMPARE(mse.size(), size_t(3));
        for (qsizetype i = 0; i < grid.size(); ++i) {
            const NystromFeatures nystrom(NystromFeatures::evenlySpacedRows(x, 40),
                                          grid[i].value(QStringLiteral("gamma")).toDouble());
            const Eigen::MatrixXd p = nystrom.features(x);
            double sse = 0;
            for (const auto &fold : folds) {
                const auto fit = LinearSvr::fit(rowsOf(p, fold.train), rowsOf(y, fold.train),
                                                grid[i].value(QStringLiteral("c")).toDouble(), 0.05);
                QVERIFY(fit);
                const Eigen::VectorXd predicted = (rowsOf(p, fold.test) * fit->weights).array() + fit->intercept;
                sse += (predicted - rowsOf(y, fold.test)).squaredNorm();
            }
            QVERIFY(std::abs(mse[size_t(i)] - sse / double(x.rows())) < 1e-9 * sse);
        }
        QVERIFY(mse[2] < mse[0]);
    }

    /// Above max_rows the folds keep the evenly spaced rows the fit keeps: the errors are those of the subset.
    void maxRowsRestrictsTheFolds()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        curvedRows(900, &x, &y);
        QJsonObject capped = krr(2.0, 0.01);
        capped.insert(QStringLiteral("max_rows"), 300);
        const auto all =
            KernelGridSearch::meanSquaredErrors(Algorithm::KernelRidge, {capped}, x, y, threeFolds(x.rows()), {});
        QCOMPARE(all.size(), size_t(1));
        QVERIFY(std::isfinite(all[0]));
        QVERIFY(all[0] < 0.02);
    }

    void stopsWhenAsked()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        curvedRows(300, &x, &y);
        std::atomic_int calls = 0;
        const auto mse = KernelGridSearch::meanSquaredErrors(Algorithm::Svr, {svr(1.0, 1.0), svr(2.0, 1.0)}, x, y,
                                                             threeFolds(x.rows()), [&calls] { return ++calls < 2; });
        QVERIFY(mse.empty());
    }
};

QTEST_GUILESS_MAIN(TestKernelGridSearch)
#include "TestKernelGridSearch.moc"
