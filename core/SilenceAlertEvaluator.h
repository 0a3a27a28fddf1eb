// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;
struct AlertEvaluationOptions;
struct AlertEvaluationSummary;

/// A stretch of time a collector did not deliver: from lastTs + factor x interval until the next sample (unset
/// while still silent at the horizon).
struct SilenceEpisode
{
    qint64 tsStart = 0;
    std::optional<qint64> tsEnd;
    qint64 lastSampleTs = 0; ///< the sample before the silence
    qint64 silenceS = 0;     ///< from that sample to the next one, or to the horizon
};

/// collector_silent: a node whose samples of one source (sampler, prometheus, proxmox, ...) stopped for more than
/// silenceFactor x that source's usual interval on the node (the median gap between its samples, or
/// silenceIntervalS when set), while the store does not say the node is down (nodes.state DOWN, DRAIN, POWERED_DOWN
/// or an offline Proxmox host are skipped). Subject "NODE/SOURCE", keyed by kind, subject and start; the value is the
/// silence in seconds so far, the threshold factor x interval. The silence runs up to untilTs, else nowTs, else
/// the clock; an episode closes at the first sample after it. Run by AlertEvaluator when silenceRules is set.
///
/// Threading: evaluate() uses the Store it is given, from that Store's thread; the static functions are pure.
class SilenceAlertEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(es::SilenceAlertEvaluator)

public:
    explicit SilenceAlertEvaluator(Store &store);

    bool evaluate(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                  AlertEvaluationSummary *summary, QString *error);

    /// The median gap between consecutive `sampleTs` (sorted, distinct); unset with fewer than 3 samples.
    static std::optional<qint64> usualIntervalS(const QList<qint64> &sampleTs);
    /// The silences of `sampleTs` (sorted, distinct) longer than `thresholdS`, the last one up to `horizonTs`.
    static QList<SilenceEpisode> silences(const QList<qint64> &sampleTs, qint64 thresholdS, qint64 horizonTs);
    /// Whether a stored node state says the node is down on purpose or broken (no samples are expected).
    static bool isDownState(const QString &state);

private:
    Store &m_store;
};

} // namespace es
