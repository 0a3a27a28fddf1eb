// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// One point of a carbon-intensity series: the intensity in force from `ts` (UTC epoch seconds) until the next point.
struct CarbonPoint
{
    qint64 ts = 0;
    double gramsPerKwh = 0; ///< gCO2e per kWh
};

/// A run of missing points: the series steps from `afterTs` straight to `beforeTs`, `missingPoints` steps of the
/// series' interval are absent. Reported, never filled.
struct CarbonGap
{
    qint64 afterTs = 0;
    qint64 beforeTs = 0;
    qint64 missingPoints = 0;
};

struct CarbonParseOptions
{
    QString timeColumn;      ///< empty: `time`, `Datetime (UTC)`, `datetime` or `timestamp` (case-insensitive)
    QString intensityColumn; ///< empty: `intensity`, `carbon_intensity` or `Carbon Intensity ... (direct)`
    /// Unit of the intensity column: "g/kWh", "kg/kWh", "g/Wh", "kg/MWh", "t/MWh" (a "CO2", "CO2e" or "CO2eq" after
    /// the mass is allowed). Empty: the unit the column's header names, else g/kWh. A header naming another unit than
    /// this one is an error.
    QString unit;
};

struct CarbonParseResult
{
    QList<CarbonPoint> points; ///< strictly increasing ts, intensities converted to g/kWh
    qint64 stepS = 0;          ///< the most common interval between points (0 for fewer than two points)
    QList<CarbonGap> gaps;     ///< intervals longer than stepS
    QStringList notes;         ///< for the user: gaps, a time column another column disagrees with
    QString timeColumn;        ///< the header names of the columns read
    QString intensityColumn;
    QString unit;         ///< the unit the file's values were read in (normalised, e.g. "kg/kWh")
    qint64 linesRead = 0; ///< physical lines, header included
};

/// Parser of carbon-intensity time series in CSV: a header line naming the columns, then one point per line
/// (comma-separated, RFC 4180 quoting). Reads the formats of the CATS forecast fixture (`time,deltaseconds,unix,
/// intensity`, time `2023-05-04T12:30Z`) and of the Electricity Maps portal CSVs (`Datetime (UTC)`, `Carbon
/// Intensity gCO₂eq/kWh (direct)`), and plain `time,intensity`.
///
/// Times: ISO 8601 `YYYY-MM-DD[T ]HH:MM[:SS[.000]]` with `Z`, `±HH:MM`, `±HHMM` or no zone (then UTC: both real
/// formats are UTC), or integer epoch seconds. Intensities must be finite numbers in [0, 5000] g/kWh after unit
/// conversion; times must strictly increase. Blank lines are skipped.
///
/// Pure: header and records in, points or an error out (parseHeader / parseRecord); parseFile drives it over a file
/// (plain or gzip). Not thread-safe; one owner.
class CarbonSeriesParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::CarbonSeriesParser)
public:
    static constexpr double kMaxGramsPerKwh = 5000;

    explicit CarbonSeriesParser(CarbonParseOptions options = {});

    /// Chooses the columns and the unit from the header's fields. False with *error (naming the columns found).
    bool parseHeader(const QStringList &fields, QString *error);
    /// One data record. False with *error naming the column; a record equal to the header is an error too.
    /// Checks the order against the previous accepted point.
    bool parseRecord(const QStringList &fields, CarbonPoint *point, QString *error);

    /// Parses a whole file: std::nullopt with *error "file:line: column 'c': reason" at the first bad line, so that
    /// nothing of a bad file is ever used.
    static std::optional<CarbonParseResult> parseFile(const QString &path, const CarbonParseOptions &options,
                                                      QString *error);

    /// Epoch seconds of an ISO 8601 time or an integer epoch (see the class comment); std::nullopt when malformed.
    static std::optional<qint64> parseTime(QStringView text);
    /// Factor from `unit` to g/kWh (see CarbonParseOptions::unit); std::nullopt for a unit not known.
    static std::optional<double> unitFactor(QStringView unit);
    /// The step (most common interval) and the gaps of a sorted series.
    static void findGaps(const QList<CarbonPoint> &points, qint64 *stepS, QList<CarbonGap> *gaps);

    QString timeColumn() const { return m_timeColumn; }
    QString intensityColumn() const { return m_intensityColumn; }
    QString unit() const { return m_unit; }
    /// Rows where a `unix` column (not the time column) disagreed with the time column, and the first difference.
    qint64 unixDisagreements() const { return m_unixDisagreements; }
    qint64 unixFirstOffsetS() const { return m_unixFirstOffsetS; }

private:
    CarbonParseOptions m_options;
    QStringList m_header;
    qsizetype m_timeIndex = -1;
    qsizetype m_intensityIndex = -1;
    qsizetype m_unixIndex = -1;
    QString m_timeColumn;
    QString m_intensityColumn;
    QString m_unit;
    double m_factor = 1;
    std::optional<qint64> m_lastTs;
    qint64 m_unixDisagreements = 0;
    qint64 m_unixFirstOffsetS = 0;
};

} // namespace es
