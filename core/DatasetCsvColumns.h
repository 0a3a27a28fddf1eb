// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

struct Job;
struct JobMetrics;

/// The columns of a CSV dataset (Importer's csv format) mapped to job and job-metrics fields: a column is the
/// field of its name (lower case; units in the names, see fieldNames()), a known alias of one (the seed dataset's
/// column names), or the field --map gives it. Unknown columns are ignored. Energies in kJ, Wh or kWh are stored in
/// J, durations in min or h in s; an energy makes the job's energy_source "dataset". A column mapped to
/// "feature:NAME" (or "feature": named after the column, see featureName()) is a numeric job feature kept in
/// job_features. A plain value type, usable from any thread.
class DatasetCsvColumns final
{
    Q_DECLARE_TR_FUNCTIONS(es::DatasetCsvColumns)
public:
    /// A field a column maps to (defined in the .cpp with the names).
    enum class Field;

    /// Every field a column can map to, in the order of the documentation.
    static QStringList fieldNames();
    /// The field a column maps to without a --map entry (its name or a known alias), or an empty string.
    static QString automaticField(const QString &column);
    /// The feature name a mapping target gives a column: "feature:NAME" gives NAME, "feature" the column's name in
    /// lower case with every other character than a-z, 0-9 and _ replaced by _; empty when target is no feature or
    /// NAME is not such a name.
    static QString featureName(const QString &target, const QString &column);
    static bool isFeatureTarget(const QString &target)
    {
        return target == u"feature" || target.startsWith(QStringLiteral("feature:"));
    }

    /// Maps the header's columns. False with *error (prefixed with path, and headerLine for a missing job id column)
    /// when --map names an unknown field or a column the header does not have, or when no column is the job id.
    /// Columns mapped to nothing are appended to *ignoredColumns.
    bool mapHeader(const QStringList &header, const QHash<QString, QString> &columnMap, const QString &path,
                   qint64 headerLine, QStringList *ignoredColumns, QString *error);

    /// One record with as many fields as the header into *job and *metrics (*hasMetrics: any metric given) and the
    /// feature columns' values into *features (name, value; may be null when no column is a feature). Empty
    /// values, NA, NaN and null are unknown. Returns why the record is bad (a number or time that does not parse,
    /// an empty job id), or an empty string.
    QString parseRecord(const QStringList &fields, Job *job, JobMetrics *metrics, bool *hasMetrics,
                        QList<std::pair<QString, double>> *features = nullptr) const;
    bool hasFeatures() const { return m_featureCount > 0; }

private:
    QString applyField(Field field, const QString &column, const QString &value, Job *job, JobMetrics *metrics,
                       bool *hasMetrics) const;

    QStringList m_header;
    QList<std::optional<Field>> m_mapping; ///< per column
    QStringList m_features;                ///< per column: the feature name, or empty
    qsizetype m_featureCount = 0;
};

} // namespace es
