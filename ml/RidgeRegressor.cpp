// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RidgeRegressor.h"

#include "MatrixRows.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace es::ml {

RidgeRegressor::RidgeRegressor(double lambda) : m_lambda(lambda) {}

QJsonObject RidgeRegressor::hyperparameters() const
{
    return {{QStringLiteral("lambda"), m_lambda}};
}

namespace {

/// The normal equations of ridge with an unpenalised intercept, over some rows: [X 1]ᵀ[X 1] and [X 1]ᵀy. Only the
/// lower triangle of `gram` is filled.
struct NormalEquations
{
    Eigen::MatrixXd gram;
    Eigen::VectorXd rhs;
    qsizetype rows = 0;

    explicit NormalEquations(Eigen::Index p)
        : gram(Eigen::MatrixXd::Zero(p + 1, p + 1)), rhs(Eigen::VectorXd::Zero(p + 1))
    {}

    /// Adds the rows of x in blocks of kRowsPerCheck, calling keepGoing (when set) after each; false when it
    /// stopped the sum (the equations are then incomplete).
    bool add(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, const Regressor::KeepGoing &keepGoing = {})
    {
        const qsizetype block = RidgeRegressor::kRowsPerCheck;
        for (qsizetype start = 0; start < x.rows(); start += block) {
            const qsizetype n = std::min(block, x.rows() - start);
            addBlock(x.middleRows(start, n), y.segment(start, n));
            if (keepGoing && !keepGoing())
                return false;
        }
        return true;
    }

    void addBlock(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::VectorXd> &y)
    {
        const Eigen::Index p = x.cols();
        gram.topLeftCorner(p, p).selfadjointView<Eigen::Lower>().rankUpdate(x.transpose());
        gram.block(p, 0, 1, p) += x.colwise().sum();
        gram(p, p) += double(x.rows());
        rhs.head(p) += x.transpose() * y;
        rhs(p) += y.sum();
        rows += x.rows();
    }

    void subtract(const NormalEquations &other)
    {
        gram -= other.gram;
        rhs -= other.rhs;
        rows -= other.rows;
    }

    /// Weights then intercept; empty when the system cannot be solved.
    Eigen::VectorXd solve(double lambda) const
    {
        Eigen::MatrixXd a = gram;
        const Eigen::Index p = a.rows() - 1;
        a.diagonal().head(p).array() += std::max(lambda, 1e-10);
        Eigen::LDLT<Eigen::MatrixXd> ldlt(a.selfadjointView<Eigen::Lower>());
        if (ldlt.info() != Eigen::Success)
            return {};
        Eigen::VectorXd solution = ldlt.solve(rhs);
        return solution.allFinite() ? solution : Eigen::VectorXd();
    }
};

} // namespace

bool RidgeRegressor::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error)
{
    NormalEquations equations(x.cols());
    if (!equations.add(x, y, [this] { return keepGoing(); })) {
        *error = cancelledError();
        return false;
    }
    const Eigen::VectorXd solution = equations.solve(m_lambda);
    if (solution.size() == 0) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "ridge regression: no finite solution");
        return false;
    }
    m_weights = solution.head(x.cols());
    m_intercept = solution(x.cols());
    return true;
}

std::vector<double> RidgeRegressor::crossValidatedSse(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                                      const std::vector<CrossValidation::Fold> &folds,
                                                      const std::vector<double> &lambdas, qsizetype *rowsTested,
                                                      const KeepGoing &keepGoing)
{
    std::vector<double> sse(lambdas.size(), 0.0);
    *rowsTested = 0;
    std::optional<NormalEquations> whole;
    for (const CrossValidation::Fold &fold : folds) {
        const Eigen::MatrixXd xTest = rowsOf(x, fold.test);
        const Eigen::VectorXd yTest = rowsOf(y, fold.test);
        NormalEquations train(x.cols());
        if (qsizetype(fold.train.size() + fold.test.size()) == x.rows()) {
            if (!whole) {
                whole.emplace(x.cols());
                if (!whole->add(x, y, keepGoing))
                    return {};
            }
            NormalEquations test(x.cols());
            if (!test.add(xTest, yTest, keepGoing))
                return {};
            train = *whole;
            train.subtract(test);
        } else if (!train.add(rowsOf(x, fold.train), rowsOf(y, fold.train), keepGoing)) {
            return {};
        }
        *rowsTested += xTest.rows();
        for (size_t l = 0; l < lambdas.size(); ++l) {
            const Eigen::VectorXd solution = train.solve(lambdas[l]);
            if (solution.size() == 0) {
                sse[l] = std::numeric_limits<double>::infinity();
                continue;
            }
            const Eigen::VectorXd predicted = (xTest * solution.head(x.cols())).array() + solution(x.cols());
            sse[l] += (predicted - yTest).squaredNorm();
            if (keepGoing && !keepGoing())
                return {};
        }
    }
    return sse;
}

Eigen::VectorXd RidgeRegressor::predict(const Eigen::MatrixXd &x) const
{
    return (x * m_weights).array() + m_intercept;
}

QByteArray RidgeRegressor::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray("ridge") << m_lambda << m_intercept << qint32(m_weights.size());
    for (Eigen::Index i = 0; i < m_weights.size(); ++i)
        out << m_weights(i);
    return blob;
}

bool RidgeRegressor::deserialize(const QByteArray &blob, QString *error)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray tag;
    qint32 n = 0;
    in >> tag >> m_lambda >> m_intercept >> n;
    if (tag != "ridge" || n < 0 || n > 10'000'000 || in.status() != QDataStream::Ok) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "the ridge model data is damaged");
        return false;
    }
    m_weights.resize(n);
    for (qint32 i = 0; i < n; ++i)
        in >> m_weights(i);
    if (in.status() != QDataStream::Ok) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "the ridge model data is truncated");
        return false;
    }
    return true;
}

} // namespace es::ml
