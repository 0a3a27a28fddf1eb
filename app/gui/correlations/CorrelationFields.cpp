// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CorrelationFields.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

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
    QT_TRANSLATE_NOOP("CorrelationFields", "Energy (%1)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Time limit (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Submit hour (UTC)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Wait time (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: node temperature, mean (°C)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: node temperature, peak (°C)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: CPU frequency, mean (MHz)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: CPU utilisation (%)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: memory (MB)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: duration (s)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: energy (%1)"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Metric: mean power (W)"),
};
static_assert(std::size(kLabels) == size_t(CorrelationFields::NumericCount));

const char *const kCategoryLabels[] = {
    QT_TRANSLATE_NOOP("CorrelationFields", "State"),   QT_TRANSLATE_NOOP("CorrelationFields", "Partition"),
    QT_TRANSLATE_NOOP("CorrelationFields", "User"),    QT_TRANSLATE_NOOP("CorrelationFields", "Job type"),
    QT_TRANSLATE_NOOP("CorrelationFields", "Cluster"),
};
static_assert(std::size(kCategoryLabels) == size_t(CorrelationFields::CategoryCount));

/// The dataset features registered, in registration order (field NumericCount + i). Append-only.
struct FeatureRegistry
{
    QMutex mutex;
    QStringList names;
};

FeatureRegistry &registry()
{
    static FeatureRegistry instance;
    return instance;
}

QString featureName(int numeric)
{
    FeatureRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.names.value(numeric - CorrelationFields::NumericCount);
}

} // namespace

QString CorrelationFields::key(int numeric)
{
    if (numeric >= NumericCount) {
        const QString name = featureName(numeric);
        return name.isEmpty() ? QString() : QStringLiteral("feature:") + name;
    }
    return numeric >= 0 ? QString::fromLatin1(kKeys[numeric]) : QString();
}

QString CorrelationFields::label(int numeric, EnergyUnit energyUnit)
{
    if (numeric >= NumericCount) {
        const QString name = featureName(numeric);
        return name.isEmpty() ? QString() : QCoreApplication::translate("CorrelationFields", "Feature: %1").arg(name);
    }
    if (numeric < 0)
        return {};
    const QString text = QCoreApplication::translate("CorrelationFields", kLabels[numeric]);
    return isEnergy(numeric) ? text.arg(EnergyFormat::symbol(energyUnit)) : text;
}

int CorrelationFields::featureField(const QString &name)
{
    FeatureRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    qsizetype index = r.names.indexOf(name);
    if (index < 0) {
        r.names.append(name);
        index = r.names.size() - 1;
    }
    return NumericCount + int(index);
}

int CorrelationFields::fieldCount()
{
    FeatureRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return NumericCount + int(r.names.size());
}

QString CorrelationFields::categoryLabel(int category)
{
    return category >= 0 && category < CategoryCount
               ? QCoreApplication::translate("CorrelationFields", kCategoryLabels[category])
               : QString();
}

int CorrelationFields::fromKey(const QString &key)
{
    if (key.startsWith(QStringLiteral("feature:"))) {
        FeatureRegistry &r = registry();
        const QMutexLocker lock(&r.mutex);
        const qsizetype index = r.names.indexOf(key.mid(8));
        return index < 0 ? -1 : NumericCount + int(index);
    }
    for (int i = 0; i < NumericCount; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return i;
    }
    return -1;
}

} // namespace es
