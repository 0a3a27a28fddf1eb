// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace es {

/// The first rows of a CSV file as the import wizard shows them: the separator detected (comma, semicolon, tab,
/// pipe), the header, up to maxRows records and a type per column. A plain value type; read() does file I/O and
/// belongs in the caller's thread (a first look at a file: it reads at most maxRows records).
class CsvPreview final
{
    Q_DECLARE_TR_FUNCTIONS(CsvPreview)
public:
    enum class ColumnType
    {
        Empty, ///< no value in the rows read
        Integer,
        Number,
        Timestamp, ///< ISO 8601 date or date-time (what the importer's time fields take)
        Text
    };

    /// The separators offered: comma, semicolon, tab, pipe.
    static QList<QChar> separators();
    /// The separator that splits the lines into the same number (> 1) of fields on most lines; comma when none does.
    static QChar detectSeparator(const QStringList &lines);
    static ColumnType columnType(const QStringList &values);
    static QString typeName(ColumnType type);
    /// A signature of a header for saved mappings: the columns, trimmed, in order.
    static QString headerSignature(const QStringList &header);

    /// Reads the header and up to maxRows records of path with `separator` (a null QChar: detected from the first
    /// lines). False with *error for a file that cannot be read, is empty, or is not text (NUL bytes or mostly
    /// control characters in the first block). A record whose field count differs from the header's is kept in
    /// raggedLines ("line N: X fields, the header has Y") and not in rows.
    bool read(const QString &path, QChar separator, int maxRows, QString *error);

    QChar separator() const { return m_separator; }
    const QStringList &header() const { return m_header; }
    const QList<QStringList> &rows() const { return m_rows; }
    const QList<ColumnType> &types() const { return m_types; }
    const QStringList &raggedLines() const { return m_ragged; }
    /// Values of one column in the rows read.
    QStringList columnValues(int column) const;

private:
    QChar m_separator = u',';
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<ColumnType> m_types;
    QStringList m_ragged;
};

} // namespace es
