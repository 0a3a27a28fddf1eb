// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "OpenMetricsWriter.h"

#include "Store.h"

#include <QIODevice>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace es {
namespace {

/// `name{a="x",b="y"} value\n`, the label values escaped.
QString sampleLine(const char *name, const QList<std::pair<const char *, QString>> &labels, double value)
{
    QString line = QString::fromLatin1(name);
    line += u'{';
    bool first = true;
    for (const auto &[label, labelValue] : labels) {
        if (!first)
            line += u',';
        first = false;
        line +=
            QString::fromLatin1(label) + QStringLiteral("=\"") + OpenMetricsWriter::escapeLabelValue(labelValue) + u'"';
    }
    line += QStringLiteral("} ") + OpenMetricsWriter::formatValue(value) + u'\n';
    return line;
}

QString header(const char *name, const QString &help)
{
    const QString family = QString::fromLatin1(name);
    return QStringLiteral("# HELP ") + family + u' ' + OpenMetricsWriter::escapeHelp(help) +
           QStringLiteral("\n# TYPE ") + family + QStringLiteral(" gauge\n");
}

/// "AND c.name = ?" when one cluster is asked for.
QString clusterClause(const OpenMetricsOptions &options)
{
    return options.cluster.isEmpty() ? QString() : QStringLiteral(" AND c.name = ?");
}

} // namespace

OpenMetricsWriter::OpenMetricsWriter(Store &store) : m_store(store) {}

QString OpenMetricsWriter::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'"')
            escaped += QStringLiteral("\\\"");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString OpenMetricsWriter::escapeHelp(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return escaped;
}

QString OpenMetricsWriter::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // Whole numbers in full (a timestamp, joules of Slurm's counters), the rest as the shortest exact text.
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::abs(value) < kExactIntegers)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool OpenMetricsWriter::write(const OpenMetricsOptions &options, QIODevice *out, OpenMetricsSummary *summary,
                              QString *error)
{
    *summary = {};
    const qint64 sinceTs = options.nowTs - qint64(options.recentDays) * 86400;
    QString text;
    if (!writeJobs(options, sinceTs, &text, summary, error) || !writeNodes(options, sinceTs, &text, summary, error) ||
        !writeAlerts(options, sinceTs, &text, summary, error))
        return false;
    text += header("energy_studio_export_jobs_omitted",
                   tr("Jobs with energy that ended in the last %1 days but are beyond the export's cap of %2 jobs.")
                       .arg(options.recentDays)
                       .arg(options.maxJobs));
    text += QStringLiteral("energy_studio_export_jobs_omitted ") + formatValue(double(summary->jobsOmitted)) + u'\n';
    text += header("energy_studio_export_timestamp_seconds",
                   tr("When HPC Energy Studio wrote this file (UTC epoch seconds)."));
    text += QStringLiteral("energy_studio_export_timestamp_seconds ") + formatValue(double(options.nowTs)) + u'\n';
    const QByteArray bytes = text.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        *error = tr("cannot write the metrics: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool OpenMetricsWriter::writeJobs(const OpenMetricsOptions &options, qint64 sinceTs, QString *text,
                                  OpenMetricsSummary *summary, QString *error)
{
    const QString from = QStringLiteral(" FROM jobs j JOIN clusters c ON c.id = j.cluster_id"
                                        " LEFT JOIN job_metrics m ON m.job_pk = j.id"
                                        " WHERE j.end_ts > ? AND j.end_ts <= ?"
                                        " AND (m.energy_j IS NOT NULL OR j.energy_j IS NOT NULL)") +
                         clusterClause(options);
    auto bind = [&](QSqlQuery &query) {
        query.addBindValue(sinceTs);
        query.addBindValue(options.nowTs);
        if (!options.cluster.isEmpty())
            query.addBindValue(options.cluster);
    };
    QSqlQuery count(m_store.database());
    count.prepare(QStringLiteral("SELECT COUNT(*)") + from);
    bind(count);
    if (!count.exec() || !count.next()) {
        *error = tr("cannot count the recent jobs: %1").arg(count.lastError().text());
        return false;
    }
    const qint64 inWindow = count.value(0).toLongLong();

    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.name, j.job_id, j.user_name, j.partition, j.elapsed_s, m.energy_j,"
                                 " m.energy_source, m.power_avg_w, j.energy_j, j.energy_source") +
                  from + QStringLiteral(" ORDER BY j.end_ts DESC, j.id DESC LIMIT ?"));
    bind(query);
    query.addBindValue(options.maxJobs);
    if (!query.exec()) {
        *error = tr("cannot read the recent jobs: %1").arg(query.lastError().text());
        return false;
    }
    QString energyLines;
    QString powerLines;
    while (query.next()) {
        const bool fromMetrics = !query.value(5).isNull();
        const double energyJ = fromMetrics ? query.value(5).toDouble() : query.value(8).toDouble();
        QString source = (fromMetrics ? query.value(6) : query.value(9)).toString();
        if (source.isEmpty())
            source = QStringLiteral("unknown");
        if (!std::isfinite(energyJ))
            continue;
        const QList<std::pair<const char *, QString>> labels{{"cluster", query.value(0).toString()},
                                                             {"job_id", query.value(1).toString()},
                                                             {"user", query.value(2).toString()},
                                                             {"partition", query.value(3).toString()},
                                                             {"source", source}};
        energyLines += sampleLine("energy_studio_job_energy_joules", labels, energyJ);
        const qint64 elapsedS = query.value(4).toLongLong();
        std::optional<double> powerW;
        if (fromMetrics && !query.value(7).isNull())
            powerW = query.value(7).toDouble();
        else if (elapsedS > 0)
            powerW = energyJ / double(elapsedS);
        if (powerW && std::isfinite(*powerW))
            powerLines += sampleLine("energy_studio_job_power_watts", labels, *powerW);
        ++summary->jobs;
    }
    summary->jobsOmitted = std::max<qint64>(0, inWindow - qint64(options.maxJobs));
    *text += header("energy_studio_job_energy_joules",
                    tr("Energy of a job that ended recently, in joules; source: where the value comes from (slurm: "
                       "measured by Slurm, counter: node energy counters, model: estimated from power samples, "
                       "dataset: imported)."));
    *text += energyLines;
    *text += header("energy_studio_job_power_watts",
                    tr("Average power of a job that ended recently, in watts (its energy over its run time)."));
    *text += powerLines;
    return true;
}

