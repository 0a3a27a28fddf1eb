// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvPreview.h"

#include "CsvReader.h"
#include "LineReader.h"

#include <QRegularExpression>

#include <cmath>

namespace es {
namespace {

constexpr int kDetectLines = 20;
constexpr qint64 kTextCheckBytes = 64 * 1024;

bool isUnknown(const QString &value)
{
    return value.isEmpty() || value.compare(u"NA", Qt::CaseInsensitive) == 0 ||
           value.compare(u"NaN", Qt::CaseInsensitive) == 0 || value.compare(u"null", Qt::CaseInsensitive) == 0;
}

/// False when the first block of the file (decompressed if gzip) has a NUL byte or more than 5% control bytes.
bool looksLikeText(const QString &path, QString *error)
{
    LineReader reader;
    if (!reader.open(path, error))
        return false;
    qint64 bytes = 0;
    qint64 control = 0;
    QByteArray line;
    while (bytes < kTextCheckBytes && reader.readLine(&line)) {
        for (const char c : line) {
            const auto u = static_cast<unsigned char>(c);
            if (u == 0) {
                *error = CsvPreview::tr("%1: not a text file (it has NUL bytes): not a CSV dataset").arg(path);
                return false;
            }
            control += (u < 0x20 && u != '\t' && u != '\r') || u == 0x7f ? 1 : 0;
        }
        bytes += line.size() + 1;
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (bytes > 0 && double(control) > 0.05 * double(bytes)) {
        *error = CsvPreview::tr("%1: not a text file (%2 control bytes in the first %3): not a CSV dataset")
                     .arg(path)
                     .arg(control)
                     .arg(bytes);
        return false;
    }
    return true;
}

} // namespace

QList<QChar> CsvPreview::separators()
{
    return {u',', u';', u'\t', u'|'};
}

QChar CsvPreview::detectSeparator(const QStringList &lines)
{
    QChar best = u',';
    int bestScore = 0;
    qsizetype bestWidth = 0;
    for (const QChar separator : separators()) {
        QStringList fields;
        QString error;
        qsizetype width = -1;
        int score = 0;
        for (qsizetype i = 0; i < lines.size() && i < kDetectLines; ++i) {
            if (!CsvReader::parseRecord(lines[i], separator, &fields, &error) || fields.size() < 2)
                continue;
            if (width < 0)
                width = fields.size();
            score += fields.size() == width ? 1 : 0;
        }
        if (score > bestScore || (score == bestScore && score > 0 && width > bestWidth)) {
            best = separator;
            bestScore = score;
            bestWidth = width;
        }
    }
    return best;
}

CsvPreview::ColumnType CsvPreview::columnType(const QStringList &values)
{
    static const QRegularExpression kInteger(QStringLiteral("^[+-]?[0-9]+$"));
    static const QRegularExpression kTimestamp(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?Z?)?$"));
    bool any = false, integer = true, number = true, timestamp = true;
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        if (isUnknown(value))
            continue;
        any = true;
        bool ok = false;
        const double v = value.toDouble(&ok);
        const bool finite = ok && std::isfinite(v);
        number = number && finite;
        // 3.000000 is an integer printed with decimals (the C6EnPLS counts are).
        integer = integer && finite && (kInteger.match(value).hasMatch() || v == std::trunc(v));
        timestamp = timestamp && kTimestamp.match(value).hasMatch();
    }
    if (!any)
        return ColumnType::Empty;
    if (integer)
        return ColumnType::Integer;
    if (number)
        return ColumnType::Number;
    return timestamp ? ColumnType::Timestamp : ColumnType::Text;
}

QString CsvPreview::typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty:
        return tr("empty");
    case ColumnType::Integer:
        return tr("integer");
    case ColumnType::Number:
        return tr("number");
    case ColumnType::Timestamp:
        return tr("timestamp");
    case ColumnType::Text:
        return tr("text");
    }
    return QString();
}

QString CsvPreview::headerSignature(const QStringList &header)
{
    QStringList trimmed;
    for (const QString &column : header)
        trimmed << column.trimmed();
    return trimmed.join(u'\x1f');
}

bool CsvPreview::read(const QString &path, QChar separator, int maxRows, QString *error)
{
    m_header.clear();
    m_rows.clear();
    m_types.clear();
    m_ragged.clear();
    if (!looksLikeText(path, error))
        return false;
    if (separator.isNull()) {
        LineReader detect;
        if (!detect.open(path, error))
            return false;
        QStringList first;
        QByteArray line;
        while (first.size() < kDetectLines && detect.readLine(&line))
            first << QString::fromUtf8(line);
        separator = detectSeparator(first);
    }
    LineReader lines;
    if (!lines.open(path, error))
        return false;
    m_separator = separator;
    CsvReader csv(lines, separator);
    QStringList fields;
    QString reason;
    bool haveHeader = false;
    while (m_rows.size() < maxRows) {
        const CsvReader::Status status = csv.next(&fields, &reason);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            if (lines.hasError()) {
                *error = lines.errorString();
                return false;
            }
            m_ragged << tr("line %1: %2").arg(csv.recordLine()).arg(reason);
            continue;
        }
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue;
        if (!haveHeader) {
            m_header = fields;
            haveHeader = true;
            continue;
        }
        if (fields.size() != m_header.size()) {
            m_ragged << tr("line %1: %2 fields, the header has %3")
                            .arg(csv.recordLine())
                            .arg(fields.size())
                            .arg(m_header.size());
            continue;
        }
        m_rows << fields;
    }
    if (!haveHeader) {
        *error = tr("%1: empty file, no header line").arg(path);
        return false;
    }
    for (int c = 0; c < m_header.size(); ++c)
        m_types << columnType(columnValues(c));
    return true;
}

QStringList CsvPreview::columnValues(int column) const
{
    QStringList values;
    for (const QStringList &row : m_rows)
        values << row.value(column);
    return values;
}

} // namespace es
