// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <span>

namespace es::ml {

/// Accuracy of predictions against actual values. MAPE leaves out the rows whose actual value is zero and says how
/// many it left out; R² is 1 - SS_res / SS_tot (undefined, NaN, for a constant target). For run times, what breaks
/// backfilling and advice: the share of rows predicted within a factor of 2 of the truth (among rows with a positive
/// actual value; a prediction of zero or less is outside) and the share predicted below the truth.
struct RegressionMetrics
{
    qsizetype n = 0;
    double mae = 0;
    double rmse = 0;
    double mapePct = 0;
    qsizetype mapeExcludedZeros = 0;
    double r2 = 0;
    double within2xPct = 0;
    double underPredictedPct = 0;

    /// Requires actual.size() == predicted.size() and at least one row; non-finite values make the result NaN.
    static RegressionMetrics compute(std::span<const double> actual, std::span<const double> predicted);

    /// n, mae, rmse, mape_pct, mape_excluded_zeros, r2, within_2x_pct, under_predicted_pct (NaN as null).
    QJsonObject toJson() const;
};

} // namespace es::ml
