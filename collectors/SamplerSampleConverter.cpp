// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerSampleConverter.h"

#include <algorithm>

namespace es {
namespace {

/// Keys of powersW/energiesJ that are not hwmon meters: per-zone RAPL and GPUs.
bool isHwmonSensor(const QString &key)
{
    if (key.startsWith(QLatin1StringView("rapl.")))
        return false;
    if (key.size() > 3 && key.startsWith(QLatin1StringView("gpu")) &&
        std::all_of(key.cbegin() + 3, key.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    return true;
}

std::optional<double> perSecond(const std::optional<double> &energyJ, const std::optional<double> &intervalS)
{
    if (!energyJ || !intervalS || *intervalS <= 0)
        return std::nullopt;
    return *energyJ / *intervalS;
}

} // namespace

NodeSample SamplerSampleConverter::toNodeSample(const NodeSampleRecord &record, const QString &node,
                                                const QString &source)
{
    NodeSample out;
    out.node = node;
    out.ts = record.tsEpochS;
    out.source = source;
    out.cpuUtilPct = record.cpuUtilPct;
    out.load1 = record.load1;
    out.memUsedMb = record.memUsedMb;
    out.freqMhz = record.freqAvgMhz;
    for (auto it = record.temperaturesC.cbegin(); it != record.temperaturesC.cend(); ++it)
        out.tempC = out.tempC ? std::max(*out.tempC, it.value()) : it.value();

    if (record.powerCrayW || record.energyCrayJ) {
        out.powerW = record.powerCrayW ? record.powerCrayW : perSecond(record.energyCrayJ, record.intervalS);
        out.energyJ = record.energyCrayJ;
        return out;
    }
    if (record.powerIpmiW) {
        out.powerW = record.powerIpmiW;
        return out;
    }
    if (record.powerRaplW || record.energyRaplJ) {
        out.powerW = record.powerRaplW ? record.powerRaplW : perSecond(record.energyRaplJ, record.intervalS);
        out.energyJ = record.energyRaplJ;
        return out;
    }
    double energy = 0;
    double energyPower = 0;
    bool anyEnergy = false;
    bool energyPowerComplete = true;
    for (auto it = record.energiesJ.cbegin(); it != record.energiesJ.cend(); ++it) {
        if (!isHwmonSensor(it.key()))
            continue;
        anyEnergy = true;
        energy += it.value();
        const auto power = record.powersW.constFind(it.key());
        if (power != record.powersW.cend())
            energyPower += power.value();
        else
            energyPowerComplete = false;
    }
    if (anyEnergy) {
        out.energyJ = energy;
        out.powerW = energyPowerComplete ? std::optional<double>(energyPower) : perSecond(energy, record.intervalS);
        return out;
    }
    double power = 0;
    bool anyPower = false;
    for (auto it = record.powersW.cbegin(); it != record.powersW.cend(); ++it) {
        if (!isHwmonSensor(it.key()))
            continue;
        anyPower = true;
        power += it.value();
    }
    if (anyPower)
        out.powerW = power;
    return out;
}

} // namespace es
