// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace es {

/// Decompresses a gzip file (RFC 1952) read from a device it does not own, checking what gzip itself checks: each
/// member's header, its CRC-32 and its length (ISIZE) in the 8-byte trailer. A stream cut short (before or inside
/// a trailer), a wrong CRC or length, corrupt data and bytes after the last member that are not another member are
/// errors, never a silent end of file. Members written one after the other (`cat a.gz b.gz`) are read as one
/// stream, as gzip does. Not thread-safe; one owner.
class GzipReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::GzipReader)
public:
    explicit GzipReader(QIODevice &device);
    ~GzipReader();
    Q_DISABLE_COPY_MOVE(GzipReader)

    /// Up to maxBytes decompressed bytes into data; 0 at the (checked) end of the stream, -1 on an error
    /// (errorString()). The bytes decompressed before an error are returned first, the -1 by the next call.
    qint64 read(char *data, qint64 maxBytes);
    QString errorString() const { return m_error; }
    /// Compressed bytes taken from the device so far.
    qint64 compressedBytesConsumed() const;

private:
    bool refill();
    /// After a member's end: true when another member follows (inflate reset for it) or the input is at its end
    /// (m_streamEnd); false with m_error for other bytes.
    bool startNextMember();

    struct Stream; ///< the zlib z_stream, kept out of this header
    QIODevice &m_device;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_input;
    bool m_inputEnd = false;  ///< the device has no more bytes
    bool m_streamEnd = false; ///< the last member ended, its trailer checked
    qint64 m_deviceBytes = 0; ///< bytes read from the device
    QString m_error;
};

} // namespace es
