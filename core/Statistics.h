// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <span>

namespace es::statistics {

/// Pearson's r of paired values (equal lengths, every value finite), by two passes (means, then centred sums),
/// clamped to [-1, 1]; NaN when fewer than two pairs or when either side does not vary. The one implementation
/// behind the correlation explorer (ml::Correlation) and the reports (ReportBuilder).
double pearsonR(std::span<const double> x, std::span<const double> y);

/// Student's t quantile of `upperProbability` (0.95 or 0.975: the two-sided 90% and 95% intervals) for
/// degreesOfFreedom >= 1, from the tables to 30 degrees of freedom and the normal quantile above; NaN for any other
/// probability or fewer degrees of freedom.
double studentT(int degreesOfFreedom, double upperProbability);

} // namespace es::statistics
