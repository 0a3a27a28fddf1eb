// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "GzipReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

namespace es {
namespace {

constexpr qint64 kInputBytes = 256 * 1024;

} // namespace

struct GzipReader::Stream
{
    z_stream z{};
    bool initialised = false;
};

GzipReader::GzipReader(QIODevice &device) : m_device(device), m_stream(std::make_unique<Stream>())
{
    // 16 + MAX_WBITS: a gzip wrapper only (no zlib or raw deflate); inflate checks the trailer's CRC-32 and ISIZE.
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) == Z_OK)
        m_stream->initialised = true;
    else
        m_error = tr("cannot start the gzip decompressor");
}

GzipReader::~GzipReader()
{
    if (m_stream->initialised)
        inflateEnd(&m_stream->z);
}

qint64 GzipReader::compressedBytesConsumed() const
{
    return m_deviceBytes - qint64(m_stream->z.avail_in);
}

bool GzipReader::refill()
{
    z_stream &z = m_stream->z;
    if (z.avail_in > 0 || m_inputEnd)
        return true;
    m_input.resize(kInputBytes);
    const qint64 got = m_device.read(m_input.data(), kInputBytes);
    if (got < 0) {
        m_error = tr("read error: %1").arg(m_device.errorString());
        return false;
    }
    m_inputEnd = got == 0;
    m_deviceBytes += got;
    z.next_in = reinterpret_cast<Bytef *>(m_input.data());
    z.avail_in = uInt(got);
    return true;
}

bool GzipReader::startNextMember()
{
    z_stream &z = m_stream->z;
    if (!refill())
        return false;
    if (z.avail_in == 0) {
        m_streamEnd = true; // the last member's trailer was checked by inflate
        return true;
    }
    if (z.next_in[0] != 0x1f || (z.avail_in > 1 && z.next_in[1] != 0x8b)) {
        m_error = tr("corrupt gzip file: %1 bytes after the end of the compressed data are not another gzip member")
                      .arg(qint64(z.avail_in));
        return false;
    }
    inflateReset(&z);
    return true;
}

qint64 GzipReader::read(char *data, qint64 maxBytes)
{
    if (!m_error.isEmpty())
        return -1;
    z_stream &z = m_stream->z;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(qMin<qint64>(maxBytes, 1 << 30));
    const uInt asked = z.avail_out;
    // On an error, the bytes decompressed before it are returned first; the error comes with the next call.
    auto failed = [&] { return asked > z.avail_out ? qint64(asked - z.avail_out) : qint64(-1); };
    while (z.avail_out > 0 && !m_streamEnd) {
        if (!refill())
            return failed();
        if (z.avail_in == 0 && m_inputEnd) {
            // inflate wants more input but the file has ended: a member (or its 8-byte trailer) is cut short.
            m_error = m_deviceBytes == 0 ? tr("empty file where gzip data was expected")
                                         : tr("truncated gzip file: it ends before the end of the compressed data "
                                              "and its CRC-32/length trailer (an interrupted download or copy?)");
            return failed();
        }
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            if (!startNextMember())
                return failed();
            continue;
        }
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            continue; // needs more input: refill, or the truncation above
        if (status != Z_OK) {
            m_error = tr("corrupt gzip file: %1").arg(QString::fromLatin1(z.msg ? z.msg : "inflate failed"));
            return failed();
        }
    }
    return qint64(asked - z.avail_out);
}

} // namespace es
