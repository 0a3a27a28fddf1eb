// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Importer.h"

#include "CsvReader.h"
#include "DatasetCsvColumns.h"
#include "LineReader.h"
#include "SacctDumpReader.h"
#include "SacctJobAssembler.h"
#include "SacctParser.h"
#include "SlurmUnits.h"
#include "Store.h"
#include "SwfParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <future>

namespace es {
namespace {

/// SWF records parsed ahead per batch (in another thread, while the batch before is written).
constexpr size_t kSwfRecordsPerBatch = 4096;
/// Lines of a sacct dump parsed ahead per batch.
constexpr size_t kSacctLinesPerBatch = 4096;

/// Runs parse() (a batch with an atEnd flag) one batch ahead in another thread while write(batch) runs in this
/// one, until the batch at the end is written (true) or a write fails (false; the batch being parsed is waited for
/// by its future's destructor). parse() is never run by two threads at once.
template<typename Batch, typename Parse, typename Write> bool parseAhead(const Parse &parse, const Write &write)
{
    std::future<Batch> next = std::async(std::launch::async, parse);
    for (;;) {
        const Batch batch = next.get();
        if (!batch.atEnd)
            next = std::async(std::launch::async, parse);
        if (!write(batch))
            return false;
        if (batch.atEnd)
            return true;
    }
}

QString baseName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : {".gz", ".swf", ".csv", ".txt", ".log", ".psv"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(qsizetype(strlen(suffix)));
    }
    return name.isEmpty() ? QStringLiteral("imported") : name;
}

} // namespace

/// One import: owns the reader, the writer and the bookkeeping of bad lines.
class Importer::Run
{
public:
    Run(Importer &importer, const QString &path, const ImportOptions &options, ImportReport *report)
        : m_importer(importer), m_path(path), m_options(options), m_report(report)
    {}

    bool start(QString *error)
    {
        *m_report = ImportReport{};
        if (!m_reader.open(m_path, error))
            return false;
        m_report->clusterName = m_options.clusterName.isEmpty() ? baseName(m_path) : m_options.clusterName;
        m_writer = std::make_unique<JobWriter>(m_importer.m_store, m_report->clusterName);
        if (!m_writer->begin(error))
            return false;
        m_clusterId = m_writer->clusterId();
        return true;
    }

    /// A bad line: an error that aborts, or a skipped line. Returns false when the import must stop.
    bool badLine(qint64 line, const QString &reason, QString *error)
    {
        const QString message = QStringLiteral("%1:%2: %3").arg(m_path).arg(line).arg(reason);
        if (!m_options.skipBadLines) {
            *error = message;
            return false;
        }
        ++m_report->skipped;
        if (m_report->errors.size() < m_options.maxErrorsKept)
            m_report->errors << message;
        return true;
    }

    /// Progress and cancellation, every few thousand lines. Returns false when cancelled.
    bool tick(QString *error)
    {
        return (m_reader.lineNumber() & 0xfff) != 0 || progressAndCancel(m_reader.bytesConsumed(), error);
    }

    /// Reports `bytesConsumed` of the file and checks the cancel flag. Returns false when cancelled.
    bool progressAndCancel(qint64 bytesConsumed, QString *error)
    {
        if (m_importer.m_progress)
            m_importer.m_progress(bytesConsumed, m_reader.fileSize());
        if (m_importer.m_cancel && m_importer.m_cancel->load(std::memory_order_relaxed)) {
            m_report->cancelled = true;
            *error = tr("%1: import cancelled, nothing was stored").arg(m_path);
            return false;
        }
        return true;
    }

    bool finish(const QString &kind, const QString &header, QString *error)
    {
        if (m_reader.hasError()) {
            *error = m_reader.errorString();
            return false;
        }
        m_report->linesRead = m_reader.lineNumber();
        QSqlQuery query(m_importer.m_store.database());
        query.prepare(
            QStringLiteral("INSERT INTO import_sources (cluster_id, kind, location, header, imported_ts, records) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cluster_id, kind, location) DO UPDATE SET "
                           "header = excluded.header, imported_ts = excluded.imported_ts, records = excluded.records"));
        query.addBindValue(m_clusterId);
        query.addBindValue(kind);
        query.addBindValue(QFileInfo(m_path).absoluteFilePath());
        query.addBindValue(header.isEmpty() ? QVariant() : QVariant(header));
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(m_report->records);
        if (!query.exec()) {
            *error = tr("%1: cannot record the import: %2").arg(m_path, query.lastError().text());
            return false;
        }
        if (!m_writer->commit(error))
            return false;
        m_report->written = m_writer->summary();
        if (m_importer.m_progress)
            m_importer.m_progress(m_reader.fileSize(), m_reader.fileSize());
        return true;
    }

