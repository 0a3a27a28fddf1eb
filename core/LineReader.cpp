#include "LineReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace es {
namespace {

constexpr int kChunkBytes = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("LineReader", text);
}

} // namespace

LineReader::~LineReader()
{
    if (m_file)
        gzclose(static_cast<gzFile>(m_file));
}

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
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        *error = tr("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    gzbuffer(file, 256 * 1024);
    m_file = file;
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
    const int got = gzread(static_cast<gzFile>(m_file), m_buffer.data() + old, kChunkBytes);
    if (got < 0) {
        int code = 0;
        const char *message = gzerror(static_cast<gzFile>(m_file), &code);
        m_error = tr("%1: read error: %2").arg(m_path, QString::fromUtf8(message));
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool LineReader::readLine(QByteArray *line)
{
    if (!m_file)
        return false;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        if (newline >= 0) {
            *line = m_buffer.sliced(m_pos, newline - m_pos);
            m_pos = newline + 1;
            ++m_lineNumber;
            return true;
        }
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
    if (!m_file)
        return 0;
    const auto offset = gzoffset(static_cast<gzFile>(m_file));
    return offset < 0 ? 0 : qint64(offset);
}

} // namespace es
