// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace es {

class Store;

/// What OpenMetricsWriter exports. Cardinality is bounded: one series per job, and only the `maxJobs` jobs that
/// ended last within the `recentDays` days before `nowTs`.
struct OpenMetricsOptions
{
    QString cluster;    ///< empty: every cluster
    qint64 nowTs = 0;   ///< the export's time (UTC epoch s)
    int recentDays = 7; ///< jobs that ended, node samples taken and alerts started in (nowTs - days, nowTs]
    int maxJobs = 1000; ///< at most this many jobs, those that ended last
    static constexpr int kDefaultRecentDays = 7;
    static constexpr int kDefaultMaxJobs = 1000;
};

struct OpenMetricsSummary
{
    qint64 jobs = 0;        ///< jobs written (each with its energy and, when known, its power)
    qint64 jobsOmitted = 0; ///< jobs with energy in the window that the maxJobs cap left out
    qint64 nodes = 0;       ///< nodes with a peak temperature
    qint64 alertSeries = 0; ///< (cluster, kind, severity) groups of alert counts
};

/// Writes the store's recent per-job energy, node peak temperatures and alert counts in the Prometheus text
/// exposition format (version 0.0.4) that node_exporter's textfile collector reads (`*.prom`; no timestamps):
///
///   energy_studio_job_energy_joules{cluster,job_id,user,partition,source}  job_metrics.energy_j, else jobs.energy_j
///   energy_studio_job_power_watts{...same labels}    job_metrics.power_avg_w, else that energy / elapsed_s
///   energy_studio_node_temp_peak_celsius{cluster,node}   MAX(node_samples.temp_c) over the window
///   energy_studio_alerts_open{cluster,kind,severity}     events still open
///   energy_studio_alerts_recent{cluster,kind,severity}   events that started in the window
///   energy_studio_export_jobs_omitted, energy_studio_export_timestamp_seconds
///
/// Every family has HELP and TYPE (gauge) lines; label values are escaped (backslash, double quote, line feed).
///
/// Threading: write() uses the Store it is given, from that Store's thread; the static functions are pure.
class OpenMetricsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(es::OpenMetricsWriter)

public:
    explicit OpenMetricsWriter(Store &store);

    /// Writes the whole exposition to `out`. False with *error (what was written is then incomplete).
    bool write(const OpenMetricsOptions &options, QIODevice *out, OpenMetricsSummary *summary, QString *error);

    /// A label value as the exposition format wants it between double quotes: \ -> \\, " -> \", LF -> \n.
    static QString escapeLabelValue(const QString &value);
    /// HELP text: \ -> \\, LF -> \n.
    static QString escapeHelp(const QString &text);
    /// A sample value: whole numbers below 2^53 as integers, others as the shortest text that reads back as the same
    /// double; NaN, +Inf, -Inf as Prometheus spells them.
    static QString formatValue(double value);

private:
    bool writeJobs(const OpenMetricsOptions &options, qint64 sinceTs, QString *text, OpenMetricsSummary *summary,
                   QString *error);
    bool writeNodes(const OpenMetricsOptions &options, qint64 sinceTs, QString *text, OpenMetricsSummary *summary,
                    QString *error);
    bool writeAlerts(const OpenMetricsOptions &options, qint64 sinceTs, QString *text, OpenMetricsSummary *summary,
                     QString *error);

    Store &m_store;
};

} // namespace es
