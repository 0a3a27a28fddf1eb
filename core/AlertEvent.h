// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <optional>

namespace es {

/// One row of the store's `events` table (schema version 4). Times are UTC epoch seconds.
///
/// Kinds: "temp_warning" / "temp_critical" (a node: value is the peak temperature in °C, threshold the °C crossed;
/// tsEnd is unset while the node is still above threshold - hysteresis) and "energy_excess" (a job: value is its
/// energy in J, threshold k x the median energy of its job type in J; tsStart/tsEnd are the job's start and end).
/// "failure_rate" (the jobs of `subject` — "partition:P", "user:U" or "node:N" — that ended in a sliding window:
/// value is the peak share of failed ones, 0..1, threshold the share that opens the episode) and "bad_node" (subject
/// "N@P": node N against the rest of partition P; value is the node's share at the peak, threshold the rest's share
/// then plus the margin). Both are episodes like the temperature ones: tsEnd unset while still above.
/// "memory_exhaustion" (a job: value MaxRSS over its request per node, threshold 1 - N %; MemoryAlertEvaluator),
/// "memory_high" (subject "node:N": value the peak used memory in %, an episode) and "collector_silent" (subject
/// "N/SOURCE": value the silence in s, threshold the silence that counts; SilenceAlertEvaluator).
struct AlertEvent
{
    qint64 id = 0;
    QString cluster;
    QString node;     ///< empty for job events
    qint64 jobPk = 0; ///< 0 for node events
    QString jobId;    ///< Slurm job id of jobPk; empty for node events
    QString subject;  ///< what a failure_rate or bad_node event is about; empty for the other kinds
    QString kind;
    QString severity; ///< "warning" or "critical"
    qint64 tsStart = 0;
    std::optional<qint64> tsEnd;
    double value = 0;
    double threshold = 0;
    QString message;
    bool acknowledged = false;

    static QString tempWarningKind() { return QStringLiteral("temp_warning"); }
    static QString tempCriticalKind() { return QStringLiteral("temp_critical"); }
    static QString energyExcessKind() { return QStringLiteral("energy_excess"); }
    static QString failureRateKind() { return QStringLiteral("failure_rate"); }
    static QString badNodeKind() { return QStringLiteral("bad_node"); }
    static QString memoryExhaustionKind() { return QStringLiteral("memory_exhaustion"); }
    static QString memoryHighKind() { return QStringLiteral("memory_high"); }
    static QString collectorSilentKind() { return QStringLiteral("collector_silent"); }
};

} // namespace es
