// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LinearSvr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

namespace es::ml {
namespace {

/// The violation of the optimality conditions at beta_i for gradient g (of the smooth part) and box [-c, c], or
/// nullopt when beta_i sits at a bound (0 or ±c) by more than the last pass's largest violation: LIBLINEAR's
/// shrinking then leaves the row out until the end.
std::optional<double> violationUnlessShrunk(double beta, double g, double epsilon, double c, double lastLargest)
{
    const double gp = g + epsilon;
    const double gn = g - epsilon;
    if (beta == 0) {
        if (gp < 0)
            return -gp;
        if (gn > 0)
            return gn;
        if (gp > lastLargest && gn < -lastLargest)
            return std::nullopt;
        return 0.0;
    }
    if (beta >= c) {
        if (gp > 0)
            return gp;
        return gp < -lastLargest ? std::nullopt : std::optional<double>(0.0);
    }
    if (beta <= -c) {
        if (gn < 0)
            return -gn;
        return gn > lastLargest ? std::nullopt : std::optional<double>(0.0);
    }
    return beta > 0 ? std::abs(gp) : std::abs(gn);
}

/// The minimiser over d of ½ h d² + g d + epsilon |beta + d| (the one-variable dual), before the box.
double newtonStep(double beta, double g, double h, double epsilon)
{
    const double gp = g + epsilon;
    const double gn = g - epsilon;
    if (gp < h * beta)
        return -gp / h;
    if (gn > h * beta)
        return -gn / h;
    return -beta;
}

} // namespace

std::optional<LinearSvr::Fit> LinearSvr::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, double c,
                                             double epsilon, const KeepGoing &keepGoing, int maxEpochs,
                                             double tolerance)
{
    const Eigen::Index n = x.rows();
    if (n == 0 || y.size() != n || !x.allFinite() || !y.allFinite() || !(c > 0) || !(epsilon >= 0))
        return std::nullopt;
    // Rows with a trailing 1 (the intercept), so that w·x_i + b is one dot product.
    Eigen::MatrixXd rows(x.cols() + 1, n);
    rows.topRows(x.cols()) = x.transpose();
    rows.row(x.cols()).setOnes();
    const Eigen::VectorXd diagonal = rows.colwise().squaredNorm().transpose();
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(n);
    Eigen::VectorXd w = Eigen::VectorXd::Zero(rows.rows());
    std::vector<Eigen::Index> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::mt19937_64 rng(20120101);
    Fit fit;
    double firstViolation = 0;
    double lastLargest = std::numeric_limits<double>::infinity();
    size_t active = order.size(); // order[0, active) are the rows not shrunk
    for (fit.epochs = 0; fit.epochs < maxEpochs; ++fit.epochs) {
        if (keepGoing && !keepGoing())
            return std::nullopt;
        std::shuffle(order.begin(), order.begin() + std::ptrdiff_t(active), rng);
        double summedViolation = 0;
        double largest = 0;
        for (size_t s = 0; s < active;) {
            const Eigen::Index i = order[s];
            const double h = diagonal(i);
            const double g = rows.col(i).dot(w) - y(i);
            const std::optional<double> v = violationUnlessShrunk(beta(i), g, epsilon, c, lastLargest);
            if (!v || !(h > 0)) {
                std::swap(order[s], order[--active]);
                continue;
            }
            summedViolation += *v;
            largest = std::max(largest, *v);
            ++s;
            const double d = newtonStep(beta(i), g, h, epsilon);
            if (std::abs(d) < 1e-12)
                continue;
            const double before = beta(i);
            beta(i) = std::clamp(before + d, -c, c);
            w += (beta(i) - before) * rows.col(i);
        }
        if (fit.epochs == 0)
            firstViolation = summedViolation;
        if (summedViolation <= tolerance * firstViolation) {
            if (active == order.size()) {
                fit.converged = true;
                ++fit.epochs;
                break;
            }
            // Converged on the active rows: check every row again before stopping.
            active = order.size();
            lastLargest = std::numeric_limits<double>::infinity();
            continue;
        }
        lastLargest = largest;
    }
    if (!w.allFinite())
        return std::nullopt;
    fit.weights = w.head(x.cols());
    fit.intercept = w(x.cols());
    return fit;
}

} // namespace es::ml
