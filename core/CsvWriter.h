// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace es {

/// RFC 4180 writer: UTF-8, CRLF line ends, a field quoted when it holds the separator, a quote, CR or LF.
/// Buffers in memory and writes in blocks to a device it does not own.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, char separator = ',');
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRow(const QStringList &fields);
    /// Field by field: call addField() for each, then endRow().
    void addField(QStringView field);
    void endRow();
    /// Writes what is buffered; false on a device error (disk full, closed pipe).
    bool flush();
    bool hasError() const { return m_failed; }

    static QByteArray quote(QStringView field, char separator = ',');

private:
    QIODevice *m_device;
    char m_separator;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace es
