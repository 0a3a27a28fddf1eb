// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "EnergyFormat.h"

#include <QString>

namespace es {

/// The job quantities the correlation explorer can put on an axis, and the categories it can colour by.
/// Indexes are stable within one program run only (they are never stored). Past the fixed ones (NumericCount and
/// on) come the dataset features of job_features, registered by name the first time a load meets them.
class CorrelationFields final
{
public:
    enum Numeric
    {
        ElapsedS,
        AllocCpus,
        NodeCount,
        ReqMemMb,
        MaxRssMb,
        TotalCpuS,
        AveCpuFreqMhz,
        EnergyJ,
        TimelimitS,
        SubmitHourUtc,
        WaitS,
        MetricNodeTempAvgC,
        MetricNodeTempPeakC,
        MetricCpuFreqAvgMhz,
        MetricCpuUtilPct,
        MetricMemMb,
        MetricDurationS,
        MetricEnergyJ,
        MetricPowerAvgW,
        NumericCount
    };

    enum Category
    {
        NoCategory = -1,
        State,
        Partition,
        User,
        JobType,
        Cluster,
        CategoryCount
    };

    /// The column name, e.g. "elapsed_s", "job_metrics.power_avg_w": short, unambiguous, used in the matrix.
    static QString key(int numeric);
    /// A translated name with its unit, e.g. "Elapsed time (s)", for axis titles and combo boxes; an energy field
    /// names `energyUnit` (a fixed unit: the data's CorrelationData::energyUnit).
    static QString label(int numeric, EnergyUnit energyUnit);
    /// True for the fields that hold an energy (EnergyJ, MetricEnergyJ): read in joules, shown in the chosen unit.
    static bool isEnergy(int numeric) { return numeric == EnergyJ || numeric == MetricEnergyJ; }
    static QString categoryLabel(int category);
    /// The numeric field whose key() is `key` (a registered "feature:NAME" included), or -1.
    static int fromKey(const QString &key);
    /// The field of the dataset feature NAME (job_features.name), registered the first time: NumericCount or more.
    /// Thread-safe; an index is never reused within a run.
    static int featureField(const QString &name);
    /// The fixed fields and the dataset features registered so far.
    static int fieldCount();
};

} // namespace es
