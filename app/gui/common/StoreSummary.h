// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

#include <optional>

namespace es {

/// Whole-store facts the jobs view needs besides the rows: the empty state and the filter choices.
struct StoreSummary
{
    qint64 totalJobs = -1; ///< -1: not read yet
    QStringList clusters;
    QStringList states;
    QStringList users;
    QStringList partitions;
    /// The earliest and latest COALESCE(start_ts, submit_ts) of the jobs, UTC epoch s; empty when no job has one.
    std::optional<qint64> firstStartTs;
    std::optional<qint64> lastStartTs;
};

} // namespace es
