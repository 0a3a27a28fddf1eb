// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <optional>

namespace es {

/// One sample of one node as the store keeps it (table node_samples), whatever collected it. Times are UTC epoch
/// seconds; an unset optional is unknown and stored as NULL. Power and energy describe the interval that ends at
/// `ts` (the samples before it of the same source); energyJ is the energy in that interval, not a running total.
struct NodeSample
{
    QString node; ///< node name as Slurm knows it
    qint64 ts = 0;
    QString source; ///< what produced it: "sampler", "slurm", "prometheus", ... part of the sample's key
    std::optional<double> cpuUtilPct;
    std::optional<double> load1;
    std::optional<double> memUsedMb;
    std::optional<double> tempC;
    std::optional<double> freqMhz;
    std::optional<double> powerW;
    std::optional<double> energyJ;
};

} // namespace es
