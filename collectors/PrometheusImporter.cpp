// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusImporter.h"

#include "NodeSampleWriter.h"
#include "PrometheusClient.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace es {
namespace {

constexpr PrometheusMetric kMetrics[] = {PrometheusMetric::TempC, PrometheusMetric::FreqHz,
                                         PrometheusMetric::Load1, PrometheusMetric::MemUsedB,
                                         PrometheusMetric::RaplJ, PrometheusMetric::CpuSeconds};

/// A PromQL string literal.
QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

qint64 floorToStep(qint64 ts, qint64 stepS)
{
    return ts >= 0 ? ts / stepS * stepS : -((-ts + stepS - 1) / stepS) * stepS;
}

qint64 ceilToStep(qint64 ts, qint64 stepS)
{
    return -floorToStep(-ts, stepS);
}

} // namespace

PrometheusImporter::PrometheusImporter(Store &store, PrometheusClient &client) : m_store(store), m_client(client) {}

QString PrometheusImporter::metricName(PrometheusMetric metric)
{
    switch (metric) {
    case PrometheusMetric::TempC:
        return QStringLiteral("node_hwmon_temp_celsius");
    case PrometheusMetric::FreqHz:
        return QStringLiteral("node_cpu_scaling_frequency_hertz");
    case PrometheusMetric::Load1:
        return QStringLiteral("node_load1");
    case PrometheusMetric::MemUsedB:
        return QStringLiteral("node_memory_MemAvailable_bytes");
    case PrometheusMetric::RaplJ:
        return QStringLiteral("node_rapl_package_joules_total");
    case PrometheusMetric::CpuSeconds:
        return QStringLiteral("node_cpu_seconds_total");
    }
    return QString();
}

QString PrometheusImporter::query(PrometheusMetric metric, const PrometheusImportOptions &options)
{
    auto selected = [&](const QString &name, const QStringList &extra = {}) -> QString {
        QStringList matchers = extra;
        if (!options.selector.trimmed().isEmpty())
            matchers << options.selector.trimmed();
        return name + u'{' + matchers.join(QStringLiteral(", ")) + u'}';
    };
    switch (metric) {
    case PrometheusMetric::TempC: {
        QStringList sensor;
        if (!options.tempChip.isEmpty())
            sensor << QStringLiteral("chip=") + quoted(options.tempChip);
        if (!options.tempSensor.isEmpty())
            sensor << QStringLiteral("sensor=") + quoted(options.tempSensor);
        return QStringLiteral("max by (instance) (%1)").arg(selected(metricName(metric), sensor));
    }
    case PrometheusMetric::FreqHz:
        return QStringLiteral("avg by (instance) (%1)").arg(selected(metricName(metric)));
    case PrometheusMetric::Load1:
        return QStringLiteral("max by (instance) (%1)").arg(selected(metricName(metric)));
    case PrometheusMetric::MemUsedB:
        return QStringLiteral("sum by (instance) (%1) - sum by (instance) (%2)")
            .arg(selected(QStringLiteral("node_memory_MemTotal_bytes")), selected(metricName(metric)));
    case PrometheusMetric::RaplJ: // raw counters: the deltas and resets are the assembler's
        return QStringLiteral("max by (instance, index, path) (%1)").arg(selected(metricName(metric)));
    case PrometheusMetric::CpuSeconds:
        return QStringLiteral("sum by (instance, mode) (%1)").arg(selected(metricName(metric)));
    }
    return QString();
}

