// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <optional>

namespace es {

/// Reads a time given on the command line as UTC epoch seconds: epoch seconds ("1700000000"), an ISO date or
/// date-time in UTC ("2024-05-01", "2024-05-01T12:00:00", trailing 'Z' allowed), or a time before now ("-7d",
/// "-12h", "-30m"). `nowS` is the reference for relative times.
std::optional<qint64> parseTimeArgument(const QString &text, qint64 nowS);

} // namespace es
