// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSample.h"
#include "PrometheusResponseParser.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace es {

/// What one query of the importer asks for, with node_exporter's metric names.
enum class PrometheusMetric
{
    TempC,      ///< node_hwmon_temp_celsius, one series per instance (the importer's query takes the max)
    FreqHz,     ///< node_cpu_scaling_frequency_hertz, one series per instance (averaged over CPUs): -> freq_mhz
    Load1,      ///< node_load1, one series per instance
    MemUsedB,   ///< MemTotal - MemAvailable in bytes, one series per instance: -> mem_used_mb (MiB)
    RaplJ,      ///< node_rapl_package_joules_total, RAW counters, one series per package: -> energy_j, power_w
    CpuSeconds, ///< node_cpu_seconds_total summed over CPUs, one series per (instance, mode): -> cpu_util_pct
};

/// Turns the range results of one window into node samples. Pure: no network, no store.
///
/// Every result must come from the same step grid (ts = start + k * stepS). Gauges are taken as they are at each
/// ts. Counters give the interval that ends at ts, from the point one step before:
/// - energy_j: the increase of every package counter of the node, summed; a counter that went down restarted
///   (reboot, or RAPL's wrap, which node_exporter does not undo) and counts from zero; a drop within rounding
///   (1e-9 of the value: sums over CPUs differ in their last bits) is no change. power_w = energy_j / stepS.
///   Only written when every package series of the node has both points.
/// - cpu_util_pct: 100 * (user+nice+system+irq+softirq) / (all modes), the sampler's definition. Any mode that went
///   down (a reboot) makes the interval unknown.
/// Instances become node names through `instanceMap` (exact instance label), else by dropping `:port` (and the
/// brackets of an IPv6 address). When two instances give the same node, the later series wins.
class PrometheusSampleAssembler final
{
public:
    PrometheusSampleAssembler(qint64 stepS, QHash<QString, QString> instanceMap);

    void add(PrometheusMetric metric, const PrometheusMatrix &matrix);

    /// The samples with at least one known value and fromTs <= ts <= toTs, by node then time, source `source`.
    QList<NodeSample> samples(qint64 fromTs, qint64 toTs, const QString &source) const;

    /// Series without an instance label, which no node can be given (counted over every add()).
    qint64 seriesWithoutInstance() const { return m_seriesWithoutInstance; }

    static QString nodeName(const QString &instance, const QHash<QString, QString> &instanceMap);

private:
    struct Counters
    {
        double sum = 0;
        double busy = 0;
        int parts = 0;
        bool reset = false;
    };
    struct NodeSeries
    {
        QMap<qint64, NodeSample> byTs;
        QMap<qint64, Counters> energy;
        QMap<qint64, Counters> cpu;
        int energySeries = 0;
        int cpuSeries = 0;
    };

    NodeSample &at(const QString &node, qint64 ts);

    qint64 m_stepS;
    QHash<QString, QString> m_instanceMap;
    QHash<QString, NodeSeries> m_nodes;
    qint64 m_seriesWithoutInstance = 0;
};

} // namespace es
