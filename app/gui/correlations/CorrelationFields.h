#pragma once

#include <QString>

namespace es {

/// The job quantities the correlation explorer can put on an axis, and the categories it can colour by.
/// Indexes are stable within one program run only (they are never stored).
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
    /// A translated name with its unit, e.g. "Elapsed time (s)", for axis titles and combo boxes.
    static QString label(int numeric);
    static QString categoryLabel(int category);
    /// The numeric field whose key() is `key`, or -1.
    static int fromKey(const QString &key);
};

} // namespace es
