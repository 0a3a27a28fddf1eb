// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>

/// What every fuzz target shares: the input as bytes and split into lines (without '\n'), as the parsers get them
/// from LineReader or from a command's output.
namespace es::fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QList<QByteArrayView> lines(QByteArrayView text)
{
    QList<QByteArrayView> result;
    for (qsizetype from = 0; from <= text.size();) {
        const qsizetype newline = text.indexOf('\n', from);
        const qsizetype end = newline < 0 ? text.size() : newline;
        if (end > from || newline >= 0)
            result.append(text.sliced(from, end - from));
        if (newline < 0)
            break;
        from = newline + 1;
    }
    return result;
}

} // namespace es::fuzz
