// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvDatasetReader.h"

#include "CsvReader.h"
#include "LineReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <functional>
#include <limits>

namespace es::ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isNonFiniteWord(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"nan" || t == u"inf" || t == u"-inf" || t == u"+inf" || t == u"infinity" || t == u"-infinity" ||
           t == u"+infinity" || t == u"-nan";
}

/// Parses a number; std::nullopt when the text is not one. A non-finite spelling parses to NaN/inf.
std::optional<double> parseCsvNumber(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    if (isNonFiniteWord(text))
        return std::numeric_limits<double>::infinity();
    return std::nullopt;
}

struct FeatureRequest
{
    QString name;
    std::optional<FeatureKind> kind;
    FeaturePhase phase = FeaturePhase::BeforeRun;
};

std::optional<FeatureRequest> parseFeature(const QString &text, QString *error)
{
    const QStringList parts = text.trimmed().split(u':');
    FeatureRequest r{parts[0].trimmed(), std::nullopt, FeaturePhase::BeforeRun};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString p = parts[i].trimmed();
        if (p == u"cat")
            r.kind = FeatureKind::Categorical;
        else if (p == u"num")
            r.kind = FeatureKind::Numeric;
        else if (p == u"after")
            r.phase = FeaturePhase::AfterRun;
        else if (p == u"before")
            r.phase = FeaturePhase::BeforeRun;
        else {
            *error = CsvDatasetReader::tr("feature '%1': unknown suffix ':%2' (use :cat, :num, :after)").arg(text, p);
            return std::nullopt;
        }
    }
    if (r.name.isEmpty()) {
        *error = CsvDatasetReader::tr("an empty feature name in --features");
        return std::nullopt;
    }
    return r;
}

/// Where the CSV's columns are: -1 for an option not given.
struct CsvColumns
{
    QStringList header; ///< trimmed names
    qsizetype targetAt = -1, timeAt = -1, groupAt = -1, requestedAt = -1, foldAt = -1;
    QString groupName;
    std::vector<qsizetype> featureAt; ///< per feature request
};

/// The records with a target, as text, and the line each one starts on.
struct CsvRecords
{
    std::vector<QStringList> records;
    std::vector<qint64> recordLines;
    qint64 skippedNoTarget = 0;
};

bool parseFeatureRequests(const DatasetLoader::CsvOptions &options, std::vector<FeatureRequest> *requests,
                          QString *error)
{
    for (const QString &f : options.features) {
        const auto r = parseFeature(f, error);
        if (!r)
            return false;
        if (r->name == options.targetColumn) {
            *error = CsvDatasetReader::tr("%1 is the target: it cannot also be a feature").arg(r->name);
            return false;
        }
        requests->push_back(*r);
    }
    return true;
}

