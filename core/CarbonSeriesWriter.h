// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CarbonSeriesParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;

/// What a CarbonSeriesWriter::write did.
struct CarbonWriteSummary
{
    qint64 pointsSeen = 0;
    qint64 pointsNew = 0;
    qint64 pointsUpdated = 0; ///< stored before with another intensity
    qint64 pointsUnchanged = 0;
};

/// Writes and reads the `carbon_series` table (name, ts, intensity_g_per_kwh): one series per grid zone or region.
///
/// Threading: use from the thread that owns the Store.
class CarbonSeriesWriter final
{
    Q_DECLARE_TR_FUNCTIONS(es::CarbonSeriesWriter)
public:
    explicit CarbonSeriesWriter(Store &store) : m_store(store) {}

    /// Upserts `points` (strictly increasing ts, intensities in [0, 5000] g/kWh) of series `name` in one
    /// transaction: everything or nothing. Re-writing the same points changes no row. False with *error for an
    /// empty name, a bad point (nothing is written) or a database error (rolled back).
    bool write(const QString &name, const QList<CarbonPoint> &points, CarbonWriteSummary *summary, QString *error);

    /// The points of series `name` with fromTs <= ts < untilTs, in time order. std::nullopt on a database error.
    std::optional<QList<CarbonPoint>> read(const QString &name, qint64 fromTs, qint64 untilTs, QString *error) const;
    /// The names of the stored series.
    std::optional<QStringList> names(QString *error) const;

private:
    std::optional<qint64> count(const QString &name, QString *error) const;

    Store &m_store;
};

} // namespace es