    bool importSwf(QString *error);
    bool importSacct(QString *error);
    bool importCsv(QString *error);

private:
    struct SwfBatch;
    /// Up to kSwfRecordsPerBatch records of the SWF file, parsed from where the last batch ended.
    SwfBatch parseSwfBatch(SwfParser &parser);
    bool writeSwfBatch(const SwfBatch &batch, QString *error);
    struct SacctBatch;
    /// Up to kSacctLinesPerBatch lines of the dump (blank ones not counted), parsed from where the last batch ended.
    SacctBatch parseSacctBatch(SacctDumpReader &dump);
    bool writeSacctBatch(const SacctBatch &batch, SacctJobAssembler &assembler, QString *error);

    /// One CSV record (as many fields as the header): written, or a bad line.
    bool addCsvRecord(const DatasetCsvColumns &columns, const QStringList &fields, qint64 line, QString *error);

private:
    Importer &m_importer;
    QString m_path;
    const ImportOptions &m_options;
    ImportReport *m_report;
    LineReader m_reader;
    std::unique_ptr<JobWriter> m_writer;
    qint64 m_clusterId = 0;
};

/// Records of an SWF file parsed in one go, with the bad lines among them (line number, reason) in file order.
struct Importer::Run::SwfBatch
{
    std::vector<Job> jobs;
    std::vector<std::pair<qint64, QString>> badLines;
    qint64 bytesConsumed = 0;
    bool atEnd = false;
};

Importer::Run::SwfBatch Importer::Run::parseSwfBatch(SwfParser &parser)
{
    SwfBatch batch;
    batch.jobs.reserve(kSwfRecordsPerBatch);
    QByteArray line;
    Job job;
    QString reason;
    while (batch.jobs.size() < kSwfRecordsPerBatch) {
        if (!m_reader.readLine(&line)) {
            batch.atEnd = true;
            break;
        }
        switch (parser.parseLine(line, &job, &reason)) {
        case SwfParser::LineKind::Record:
            batch.jobs.push_back(job);
            break;
        case SwfParser::LineKind::Error:
            batch.badLines.emplace_back(m_reader.lineNumber(), reason);
            break;
        case SwfParser::LineKind::Comment:
        case SwfParser::LineKind::Blank:
            break;
        }
    }
    batch.bytesConsumed = m_reader.bytesConsumed();
    return batch;
}

bool Importer::Run::writeSwfBatch(const SwfBatch &batch, QString *error)
{
    if (!progressAndCancel(batch.bytesConsumed, error))
        return false;
    for (const auto &[line, reason] : batch.badLines) {
        if (!badLine(line, reason, error))
            return false;
    }
    for (const Job &job : batch.jobs) {
        ++m_report->records;
        if (!m_writer->addJob(job, error))
            return false;
    }
    return true;
}

/// The file is read and parsed one batch ahead, in another thread, while this one writes the batch before (see
/// parseAhead): the reader and the parser are used by one thread at a time.
bool Importer::Run::importSwf(QString *error)
{
    SwfParser parser;
    if (!parseAhead<SwfBatch>([&] { return parseSwfBatch(parser); },
                              [&](const SwfBatch &batch) { return writeSwfBatch(batch, error); }))
        return false;
    return finish(QStringLiteral("swf"), parser.headerLines().join(u'\n'), error);
}

/// Lines of a sacct dump parsed in one go, in file order.
struct Importer::Run::SacctBatch
{
    std::vector<SacctDumpReader::Record> items;
    qint64 bytesConsumed = 0;
    bool atEnd = false;
};

Importer::Run::SacctBatch Importer::Run::parseSacctBatch(SacctDumpReader &dump)
{
    SacctBatch batch;
    batch.items.reserve(kSacctLinesPerBatch);
    SacctDumpReader::Record record;
    while (batch.items.size() < kSacctLinesPerBatch) {
        if (!dump.next(&record)) {
            batch.atEnd = true;
            break;
        }
        batch.items.push_back(record);
    }
    batch.bytesConsumed = m_reader.bytesConsumed();
    return batch;
}

bool Importer::Run::writeSacctBatch(const SacctBatch &batch, SacctJobAssembler &assembler, QString *error)
{
    if (!progressAndCancel(batch.bytesConsumed, error))
        return false;
    for (const SacctDumpReader::Record &item : batch.items) {
        switch (item.kind) {
        case SacctParser::LineKind::Blank:
            break;
        case SacctParser::LineKind::Error:
            if (!badLine(item.line, item.reason, error))
                return false;
            break;
        case SacctParser::LineKind::Job:
            ++m_report->records;
            if (!assembler.addJob(item.job, error))
                return false;
            break;
        case SacctParser::LineKind::Step: {
            bool orphan = false;
            QString reason;
            if (assembler.addStep(item.step, &orphan, &reason)) {
                ++m_report->records;
            } else if (!orphan || !badLine(item.line, reason, error)) {
                if (!orphan)
                    *error = reason;
                return false;
            }
            break;
        }
        }
    }
    return true;
}

