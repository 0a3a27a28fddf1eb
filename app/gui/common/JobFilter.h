// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace es {

/// What the jobs view shows. Empty strings and unset times mean "any"; all fields are values (never SQL text).
struct JobFilter
{
    Q_DECLARE_TR_FUNCTIONS(es::JobFilter)

public:
    QString cluster;
    QString state;
    QString user;
    QString partition;
    std::optional<qint64> startFrom; ///< UTC epoch s, inclusive; compared with the start time, else the submit time
    std::optional<qint64> startTo;   ///< UTC epoch s, exclusive
    QString text;                    ///< substring of the job id or the job name, case-insensitive

    bool isEmpty() const { return *this == JobFilter{}; }
    /// The filter in words for a caption, "Filter: cluster c6, user alice, started 2025-01-01 00:00 CET to …";
    /// "Filter: none (all jobs)" when empty. Times in local time with the zone, as the filter bar shows them.
    QString description() const;
    bool operator==(const JobFilter &other) const = default;
};

} // namespace es