std::optional<std::optional<qint64>> PrometheusImporter::watermark(Store &store, const QString &cluster, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.watermark_ts FROM harvest_state h JOIN clusters c ON c.id = h.cluster_id "
                             "WHERE c.name = ? AND h.source = ?"));
    q.addBindValue(cluster);
    q.addBindValue(kSource);
    if (!q.exec()) {
        *error = tr("cannot read the harvest state: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (q.next() && !q.value(0).isNull())
        return std::optional<qint64>(q.value(0).toLongLong());
    return std::optional<qint64>();
}

struct PrometheusImporter::Tally
{
    bool seen[std::size(kMetrics)] = {}; ///< a metric had a series
    QSet<QString> nodes;
    qint64 nonFinite = 0;
    QString firstNonFinite;
    qint64 withoutInstance = 0;
};

bool PrometheusImporter::importChunk(const PrometheusImportOptions &options, qint64 chunkFrom, qint64 chunkTo,
                                     NodeSampleWriter &writer, Tally *tally, PrometheusImportSummary *summary,
                                     QString *error)
{
    const qint64 stepS = options.stepS;
    PrometheusSampleAssembler assembler(stepS, options.instanceMap);
    for (std::size_t m = 0; m < std::size(kMetrics); ++m) {
        const PrometheusMetric metric = kMetrics[m];
        if (m_cancel && m_cancel->load()) {
            *error = tr("cancelled; nothing was written");
            return false;
        }
        const QString promql = query(metric, options);
        ++summary->queries;
        const auto matrix = m_client.queryRange(promql, chunkFrom - stepS, chunkTo, stepS, error);
        if (!matrix)
            return false;
        if (!matrix->series.isEmpty())
            tally->seen[m] = true;
        for (const QString &warning : matrix->warnings) {
            if (!summary->warnings.contains(warning))
                summary->warnings << warning;
        }
        if (matrix->nonFiniteValues > 0 && tally->nonFinite == 0)
            tally->firstNonFinite = matrix->firstNonFinite + QStringLiteral(" (") + promql + u')';
        tally->nonFinite += matrix->nonFiniteValues;
        assembler.add(metric, *matrix);
    }
    tally->withoutInstance += assembler.seriesWithoutInstance();
    for (const NodeSample &sample : assembler.samples(chunkFrom, chunkTo, kSource)) {
        tally->nodes.insert(sample.node);
        if (!writer.add(sample, error))
            return false;
    }
    if (m_progress)
        m_progress(writer.summary().samplesSeen, chunkTo);
    return true;
}

bool PrometheusImporter::recordImport(NodeSampleWriter &writer, const PrometheusImportOptions &options, qint64 fromTs,
                                      qint64 untilTs, std::optional<qint64> previous, qint64 nowS,
                                      const PrometheusImportSummary &summary, QString *error)
{
    QSqlQuery state(m_store.database());
    state.prepare(
        QStringLiteral("INSERT INTO harvest_state (cluster_id, source, watermark_ts, last_run_ts, last_result) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (cluster_id, source) DO UPDATE SET "
                       "watermark_ts = excluded.watermark_ts, last_run_ts = excluded.last_run_ts, "
                       "last_result = excluded.last_result"));
    state.addBindValue(writer.clusterId());
    state.addBindValue(kSource);
    state.addBindValue(std::max(untilTs, previous.value_or(untilTs)));
    state.addBindValue(nowS);
    state.addBindValue(QStringLiteral("ok: %1 samples from %2 to %3 step %4 s%5")
                           .arg(writer.summary().samplesSeen)
                           .arg(fromTs)
                           .arg(untilTs)
                           .arg(options.stepS)
                           .arg(summary.absentMetrics.isEmpty()
                                    ? QString()
                                    : QStringLiteral("; absent: ") + summary.absentMetrics.join(QStringLiteral(", "))));
    if (!state.exec()) {
        *error = tr("cannot record the import: %1").arg(state.lastError().text());
        return false;
    }
    return true;
}

bool PrometheusImporter::import(const PrometheusImportOptions &options, PrometheusImportSummary *summary,
                                QString *error)
{
    *summary = PrometheusImportSummary{};
    if (options.cluster.isEmpty()) {
        *error = tr("no cluster name");
        return false;
    }
    const qint64 stepS = options.stepS;
    if (stepS < 1 || options.maxPointsPerSeries < 3 || options.maxPointsPerSeries > 11000) {
        *error = tr("the step must be at least 1 s and the points per series between 3 and 11000");
        return false;
    }
    const auto previous = watermark(m_store, options.cluster, error);
    if (!previous)
        return false;
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    const qint64 untilTs = floorToStep(options.untilTs.value_or(nowS - stepS), stepS);
    qint64 fromTs = 0;
    if (options.sinceTs)
        fromTs = ceilToStep(*options.sinceTs, stepS);
    else if (*previous)
        fromTs = floorToStep(**previous, stepS) + stepS;
    else
        fromTs = floorToStep(untilTs - options.lookbackS, stepS);
    if (fromTs > untilTs)
        return true; // nothing new since the last import

    NodeSampleWriter writer(m_store, options.cluster);
    if (!writer.begin(error))
        return false;
    // One more point before each chunk gives its first interval's counters; so a chunk spans maxPoints - 1 steps.
    const qint64 chunkSpanS = (options.maxPointsPerSeries - 2) * stepS;
    Tally tally;
    for (qint64 chunkFrom = fromTs; chunkFrom <= untilTs; chunkFrom += chunkSpanS + stepS) {
        const qint64 chunkTo = std::min(untilTs, chunkFrom + chunkSpanS);
        if (!importChunk(options, chunkFrom, chunkTo, writer, &tally, summary, error))
            return false; // the writer rolls back
    }
    for (std::size_t m = 0; m < std::size(kMetrics); ++m) {
        if (!tally.seen[m])
            summary->absentMetrics << metricName(kMetrics[m]);
    }
    if (tally.nonFinite > 0)
        summary->warnings
            << tr("%1 NaN or infinite values skipped, the first: %2").arg(tally.nonFinite).arg(tally.firstNonFinite);
    if (tally.withoutInstance > 0)
        summary->warnings << tr("%1 series without an instance label skipped").arg(tally.withoutInstance);
    if (!recordImport(writer, options, fromTs, untilTs, *previous, nowS, *summary, error))
        return false;
    if (!writer.commit(error))
        return false;
    const NodeSampleWriteSummary written = writer.summary();
    summary->fromTs = fromTs;
    summary->toTs = untilTs;
    summary->samplesSeen = written.samplesSeen;
    summary->samplesWritten = written.samplesWritten;
    summary->nodesCreated = written.nodesCreated;
    summary->nodes = QStringList(tally.nodes.cbegin(), tally.nodes.cend());
    summary->nodes.sort();
    return true;
}

} // namespace es
