// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>

#include <functional>

namespace es::test {

/// `data` compressed as one gzip member (zlib's deflate with a gzip wrapper: header, data, CRC-32 and ISIZE).
QByteArray gzip(const QByteArray &data);

/// One gzip member of `chunks` times the bytes `chunk(i)` gives: large inputs (hundreds of MB) compressed without
/// holding them in memory.
QByteArray gzipChunks(int chunks, const std::function<QByteArray(int)> &chunk);

/// The peak resident set of this process so far (VmHWM of /proc/self/status), in KiB; 0 when unknown.
qint64 peakRssKib();

} // namespace es::test
