// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SacctDumpReader.h"

#include "LineReader.h"
#include "SacctJsonParser.h"

namespace es {
namespace {

QString withoutLineEnd(QString line)
{
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

/// A fixed-width header: field names separated by spaces, one of them JobID, no delimiter of --parsable.
bool looksLikeFixedWidthHeader(const QString &line)
{
    const QString simplified = line.simplified();
    if (!simplified.contains(u' ') || line.contains(u'|') || line.contains(QChar(0x1f)) || line.contains(u'\t'))
        return false;
    return SacctParser::looksLikeHeader(simplified, u" ");
}

} // namespace

SacctDumpReader::SacctDumpReader(LineReader &reader, const QString &path, Options options)
    : m_reader(reader), m_path(path), m_options(std::move(options))
{}

QStringList SacctDumpReader::fieldsOfFormat(const QString &format)
{
    QStringList fields;
    for (const QString &item : format.split(u',', Qt::SkipEmptyParts)) {
        const QString name = item.section(u'%', 0, 0).trimmed();
        if (!name.isEmpty())
            fields << name;
    }
    return fields;
}

bool SacctDumpReader::start(QString *header, QString *error)
{
    QByteArray bytes;
    while (m_reader.readLine(&bytes)) {
        const QString line = withoutLineEnd(QString::fromUtf8(bytes));
        if (line.trimmed().isEmpty())
            continue;
        if (!m_options.fields.isEmpty())
            return startHeaderless(line, header, error);
        if (SacctJsonParser::looksLikeJson(bytes))
            return startJson(bytes, header, error);
        if (m_options.delimiter.isEmpty() && looksLikeFixedWidthHeader(line))
            return startFixedWidth(line, header, error);
        const QString delimiter =
            m_options.delimiter.isEmpty() ? SacctParser::detectDelimiter(line) : m_options.delimiter;
        m_parser.emplace(delimiter, m_options.timeZone);
        QString reason;
        if (!m_parser->parseHeader(line, &reason)) {
            *error = tr("%1:%2: %3; a dump without a header line (sacct -n) needs its field list (--format)")
                         .arg(m_path)
                         .arg(m_reader.lineNumber())
                         .arg(reason);
            return false;
        }
        *header = line.trimmed();
        return true;
    }
    *error = m_reader.hasError() ? m_reader.errorString() : tr("%1: empty file, no sacct header").arg(m_path);
    return false;
}

bool SacctDumpReader::startHeaderless(const QString &firstLine, QString *header, QString *error)
{
    const QString delimiter = m_options.delimiter.isEmpty() ? QStringLiteral("|") : m_options.delimiter;
    if (SacctParser::looksLikeHeader(firstLine, delimiter) || looksLikeFixedWidthHeader(firstLine)) {
        *error = tr("%1:%2: the file starts with a header line: import it without --format")
                     .arg(m_path)
                     .arg(m_reader.lineNumber());
        return false;
    }
    m_parser.emplace(delimiter, m_options.timeZone);
    QString reason;
    if (!m_parser->setFields(m_options.fields, &reason)) {
        *error = tr("%1: --format %2: %3").arg(m_path, m_options.fields.join(u','), reason);
        return false;
    }
    // sacct --parsable ends every line with the delimiter, --parsable2 does not.
    m_parser->setTrailingDelimiter(firstLine.endsWith(delimiter) &&
                                   firstLine.count(delimiter) == m_options.fields.size());
    *header = m_options.fields.join(delimiter);
    m_pendingLine = firstLine;
    m_pendingLineNumber = m_reader.lineNumber();
    return true;
}

bool SacctDumpReader::startFixedWidth(const QString &headerLine, QString *header, QString *error)
{
    QByteArray bytes;
    const QString rule = m_reader.readLine(&bytes) ? withoutLineEnd(QString::fromUtf8(bytes)) : QString();
    m_fixedWidth = SacctFixedWidth::fromHeader(headerLine, rule);
    if (!m_fixedWidth) {
        *error = tr("%1:%2: a header of sacct's default output must be followed by its rule of dashes "
                    "(------------ ----------)")
                     .arg(m_path)
                     .arg(m_reader.lineNumber());
        return false;
    }
    m_parser.emplace(SacctFixedWidth::delimiter(), m_options.timeZone);
    QString reason;
    if (!m_parser->setFields(m_fixedWidth->fieldNames(), &reason)) {
        *error = QStringLiteral("%1: %2").arg(m_path, reason);
        return false;
    }
    *header = m_fixedWidth->fieldNames().join(u'|');
    return true;
}

bool SacctDumpReader::startJson(const QByteArray &firstLine, QString *header, QString *error)
{
    QByteArray json = firstLine;
    QByteArray bytes;
    while (m_reader.readLine(&bytes)) {
        json += bytes;
        json += '\n';
        if (json.size() > kMaxJsonBytes) {
            *error = tr("%1: a sacct --json file over %2 MiB: export with --parsable2, which is read as it streams")
                         .arg(m_path)
                         .arg(kMaxJsonBytes >> 20);
            return false;
        }
    }
    if (m_reader.hasError()) {
        *error = m_reader.errorString();
        return false;
    }
    QString reason;
    const auto parsed = SacctJsonParser::parse(json, &reason);
    if (!parsed) {
        *error = QStringLiteral("%1: %2").arg(m_path, reason);
        return false;
    }
    for (qsizetype i = 0; i < parsed->problems.size(); ++i) {
        Record bad;
        bad.kind = SacctParser::LineKind::Error;
        bad.line = parsed->problemIndexes[i] + 1;
        bad.reason = parsed->problems[i];
        m_jsonRecords.push_back(bad);
    }
    for (qsizetype i = 0; i < qsizetype(parsed->jobs.size()); ++i) {
        Record job;
        job.kind = SacctParser::LineKind::Job;
        job.line = i + 1;
        job.job = parsed->jobs[size_t(i)].job;
        m_jsonRecords.push_back(job);
        for (const JobStep &step : parsed->jobs[size_t(i)].steps) {
            Record record;
            record.kind = SacctParser::LineKind::Step;
            record.line = i + 1;
            record.step = step;
            m_jsonRecords.push_back(record);
        }
    }
    m_jsonExitCodesUnknown = parsed->exitCodesUnknown;
    *header = parsed->slurmVersion.isEmpty() ? QStringLiteral("sacct --json")
                                             : QStringLiteral("sacct --json (Slurm %1)").arg(parsed->slurmVersion);
    return true;
}

QStringList SacctDumpReader::warnings() const
{
    QStringList warnings;
    for (auto it = m_cutValues.cbegin(); it != m_cutValues.cend(); ++it)
        warnings << tr("%1: %2 values of %3 were cut by sacct (ending in '+') and are left empty")
                        .arg(m_path)
                        .arg(it.value())
                        .arg(it.key());
    if (m_parser && m_parser->synthesizesJobIds())
        warnings << tr("%1: the file has no JobID field: each line is taken as a job with an id made up from the "
                       "line (noid-...), so steps cannot be told from jobs")
                        .arg(m_path);
    if (m_jsonExitCodesUnknown > 0)
        warnings << tr("%1: %2 failed jobs have the exit code 0 in this sacct --json (a Slurm 22.05 fault): their "
                       "exit codes are left unknown")
                        .arg(m_path)
                        .arg(m_jsonExitCodesUnknown);
    return warnings;
}

void SacctDumpReader::parse(const QString &line, qint64 lineNumber, Record *record)
{
    record->line = lineNumber;
    if (!m_fixedWidth) {
        record->kind = m_parser->parseLine(line, &record->job, &record->step, &record->reason);
        return;
    }
    if (line.trimmed().isEmpty()) {
        record->kind = SacctParser::LineKind::Blank;
        return;
    }
    QStringList cut;
    const QString delimited = m_fixedWidth->toDelimited(line, &cut, &record->reason);
    if (delimited.isEmpty()) {
        record->kind = SacctParser::LineKind::Error;
        return;
    }
    record->kind = m_parser->parseLine(delimited, &record->job, &record->step, &record->reason);
    for (const QString &field : cut)
        ++m_cutValues[field];
}

bool SacctDumpReader::next(Record *record)
{
    if (!m_jsonRecords.empty()) {
        *record = std::move(m_jsonRecords.front());
        m_jsonRecords.pop_front();
        return true;
    }
    if (m_parser == std::nullopt)
        return false; // a sacct --json file, all handed out
    if (!m_pendingLine.isEmpty()) {
        parse(m_pendingLine, m_pendingLineNumber, record);
        m_pendingLine.clear();
        return true;
    }
    QByteArray bytes;
    while (m_reader.readLine(&bytes)) {
        parse(QString::fromUtf8(bytes), m_reader.lineNumber(), record);
        if (record->kind != SacctParser::LineKind::Blank)
            return true;
    }
    return false;
}

} // namespace es
