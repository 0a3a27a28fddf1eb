// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SamplerParser.h"

#include <optional>

namespace es {

/// One node's sampler records in time order, with the records that share a whole second merged into one.
/// node_samples is keyed on whole seconds, so a second record of the same second (the last, partial sample the
/// sampler writes when stopped; intervals under a second) would replace the first, and the first's energy would be
/// lost. Merged: dt_s and the amounts in the interval (energies, bytes) add up (an energy missing from either is
/// unknown for the whole); utilisation shares are weighted by dt_s; RAPL and hwmon powers become energy / dt_s
/// where the energy is known; every other reading (load, memory, frequency, temperatures, instantaneous cray/ipmi
/// powers) is the later one. Pure; one merger per node stream.
class SamplerRecordMerger final
{
public:
    /// The record that `next` completes: the pending one when `next` starts another second (or goes back in
    /// time), else nothing (next is merged into the pending one).
    std::optional<NodeSampleRecord> add(const NodeSampleRecord &next);
    /// The pending record, at the end of the stream.
    std::optional<NodeSampleRecord> finish();

    static NodeSampleRecord merge(const NodeSampleRecord &earlier, const NodeSampleRecord &later);

private:
    std::optional<NodeSampleRecord> m_pending;
};

} // namespace es
