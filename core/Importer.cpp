#include "Importer.h"

#include "CsvReader.h"
#include "LineReader.h"
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

namespace es {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
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

// CSV dataset fields. Units are in the names; the aliases are the seed dataset's column names.
enum class DatasetField
{
    JobId,
    Name,
    User,
    Partition,
    State,
    JobType,
    SubmitTs,
    StartTs,
    EndTs,
    AllocCpus,
    NodeCount,
    NodeList,
    DurationS,
    NodeTempAvgC,
    NodeTempPeakC,
    CpuFreqAvgMhz,
    CpuUtilPct,
    MemMb,
    EnergyJ,
    EnergyKj,
    EnergyWh,
    EnergyKwh,
    PowerAvgW,
};

struct DatasetFieldName
{
    const char *name;
    DatasetField field;
};

const DatasetFieldName kDatasetFields[] = {
    {"job_id", DatasetField::JobId},
    {"name", DatasetField::Name},
    {"user", DatasetField::User},
    {"partition", DatasetField::Partition},
    {"state", DatasetField::State},
    {"job_type", DatasetField::JobType},
    {"submit_ts", DatasetField::SubmitTs},
    {"start_ts", DatasetField::StartTs},
    {"end_ts", DatasetField::EndTs},
    {"alloc_cpus", DatasetField::AllocCpus},
    {"node_count", DatasetField::NodeCount},
    {"node_list", DatasetField::NodeList},
    {"duration_s", DatasetField::DurationS},
    {"node_temp_avg_c", DatasetField::NodeTempAvgC},
    {"node_temp_peak_c", DatasetField::NodeTempPeakC},
    {"cpu_freq_avg_mhz", DatasetField::CpuFreqAvgMhz},
    {"cpu_util_pct", DatasetField::CpuUtilPct},
    {"mem_mb", DatasetField::MemMb},
    {"energy_j", DatasetField::EnergyJ},
    {"energy_kj", DatasetField::EnergyKj},
    {"energy_wh", DatasetField::EnergyWh},
    {"energy_kwh", DatasetField::EnergyKwh},
    {"power_avg_w", DatasetField::PowerAvgW},
};

// Column names mapped without --map (the seed dataset schema and common spellings).
const std::pair<const char *, const char *> kDatasetAliases[] = {
    {"jobid", "job_id"},
    {"id", "job_id"},
    {"timestamp", "start_ts"},
    {"start", "start_ts"},
    {"submit", "submit_ts"},
    {"end", "end_ts"},
    {"duration", "duration_s"},
    {"node_temp_avg", "node_temp_avg_c"},
    {"node_temp_peak", "node_temp_peak_c"},
    {"cpu_freq_avg", "cpu_freq_avg_mhz"},
    {"cpu_utilization", "cpu_util_pct"},
    {"memory_usage", "mem_mb"},
    {"energy_consumption", "energy_j"},
    {"job_name", "name"},
    {"nodes", "node_count"},
    {"cpus", "alloc_cpus"},
};

std::optional<DatasetField> datasetField(const QString &name)
{
    for (const auto &f : kDatasetFields) {
        if (name == QLatin1String(f.name))
            return f.field;
    }
    return std::nullopt;
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
        if ((m_reader.lineNumber() & 0xfff) != 0)
            return true;
        if (m_importer.m_progress)
            m_importer.m_progress(m_reader.bytesConsumed(), m_reader.fileSize());
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
    Importer &m_importer;
    QString m_path;
    const ImportOptions &m_options;
    ImportReport *m_report;
    LineReader m_reader;
    std::unique_ptr<JobWriter> m_writer;
    qint64 m_clusterId = 0;
};

bool Importer::Run::importSwf(QString *error)
{
    SwfParser parser;
    QByteArray line;
    Job job;
    QString reason;
    while (m_reader.readLine(&line)) {
        if (!tick(error))
            return false;
        switch (parser.parseLine(line, &job, &reason)) {
        case SwfParser::LineKind::Record:
            ++m_report->records;
            if (!m_writer->addJob(job, error))
                return false;
            break;
        case SwfParser::LineKind::Error:
            if (!badLine(m_reader.lineNumber(), reason, error))
                return false;
            break;
        case SwfParser::LineKind::Comment:
        case SwfParser::LineKind::Blank:
            break;
        }
    }
    return finish(QStringLiteral("swf"), parser.headerLines().join(u'\n'), error);
}

bool Importer::Run::importSacct(QString *error)
{
    QByteArray bytes;
    QString reason;
    std::optional<SacctParser> parser;
    SacctJobAssembler assembler([this](Job &job, const QList<JobStep> &steps, QString *sinkError) {
        if (!m_writer->addJob(job, sinkError))
            return false;
        for (const JobStep &step : steps) {
            if (!m_writer->addStep(step, sinkError))
                return false;
        }
        return true;
    });
    Job job;
    JobStep step;
    QString header;
    while (m_reader.readLine(&bytes)) {
        if (!tick(error))
            return false;
        const QString line = QString::fromUtf8(bytes);
        if (!parser) {
            if (line.trimmed().isEmpty())
                continue;
            const QString delimiter =
                m_options.delimiter.isEmpty() ? SacctParser::detectDelimiter(line) : m_options.delimiter;
            parser.emplace(delimiter, m_options.timeZone);
            if (!parser->parseHeader(line, &reason)) {
                *error = QStringLiteral("%1:%2: %3").arg(m_path).arg(m_reader.lineNumber()).arg(reason);
                return false;
            }
            header = line.trimmed();
            continue;
        }
        switch (parser->parseLine(line, &job, &step, &reason)) {
        case SacctParser::LineKind::Blank:
            break;
        case SacctParser::LineKind::Error:
            if (!badLine(m_reader.lineNumber(), reason, error))
                return false;
            break;
        case SacctParser::LineKind::Job:
            ++m_report->records;
            if (!assembler.addJob(job, error))
                return false;
            break;
        case SacctParser::LineKind::Step: {
            bool orphan = false;
            if (assembler.addStep(step, &orphan, &reason)) {
                ++m_report->records;
            } else if (!orphan || !badLine(m_reader.lineNumber(), reason, error)) {
                if (!orphan)
                    *error = reason;
                return false;
            }
            break;
        }
        }
    }
    if (!parser && !m_reader.hasError()) {
        *error = tr("%1: empty file, no sacct header").arg(m_path);
        return false;
    }
    if (!assembler.finish(error))
        return false;
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
    QList<std::optional<DatasetField>> mapping;
    bool hasJobId = false;
    for (const QString &columnRaw : header) {
        const QString column = columnRaw.trimmed();
        QString target = m_options.columnMap.value(column);
        if (target.isEmpty()) {
            const QString lower = column.toLower();
            target = lower;
            for (const auto &[alias, field] : kDatasetAliases) {
                if (lower == QLatin1String(alias))
                    target = QString::fromLatin1(field);
            }
        }
        const auto field = datasetField(target);
        if (!field && m_options.columnMap.contains(column)) {
            *error = tr("%1: --map %2=%3: unknown field (known: %4)")
                         .arg(m_path, column, target, datasetFields().join(QStringLiteral(", ")));
            return false;
        }
        if (!field)
            m_report->ignoredColumns << column;
        hasJobId = hasJobId || field == DatasetField::JobId;
        mapping << field;
    }
    for (auto it = m_options.columnMap.cbegin(); it != m_options.columnMap.cend(); ++it) {
        if (!header.contains(it.key())) {
            *error = tr("%1: --map names the column '%2', which the header does not have").arg(m_path, it.key());
            return false;
        }
    }
    if (!hasJobId) {
        *error = tr("%1:%2: no job id column (name one job_id, or map one with --map COLUMN=job_id)")
                     .arg(m_path)
                     .arg(csv.recordLine());
        return false;
    }

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
        Job job;
        JobMetrics metrics;
        bool hasMetrics = false;
        QString bad;
        for (qsizetype i = 0; i < fields.size() && bad.isEmpty(); ++i) {
            if (!mapping[i])
                continue;
            const QString value = fields[i].trimmed();
            if (value.isEmpty() || value.compare(u"NA", Qt::CaseInsensitive) == 0 ||
                value.compare(u"NaN", Qt::CaseInsensitive) == 0 || value.compare(u"null", Qt::CaseInsensitive) == 0)
                continue;
            bool ok = true;
            auto number = [&]() -> std::optional<double> {
                const double v = value.toDouble(&ok);
                if (!ok || !std::isfinite(v)) {
                    bad = tr("column '%1': not a number: '%2'").arg(header[i], value.left(40));
                    return std::nullopt;
                }
                return v;
            };
            auto time = [&]() -> std::optional<qint64> {
                bool malformed = false;
                QStringView text(value);
                if (text.endsWith(u'Z'))
                    text.chop(1);
                if (text.size() > 19 && text[19] == u'.')
                    text = text.left(19);
                const auto ts = slurm::parseTimestamp(text, 0, &malformed);
                if (malformed)
                    bad = tr("column '%1': not a time: '%2'").arg(header[i], value.left(40));
                return ts;
            };
            auto metric = [&](std::optional<double> *target, double scale) {
                if (const auto v = number()) {
                    *target = *v * scale;
                    hasMetrics = true;
                }
            };
            switch (*mapping[i]) {
            case DatasetField::JobId:
                job.jobId = value;
                break;
            case DatasetField::Name:
                job.name = value;
                break;
            case DatasetField::User:
                job.user = value;
                break;
            case DatasetField::Partition:
                job.partition = value;
                break;
            case DatasetField::State:
                job.state = value;
                break;
            case DatasetField::JobType:
                job.jobType = value;
                break;
            case DatasetField::SubmitTs:
                job.submitTs = time();
                break;
            case DatasetField::StartTs:
                job.startTs = time();
                break;
            case DatasetField::EndTs:
                job.endTs = time();
                break;
            case DatasetField::AllocCpus:
                if (const auto v = number())
                    job.allocCpus = int(*v);
                break;
            case DatasetField::NodeCount:
                if (const auto v = number())
                    job.nodeCount = int(*v);
                break;
            case DatasetField::NodeList:
                job.nodeList = value;
                break;
            case DatasetField::DurationS:
                metric(&metrics.durationS, 1.0);
                break;
            case DatasetField::NodeTempAvgC:
                metric(&metrics.nodeTempAvgC, 1.0);
                break;
            case DatasetField::NodeTempPeakC:
                metric(&metrics.nodeTempPeakC, 1.0);
                break;
            case DatasetField::CpuFreqAvgMhz:
                metric(&metrics.cpuFreqAvgMhz, 1.0);
                break;
            case DatasetField::CpuUtilPct:
                metric(&metrics.cpuUtilPct, 1.0);
                break;
            case DatasetField::MemMb:
                metric(&metrics.memMb, 1.0);
                break;
            case DatasetField::EnergyJ:
                metric(&metrics.energyJ, 1.0);
                break;
            case DatasetField::EnergyKj:
                metric(&metrics.energyJ, 1e3);
                break;
            case DatasetField::EnergyWh:
                metric(&metrics.energyJ, 3600.0);
                break;
            case DatasetField::EnergyKwh:
                metric(&metrics.energyJ, 3.6e6);
                break;
            case DatasetField::PowerAvgW:
                metric(&metrics.powerAvgW, 1.0);
                break;
            }
        }
        if (bad.isEmpty() && job.jobId.isEmpty())
            bad = tr("empty job id");
        if (!bad.isEmpty()) {
            if (!badLine(csv.recordLine(), bad, error))
                return false;
            continue;
        }
        if (metrics.durationS) {
            job.elapsedS = qint64(std::llround(*metrics.durationS));
            if (job.startTs && !job.endTs)
                job.endTs = *job.startTs + *job.elapsedS;
        }
        if (metrics.energyJ) {
            job.energyJ = metrics.energyJ;
            job.energySource = QStringLiteral("dataset");
            metrics.energySource = job.energySource;
            if (!metrics.powerAvgW && metrics.durationS && *metrics.durationS > 0)
                metrics.powerAvgW = *metrics.energyJ / *metrics.durationS;
        }
        ++m_report->records;
        if (!m_writer->addJob(job, error))
            return false;
        if (hasMetrics) {
            metrics.jobId = job.jobId;
            if (!m_writer->addMetrics(metrics, error))
                return false;
        }
    }
    return finish(QStringLiteral("csv"), header.join(u','), error);
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
    QStringList names;
    for (const auto &f : kDatasetFields)
        names << QString::fromLatin1(f.name);
    return names;
}

} // namespace es