/// The columns named by the options and the requests in the header; false with *error when one is missing.
bool findCsvColumns(const QString &path, const DatasetLoader::CsvOptions &options,
                    const std::vector<FeatureRequest> &requests, CsvColumns *columns, QString *error)
{
    const QStringList &header = columns->header;
    const auto column = [&](const QString &name, bool required, qsizetype *index) {
        *index = name.isEmpty() ? -1 : header.indexOf(name);
        if (*index < 0 && required && !name.isEmpty()) {
            *error = CsvDatasetReader::tr("%1: no column named '%2' (the header has: %3)")
                         .arg(path, name, header.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    };
    if (!column(options.targetColumn, true, &columns->targetAt) ||
        !column(options.timeColumn, true, &columns->timeAt) || !column(options.groupColumn, true, &columns->groupAt) ||
        !column(options.requestedColumn, true, &columns->requestedAt) ||
        !column(options.foldColumn, true, &columns->foldAt))
        return false;
    columns->groupName = options.groupColumn;
    if (options.groupColumn.isEmpty() && header.contains(QStringLiteral("job_type"))) {
        columns->groupAt = header.indexOf(QStringLiteral("job_type"));
        columns->groupName = QStringLiteral("job_type");
    }
    for (const FeatureRequest &r : requests) {
        qsizetype at;
        if (!column(r.name, true, &at))
            return false;
        columns->featureAt.push_back(at);
    }
    return true;
}

/// Every record after the header as text (a column's kind is decided on all of its values); false with *error on
/// a bad record or a read error.
bool readCsvRecords(CsvReader &csv, const LineReader &lines, const QString &path, const CsvColumns &columns,
                    CsvRecords *out, QString *error)
{
    QStringList fields;
    QString reason;
    for (;;) {
        const CsvReader::Status status = csv.next(&fields, &reason);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            *error = CsvDatasetReader::tr("%1:%2: %3").arg(path).arg(csv.recordLine()).arg(reason);
            return false;
        }
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue;
        if (fields.size() != columns.header.size()) {
            *error = CsvDatasetReader::tr("%1:%2: %3 fields, the header has %4")
                         .arg(path)
                         .arg(csv.recordLine())
                         .arg(fields.size())
                         .arg(columns.header.size());
            return false;
        }
        if (fields[columns.targetAt].trimmed().isEmpty()) {
            ++out->skippedNoTarget;
            continue;
        }
        out->records.push_back(fields);
        out->recordLines.push_back(csv.recordLine());
    }
    if (lines.hasError()) {
        *error = lines.errorString();
        return false;
    }
    return true;
}

/// Each request's kind: the one it names, else numeric unless a non-empty value is not a number.
std::vector<FeatureKind> featureKinds(const std::vector<FeatureRequest> &requests, const CsvColumns &columns,
                                      const std::vector<QStringList> &records)
{
    std::vector<FeatureKind> kinds;
    for (size_t f = 0; f < requests.size(); ++f) {
        FeatureKind kind = FeatureKind::Numeric;
        if (requests[f].kind) {
            kind = *requests[f].kind;
        } else {
            for (const QStringList &rec : records) {
                const QString &v = rec[columns.featureAt[f]];
                if (!v.trimmed().isEmpty() && !parseCsvNumber(v)) {
                    kind = FeatureKind::Categorical;
                    break;
                }
            }
        }
        kinds.push_back(kind);
    }
    return kinds;
}

enum class RowResult
{
    Added,
    EmptyFeature, ///< a numeric feature is empty: the row is left out
    Error,
};

/// The numeric features of one record into *values; EmptyFeature or Error (with *error) when one is missing or bad.
RowResult readNumericFeatures(const QStringList &rec, const std::vector<FeatureKind> &kinds, const CsvColumns &columns,
                              const std::function<QString(qsizetype)> &where, std::vector<double> *values,
                              QString *error)
{
    for (size_t f = 0; f < kinds.size(); ++f) {
        const QString &text = rec[columns.featureAt[f]];
        if (kinds[f] == FeatureKind::Categorical)
            continue;
        if (text.trimmed().isEmpty())
            return RowResult::EmptyFeature;
        const auto v = parseCsvNumber(text);
        if (!v) {
            *error = CsvDatasetReader::tr("%1: '%2' is not a number (name it %3:cat for a categorical feature)")
                         .arg(where(columns.featureAt[f]), text, columns.header[columns.featureAt[f]]);
            return RowResult::Error;
        }
        if (!std::isfinite(*v)) {
            *error = CsvDatasetReader::tr("%1: '%2' is not a finite number").arg(where(columns.featureAt[f]), text);
            return RowResult::Error;
        }
        (*values)[f] = *v;
    }
    return RowResult::Added;
}

/// The time, group, requested time and fold of one record; false with *error when the time or fold is bad.
bool addCsvRowExtras(const QStringList &rec, const CsvColumns &columns, const std::function<QString(qsizetype)> &where,
                     Dataset *data, QString *error)
{
    if (columns.timeAt >= 0) {
        const auto t = parseCsvNumber(rec[columns.timeAt]);
        if (!t || !std::isfinite(*t)) {
            *error = CsvDatasetReader::tr("%1: '%2' is not a time in epoch seconds")
                         .arg(where(columns.timeAt), rec[columns.timeAt]);
            return false;
        }
        data->timeTs.push_back(qint64(*t));
    }
    if (columns.groupAt >= 0)
        data->group << rec[columns.groupAt].trimmed();
    if (columns.requestedAt >= 0) {
        const auto r = parseCsvNumber(rec[columns.requestedAt]);
        data->requestedS.push_back(r && std::isfinite(*r) && *r > 0 ? *r : kNaN);
    }
    if (columns.foldAt >= 0) {
        const auto k = parseCsvNumber(rec[columns.foldAt]);
        if (!k || *k < 0 || *k > 1000 || *k != std::floor(*k)) {
            *error = CsvDatasetReader::tr("%1: '%2' is not a fold number (0, 1, ...)")
                         .arg(where(columns.foldAt), rec[columns.foldAt]);
            return false;
        }
        data->givenFold.push_back(int(*k));
    }
    return true;
}

/// One record (line `line` of path) into the dataset.
RowResult addCsvRow(const QString &path, qint64 line, const QStringList &rec, const std::vector<FeatureKind> &kinds,
                    const CsvColumns &columns, Dataset *data, QString *error)
{
    const std::function<QString(qsizetype)> where = [&](qsizetype at) {
        return CsvDatasetReader::tr("%1:%2: column %3").arg(path).arg(line).arg(columns.header[at]);
    };
    const qsizetype targetAt = columns.targetAt;
    const auto y = parseCsvNumber(rec[targetAt]);
    if (!y) {
        *error = CsvDatasetReader::tr("%1: the target '%2' is not a number").arg(where(targetAt), rec[targetAt]);
        return RowResult::Error;
    }
    if (!std::isfinite(*y)) {
        *error = CsvDatasetReader::tr("%1: the target '%2' is not a finite number").arg(where(targetAt), rec[targetAt]);
        return RowResult::Error;
    }
    std::vector<double> values(kinds.size(), 0.0);
    const RowResult features = readNumericFeatures(rec, kinds, columns, where, &values, error);
    if (features != RowResult::Added)
        return features;
    for (size_t f = 0; f < kinds.size(); ++f) {
        if (kinds[f] == FeatureKind::Categorical)
            data->columns[f].categories << rec[columns.featureAt[f]].trimmed();
        else
            data->columns[f].numbers.push_back(values[f]);
    }
    data->target.push_back(*y);
    return addCsvRowExtras(rec, columns, where, data, error) ? RowResult::Added : RowResult::Error;
}
} // namespace

