// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "KeepGoing.h"

#include <Eigen/Dense>
#include <optional>

namespace es::ml {

/// Linear epsilon-SVR: minimises ½||w||² + ½b² + C Σ max(0, |y_i - w·x_i - b| - epsilon), solved in the dual by
/// coordinate descent (Ho & Lin, "Large-scale linear support vector regression", JMLR 2012: the L1-loss solver of
/// LIBLINEAR; the intercept is a constant feature, penalised like the weights, as there). Used on Nyström features,
/// where it is the RBF-kernel SVR on the landmarks; dlib's cutting-plane linear SVR took 30 s where this takes a
/// fraction of one on the same 2,000 x 100 problem.
class LinearSvr
{
public:
    struct Fit
    {
        Eigen::VectorXd weights;
        double intercept = 0;
        int epochs = 0;
        bool converged = false;
    };

    /// Stops when the summed projected-gradient violations fall below `tolerance` x the first epoch's, or after
    /// maxEpochs passes over the rows (then converged is false; the weights are still the best so far). nullopt when
    /// keepGoing (asked once per pass) said stop, or the problem is empty or not finite.
    static std::optional<Fit> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, double c, double epsilon,
                                  const KeepGoing &keepGoing = {}, int maxEpochs = 1000, double tolerance = 0.1);
};

} // namespace es::ml
