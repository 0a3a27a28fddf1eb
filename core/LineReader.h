#pragma once

#include <QByteArray>
#include <QString>

namespace es {

/// Reads a text file line by line, plain or gzip-compressed (detected from the content, not the name).
/// Lines come back without their '\n' (a trailing '\r' is kept: parsers decide). Not thread-safe; one owner.
class LineReader final
{
public:
    LineReader() = default;
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
    QString errorString() const { return m_error; }

private:
    bool fill();

    void *m_file = nullptr; // gzFile
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_lineNumber = 0;
    qint64 m_fileSize = 0;
    QString m_path;
    QString m_error;
};

} // namespace es
