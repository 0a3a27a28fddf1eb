// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace es::ml {

/// Bivariate statistics of numeric columns. A NaN marks a missing value: every function uses the pairwise-complete
/// observations (the rows where both values are finite numbers; ±inf counts as missing too). A statistic that is
/// undefined (fewer than 2 complete rows, a constant column) is NaN. Pure functions, safe from any thread.
class Correlation final
{
public:
    /// Ordinary least squares y = intercept + slope * x.
    struct LinearFit
    {
        qsizetype n = 0;
        double intercept = 0;
        double slope = 0;
        double r2 = 0; ///< coefficient of determination of the fit (= Pearson r² for one regressor)
    };

    /// Everything the scatter plot shows for one X/Y pair.
    struct PairStatistics
    {
        qsizetype n = 0; ///< complete rows
        double pearson = 0;
        double spearman = 0;
        LinearFit fit;
    };

    /// The symmetric k × k matrix of Pearson r, row-major: r(i, j) = values[i * k + j]; n likewise.
    struct Matrix
    {
        qsizetype k = 0;
        std::vector<double> values;
        std::vector<qsizetype> n; ///< pairwise-complete rows of each pair
        double at(qsizetype i, qsizetype j) const { return values[size_t(i * k + j)]; }
        qsizetype countAt(qsizetype i, qsizetype j) const { return n[size_t(i * k + j)]; }
    };

    /// x and y must have the same size (otherwise the result has n = 0 and NaN statistics).
    static double pearson(std::span<const double> x, std::span<const double> y);
    /// Pearson r of the ranks; tied values get the average of their ranks.
    static double spearman(std::span<const double> x, std::span<const double> y);
    static LinearFit linearFit(std::span<const double> x, std::span<const double> y);
    static PairStatistics pair(std::span<const double> x, std::span<const double> y);

    /// 1-based ranks with ties averaged; a missing value keeps a NaN rank.
    static std::vector<double> averageRanks(std::span<const double> values);

    /// Pearson r of every pair of `columns` (all of the same length), pairwise complete. The diagonal is 1 for a
    /// column with at least two distinct values, NaN otherwise. Cost O(rows · k²), computed block by block with
    /// Eigen matrix products and a fast path for blocks without missing values.
    static Matrix matrix(const std::vector<std::span<const double>> &columns);
};

} // namespace es::ml
