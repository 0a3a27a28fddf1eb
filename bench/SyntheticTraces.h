// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <cstdint>

namespace es {

/// Writers of synthetic benchmark inputs with realistic value ranges. Deterministic: the same seed gives the same
/// bytes. Not real data: every file says so in a comment (SWF) or in its job names (sacct is headerless apart from
/// its field line, so the dump's first job is named "synthetic-bench-data").
class SyntheticTraces final
{
public:
    /// The job count of the LANL CM-5 trace (LANL-CM5-1994-4.1-cln.swf), which the synthetic SWF imitates.
    static constexpr qint64 kLanlCm5Jobs = 122060;
    /// The fields of the generated sacct dump, in order (sacct --parsable2 --format=...).
    static const char *sacctFields();

    /// An SWF trace of `jobs` jobs shaped like the LANL CM-5 log: 32 to 1024 processors, power-of-two sizes,
    /// log-normal run and wait times, a header with UnixStartTime. Returns false with *error on a write error.
    static bool writeSwf(const QString &path, qint64 jobs, std::uint64_t seed, QString *error);

    /// A `sacct --parsable2` dump with a header line and exactly `lines` record lines: jobs (some array tasks,
    /// pending and running ones) each followed by its steps (.batch, .extern, .0, ...). *jobs receives the number
    /// of job lines. Returns false with *error on a write error.
    static bool writeSacct(const QString &path, qint64 lines, std::uint64_t seed, qint64 *jobs, QString *error);
};

} // namespace es
