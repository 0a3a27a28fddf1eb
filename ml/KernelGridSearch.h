// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CrossValidation.h"
#include "KeepGoing.h"
#include "Regressor.h"

#include <QJsonObject>
#include <QList>

#include <Eigen/Dense>
#include <vector>

namespace es::ml {

/// Inner cross-validation of the kernel methods' grid (krr, svr) without refitting what does not change: the
/// Nyström features of each (gamma, max_basis, max_rows) are computed once, on landmarks among every training row,
/// and shared by every fold and every lambda or C; ridge's folds share one Gram matrix
/// (RidgeRegressor::crossValidatedSse). A fold's test rows may hold landmarks: landmarks are input rows only (no
/// target), so no label leaks. Each gamma is searched in a thread of its own.
///
/// Threading: keepGoing is called from those threads and must be thread-safe (a cancel flag, not a progress
/// callback).
class KernelGridSearch
{
public:
    /// The mean squared test error of each candidate over the folds (row indices into x), infinity for a candidate
    /// that could not be fitted; empty when keepGoing said stop. Above a candidate's max_rows rows, the folds keep
    /// the evenly spaced rows the fit would keep.
    static std::vector<double> meanSquaredErrors(Algorithm algorithm, const QList<QJsonObject> &grid,
                                                 const Eigen::MatrixXd &x, const Eigen::VectorXd &z,
                                                 const std::vector<CrossValidation::Fold> &folds,
                                                 const KeepGoing &keepGoing);
};

} // namespace es::ml
