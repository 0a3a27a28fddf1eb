// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <span>

namespace es::statistics {

/// Pearson's r of paired values (equal lengths, every value finite), by two passes (means, then centred sums),
/// clamped to [-1, 1]; NaN when fewer than two pairs or when either side does not vary. The one implementation
/// behind the correlation explorer (ml::Correlation) and the reports (ReportBuilder).
double pearsonR(std::span<const double> x, std::span<const double> y);

} // namespace es::statistics
