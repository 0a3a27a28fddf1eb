// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvExporter.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace es {
namespace {

const char *const kJobsSelect =
    "SELECT c.name AS cluster, j.job_id, j.job_id_raw, j.name, j.user_name, j.group_name, j.account, j.partition,"
    " j.qos, j.state, j.exit_code, j.exit_signal, j.submit_ts, j.start_ts, j.end_ts, j.elapsed_s, j.timelimit_s,"
    " j.req_cpus, j.alloc_cpus, j.node_count, j.node_list, j.req_mem_mb, j.max_rss_mb, j.total_cpu_s,"
    " j.ave_cpu_freq_mhz, j.energy_j, j.energy_source, j.job_type, j.executable, j.work_dir"
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id";

const char *const kMetricsSelect =
    "SELECT c.name AS cluster, j.job_id, j.name, j.user_name, j.partition, j.state, j.job_type, j.start_ts,"
    " j.end_ts, j.alloc_cpus, j.node_count, m.duration_s, m.node_temp_avg_c, m.node_temp_peak_c,"
    " m.cpu_freq_avg_mhz, m.cpu_util_pct, m.mem_mb, m.energy_j, m.power_avg_w, m.energy_source"
    " FROM job_metrics m JOIN jobs j ON j.id = m.job_pk JOIN clusters c ON c.id = j.cluster_id";

const char *const kSamplesSelect =
    "SELECT c.name AS cluster, n.name AS node, s.ts, s.source, s.cpu_util_pct, s.load1, s.mem_used_mb, s.temp_c,"
    " s.freq_mhz, s.power_w, s.energy_j"
    " FROM node_samples s JOIN nodes n ON n.id = s.node_id JOIN clusters c ON c.id = n.cluster_id";

} // namespace

CsvExporter::CsvExporter(Store &store) : m_store(store) {}

QString CsvExporter::formatValue(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

std::optional<CsvExporter::Table> CsvExporter::tableFromName(const QString &name)
{
    if (name == u"jobs")
        return Table::Jobs;
    if (name == u"job-metrics")
        return Table::JobMetrics;
    if (name == u"samples")
        return Table::Samples;
    return std::nullopt;
}

std::optional<qint64> CsvExporter::exportTable(Table table, const Filter &filter, QIODevice *out, QString *error)
{
    QString sql;
    QString timeColumn;
    QString order;
    switch (table) {
    case Table::Jobs:
        sql = QString::fromLatin1(kJobsSelect);
        timeColumn = QStringLiteral("COALESCE(j.start_ts, j.submit_ts)");
        order = QStringLiteral(" ORDER BY c.name, j.id");
        break;
    case Table::JobMetrics:
        sql = QString::fromLatin1(kMetricsSelect);
        timeColumn = QStringLiteral("COALESCE(j.start_ts, j.submit_ts)");
        order = QStringLiteral(" ORDER BY c.name, j.id");
        break;
    case Table::Samples:
        sql = QString::fromLatin1(kSamplesSelect);
        timeColumn = QStringLiteral("s.ts");
        order = QStringLiteral(" ORDER BY c.name, n.name, s.ts");
        break;
    }
    QStringList conditions;
    QVariantList binds;
    if (!filter.cluster.isEmpty()) {
        conditions << QStringLiteral("c.name = ?");
        binds << filter.cluster;
    }
    if (filter.since) {
        conditions << timeColumn + QStringLiteral(" >= ?");
        binds << *filter.since;
    }
    if (filter.until) {
        conditions << timeColumn + QStringLiteral(" < ?");
        binds << *filter.until;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += order;

    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = tr("cannot prepare the export: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        *error = tr("export query failed: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    CsvWriter writer(out);
    const QSqlRecord record = query.record();
    const int columns = record.count();
    for (int i = 0; i < columns; ++i)
        writer.addField(record.fieldName(i));
    writer.endRow();
    qint64 rows = 0;
    while (query.next()) {
        for (int i = 0; i < columns; ++i)
            writer.addField(formatValue(query.value(i)));
        writer.endRow();
        ++rows;
        if ((rows & 0xffff) == 0) {
            if (m_progress)
                m_progress(rows);
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                *error = tr("export cancelled after %1 rows").arg(rows);
                return std::nullopt;
            }
            if (writer.hasError())
                break;
        }
    }
    if (query.lastError().isValid()) {
        *error = tr("export query failed: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!writer.flush()) {
        *error = tr("cannot write the CSV: %1").arg(out->errorString());
        return std::nullopt;
    }
    return rows;
}

} // namespace es
