// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <Eigen/Dense>

namespace es::ml {

/// The Nyström approximation of the RBF kernel k(a, b) = exp(-gamma ||a - b||²) on a set of landmark rows L: the
/// features p(x) = k(x, L) W with W = K_LL^(-1/2) (eigenvalues below 1e-10 of the largest dropped), so that
/// p(a)·p(b) ≈ k(a, b), exactly for landmarks. A linear model on p is a kernel model on the landmarks: weights w of
/// f(x) = w·p(x) + b are landmark weights alpha = W w of f(x) = sum_j alpha_j k(x, l_j) + b. Every matrix is
/// computed in a few dense products, which is what makes a kernel fit as cheap as a ridge on rank() columns.
class NystromFeatures
{
public:
    NystromFeatures(Eigen::MatrixXd landmarks, double gamma);

    /// The kernel between every row of a and every row of b (a.rows() × b.rows()).
    static Eigen::MatrixXd kernel(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b, double gamma);
    /// At most maxLandmarks evenly spaced rows of x (every row when it has fewer).
    static Eigen::MatrixXd evenlySpacedRows(const Eigen::MatrixXd &x, Eigen::Index maxLandmarks);

    /// p(x) for every row of x: x.rows() × rank().
    Eigen::MatrixXd features(const Eigen::MatrixXd &x) const;
    /// alpha = W w for the weights w of a linear model on features().
    Eigen::VectorXd landmarkWeights(const Eigen::VectorXd &w) const { return m_whitening * w; }

    const Eigen::MatrixXd &landmarks() const { return m_landmarks; }
    double gamma() const { return m_gamma; }
    Eigen::Index rank() const { return m_whitening.cols(); }

private:
    Eigen::MatrixXd m_landmarks;
    double m_gamma;
    Eigen::MatrixXd m_whitening; ///< landmarks × rank
};

} // namespace es::ml
