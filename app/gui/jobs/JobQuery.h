// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobFilter.h"

#include <QString>
#include <QVariantList>
#include <qnamespace.h>

namespace es {

/// Columns of the jobs view, in display order. The page query selects them in this order, followed by the Energy
/// column's source (index kEnergySourceField), jobs.id (kIdField), jobs.node_list (kNodeListField), then both energy
/// figures a job may have: jobs.energy_j and energy_source (kJobEnergyField, kJobEnergySourceField) and
/// job_metrics.energy_j and energy_source (kMetricEnergyField, kMetricEnergySourceField); kFieldCount fields in all.
/// The Metric* columns come from job_metrics (empty for a job without metrics).
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
    Energy, ///< J: the better of jobs.energy_j and job_metrics.energy_j (JobQuery::bestEnergySql())
    JobType,
    PowerAvg,   ///< job_metrics.power_avg_w, W
    TempAvg,    ///< job_metrics.node_temp_avg_c, °C
    TempPeak,   ///< job_metrics.node_temp_peak_c, °C
    CpuFreqAvg, ///< job_metrics.cpu_freq_avg_mhz, MHz
    CpuUtil,    ///< job_metrics.cpu_util_pct, %
    Count
};

/// A filter and a sort order turned into SQL for SQLite and PostgreSQL. Column names and sort expressions come
/// from a fixed whitelist indexed by JobColumn; every user value is returned as a bind value, never pasted into SQL.
/// A value type: copied freely between the GUI thread and the loader thread.
struct JobQuery
{
    static constexpr int kEnergySourceField = int(JobColumn::Count);
    static constexpr int kIdField = kEnergySourceField + 1;
    static constexpr int kNodeListField = kIdField + 1;
    static constexpr int kJobEnergyField = kNodeListField + 1;
    static constexpr int kJobEnergySourceField = kJobEnergyField + 1;
    static constexpr int kMetricEnergyField = kJobEnergySourceField + 1;
    static constexpr int kMetricEnergySourceField = kMetricEnergyField + 1;
    static constexpr int kFieldCount = kMetricEnergySourceField + 1;

    JobFilter filter;
    int sortColumn = -1; ///< a JobColumn, or -1 for storage order (jobs.id)
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    /// The SQL of the Energy column's value (`sourceOnly`: of its source) over jobs j and job_metrics m: the job's
    /// metrics when they have an energy, else the job's own (Slurm accounting or an imported dataset). The metrics
    /// win because JobMetricsDeriver already chose among the job's own Slurm figure, node counters and the power
    /// model (taking Slurm's only when the job had its nodes to itself: on shared nodes Slurm counts the other jobs'
    /// joules too); the dashboard, reports and the OpenMetrics export add energy up the same way. The table sorts
    /// on the same expression, so that the order is the one of the joules shown.
    static QString bestEnergySql(bool sourceOnly);

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
