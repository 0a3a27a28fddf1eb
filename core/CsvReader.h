// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace es {

class LineReader;

/// RFC 4180 reader: quoted fields with "" escapes, separators and line breaks inside quotes, CRLF or LF,
/// a UTF-8 byte-order mark on the first line. Pulls lines from a LineReader it does not own.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::CsvReader)
public:
    enum class Status
    {
        Record,
        End,
        Error
    };

    explicit CsvReader(LineReader &lines, QChar separator = u',');

    /// The next record. On Error, *error says why and the reader has skipped past the bad record.
    Status next(QStringList *fields, QString *error);
    /// The physical line (1-based) where the last record started.
    qint64 recordLine() const { return m_recordLine; }

    /// Parses one record held in a string (no line pulling); for tests and small inputs.
    static bool parseRecord(QStringView text, QChar separator, QStringList *fields, QString *error);

private:
    LineReader &m_lines;
    QChar m_separator;
    qint64 m_recordLine = 0;
    bool m_first = true;
};

} // namespace es
