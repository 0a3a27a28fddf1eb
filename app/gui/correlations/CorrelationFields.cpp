#include "CorrelationFields.h"

#include <QCoreApplication>

namespace es {
namespace {

const char *const kKeys[] = {
    "elapsed_s",
    "alloc_cpus",
    "node_count",
    "req_mem_mb",
    "max_rss_mb",
    "total_cpu_s",
    "ave_cpu_freq_mhz",
    "energy_j",
    "timelimit_s",
    "submit_hour_utc",
    "wait_s",
    "job_metrics.node_temp_avg_c",
    "job_metrics.node_temp_peak_c",
    "job_metrics.cpu_freq_avg_mhz",
    "job_metrics.cpu_util_pct",
    "job_metrics.mem_mb",
    "job_metrics.duration_s",
    "job_metrics.energy_j",
    "job_metrics.power_avg_w",
};
static_assert(std::size(kKeys) == size_t(CorrelationFields::NumericCount));

const char *const kLabels[] = {
    QT_TRANSLATE_NOOP("CorrelationFields", "Elapsed time (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Allocated CPUs"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Nodes"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Requested memory (MB)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Max RSS (MB)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Total CPU time (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Average CPU frequency (MHz)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Energy (J)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Time limit (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Submit hour (UTC)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Wait time (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: node temperature, mean (°C)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: node temperature, peak (°C)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: CPU frequency, mean (MHz)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: CPU utilisation (%)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: memory (MB)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: duration (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: energy (J)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: mean power (W)"),
};
static_assert(std::size(kLabels) == size_t(CorrelationFields::NumericCount));

const char *const kCategoryLabels[] = {
    QT_TRANSLATE_NOOP("CorrelationFields", "State"),   QT_TRANSLATE_NOOP("CorrelationFields", "Partition"),
    QT_TRANSLATE_NOOP("CorrelationFields", "User"),    QT_TRANSLATE_NOOP("CorrelationFields", "Job type"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Cluster"),
};
static_assert(std::size(kCategoryLabels) == size_t(CorrelationFields::CategoryCount));

} // namespace

QString CorrelationFields::key(int numeric)
{
    return numeric >= 0 && numeric < NumericCount ? QString::fromLatin1(kKeys[numeric]) : QString();
}

QString CorrelationFields::label(int numeric)
{
    return numeric >= 0 && numeric < NumericCount ? QCoreApplication::translate("CorrelationFields", kLabels[numeric])
                                                  : QString();
}

QString CorrelationFields::categoryLabel(int category)
{
    return category >= 0 && category < CategoryCount
               ? QCoreApplication::translate("CorrelationFields", kCategoryLabels[category])
               : QString();
}

int CorrelationFields::fromKey(const QString &key)
{
    for (int i = 0; i < NumericCount; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return i;
    }
    return -1;
}

} // namespace es
