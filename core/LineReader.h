// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace es {

class GzipReader;

/// Reads a text file line by line, plain or gzip-compressed (detected from the content; a name ending in ".gz" must
/// hold gzip data). A gzip file is checked as gzip checks it (GzipReader: CRC-32 and length of every member): a
/// truncated or corrupt one is a read error, never a short file. Lines come back without their '\n' (a trailing '\r'
/// is kept: parsers decide); a line longer than kMaxLineBytes is a read error naming its line, so memory stays
/// bounded on any input. Not thread-safe; one owner.
class LineReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::LineReader)
public:
    static constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;

    LineReader();
    ~LineReader();
    Q_DISABLE_COPY_MOVE(LineReader)

    bool open(const QString &path, QString *error);
    /// Next line into *line; false at the end of the file or on a read error (see hasError()).
    bool readLine(QByteArray *line);
    qint64 lineNumber() const { return m_lineNumber; }
    /// Progress: bytes of the file consumed so far (compressed bytes for .gz) and the file size.
    qint64 bytesConsumed() const;
    qint64 fileSize() const { return m_fileSize; }
    bool hasError() const { return !m_error.isEmpty(); }
    /// "path: reason" or "path:line: reason".
    QString errorString() const { return m_error; }

private:
    bool fill();

    QFile m_file;
    std::unique_ptr<GzipReader> m_gzip; ///< set for gzip content
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_lineNumber = 0;
    qint64 m_fileSize = 0;
    QString m_path;
    QString m_error;
};

} // namespace es
