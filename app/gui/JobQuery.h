#pragma once

#include "JobFilter.h"

#include <QString>
#include <QVariantList>
#include <qnamespace.h>

namespace es {

/// Columns of the jobs view, in display order. The page query selects them in this order, followed by
/// energy_source (index kEnergySourceField) and jobs.id (index kIdField).
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
    Count
};

/// A filter and a sort order turned into SQL for SQLite and PostgreSQL. Column names and sort expressions come
/// from a fixed whitelist indexed by JobColumn; every user value is returned as a bind value, never pasted into SQL.
/// A value type: copied freely between the GUI thread and the loader thread.
struct JobQuery
{
    static constexpr int kEnergySourceField = int(JobColumn::Count);
    static constexpr int kIdField = kEnergySourceField + 1;

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
    /// Every column of the jobs table (as CsvExporter writes them), same filter and order as the view.
    QString exportSql(QVariantList *binds) const;

    bool operator==(const JobQuery &other) const = default;

private:
    QString whereClause(QVariantList *binds) const;
    QString orderClause() const;
};

} // namespace es
