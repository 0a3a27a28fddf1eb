#pragma once

#include "JobFilter.h"

#include <QString>
#include <QVariantList>
#include <qnamespace.h>

namespace es {

/// Columns of the jobs view, in display order. The page query selects them in this order, followed by
/// jobs.energy_source (index kEnergySourceField), jobs.id (index kIdField), job_metrics.energy_source
/// (index kMetricEnergySourceField) and jobs.node_list (index kNodeListField); kFieldCount fields in all. The Metric*
/// columns come from job_metrics (empty for a job without metrics).
enum class JobColumn
{
    Cluster,
    JobId,
    Name,
    User,
    Partition,
    State,
    Submit,
    Start,
    End,
    Elapsed,
    AllocCpus,
    NodeCount,
    MaxRss,
    TotalCpu,
    Energy,
    JobType,
    MetricEnergy, ///< job_metrics.energy_j, J
    PowerAvg,     ///< job_metrics.power_avg_w, W
    TempAvg,      ///< job_metrics.node_temp_avg_c, °C
    TempPeak,     ///< job_metrics.node_temp_peak_c, °C
    CpuFreqAvg,   ///< job_metrics.cpu_freq_avg_mhz, MHz
    CpuUtil,      ///< job_metrics.cpu_util_pct, %
    Count
};

/// A filter and a sort order turned into SQL for SQLite and PostgreSQL. Column names and sort expressions come
/// from a fixed whitelist indexed by JobColumn; every user value is returned as a bind value, never pasted into SQL.
/// A value type: copied freely between the GUI thread and the loader thread.
struct JobQuery
{
    static constexpr int kEnergySourceField = int(JobColumn::Count);
    static constexpr int kIdField = kEnergySourceField + 1;
    static constexpr int kMetricEnergySourceField = kIdField + 1;
    static constexpr int kNodeListField = kMetricEnergySourceField + 1;
    static constexpr int kFieldCount = kNodeListField + 1;

    JobFilter filter;
    int sortColumn = -1; ///< a JobColumn, or -1 for storage order (jobs.id)
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    QString countSql(QVariantList *binds) const;
    /// Rows [offset, offset + limit) of the view, ordered by the sort column then jobs.id.
    QString pageSql(QVariantList *binds, qint64 offset, int limit) const;
    /// The jobs.id of every matching row, in view order.
    QString idSql(QVariantList *binds) const;
    /// The page columns of the jobs with the given ids (`count` placeholders to bind), in no particular order.
    static QString rowsByIdSql(int count);
    /// Every column of the jobs table (as CsvExporter writes them) and the job's metrics, same filter and order as
    /// the view.
    QString exportSql(QVariantList *binds) const;

    bool operator==(const JobQuery &other) const = default;

private:
    QString whereClause(QVariantList *binds) const;
    QString orderClause() const;
};

} // namespace es
