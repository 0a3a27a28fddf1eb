// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeSampleSeries.h"

#include "JobMetricsDeriver.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace es {
namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();

double orNaN(const QVariant &value)
{
    return value.isNull() ? NodeSampleSeries::NaN : value.toDouble();
}

} // namespace

void NodeSampleSeries::computeIntervals()
{
    const size_t n = ts.size();
    dt.assign(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const qint64 before = i > 0 ? ts[i] - ts[i - 1] : kForever;
        const qint64 after = i + 1 < n ? ts[i + 1] - ts[i] : kForever;
        if (before <= JobMetricsDeriver::MaxSampleGapS)
            dt[i] = double(before);
        else if (after <= JobMetricsDeriver::MaxSampleGapS)
            dt[i] = double(after);
    }
}

NodeSampleSeries::SegmentSums NodeSampleSeries::meterOver(qint64 a, qint64 b) const
{
    SegmentSums sums;
    for (size_t i = firstAfter(a); i < ts.size(); ++i) {
        const double start = double(ts[i]) - dt[i];
        if (start >= double(b))
            break;
        if (dt[i] <= 0)
            continue;
        const double e = intervalEnergy(i);
        if (std::isnan(e))
            continue;
        const double overlap = std::min(double(b), double(ts[i])) - std::max(double(a), start);
        if (overlap <= 0)
            continue;
        sums.energyJ += e * overlap / dt[i];
        sums.coveredS += overlap;
    }
    return sums;
}

double NodeSampleSeries::utilOver(const std::vector<NodeSampleSeries> &series, qint64 a, qint64 b)
{
    double weighted = 0;
    double weight = 0;
    for (const NodeSampleSeries &s : series) {
        for (size_t i = s.firstAfter(a); i < s.ts.size(); ++i) {
            const double start = double(s.ts[i]) - s.dt[i];
            if (start >= double(b))
                break;
            if (std::isnan(s.util[i]) || s.dt[i] <= 0)
                continue;
            const double overlap = std::min(double(b), double(s.ts[i])) - std::max(double(a), start);
            if (overlap <= 0)
                continue;
            weighted += s.util[i] / 100.0 * overlap;
            weight += overlap;
        }
    }
    return weight > 0 ? weighted / weight : NaN;
}

bool NodeSampleSeries::readNode(QSqlQuery &samples, qint64 nodeId, std::vector<NodeSampleSeries> *series, qint64 *count)
{
    series->clear();
    samples.addBindValue(nodeId);
    if (!samples.exec())
        return false;
    while (samples.next()) {
        const QString source = samples.value(1).toString();
        auto it =
            std::find_if(series->begin(), series->end(), [&](const NodeSampleSeries &s) { return s.source == source; });
        if (it == series->end()) {
            series->push_back(NodeSampleSeries{source, {}, {}, {}, {}, {}, {}, {}, {}, 0});
            it = series->end() - 1;
        }
        it->ts.push_back(samples.value(0).toLongLong());
        it->util.push_back(orNaN(samples.value(2)));
        it->mem.push_back(orNaN(samples.value(3)));
        it->temp.push_back(orNaN(samples.value(4)));
        it->freq.push_back(orNaN(samples.value(5)));
        it->power.push_back(orNaN(samples.value(6)));
        it->energy.push_back(orNaN(samples.value(7)));
        it->meterSamples += std::isnan(it->power.back()) && std::isnan(it->energy.back()) ? 0 : 1;
        ++*count;
    }
    samples.finish();
    for (NodeSampleSeries &s : *series)
        s.computeIntervals();
    return true;
}

int NodeSampleSeries::borrowFromHost(const std::vector<NodeSampleSeries> &host, double vmCpus, double hostCpus,
                                     bool needTemp, bool needMeter, std::vector<NodeSampleSeries> *own)
{
    const std::vector<NodeSampleSeries> vm = *own; // the VM's own samples only, for its utilisation
    int lent = 0;
    for (const NodeSampleSeries &h : host) {
        NodeSampleSeries borrowed{QStringLiteral("host:") + h.source, h.ts, h.dt, {}, {}, {}, {}, {}, {}, 0};
        const size_t n = h.ts.size();
        borrowed.util.assign(n, NaN);
        borrowed.mem.assign(n, NaN);
        borrowed.freq.assign(n, NaN);
        borrowed.temp.assign(n, NaN);
        borrowed.power.assign(n, NaN);
        borrowed.energy.assign(n, NaN);
        bool any = false;
        for (size_t i = 0; i < n; ++i) {
            if (needTemp && !std::isnan(h.temp[i])) {
                borrowed.temp[i] = h.temp[i];
                any = true;
            }
            if (!needMeter || (std::isnan(h.power[i]) && std::isnan(h.energy[i])) || h.dt[i] <= 0)
                continue;
            const qint64 a = h.ts[i] - qint64(h.dt[i]);
            const double hostUtil = utilOver(host, a, h.ts[i]);
            const double vmUtil = utilOver(vm, a, h.ts[i]);
            const double hostBusy = hostUtil * hostCpus;
            if (std::isnan(hostUtil) || std::isnan(vmUtil) || !(hostBusy > 0))
                continue;
            const double share = std::clamp(vmUtil * vmCpus / hostBusy, 0.0, 1.0);
            borrowed.power[i] = h.power[i] * share;
            borrowed.energy[i] = h.energy[i] * share;
            ++borrowed.meterSamples;
            any = true;
        }
        if (any) {
            own->push_back(std::move(borrowed));
            ++lent;
        }
    }
    return lent;
}

} // namespace es
