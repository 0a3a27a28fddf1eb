// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSample.h"
#include "SamplerParser.h"

namespace es {

/// Turns an es-sampler record into the store's node sample. Pure.
///
/// temp_c is the hottest sensor of the record (every temp_c.SENSOR, GPUs included); freq_mhz the average over
/// CPUs. power_w and energy_j come from ONE meter, the first present of: cray (power_w.cray, energy_j.cray;
/// power = energy / dt_s when only the energy is there), ipmi (power_w.ipmi; no energy: an instantaneous
/// reading has no interval total), rapl (power_w.rapl, energy_j.rapl), hwmon (the sensors of powersW/energiesJ
/// other than rapl.* and gpuN: the energy sensors summed when any, with their powers, else the power*_average
/// sensors summed, without energy). Meters are never mixed, so power and energy always describe the same thing.
class SamplerSampleConverter final
{
public:
    static NodeSample toNodeSample(const NodeSampleRecord &record, const QString &node,
                                   const QString &source = QStringLiteral("sampler"));
};

} // namespace es