bool OpenMetricsWriter::writeNodes(const OpenMetricsOptions &options, qint64 sinceTs, QString *text,
                                   OpenMetricsSummary *summary, QString *error)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.name, n.name, MAX(s.temp_c) FROM node_samples s"
                                 " JOIN nodes n ON n.id = s.node_id JOIN clusters c ON c.id = n.cluster_id"
                                 " WHERE s.ts > ? AND s.ts <= ? AND s.temp_c IS NOT NULL") +
                  clusterClause(options) + QStringLiteral(" GROUP BY c.name, n.name ORDER BY c.name, n.name"));
    query.addBindValue(sinceTs);
    query.addBindValue(options.nowTs);
    if (!options.cluster.isEmpty())
        query.addBindValue(options.cluster);
    if (!query.exec()) {
        *error = tr("cannot read the node temperatures: %1").arg(query.lastError().text());
        return false;
    }
    *text += header("energy_studio_node_temp_peak_celsius",
                    tr("Highest temperature of a node in the last %1 days, in degrees Celsius (the hottest sensor "
                       "of every sample).")
                        .arg(options.recentDays));
    while (query.next()) {
        *text += sampleLine("energy_studio_node_temp_peak_celsius",
                            {{"cluster", query.value(0).toString()}, {"node", query.value(1).toString()}},
                            query.value(2).toDouble());
        ++summary->nodes;
    }
    return true;
}

bool OpenMetricsWriter::writeAlerts(const OpenMetricsOptions &options, qint64 sinceTs, QString *text,
                                    OpenMetricsSummary *summary, QString *error)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.name, e.kind, e.severity,"
                                 " SUM(CASE WHEN e.ts_end IS NULL THEN 1 ELSE 0 END),"
                                 " SUM(CASE WHEN e.ts_start > ? AND e.ts_start <= ? THEN 1 ELSE 0 END)"
                                 " FROM events e JOIN clusters c ON c.id = e.cluster_id"
                                 " WHERE (e.ts_end IS NULL OR (e.ts_start > ? AND e.ts_start <= ?))") +
                  clusterClause(options) +
                  QStringLiteral(" GROUP BY c.name, e.kind, e.severity ORDER BY c.name, e.kind, e.severity"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(sinceTs);
        query.addBindValue(options.nowTs);
    }
    if (!options.cluster.isEmpty())
        query.addBindValue(options.cluster);
    if (!query.exec()) {
        *error = tr("cannot count the alerts: %1").arg(query.lastError().text());
        return false;
    }
    QString openLines;
    QString recentLines;
    while (query.next()) {
        const QList<std::pair<const char *, QString>> labels{{"cluster", query.value(0).toString()},
                                                             {"kind", query.value(1).toString()},
                                                             {"severity", query.value(2).toString()}};
        openLines += sampleLine("energy_studio_alerts_open", labels, query.value(3).toDouble());
        recentLines += sampleLine("energy_studio_alerts_recent", labels, query.value(4).toDouble());
        ++summary->alertSeries;
    }
    *text +=
        header("energy_studio_alerts_open",
               tr("Alert events still open (an episode not over yet: a node still hot, a failure rate still high)."));
    *text += openLines;
    *text += header("energy_studio_alerts_recent",
                    tr("Alert events that started in the last %1 days.").arg(options.recentDays));
    *text += recentLines;
    return true;
}

} // namespace es
