// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NystromFeatures.h"

#include <algorithm>

namespace es::ml {

NystromFeatures::NystromFeatures(Eigen::MatrixXd landmarks, double gamma)
    : m_landmarks(std::move(landmarks)), m_gamma(gamma)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(kernel(m_landmarks, m_landmarks, m_gamma));
    const Eigen::VectorXd &values = eigen.eigenvalues(); // ascending
    const double largest = values.size() > 0 ? values(values.size() - 1) : 0.0;
    Eigen::Index first = 0;
    while (first < values.size() && !(values(first) > 1e-10 * largest))
        ++first;
    const Eigen::Index rank = values.size() - first;
    m_whitening = eigen.eigenvectors().rightCols(rank) * values.tail(rank).cwiseSqrt().cwiseInverse().asDiagonal();
}

Eigen::MatrixXd NystromFeatures::kernel(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b, double gamma)
{
    // ||a - b||² = ||a||² + ||b||² - 2 a·b, clamped at 0 against rounding.
    Eigen::MatrixXd distance = -2.0 * (a * b.transpose());
    distance.colwise() += a.rowwise().squaredNorm();
    distance.rowwise() += b.rowwise().squaredNorm().transpose();
    return (-gamma * distance.cwiseMax(0.0)).array().exp().matrix();
}

Eigen::MatrixXd NystromFeatures::evenlySpacedRows(const Eigen::MatrixXd &x, Eigen::Index maxLandmarks)
{
    const Eigen::Index kept = std::min<Eigen::Index>(x.rows(), std::max<Eigen::Index>(1, maxLandmarks));
    Eigen::MatrixXd out(kept, x.cols());
    for (Eigen::Index i = 0; i < kept; ++i)
        out.row(i) = x.row(i * x.rows() / kept);
    return out;
}

Eigen::MatrixXd NystromFeatures::features(const Eigen::MatrixXd &x) const
{
    return kernel(x, m_landmarks, m_gamma) * m_whitening;
}

} // namespace es::ml
