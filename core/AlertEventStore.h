// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AlertEvent.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace es {

struct AlertEvaluationSummary;

/// Writes the events of the rules that came after the thermal and energy ones (FailureRateEvaluator,
/// MemoryAlertEvaluator, SilenceAlertEvaluator), so that an evaluation run again finds the same event and updates it
/// in place: a job event is keyed by job and kind, any other by kind, subject and start (schema version 9).
///
/// Threading: uses the database it is given, from that connection's thread.
class AlertEventStore final
{
public:
    enum class Key
    {
        Job,    ///< (cluster, job_pk, kind)
        Subject ///< (cluster, kind, subject, ts_start)
    };

    /// Inserts `event` (its id set and appended to summary->newEvents) or updates the stored one when ts_end, value or
    /// threshold differ. An episode's stored end later than `lastScannedTs` is kept when this evaluation sees it still
    /// open (a shorter window never reopens it); `keepPeak`: a stored higher value stays, with its threshold.
    static bool write(QSqlDatabase &db, qint64 clusterId, qint64 nodeId, AlertEvent event, Key key,
                      qint64 lastScannedTs, bool keepPeak, AlertEvaluationSummary *summary, QString *error);

    /// Sets the stored event `id`'s end, value, threshold and message to `event`'s (the thermal and energy rules'
    /// writer shares it). `query` is on the events' connection.
    static bool updateStored(QSqlQuery &query, qint64 id, const AlertEvent &event, QString *error);
};

} // namespace es
