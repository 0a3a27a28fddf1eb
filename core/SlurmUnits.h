// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// Parsers for the value formats Slurm prints (sacct, scontrol, squeue). Pure functions, no allocation beyond the
/// result. Each returns std::nullopt for the "no value" spellings Slurm uses ("", "Unknown", "None", "UNLIMITED",
/// "Partition_Limit", "INVALID") and sets *malformed (when given) for text it cannot read. A well-formed value that
/// is out of range (a duration or a time past 9999-12-31, a number that is not finite after its unit is applied)
/// sets both *malformed and *outOfRange (when given): it is refused like malformed text, never wrapped.
namespace es::slurm {

/// "[D-]HH:MM:SS[.frac]", "MM:SS[.frac]", "D-HH", "D-HH:MM", or a bare number of minutes (Slurm's time input form).
std::optional<double> parseDurationS(QStringView text, bool *malformed = nullptr, bool *outOfRange = nullptr);

/// Memory as sacct prints it: "123K", "1.5G", "100Mc", "500Gn", "0", bare bytes. Binary multiples (K = 1024 B).
/// The result is in MiB; a trailing 'c' (per CPU) or 'n' (per node) is reported through *perCpu / *perNode.
std::optional<double> parseMemoryMb(QStringView text, bool *malformed = nullptr, bool *perCpu = nullptr,
                                    bool *perNode = nullptr, bool *outOfRange = nullptr);

/// CPU frequency as sacct prints AveCPUFreq: a bare number is kHz; K/M/G suffixes are kHz/MHz/GHz. Result in MHz.
std::optional<double> parseFrequencyMhz(QStringView text, bool *malformed = nullptr, bool *outOfRange = nullptr);

/// A plain count with optional K/M/G (decimal) suffix, e.g. ConsumedEnergy "1.20K" (= 1200). Energy raw values are
/// plain integers in joules.
std::optional<double> parseScaledNumber(QStringView text, bool *malformed = nullptr, bool *outOfRange = nullptr);

/// Timestamps: ISO "YYYY-MM-DDTHH:MM:SS" (read in the time zone given by utcOffsetS, sacct prints local time),
/// or epoch seconds (SLURM_TIME_FORMAT=%s). Returns UTC epoch seconds.
std::optional<qint64> parseTimestamp(QStringView text, qint64 utcOffsetS = 0, bool *malformed = nullptr,
                                     bool *outOfRange = nullptr);

/// "0:9" -> exit code 0, signal 9. Either part may be missing.
bool parseExitCode(QStringView text, std::optional<int> *exitCode, std::optional<int> *signal);
/// Days since 1970-01-01 of a proleptic Gregorian date; std::nullopt for a month or day that does not exist.
std::optional<qint64> daysFromCivil(qint64 y, qint64 m, qint64 d);
/// A decimal integer (digits only) in [0, max]; std::nullopt for anything else, overflow included.
std::optional<qint64> boundedCount(QStringView text, qint64 max);

/// "CANCELLED by 1000" -> "CANCELLED"; "COMPLETED" -> "COMPLETED".
QString normalizeState(QStringView text);

/// True for the words Slurm prints where a value is absent.
bool isNoValue(QStringView text);

} // namespace es::slurm
