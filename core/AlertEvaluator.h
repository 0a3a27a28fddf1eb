// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AlertEvent.h"
#include "AlertThresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace es {

class Store;

struct AlertEvaluationOptions
{
    std::optional<qint64> sinceTs; ///< samples and job ends from here (UTC epoch s); unset: from the first
    std::optional<qint64> untilTs; ///< up to here, inclusive; unset: up to the last
    double hysteresisC = 2;        ///< an episode closes at the first sample below threshold - hysteresisC
    double energyFactor = 3;       ///< energy_excess: energy above energyFactor x the median of the job type
    int energyMinJobs = 5;         ///< ... when the job type has at least this many jobs with energy
    /// failure_rate / bad_node (FailureRateEvaluator): the sliding window over job ends, in seconds
    qint64 failureWindowS = 6 * 3600;
    double failureShare = 0.5;      ///< failure_rate: share of failed jobs (0..1) that opens an episode
    double failureHysteresis = 0.1; ///< ... an episode closes below share - hysteresis (bad_node: margin - it)
    int failureMinJobs = 10;        ///< jobs in the window before a share counts (bad_node: on the node and the rest)
    double badNodeMargin = 0.3;     ///< bad_node: the node's share at least this far above the rest of the partition
    bool failureRules = true;       ///< evaluate failure_rate and bad_node at all
    /// memory_exhaustion / memory_high (MemoryAlertEvaluator)
    bool memoryRules = true;
    double memoryWithinPct = 10;        ///< a job's MaxRSS within this % of its request per node
    double memoryNodePct = 95;          ///< a node's used memory at or above this % of its memory
    double memoryNodeHysteresisPct = 5; ///< ... until below memoryNodePct - this
    /// collector_silent (SilenceAlertEvaluator): off unless asked, since it is about the present
    bool silenceRules = false;
    double silenceFactor = 3;    ///< silent after this many times the usual interval without a sample
    qint64 silenceIntervalS = 0; ///< the usual interval; 0: the median gap of each node's samples per source
    /// The horizon when untilTs is unset: failure windows' exits (a failing streak ages out), silences; unset: the
    /// clock.
    std::optional<qint64> nowTs;
    /// Checked before each node and before committing: once set, evaluate() rolls back and returns false with the
    /// error "cancelled". Not owned; may be set from another thread.
    const std::atomic_bool *cancel = nullptr;
};

struct AlertEvaluationSummary
{
    qint64 nodes = 0;
    qint64 samplesRead = 0;
    qint64 jobsChecked = 0;
    qint64 failureJobsRead = 0;   ///< finished jobs the failure rules read
    qint64 memoryJobsChecked = 0; ///< ended jobs with a MaxRSS and a request, or OUT_OF_MEMORY
    qint64 silenceSeries = 0;     ///< (node, source) sample series the silence rule looked at
    qint64 eventsNew = 0;
    qint64 eventsUpdated = 0; ///< an open episode that grew or closed, or a changed energy event
    qint64 eventsUnchanged = 0;
    QList<AlertEvent> newEvents; ///< the events inserted by this evaluation (ids set)
};

/// A temperature sample as the evaluator reads it: UTC epoch seconds and °C.
struct TemperaturePoint
{
    qint64 ts = 0;
    double tempC = 0;
};

/// A stretch of time a node spent at or above a threshold.
struct TemperatureEpisode
{
    qint64 tsStart = 0;          ///< first sample at or above the threshold
    std::optional<qint64> tsEnd; ///< first sample below threshold - hysteresis; unset while still hot
    double peakC = 0;
};

/// Thermal and energy alerts of one cluster: opens an event when a node's temperature (node_samples.temp_c) reaches
/// its threshold and closes it when the node comes back under threshold - hysteresis; flags jobs whose energy
/// (job_metrics.energy_j, else jobs.energy_j) exceeds k x the median of their job type. Idempotent: evaluating a
/// window again finds the same episodes (keyed on node, kind and start) and updates them in place, and an episode
/// still open at the previous evaluation is followed from its start, so no event is ever duplicated.
///
/// Threading: evaluate() uses the Store it is given, from that Store's thread; the static functions are pure.
class AlertEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(es::AlertEvaluator)
public:
    explicit AlertEvaluator(Store &store);

    /// Evaluates `cluster` and writes its events in one transaction. False with *error (nothing written).
    bool evaluate(const QString &cluster, const AlertEvaluationOptions &options, AlertEvaluationSummary *summary,
                  QString *error);

    /// Episodes at or above `thresholdC` in `points` (sorted by ts). Pure.
    static QList<TemperatureEpisode> episodes(const QList<TemperaturePoint> &points, double thresholdC,
                                              double hysteresisC);
    /// The median of `values` (empty: 0). Pure.
    static double median(QList<double> values);

private:
    bool evaluateNode(qint64 clusterId, const QString &cluster, qint64 nodeId, const QString &node,
                      const TemperatureThresholds &thresholds, const AlertEvaluationOptions &options,
                      AlertEvaluationSummary *summary, QString *error);
    bool evaluateEnergy(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                        AlertEvaluationSummary *summary, QString *error);

    Store &m_store;
};

} // namespace es
