// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvWriter.h"

#include <QIODevice>

namespace es {
namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, char separator) : m_device(device), m_separator(separator) {}

CsvWriter::~CsvWriter()
{
    flush();
}

QByteArray CsvWriter::quote(QStringView field, char separator)
{
    QByteArray utf8 = field.toUtf8();
    const bool needsQuotes =
        utf8.contains(separator) || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::addField(QStringView field)
{
    if (m_rowStarted)
        m_buffer += m_separator;
    m_rowStarted = true;
    m_buffer += quote(field, m_separator);
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        addField(field);
    endRow();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || m_failed)
        return !m_failed;
    if (m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace es
