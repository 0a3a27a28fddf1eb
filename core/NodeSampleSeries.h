// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

class QSqlQuery;

namespace es {

/// Samples of one node and one source (node_samples), by time, with the interval each one describes: a sample at
/// ts describes (ts - dt, ts], dt the gap to the previous sample (or, for a first sample or after a gap over
/// JobMetricsDeriver::MaxSampleGapS, the gap to the next one; 0 when the sample stands alone). Unknown values are
/// NaN. Used by JobMetricsDeriver; a plain value type, usable from any thread.
struct NodeSampleSeries
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QString source;
    std::vector<qint64> ts;
    std::vector<double> dt; ///< length of (ts - dt, ts] in seconds
    std::vector<double> util, mem, temp, freq, power, energy;
    qint64 meterSamples = 0; ///< samples carrying power or energy

    /// Energy (J) in [a, b) and how many seconds of it the samples cover.
    struct SegmentSums
    {
        double energyJ = 0;
        double coveredS = 0;
    };

    /// First index whose interval may reach into [a, ...): the first ts > a.
    size_t firstAfter(qint64 a) const { return size_t(std::upper_bound(ts.begin(), ts.end(), a) - ts.begin()); }
    /// Energy (J) of sample i's interval (energy_j, else power_w * dt); NaN when it carries neither.
    double intervalEnergy(size_t i) const
    {
        if (!std::isnan(energy[i]))
            return energy[i];
        if (!std::isnan(power[i]))
            return power[i] * dt[i];
        return NaN;
    }
    /// Mean power (W) over sample i's interval; NaN when unknown.
    double meanPower(size_t i) const
    {
        if (!std::isnan(power[i]))
            return power[i];
        return dt[i] > 0 && !std::isnan(energy[i]) ? energy[i] / dt[i] : NaN;
    }

    /// Sets dt from ts (see the type's contract).
    void computeIntervals();
    /// This series as a meter: its energy in [a, b) and the seconds of [a, b) its samples cover.
    SegmentSums meterOver(qint64 a, qint64 b) const;

    /// Time-weighted mean utilisation (0..1) over [a, b) from every series; NaN when nothing covers it.
    static double utilOver(const std::vector<NodeSampleSeries> &series, qint64 a, qint64 b);

    /// Reads every sample of one node into per-source series (by time, intervals computed), adding the number of
    /// samples read to *count. `samples` is prepared as "SELECT ts, source, cpu_util_pct, mem_used_mb, temp_c,
    /// freq_mhz, power_w, energy_j FROM node_samples WHERE node_id = ? ORDER BY ts". False on a database error.
    static bool readNode(QSqlQuery &samples, qint64 nodeId, std::vector<NodeSampleSeries> *series, qint64 *count);

    /// The host's samples as a VM's: its temperature when the VM has none (needTemp), and its power or energy times
    /// the VM's share of the host's busy CPUs over each sample's interval, (vm util * vm CPUs) / (host util * host
    /// CPUs) capped at 1, when the VM has no meter (needMeter). A sample whose share cannot be known (no utilisation
    /// of either side over its interval) lends no power. Appends to *own (the VM's own series) one series per host
    /// source that lends anything, named "host:SOURCE"; returns how many.
    static int borrowFromHost(const std::vector<NodeSampleSeries> &host, double vmCpus, double hostCpus, bool needTemp,
                              bool needMeter, std::vector<NodeSampleSeries> *own);
};

} // namespace es
