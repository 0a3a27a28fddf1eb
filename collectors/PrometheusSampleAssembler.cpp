// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusSampleAssembler.h"

#include <algorithm>
#include <cmath>

namespace es {
namespace {

constexpr double kBytesPerMiB = 1024.0 * 1024.0;
constexpr double kHzPerMHz = 1e6;

bool isBusyMode(const QString &mode)
{
    return mode == u"user" || mode == u"nice" || mode == u"system" || mode == u"irq" || mode == u"softirq";
}

} // namespace

PrometheusSampleAssembler::PrometheusSampleAssembler(qint64 stepS, QHash<QString, QString> instanceMap)
    : m_stepS(std::max<qint64>(1, stepS)), m_instanceMap(std::move(instanceMap))
{}

QString PrometheusSampleAssembler::nodeName(const QString &instance, const QHash<QString, QString> &instanceMap)
{
    const auto mapped = instanceMap.constFind(instance);
    if (mapped != instanceMap.constEnd())
        return *mapped;
    if (instance.startsWith(u'[')) { // [::1]:9100
        const qsizetype close = instance.indexOf(u']');
        return close > 0 ? instance.mid(1, close - 1) : instance;
    }
    const qsizetype colon = instance.indexOf(u':');
    if (colon < 0 || instance.indexOf(u':', colon + 1) >= 0) // no port, or a bare IPv6 address
        return instance;
    return instance.left(colon);
}

NodeSample &PrometheusSampleAssembler::at(const QString &node, qint64 ts)
{
    NodeSample &sample = m_nodes[node].byTs[ts];
    sample.node = node;
    sample.ts = ts;
    return sample;
}

void PrometheusSampleAssembler::add(PrometheusMetric metric, const PrometheusMatrix &matrix)
{
    for (const PrometheusSeries &series : matrix.series) {
        const QString instance = series.labels.value(QStringLiteral("instance"));
        if (instance.isEmpty()) {
            ++m_seriesWithoutInstance;
            continue;
        }
        const QString node = nodeName(instance, m_instanceMap);
        if (node.isEmpty()) {
            ++m_seriesWithoutInstance;
            continue;
        }
        switch (metric) {
        case PrometheusMetric::TempC:
            for (const PrometheusPoint &p : series.points)
                at(node, p.ts).tempC = p.value;
            break;
        case PrometheusMetric::FreqHz:
            for (const PrometheusPoint &p : series.points)
                at(node, p.ts).freqMhz = p.value / kHzPerMHz;
            break;
        case PrometheusMetric::Load1:
            for (const PrometheusPoint &p : series.points)
                at(node, p.ts).load1 = p.value;
            break;
        case PrometheusMetric::MemUsedB:
            for (const PrometheusPoint &p : series.points)
                at(node, p.ts).memUsedMb = p.value / kBytesPerMiB;
            break;
        case PrometheusMetric::RaplJ:
        case PrometheusMetric::CpuSeconds: {
            const bool energy = metric == PrometheusMetric::RaplJ;
            NodeSeries &target = m_nodes[node];
            (energy ? target.energySeries : target.cpuSeries) += 1;
            QMap<qint64, Counters> &intervals = energy ? target.energy : target.cpu;
            const bool busy = !energy && isBusyMode(series.labels.value(QStringLiteral("mode")));
            for (qsizetype i = 1; i < series.points.size(); ++i) {
                const PrometheusPoint &before = series.points[i - 1];
                const PrometheusPoint &now = series.points[i];
                if (now.ts - before.ts != m_stepS)
                    continue; // a gap: the interval ending at now.ts is not covered
                Counters &c = intervals[now.ts];
                // Sums over CPUs or packages come back in any order, so an unchanged total can differ in its last
                // bits: only a drop beyond rounding is a restart.
                const double rounding = 1e-9 * std::abs(before.value);
                const bool wentDown = now.value < before.value - rounding;
                const double increase = wentDown ? now.value : std::max(0.0, now.value - before.value);
                c.reset = c.reset || wentDown;
                c.sum += increase;
                if (busy)
                    c.busy += increase;
                ++c.parts;
            }
            break;
        }
        }
    }
}

QList<NodeSample> PrometheusSampleAssembler::samples(qint64 fromTs, qint64 toTs, const QString &source) const
{
    QStringList nodes = m_nodes.keys();
    std::sort(nodes.begin(), nodes.end());
    QList<NodeSample> out;
    for (const QString &node : nodes) {
        const NodeSeries &series = m_nodes[node];
        QMap<qint64, NodeSample> merged;
        for (auto it = series.byTs.lowerBound(fromTs); it != series.byTs.cend() && it.key() <= toTs; ++it)
            merged.insert(it.key(), *it);
        for (auto it = series.energy.lowerBound(fromTs); it != series.energy.cend() && it.key() <= toTs; ++it) {
            if (it->parts != series.energySeries)
                continue;
            NodeSample &s = merged[it.key()];
            s.energyJ = it->sum;
            s.powerW = it->sum / double(m_stepS);
        }
        for (auto it = series.cpu.lowerBound(fromTs); it != series.cpu.cend() && it.key() <= toTs; ++it) {
            if (it->parts != series.cpuSeries || it->reset || it->sum <= 0)
                continue;
            merged[it.key()].cpuUtilPct = std::clamp(100.0 * it->busy / it->sum, 0.0, 100.0);
        }
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            NodeSample &s = *it;
            s.node = node;
            s.ts = it.key();
            s.source = source;
            if (s.cpuUtilPct || s.load1 || s.memUsedMb || s.tempC || s.freqMhz || s.powerW || s.energyJ)
                out.append(s);
        }
    }
    return out;
}

} // namespace es
