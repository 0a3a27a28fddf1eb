// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SilenceAlertEvaluator.h"

#include "AlertEvaluator.h"
#include "AlertEventStore.h"
#include "Store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace es {

SilenceAlertEvaluator::SilenceAlertEvaluator(Store &store) : m_store(store) {}

std::optional<qint64> SilenceAlertEvaluator::usualIntervalS(const QList<qint64> &sampleTs)
{
    if (sampleTs.size() < 3)
        return std::nullopt;
    QList<double> gaps;
    gaps.reserve(sampleTs.size() - 1);
    for (qsizetype i = 1; i < sampleTs.size(); ++i)
        gaps.append(double(sampleTs[i] - sampleTs[i - 1]));
    return qint64(std::llround(AlertEvaluator::median(gaps)));
}

QList<SilenceEpisode> SilenceAlertEvaluator::silences(const QList<qint64> &sampleTs, qint64 thresholdS,
                                                      qint64 horizonTs)
{
    QList<SilenceEpisode> result;
    for (qsizetype i = 1; i < sampleTs.size(); ++i) {
        if (sampleTs[i] - sampleTs[i - 1] > thresholdS)
            result.append({sampleTs[i - 1] + thresholdS, sampleTs[i], sampleTs[i - 1], sampleTs[i] - sampleTs[i - 1]});
    }
    if (!sampleTs.isEmpty() && horizonTs - sampleTs.constLast() > thresholdS)
        result.append(
            {sampleTs.constLast() + thresholdS, std::nullopt, sampleTs.constLast(), horizonTs - sampleTs.constLast()});
    return result;
}

bool SilenceAlertEvaluator::isDownState(const QString &state)
{
    const QString upper = state.toUpper();
    return upper.startsWith(u"DOWN") || upper.contains(u"DRAIN") || upper.contains(u"POWERED_DOWN") ||
           upper.contains(u"POWER_DOWN") || upper.contains(u"FAIL") || upper.endsWith(u":OFFLINE");
}

bool SilenceAlertEvaluator::evaluate(qint64 clusterId, const QString &cluster, const AlertEvaluationOptions &options,
                                     AlertEvaluationSummary *summary, QString *error)
{
    const qint64 horizonTs = options.untilTs.value_or(options.nowTs.value_or(QDateTime::currentSecsSinceEpoch()));
    qint64 scanFrom = options.sinceTs.value_or(std::numeric_limits<qint64>::min());
    QSqlQuery query(m_store.database());
    if (options.sinceTs) {
        // A silence still open at `since` is found again from the sample before it (its start minus its threshold).
        query.prepare(QStringLiteral("SELECT MIN(ts_start - threshold) FROM events WHERE cluster_id = ? AND kind = ?"
                                     " AND ts_start < ? AND (ts_end IS NULL OR ts_end >= ?)"));
        query.addBindValue(clusterId);
        query.addBindValue(AlertEvent::collectorSilentKind());
        query.addBindValue(*options.sinceTs);
        query.addBindValue(*options.sinceTs);
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        if (!query.value(0).isNull())
            scanFrom = std::min(scanFrom, qint64(query.value(0).toDouble()));
    }
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT n.id, n.name, n.state, s.source, s.ts FROM node_samples s"
                                 " JOIN nodes n ON n.id = s.node_id WHERE n.cluster_id = ? AND s.ts >= ? AND s.ts <= ?"
                                 " ORDER BY n.id, s.source, s.ts"));
    query.addBindValue(clusterId);
    query.addBindValue(scanFrom);
    query.addBindValue(horizonTs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    struct Series
    {
        qint64 nodeId = 0;
        QString node;
        QString state;
        QString source;
        QList<qint64> ts;
    };
    QList<Series> all;
    while (query.next()) {
        const qint64 nodeId = query.value(0).toLongLong();
        const QString source = query.value(3).toString();
        if (all.isEmpty() || all.constLast().nodeId != nodeId || all.constLast().source != source)
            all.append({nodeId, query.value(1).toString(), query.value(2).toString(), source, {}});
        all.last().ts.append(query.value(4).toLongLong()); // distinct: (node, ts, source) is the key
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    QSqlDatabase db = m_store.database();
    for (const Series &series : std::as_const(all)) {
        ++summary->silenceSeries;
        if (isDownState(series.state))
            continue;
        const std::optional<qint64> usual =
            options.silenceIntervalS > 0 ? std::optional<qint64>(options.silenceIntervalS) : usualIntervalS(series.ts);
        if (!usual || *usual <= 0)
            continue;
        const qint64 thresholdS = qint64(std::llround(options.silenceFactor * double(*usual)));
        for (const SilenceEpisode &silence : silences(series.ts, thresholdS, horizonTs)) {
            AlertEvent event;
            event.cluster = cluster;
            event.node = series.node;
            event.subject = series.node + u'/' + series.source;
            event.kind = AlertEvent::collectorSilentKind();
            event.severity = QStringLiteral("warning");
            event.tsStart = silence.tsStart;
            event.tsEnd = silence.tsEnd;
            event.value = double(silence.silenceS);
            event.threshold = double(thresholdS);
            const QString since =
                QDateTime::fromSecsSinceEpoch(silence.lastSampleTs, QTimeZone::utc()).toString(Qt::ISODate);
            event.message =
                silence.tsEnd ? tr("%1 of %2: no %3 sample for %4 s after %5 (usually every %6 s)")
                                    .arg(series.node, cluster, series.source)
                                    .arg(silence.silenceS)
                                    .arg(since)
                                    .arg(*usual)
                              : tr("%1 of %2: no %3 sample since %4, %5 s (usually every %6 s)%7")
                                    .arg(series.node, cluster, series.source, since)
                                    .arg(silence.silenceS)
                                    .arg(*usual)
                                    .arg(series.state.isEmpty() ? QString() : tr("; its state: %1").arg(series.state));
            if (!AlertEventStore::write(db, clusterId, series.nodeId, event, AlertEventStore::Key::Subject,
                                        series.ts.constLast(), false, summary, error))
                return false;
        }
    }
    return true;
}

} // namespace es
