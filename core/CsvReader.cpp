// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvReader.h"

#include "LineReader.h"

#include <QCoreApplication>

namespace es {
namespace {

enum class ScanResult
{
    Complete,
    OpenQuote,
    Error
};

/// Scans `text` into fields. With OpenQuote the record continues on the next line: the caller appends it and
/// scans again from the start.
ScanResult scan(QStringView text, QChar separator, QStringList *fields, QString *error)
{
    fields->clear();
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (;;) {
        field.clear();
        if (i < n && text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return ScanResult::OpenQuote;
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < n && text[i] != separator) {
                *error =
                    CsvReader::tr("unexpected character after a closing quote in field %1").arg(fields->size() + 1);
                return ScanResult::Error;
            }
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != separator)
                ++i;
            field = text.sliced(start, i - start).toString();
        }
        fields->append(field);
        if (i >= n)
            return ScanResult::Complete;
        ++i; // separator
    }
}

} // namespace

CsvReader::CsvReader(LineReader &lines, QChar separator) : m_lines(lines), m_separator(separator) {}

bool CsvReader::parseRecord(QStringView text, QChar separator, QStringList *fields, QString *error)
{
    if (text.endsWith(u'\r'))
        text.chop(1);
    switch (scan(text, separator, fields, error)) {
    case ScanResult::Complete:
        return true;
    case ScanResult::OpenQuote:
        *error = tr("unterminated quoted field");
        return false;
    case ScanResult::Error:
        return false;
    }
    return false;
}

CsvReader::Status CsvReader::next(QStringList *fields, QString *error)
{
    QByteArray bytes;
    if (!m_lines.readLine(&bytes)) {
        if (m_lines.hasError()) {
            *error = m_lines.errorString();
            return Status::Error;
        }
        return Status::End;
    }
    m_recordLine = m_lines.lineNumber();
    if (m_first && bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    m_first = false;
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(u'\r'))
        text.chop(1);
    for (;;) {
        switch (scan(text, m_separator, fields, error)) {
        case ScanResult::Complete:
            return Status::Record;
        case ScanResult::Error:
            return Status::Error;
        case ScanResult::OpenQuote:
            if (!m_lines.readLine(&bytes)) {
                *error = tr("unterminated quoted field at the end of the file");
                return Status::Error;
            }
            if (m_lines.lineNumber() - m_recordLine > 10000 || text.size() > LineReader::kMaxLineBytes) {
                *error = tr("unterminated quoted field (over 10000 lines or %1 MiB)")
                             .arg(LineReader::kMaxLineBytes / (1024 * 1024));
                return Status::Error;
            }
            text += u'\n';
            text += QString::fromUtf8(bytes);
            if (text.endsWith(u'\r'))
                text.chop(1);
            break;
        }
    }
}

} // namespace es
