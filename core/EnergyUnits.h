// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

namespace es {

/// Joules in one kilowatt-hour (1000 W × 3600 s): the one name for the conversion between the store's J and the kWh
/// that reports, the dashboard, datasets and carbon intensities (g/kWh) speak.
inline constexpr double kJoulesPerKWh = 3.6e6;

} // namespace es
