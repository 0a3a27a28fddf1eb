// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonSeriesWriter.h"

#include "BulkUpsert.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace es {
namespace {

constexpr qint64 kFlushEveryRows = 50000;

BulkUpsert::Spec carbonSpec()
{
    return {QStringLiteral("carbon_series"),
            {QStringLiteral("name"), QStringLiteral("ts")},
            {QStringLiteral("intensity_g_per_kwh")},
            {QStringLiteral("TEXT"), QStringLiteral("BIGINT"), QStringLiteral("DOUBLE PRECISION")},
            false,
            false};
}

} // namespace

std::optional<qint64> CarbonSeriesWriter::count(const QString &name, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM carbon_series WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        *error = tr("cannot count the points of %1: %2").arg(name, query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool CarbonSeriesWriter::write(const QString &name, const QList<CarbonPoint> &points, CarbonWriteSummary *summary,
                               QString *error)
{
    *summary = {};
    if (name.trimmed().isEmpty()) {
        *error = tr("a carbon-intensity series needs a name (its grid zone or region)");
        return false;
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double g = points[i].gramsPerKwh;
        if (!std::isfinite(g) || g < 0 || g > CarbonSeriesParser::kMaxGramsPerKwh ||
            (i > 0 && points[i].ts <= points[i - 1].ts)) {
            *error = tr("point %1 of %2 (ts %3, %4 g/kWh) is out of order or out of [0, %5]: nothing written")
                         .arg(i + 1)
                         .arg(points.size())
                         .arg(points[i].ts)
                         .arg(g)
                         .arg(CarbonSeriesParser::kMaxGramsPerKwh);
            return false;
        }
    }
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&] {
        db.rollback();
        return false;
    };
    const auto before = count(name, error);
    if (!before)
        return fail();
    {
        BulkUpsert upsert(m_store, carbonSpec());
        if (!upsert.prepare(error))
            return fail();
        for (const CarbonPoint &p : points) {
            if (!upsert.add({name, p.ts, p.gramsPerKwh}, error) ||
                (upsert.pendingRows() >= kFlushEveryRows && !upsert.flush(error)))
                return fail();
        }
        if (!upsert.flush(error))
            return fail();
        const auto after = count(name, error);
        if (!after)
            return fail();
        summary->pointsSeen = points.size();
        summary->pointsNew = *after - *before;
        summary->pointsUpdated = upsert.affectedRows() - summary->pointsNew;
        summary->pointsUnchanged = summary->pointsSeen - upsert.affectedRows();
    }
    if (!db.commit()) {
        *error = tr("cannot commit: %1").arg(db.lastError().text());
        *summary = {};
        return fail();
    }
    return true;
}

std::optional<QList<CarbonPoint>> CarbonSeriesWriter::read(const QString &name, qint64 fromTs, qint64 untilTs,
                                                           QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ts, intensity_g_per_kwh FROM carbon_series WHERE name = ? AND ts >= ? "
                                 "AND ts < ? ORDER BY ts"));
    query.addBindValue(name);
    query.addBindValue(fromTs);
    query.addBindValue(untilTs);
    if (!query.exec()) {
        *error = tr("cannot read the carbon series %1: %2").arg(name, query.lastError().text());
        return std::nullopt;
    }
    QList<CarbonPoint> points;
    while (query.next())
        points.append({query.value(0).toLongLong(), query.value(1).toDouble()});
    return points;
}

std::optional<QStringList> CarbonSeriesWriter::names(QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT DISTINCT name FROM carbon_series ORDER BY name"))) {
        *error = tr("cannot list the carbon series: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QStringList list;
    while (query.next())
        list << query.value(0).toString();
    return list;
}

} // namespace es