/// As importSwf(): the lines after the header are parsed one batch ahead, in another thread.
bool Importer::Run::importSacct(QString *error)
{
    SacctDumpReader dump(m_reader, m_path, {m_options.delimiter, m_options.sacctFields, m_options.timeZone});
    QString header;
    if (!dump.start(&header, error))
        return false;
    SacctJobAssembler assembler([this](Job &job, const QList<JobStep> &steps, QString *sinkError) {
        if (!m_writer->addJob(job, sinkError))
            return false;
        for (const JobStep &step : steps) {
            if (!m_writer->addStep(step, sinkError))
                return false;
        }
        return true;
    });
    if (!parseAhead<SacctBatch>([&] { return parseSacctBatch(dump); },
                                [&](const SacctBatch &batch) { return writeSacctBatch(batch, assembler, error); }))
        return false;
    if (!assembler.finish(error))
        return false;
    m_report->warnings << dump.warnings();
    return finish(QStringLiteral("sacct"), header, error);
}

bool Importer::Run::importCsv(QString *error)
{
    if (m_options.delimiter.size() > 1) {
        *error = tr("%1: a CSV separator is one character, not '%2'").arg(m_path, m_options.delimiter);
        return false;
    }
    CsvReader csv(m_reader, m_options.delimiter.isEmpty() ? QChar(u',') : m_options.delimiter[0]);
    QStringList fields;
    QString reason;
    switch (csv.next(&fields, &reason)) {
    case CsvReader::Status::End:
        *error = tr("%1: empty file, no header line").arg(m_path);
        return false;
    case CsvReader::Status::Error:
        *error = QStringLiteral("%1:%2: %3").arg(m_path).arg(csv.recordLine()).arg(reason);
        return false;
    case CsvReader::Status::Record:
        break;
    }
    const QStringList header = fields;
    DatasetCsvColumns columns;
    if (!columns.mapHeader(header, m_options.columnMap, m_path, csv.recordLine(), &m_report->ignoredColumns, error))
        return false;

    for (;;) {
        const CsvReader::Status status = csv.next(&fields, &reason);
        if (status == CsvReader::Status::End)
            break;
        if (!tick(error))
            return false;
        if (status == CsvReader::Status::Error) {
            if (m_reader.hasError()) {
                *error = reason;
                return false;
            }
            if (!badLine(csv.recordLine(), reason, error))
                return false;
            continue;
        }
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue;
        if (fields.size() != header.size()) {
            if (!badLine(csv.recordLine(), tr("%1 fields, the header has %2").arg(fields.size()).arg(header.size()),
                         error))
                return false;
            continue;
        }
        if (!addCsvRecord(columns, fields, csv.recordLine(), error))
            return false;
    }
    return finish(QStringLiteral("csv"), header.join(u','), error);
}

bool Importer::Run::addCsvRecord(const DatasetCsvColumns &columns, const QStringList &fields, qint64 line,
                                 QString *error)
{
    Job job;
    JobMetrics metrics;
    bool hasMetrics = false;
    QList<std::pair<QString, double>> features;
    const QString bad = columns.parseRecord(fields, &job, &metrics, &hasMetrics, &features);
    if (!bad.isEmpty())
        return badLine(line, bad, error);
    ++m_report->records;
    if (!m_writer->addJob(job, error))
        return false;
    if (hasMetrics) {
        metrics.jobId = job.jobId;
        if (!m_writer->addMetrics(metrics, error))
            return false;
    }
    for (const auto &[name, value] : features) {
        if (!m_writer->addFeature(job.jobId, name, value, error))
            return false;
    }
    return true;
}

Importer::Importer(Store &store) : m_store(store) {}

bool Importer::importFile(Format format, const QString &path, const ImportOptions &options, ImportReport *report,
                          QString *error)
{
    Run run(*this, path, options, report);
    if (!run.start(error))
        return false;
    switch (format) {
    case Format::Swf:
        return run.importSwf(error);
    case Format::Sacct:
        return run.importSacct(error);
    case Format::Csv:
        return run.importCsv(error);
    }
    return false;
}

std::optional<Importer::Format> Importer::formatFromName(const QString &name)
{
    if (name == u"swf")
        return Format::Swf;
    if (name == u"sacct")
        return Format::Sacct;
    if (name == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QStringList Importer::datasetFields()
{
    return DatasetCsvColumns::fieldNames();
}

} // namespace es
