// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobQuery.h"

#include <QStringList>

namespace es {
namespace {

const char *const kFrom = " FROM jobs j JOIN clusters c ON c.id = j.cluster_id";
// job_metrics is keyed by job_pk: the join never adds rows, so counts can do without it.
const char *const kFromWithMetrics =
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id";

// When the Energy column shows job_metrics' figure rather than the job's own (JobQuery::bestEnergySql()).
const char *const kMetricEnergyWins = "m.energy_j IS NOT NULL";

// Selected in JobColumn order (%1: the Energy column, %2: its source), then the fields JobQuery::k*Field name.
const char *const kPageColumns =
    "SELECT c.name, j.job_id, j.name, j.user_name, j.partition, j.state, j.submit_ts, j.start_ts, j.end_ts,"
    " j.elapsed_s, j.alloc_cpus, j.node_count, j.max_rss_mb, j.total_cpu_s, %1, j.job_type,"
    " m.power_avg_w, m.node_temp_avg_c, m.node_temp_peak_c, m.cpu_freq_avg_mhz, m.cpu_util_pct,"
    " %2, j.id, j.node_list, j.energy_j, j.energy_source, m.energy_j, m.energy_source";

QString pageColumns()
{
    return QString::fromLatin1(kPageColumns).arg(JobQuery::bestEnergySql(false), JobQuery::bestEnergySql(true));
}

// The same columns as CsvExporter's jobs table.
const char *const kExportColumns =
    "SELECT c.name AS cluster, j.job_id, j.job_id_raw, j.name, j.user_name, j.group_name, j.account, j.partition,"
    " j.qos, j.state, j.exit_code, j.exit_signal, j.submit_ts, j.start_ts, j.end_ts, j.elapsed_s, j.timelimit_s,"
    " j.req_cpus, j.alloc_cpus, j.node_count, j.node_list, j.req_mem_mb, j.max_rss_mb, j.total_cpu_s,"
    " j.ave_cpu_freq_mhz, j.energy_j, j.energy_source, j.job_type, j.executable, j.work_dir,"
    " m.energy_j AS metric_energy_j, m.energy_source AS metric_energy_source, m.power_avg_w, m.node_temp_avg_c,"
    " m.node_temp_peak_c, m.cpu_freq_avg_mhz, m.cpu_util_pct";

// The whitelist of sort keys, indexed by JobColumn. Job ids are text: shorter first sorts "9" before "10".
const char *const kSortKeys[][2] = {
    {"c.name", nullptr},
    {"LENGTH(j.job_id)", "j.job_id"},
    {"j.name", nullptr},
    {"j.user_name", nullptr},
    {"j.partition", nullptr},
    {"j.state", nullptr},
    {"j.submit_ts", nullptr},
    {"j.start_ts", nullptr},
    {"j.end_ts", nullptr},
    {"j.elapsed_s", nullptr},
    {"j.alloc_cpus", nullptr},
    {"j.node_count", nullptr},
    {"j.max_rss_mb", nullptr},
    {"j.total_cpu_s", nullptr},
    {nullptr, nullptr}, // the Energy column: bestEnergySql()
    {"j.job_type", nullptr},
    {"m.power_avg_w", nullptr},
    {"m.node_temp_avg_c", nullptr},
    {"m.node_temp_peak_c", nullptr},
    {"m.cpu_freq_avg_mhz", nullptr},
    {"m.cpu_util_pct", nullptr},
};
static_assert(std::size(kSortKeys) == size_t(JobColumn::Count));

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

QString JobQuery::bestEnergySql(bool sourceOnly)
{
    return sourceOnly ? QStringLiteral("CASE WHEN %1 THEN m.energy_source ELSE j.energy_source END")
                            .arg(QString::fromLatin1(kMetricEnergyWins))
                      : QStringLiteral("CASE WHEN %1 THEN m.energy_j ELSE j.energy_j END")
                            .arg(QString::fromLatin1(kMetricEnergyWins));
}

QString JobQuery::whereClause(QVariantList *binds) const
{
    QStringList conditions;
    const auto equals = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions << column + QStringLiteral(" = ?");
        binds->append(value);
    };
    equals(QStringLiteral("c.name"), filter.cluster);
    equals(QStringLiteral("j.state"), filter.state);
    equals(QStringLiteral("j.user_name"), filter.user);
    equals(QStringLiteral("j.partition"), filter.partition);
    if (filter.startFrom) {
        conditions << QStringLiteral("COALESCE(j.start_ts, j.submit_ts) >= ?");
        binds->append(*filter.startFrom);
    }
    if (filter.startTo) {
        conditions << QStringLiteral("COALESCE(j.start_ts, j.submit_ts) < ?");
        binds->append(*filter.startTo);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(LOWER(j.job_id) LIKE ? ESCAPE '\\' OR LOWER(j.name) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        binds->append(pattern);
        binds->append(pattern);
    }
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString JobQuery::orderClause() const
{
    const QString direction = sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys;
    if (sortColumn == int(JobColumn::Energy)) {
        keys << bestEnergySql(false) + direction;
    } else if (sortColumn >= 0 && sortColumn < int(JobColumn::Count)) {
        for (const char *key : kSortKeys[sortColumn]) {
            if (key)
                keys << QString::fromLatin1(key) + direction;
        }
    }
    keys << QStringLiteral("j.id") + direction;
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

QString JobQuery::countSql(QVariantList *binds) const
{
    return QStringLiteral("SELECT COUNT(*)") + QString::fromLatin1(kFrom) + whereClause(binds);
}

QString JobQuery::pageSql(QVariantList *binds, qint64 offset, int limit) const
{
    QString sql = pageColumns() + QString::fromLatin1(kFromWithMetrics) + whereClause(binds) + orderClause() +
                  QStringLiteral(" LIMIT ? OFFSET ?");
    binds->append(limit);
    binds->append(offset);
    return sql;
}

QString JobQuery::idSql(QVariantList *binds) const
{
    return QStringLiteral("SELECT j.id") + QString::fromLatin1(kFromWithMetrics) + whereClause(binds) + orderClause();
}

QString JobQuery::rowsByIdSql(int count)
{
    QString marks = QStringLiteral("?");
    marks.reserve(2 * count);
    for (int i = 1; i < count; ++i)
        marks += QStringLiteral(",?");
    return pageColumns() + QString::fromLatin1(kFromWithMetrics) + QStringLiteral(" WHERE j.id IN (") + marks + u')';
}

QString JobQuery::exportSql(QVariantList *binds) const
{
    return QString::fromLatin1(kExportColumns) + QString::fromLatin1(kFromWithMetrics) + whereClause(binds) +
           orderClause();
}

} // namespace es
