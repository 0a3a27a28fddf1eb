// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AlertEvent.h"

#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;

/// Which events EventLog::list() returns. Empty strings and unset optionals match everything.
struct EventFilter
{
    QString cluster;
    std::optional<qint64> sinceTs; ///< events still open at, or ending after, this time (UTC epoch s)
    std::optional<qint64> untilTs; ///< events starting at or before this time
    QString kind;
    QString severity;
    std::optional<bool> acknowledged;
    int limit = 0; ///< 0: no limit
};

/// Reads and acknowledges the store's alert events (table events). Newest first.
///
/// Threading: the static functions use the Store they are given, from that Store's thread.
class EventLog final
{
public:
    static std::optional<QList<AlertEvent>> list(Store &store, const EventFilter &filter, QString *error);
    /// Sets `acknowledged` on the events `ids`. Returns the number of rows changed, or std::nullopt with *error.
    static std::optional<qint64> acknowledge(Store &store, const QList<qint64> &ids, bool acknowledged, QString *error);
};

} // namespace es
