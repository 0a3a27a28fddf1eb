// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LineReader.h"

#include "GzipReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace es {
namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

} // namespace

LineReader::LineReader() = default;
LineReader::~LineReader() = default;

bool LineReader::open(const QString &path, QString *error)
{
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1: not a regular file").arg(path);
        return false;
    }
    m_fileSize = info.size();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(path, m_file.errorString());
        return false;
    }
    char magic[2] = {0, 0};
    const qint64 peeked = m_file.peek(magic, 2);
    const bool gzip = peeked == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b;
    if (!gzip && path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) {
        *error = tr("%1: not a gzip file (the name ends in .gz but the content does not start as gzip data)").arg(path);
        m_file.close();
        return false;
    }
    if (gzip) {
        m_gzip = std::make_unique<GzipReader>(m_file);
        if (!m_gzip->errorString().isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(path, m_gzip->errorString());
            return false;
        }
    }
    return true;
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunkBytes);
    const qint64 got =
        m_gzip ? m_gzip->read(m_buffer.data() + old, kChunkBytes) : m_file.read(m_buffer.data() + old, kChunkBytes);
    if (got < 0) {
        const QString why = m_gzip ? m_gzip->errorString() : m_file.errorString();
        m_error = tr("%1: read error after line %2: %3").arg(m_path).arg(m_lineNumber).arg(why);
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + qsizetype(got));
    if (got == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool LineReader::readLine(QByteArray *line)
{
    if (!m_file.isOpen() || hasError())
        return false;
    for (qsizetype searchFrom = m_pos;;) {
        const qsizetype newline = m_buffer.indexOf('\n', searchFrom);
        if (newline >= 0 && newline - m_pos <= kMaxLineBytes) {
            *line = m_buffer.sliced(m_pos, newline - m_pos);
            m_pos = newline + 1;
            ++m_lineNumber;
            return true;
        }
        if (m_buffer.size() - m_pos > kMaxLineBytes) {
            m_error = tr("%1:%2: line longer than %3 MiB: not a text file of this format")
                          .arg(m_path)
                          .arg(m_lineNumber + 1)
                          .arg(kMaxLineBytes / (1024 * 1024));
            m_buffer.clear();
            m_pos = 0;
            m_eof = true;
            return false;
        }
        searchFrom = m_buffer.size() - m_pos; // after fill() the line starts at 0: search only the new bytes
        if (!fill()) {
            if (hasError() || m_pos >= m_buffer.size())
                return false;
            *line = m_buffer.sliced(m_pos); // last line without '\n'
            m_pos = m_buffer.size();
            ++m_lineNumber;
            return true;
        }
    }
}

qint64 LineReader::bytesConsumed() const
{
    if (!m_file.isOpen())
        return 0;
    return m_gzip ? m_gzip->compressedBytesConsumed() : m_file.pos();
}

} // namespace es
