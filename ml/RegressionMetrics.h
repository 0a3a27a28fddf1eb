// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <span>

namespace es::ml {

/// Accuracy of predictions against actual values. MAPE leaves out the rows whose actual value is zero and says how
/// many it left out; R² is 1 - SS_res / SS_tot (undefined, NaN, for a constant target).
struct RegressionMetrics
{
    qsizetype n = 0;
    double mae = 0;
    double rmse = 0;
    double mapePct = 0;
    qsizetype mapeExcludedZeros = 0;
    double r2 = 0;

    /// Requires actual.size() == predicted.size() and at least one row; non-finite values make the result NaN.
    static RegressionMetrics compute(std::span<const double> actual, std::span<const double> predicted);
};

} // namespace es::ml
