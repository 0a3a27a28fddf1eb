// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CrossValidation.h"
#include "Regressor.h"

#include <vector>

namespace es::ml {

/// Ridge regression (Eigen): minimises ||y - Xw - b||² + lambda ||w||², the intercept b not penalised, solved in
/// closed form with an LDLT factorisation. The same objective as scikit-learn's Ridge(alpha=lambda).
class RidgeRegressor final : public Regressor
{
public:
    explicit RidgeRegressor(double lambda = 1.0);

    Algorithm algorithm() const override { return Algorithm::Ridge; }
    QJsonObject hyperparameters() const override;
    bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    QByteArray serialize() const override;
    bool deserialize(const QByteArray &blob, QString *error) override;
    int inputWidth() const override { return int(m_weights.size()); }

    /// Squared error summed over the test rows of every fold, for each lambda, of a ridge fitted on that fold's
    /// training rows (row indices into x). One Gram matrix per fold serves every lambda; when a fold's training rows
    /// are the complement of its test rows, the Gram is the whole one minus the test rows'. Memory: p² per fold plus
    /// the test rows' copy. *rowsTested gets the number of test rows summed over folds. keepGoing (when set) is
    /// called after every kRowsPerCheck rows summed and every lambda solved; when it returns false the result is
    /// empty.
    static std::vector<double> crossValidatedSse(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                                 const std::vector<CrossValidation::Fold> &folds,
                                                 const std::vector<double> &lambdas, qsizetype *rowsTested,
                                                 const KeepGoing &keepGoing = {});

    /// Rows summed into the normal equations between two calls of the KeepGoing callback: 4096 rows of 300 columns
    /// are ~0.4 GFLOP, well under a second.
    static constexpr qsizetype kRowsPerCheck = 4096;

    const Eigen::VectorXd &weights() const { return m_weights; }
    double intercept() const { return m_intercept; }

private:
    double m_lambda;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
};

} // namespace es::ml