std::optional<Dataset> CsvDatasetReader::read(const QString &path, const DatasetLoader::CsvOptions &options,
                                              QStringList *notes, QString *error)
{
    if (options.targetColumn.isEmpty() || options.features.isEmpty()) {
        *error = tr("a CSV dataset needs a target column and at least one feature column");
        return std::nullopt;
    }
    std::vector<FeatureRequest> requests;
    if (!parseFeatureRequests(options, &requests, error))
        return std::nullopt;
    LineReader lines;
    if (!lines.open(path, error))
        return std::nullopt;
    CsvReader csv(lines, options.separator);
    CsvColumns columns;
    QString reason;
    if (csv.next(&columns.header, &reason) != CsvReader::Status::Record) {
        *error = reason.isEmpty() ? tr("%1: the file is empty (no header line)").arg(path)
                                  : tr("%1:%2: %3").arg(path).arg(csv.recordLine()).arg(reason);
        return std::nullopt;
    }
    for (QString &h : columns.header)
        h = h.trimmed();
    if (!findCsvColumns(path, options, requests, &columns, error))
        return std::nullopt;
    CsvRecords records;
    if (!readCsvRecords(csv, lines, path, columns, &records, error))
        return std::nullopt;
    const std::vector<FeatureKind> kinds = featureKinds(requests, columns, records.records);

    Dataset data;
    data.targetName = options.targetColumn;
    data.groupName = columns.groupAt >= 0 ? columns.groupName : QString();
    data.description = tr("CSV %1, target %2").arg(QFileInfo(path).fileName(), options.targetColumn);
    for (size_t f = 0; f < requests.size(); ++f)
        data.columns.push_back(FeatureColumn{requests[f].name, kinds[f], requests[f].phase, {}, {}});
    qint64 skippedEmptyFeature = 0;
    for (size_t i = 0; i < records.records.size(); ++i) {
        switch (addCsvRow(path, records.recordLines[i], records.records[i], kinds, columns, &data, error)) {
        case RowResult::Added:
            break;
        case RowResult::EmptyFeature:
            ++skippedEmptyFeature;
            break;
        case RowResult::Error:
            return std::nullopt;
        }
    }
    if (records.skippedNoTarget > 0)
        *notes << tr("%1 rows without a value for %2 were left out")
                      .arg(records.skippedNoTarget)
                      .arg(options.targetColumn);
    if (skippedEmptyFeature > 0)
        *notes << tr("%1 rows with an empty numeric feature were left out").arg(skippedEmptyFeature);
    return data;
}

} // namespace es::ml
