// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "PrometheusSampleAssembler.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace es {

class NodeSampleWriter;
class PrometheusClient;
class Store;

struct PrometheusImportOptions
{
    QString cluster;                     ///< the store's cluster the nodes belong to
    std::optional<qint64> sinceTs;       ///< first ts to import; default: after the watermark, else untilTs - lookbackS
    std::optional<qint64> untilTs;       ///< last ts; default: one step before now
    qint64 stepS = 15;                   ///< sample spacing; every ts is a multiple of it (so runs agree on the grid)
    qint64 lookbackS = 24 * 3600;        ///< first import without sinceTs
    QHash<QString, QString> instanceMap; ///< instance label -> node name; others lose their :port
    QString tempChip;                    ///< node_hwmon_temp_celsius{chip=...}; empty: every chip (the max is taken)
    QString tempSensor;                  ///< node_hwmon_temp_celsius{sensor=...}; empty: every sensor
    QString selector;                    ///< extra PromQL label matchers for every metric, e.g. `job="node"`
    qint64 maxPointsPerSeries = 10000;   ///< per query and series; Prometheus refuses more than 11,000
};

struct PrometheusImportSummary
{
    qint64 fromTs = 0; ///< first ts imported (0 when there was nothing new)
    qint64 toTs = 0;
    int queries = 0;
    qint64 samplesSeen = 0;
    qint64 samplesWritten = 0; ///< new, or updated because a value differed
    qint64 nodesCreated = 0;
    QStringList nodes;         ///< node names that got samples, sorted
    QStringList absentMetrics; ///< node_exporter metric names no series came back for
    QStringList warnings;      ///< Prometheus's warnings, non-finite values skipped, series without instance
};

/// Imports node metrics from Prometheus (node_exporter metric names, /api/v1/query_range) into node_samples with
/// source "prometheus", incrementally: the last imported ts is kept in harvest_state (cluster, "prometheus") in the
/// same transaction as the samples. The window is cut into chunks of at most maxPointsPerSeries points per series
/// (one query per metric and chunk); everything lands at the end, or nothing does. Importing the same window again
/// writes nothing (samples are keyed on node, ts, source and only rewritten when a value differs).
///
/// Threading: use from the thread that owns the Store and the client (a worker, never the GUI thread: it blocks).
class PrometheusImporter final
{
    Q_DECLARE_TR_FUNCTIONS(es::PrometheusImporter)
public:
    static inline const QString kSource = QStringLiteral("prometheus");

    PrometheusImporter(Store &store, PrometheusClient &client);
    Q_DISABLE_COPY_MOVE(PrometheusImporter)

    /// Called from the importing thread after each chunk: samples written so far, ts reached.
    void setProgressCallback(std::function<void(qint64 samples, qint64 ts)> callback)
    {
        m_progress = std::move(callback);
    }
    /// Checked between queries; when set, the import stops with an error and writes nothing.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    bool import(const PrometheusImportOptions &options, PrometheusImportSummary *summary, QString *error);

    /// The PromQL query of one metric (public for tests and the documentation).
    static QString query(PrometheusMetric metric, const PrometheusImportOptions &options);
    /// The node_exporter metric a PrometheusMetric reads.
    static QString metricName(PrometheusMetric metric);
    /// The watermark of the cluster's last import, if any.
    static std::optional<std::optional<qint64>> watermark(Store &store, const QString &cluster, QString *error);

private:
    struct Tally; ///< defined in the .cpp: what the chunks saw, for the summary's warnings

    /// The queries of one chunk [chunkFrom, chunkTo], its samples into the writer. False with *error on a query
    /// failure or a cancel (the writer then rolls back).
    bool importChunk(const PrometheusImportOptions &options, qint64 chunkFrom, qint64 chunkTo, NodeSampleWriter &writer,
                     Tally *tally, PrometheusImportSummary *summary, QString *error);
    /// The harvest_state row: the later of untilTs and the previous watermark.
    bool recordImport(NodeSampleWriter &writer, const PrometheusImportOptions &options, qint64 fromTs, qint64 untilTs,
                      std::optional<qint64> previous, qint64 nowS, const PrometheusImportSummary &summary,
                      QString *error);

    Store &m_store;
    PrometheusClient &m_client;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace es
