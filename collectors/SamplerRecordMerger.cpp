// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerRecordMerger.h"

namespace es {
namespace {

using Value = std::optional<double>;

Value sum(const Value &a, const Value &b)
{
    return a && b ? Value(*a + *b) : std::nullopt;
}

Value weighted(const Value &a, double dtA, const Value &b, double dtB)
{
    if (!a || !b)
        return b ? b : a;
    return dtA + dtB > 0 ? Value((*a * dtA + *b * dtB) / (dtA + dtB)) : b;
}

Value rate(const Value &energyJ, double dtS, const Value &fallback)
{
    return energyJ && dtS > 0 ? Value(*energyJ / dtS) : fallback;
}

} // namespace

NodeSampleRecord SamplerRecordMerger::merge(const NodeSampleRecord &earlier, const NodeSampleRecord &later)
{
    NodeSampleRecord out = later; // the later readings, then the amounts and shares over both intervals
    const double dtA = earlier.intervalS.value_or(0);
    const double dtB = later.intervalS.value_or(0);
    const double dt = dtA + dtB;
    out.intervalS = earlier.intervalS && later.intervalS ? Value(dt) : std::nullopt;
    out.cpuUtilPct = weighted(earlier.cpuUtilPct, dtA, later.cpuUtilPct, dtB);
    out.iowaitPct = weighted(earlier.iowaitPct, dtA, later.iowaitPct, dtB);
    out.stealPct = weighted(earlier.stealPct, dtA, later.stealPct, dtB);
    out.energyRaplJ = sum(earlier.energyRaplJ, later.energyRaplJ);
    out.powerRaplW = rate(out.energyRaplJ, dt, later.powerRaplW);
    out.energyCrayJ = sum(earlier.energyCrayJ, later.energyCrayJ);
    out.diskReadBytes = sum(earlier.diskReadBytes, later.diskReadBytes);
    out.diskWriteBytes = sum(earlier.diskWriteBytes, later.diskWriteBytes);
    out.netRxBytes = sum(earlier.netRxBytes, later.netRxBytes);
    out.netTxBytes = sum(earlier.netTxBytes, later.netTxBytes);
    out.energiesJ.clear();
    for (auto it = later.energiesJ.cbegin(); it != later.energiesJ.cend(); ++it) {
        const auto before = earlier.energiesJ.constFind(it.key());
        if (before == earlier.energiesJ.cend())
            continue; // unknown over the merged interval
        const double joules = before.value() + it.value();
        out.energiesJ.insert(it.key(), joules);
        if (dt > 0)
            out.powersW.insert(it.key(), joules / dt);
    }
    for (auto it = later.utilizationsPct.cbegin(); it != later.utilizationsPct.cend(); ++it) {
        const auto before = earlier.utilizationsPct.constFind(it.key());
        if (before != earlier.utilizationsPct.cend())
            out.utilizationsPct[it.key()] = *weighted(before.value(), dtA, it.value(), dtB);
    }
    return out;
}

std::optional<NodeSampleRecord> SamplerRecordMerger::add(const NodeSampleRecord &next)
{
    if (m_pending && m_pending->tsEpochS == next.tsEpochS) {
        m_pending = merge(*m_pending, next);
        return std::nullopt;
    }
    std::optional<NodeSampleRecord> done = std::exchange(m_pending, next);
    return done;
}

std::optional<NodeSampleRecord> SamplerRecordMerger::finish()
{
    return std::exchange(m_pending, std::nullopt);
}

} // namespace es
