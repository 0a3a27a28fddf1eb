// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QtGlobal>

#include <optional>

/// Range-checked arithmetic for the parsers: every function returns std::nullopt where the exact result does not
/// exist in the target type (overflow, a non-finite double, a value outside the accepted range), never a wrapped or
/// saturated value. Pure functions.
namespace es::checked {

/// The instants the store accepts, in UTC epoch seconds: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z. A time or a
/// duration outside is refused by every parser, so that sums of two accepted values (start + elapsed), differences
/// and milliseconds (x 1000) never overflow a qint64.
constexpr qint64 kMinEpochS = -62135596800;
constexpr qint64 kMaxEpochS = 253402300799;
/// The longest duration accepted, in seconds (the span of the accepted instants).
constexpr qint64 kMaxDurationS = kMaxEpochS - kMinEpochS;

/// `value` rounded to the nearest integer (halves away from zero) when it is finite and the result fits a qint64.
std::optional<qint64> roundToInt64(double value);
/// `value` when it fits an int.
std::optional<int> toInt(qint64 value);
/// a + b, a * b when the exact result fits a qint64.
std::optional<qint64> add(qint64 a, qint64 b);
std::optional<qint64> multiply(qint64 a, qint64 b);

/// True for an instant in [kMinEpochS, kMaxEpochS].
constexpr bool isEpochS(qint64 ts)
{
    return ts >= kMinEpochS && ts <= kMaxEpochS;
}
/// True for a duration in [0, kMaxDurationS].
constexpr bool isDurationS(qint64 seconds)
{
    return seconds >= 0 && seconds <= kMaxDurationS;
}
/// `ts` when it is an accepted instant.
inline std::optional<qint64> epochS(std::optional<qint64> ts)
{
    return ts && isEpochS(*ts) ? ts : std::nullopt;
}

} // namespace es::checked
