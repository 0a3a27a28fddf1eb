// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DatasetCsvColumns.h"

#include "CheckedNumbers.h"
#include "EnergyUnits.h"
#include "Job.h"
#include "SlurmUnits.h"

#include <QCoreApplication>

#include <cmath>

namespace es {

// CSV dataset fields. Units are in the names; the aliases are the seed dataset's column names.
enum class DatasetCsvColumns::Field
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
    DurationMin,
    DurationH,
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

namespace {

struct DatasetFieldName
{
    const char *name;
    DatasetCsvColumns::Field field;
};

const DatasetFieldName kDatasetFields[] = {
    {"job_id", DatasetCsvColumns::Field::JobId},
    {"name", DatasetCsvColumns::Field::Name},
    {"user", DatasetCsvColumns::Field::User},
    {"partition", DatasetCsvColumns::Field::Partition},
    {"state", DatasetCsvColumns::Field::State},
    {"job_type", DatasetCsvColumns::Field::JobType},
    {"submit_ts", DatasetCsvColumns::Field::SubmitTs},
    {"start_ts", DatasetCsvColumns::Field::StartTs},
    {"end_ts", DatasetCsvColumns::Field::EndTs},
    {"alloc_cpus", DatasetCsvColumns::Field::AllocCpus},
    {"node_count", DatasetCsvColumns::Field::NodeCount},
    {"node_list", DatasetCsvColumns::Field::NodeList},
    {"duration_s", DatasetCsvColumns::Field::DurationS},
    {"duration_min", DatasetCsvColumns::Field::DurationMin},
    {"duration_h", DatasetCsvColumns::Field::DurationH},
    {"node_temp_avg_c", DatasetCsvColumns::Field::NodeTempAvgC},
    {"node_temp_peak_c", DatasetCsvColumns::Field::NodeTempPeakC},
    {"cpu_freq_avg_mhz", DatasetCsvColumns::Field::CpuFreqAvgMhz},
    {"cpu_util_pct", DatasetCsvColumns::Field::CpuUtilPct},
    {"mem_mb", DatasetCsvColumns::Field::MemMb},
    {"energy_j", DatasetCsvColumns::Field::EnergyJ},
    {"energy_kj", DatasetCsvColumns::Field::EnergyKj},
    {"energy_wh", DatasetCsvColumns::Field::EnergyWh},
    {"energy_kwh", DatasetCsvColumns::Field::EnergyKwh},
    {"power_avg_w", DatasetCsvColumns::Field::PowerAvgW},
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

std::optional<DatasetCsvColumns::Field> datasetField(const QString &name)
{
    for (const auto &f : kDatasetFields) {
        if (name == QLatin1String(f.name))
            return f.field;
    }
    return std::nullopt;
}

/// The value as a finite number; unset with *bad set when it is not one.
std::optional<double> parseNumber(const QString &column, const QString &value, QString *bad)
{
    bool ok = true;
    const double v = value.toDouble(&ok);
    if (!ok && std::isinf(v)) { // QString::toDouble gives an infinity (and !ok) for a number too large
        *bad = DatasetCsvColumns::tr("column '%1': '%2' is out of range").arg(column, value.left(40));
        return std::nullopt;
    }
    if (!ok || !std::isfinite(v)) {
        *bad = DatasetCsvColumns::tr("column '%1': not a number: '%2'").arg(column, value.left(40));
        return std::nullopt;
    }
    return v;
}

/// The value as a count that fits an int; *bad set otherwise.
std::optional<int> parseCount(const QString &column, const QString &value, QString *bad)
{
    const auto v = parseNumber(column, value, bad);
    if (!v)
        return std::nullopt;
    const auto whole = checked::roundToInt64(std::trunc(*v));
    const auto count = whole ? checked::toInt(*whole) : std::nullopt;
    if (!count)
        *bad = DatasetCsvColumns::tr("column '%1': '%2' is out of range").arg(column, value.left(40));
    return count;
}

/// The value as a time (Slurm's forms; a trailing Z and fractions of a second are ignored); *bad set when malformed.
std::optional<qint64> parseTime(const QString &column, const QString &value, QString *bad)
{
    bool malformed = false;
    bool outOfRange = false;
    QStringView text(value);
    if (text.endsWith(u'Z'))
        text.chop(1);
    if (text.size() > 19 && text[19] == u'.')
        text = text.left(19);
    const auto ts = slurm::parseTimestamp(text, 0, &malformed, &outOfRange);
    if (outOfRange)
        *bad = DatasetCsvColumns::tr("column '%1': time '%2' is out of range").arg(column, value.left(40));
    else if (malformed)
        *bad = DatasetCsvColumns::tr("column '%1': not a time: '%2'").arg(column, value.left(40));
    return ts;
}

} // namespace

QStringList DatasetCsvColumns::fieldNames()
{
    QStringList names;
    for (const auto &f : kDatasetFields)
        names << QString::fromLatin1(f.name);
    return names;
}

QString DatasetCsvColumns::automaticField(const QString &column)
{
    const QString lower = column.trimmed().toLower();
    QString target = lower;
    for (const auto &[alias, field] : kDatasetAliases) {
        if (lower == QLatin1String(alias))
            target = QString::fromLatin1(field);
    }
    return datasetField(target) ? target : QString();
}

QString DatasetCsvColumns::featureName(const QString &target, const QString &column)
{
    if (target == u"feature") {
        QString name = column.trimmed().toLower();
        for (QChar &c : name) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
                c = u'_';
        }
        return name;
    }
    if (!target.startsWith(QStringLiteral("feature:")))
        return QString();
    const QString name = target.mid(8);
    if (name.isEmpty() || name.size() > 64)
        return QString();
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return QString();
    }
    return name;
}

bool DatasetCsvColumns::mapHeader(const QStringList &header, const QHash<QString, QString> &columnMap,
                                  const QString &path, qint64 headerLine, QStringList *ignoredColumns, QString *error)
{
    m_header = header;
    m_mapping.clear();
    m_features.clear();
    m_featureCount = 0;
    bool hasJobId = false;
    for (const QString &columnRaw : header) {
        const QString column = columnRaw.trimmed();
        const QString mapped = columnMap.value(column);
        QString feature;
        if (isFeatureTarget(mapped)) {
            feature = featureName(mapped, column);
            if (feature.isEmpty()) {
                *error = tr("%1: --map %2=%3: a feature name is 1 to 64 of a-z, 0-9 and _").arg(path, column, mapped);
                return false;
            }
            if (m_features.contains(feature)) {
                *error = tr("%1: two columns are mapped to the feature '%2'").arg(path, feature);
                return false;
            }
        }
        const QString target = mapped.isEmpty() ? automaticField(column) : mapped;
        const auto field = feature.isEmpty() ? datasetField(target) : std::nullopt;
        if (!field && feature.isEmpty() && !mapped.isEmpty() && mapped != u"ignore") {
            *error = tr("%1: --map %2=%3: unknown field (known: %4, feature:NAME, ignore)")
                         .arg(path, column, target, fieldNames().join(QStringLiteral(", ")));
            return false;
        }
        if (!field && feature.isEmpty())
            *ignoredColumns << column;
        hasJobId = hasJobId || field == Field::JobId;
        m_mapping << field;
        m_features << feature;
        m_featureCount += feature.isEmpty() ? 0 : 1;
    }
    for (auto it = columnMap.cbegin(); it != columnMap.cend(); ++it) {
        if (!header.contains(it.key())) {
            *error = tr("%1: --map names the column '%2', which the header does not have").arg(path, it.key());
            return false;
        }
    }
    if (!hasJobId) {
        *error = tr("%1:%2: no job id column (name one job_id, or map one with --map COLUMN=job_id)")
                     .arg(path)
                     .arg(headerLine);
        return false;
    }
    return true;
}

QString DatasetCsvColumns::applyField(Field field, const QString &column, const QString &value, Job *jobOut,
                                      JobMetrics *metricsOut, bool *hasMetricsOut) const
{
    Job &job = *jobOut;
    JobMetrics &metrics = *metricsOut;
    bool &hasMetrics = *hasMetricsOut;
    QString bad;
    auto number = [&] { return parseNumber(column, value, &bad); };
    auto time = [&] { return parseTime(column, value, &bad); };
    auto metric = [&](std::optional<double> *target, double scale) {
        const auto v = number();
        if (v && !std::isfinite(*v * scale)) {
            bad = tr("column '%1': '%2' is out of range").arg(column, value.left(40));
        } else if (v) {
            *target = *v * scale;
            hasMetrics = true;
        }
    };
    switch (field) {
    case Field::JobId:
        job.jobId = value;
        break;
    case Field::Name:
        job.name = value;
        break;
    case Field::User:
        job.user = value;
        break;
    case Field::Partition:
        job.partition = value;
        break;
    case Field::State:
        job.state = value;
        break;
    case Field::JobType:
        job.jobType = value;
        break;
    case Field::SubmitTs:
        job.submitTs = time();
        break;
    case Field::StartTs:
        job.startTs = time();
        break;
    case Field::EndTs:
        job.endTs = time();
        break;
    case Field::AllocCpus:
        job.allocCpus = parseCount(column, value, &bad);
        break;
    case Field::NodeCount:
        job.nodeCount = parseCount(column, value, &bad);
        break;
    case Field::NodeList:
        job.nodeList = value;
        break;
    case Field::DurationS:
        metric(&metrics.durationS, 1.0);
        break;
    case Field::DurationMin:
        metric(&metrics.durationS, 60.0);
        break;
    case Field::DurationH:
        metric(&metrics.durationS, 3600.0);
        break;
    case Field::NodeTempAvgC:
        metric(&metrics.nodeTempAvgC, 1.0);
        break;
    case Field::NodeTempPeakC:
        metric(&metrics.nodeTempPeakC, 1.0);
        break;
    case Field::CpuFreqAvgMhz:
        metric(&metrics.cpuFreqAvgMhz, 1.0);
        break;
    case Field::CpuUtilPct:
        metric(&metrics.cpuUtilPct, 1.0);
        break;
    case Field::MemMb:
        metric(&metrics.memMb, 1.0);
        break;
    case Field::EnergyJ:
        metric(&metrics.energyJ, 1.0);
        break;
    case Field::EnergyKj:
        metric(&metrics.energyJ, 1e3);
        break;
    case Field::EnergyWh:
        metric(&metrics.energyJ, 3600.0);
        break;
    case Field::EnergyKwh:
        metric(&metrics.energyJ, kJoulesPerKWh);
        break;
    case Field::PowerAvgW:
        metric(&metrics.powerAvgW, 1.0);
        break;
    }
    return bad;
}

QString DatasetCsvColumns::parseRecord(const QStringList &fields, Job *job, JobMetrics *metrics, bool *hasMetrics,
                                       QList<std::pair<QString, double>> *features) const
{
    *hasMetrics = false;
    if (features)
        features->clear();
    QString bad;
    for (qsizetype i = 0; i < fields.size() && bad.isEmpty(); ++i) {
        if (!m_mapping[i] && m_features[i].isEmpty())
            continue;
        const QString value = fields[i].trimmed();
        if (value.isEmpty() || value.compare(u"NA", Qt::CaseInsensitive) == 0 ||
            value.compare(u"NaN", Qt::CaseInsensitive) == 0 || value.compare(u"null", Qt::CaseInsensitive) == 0)
            continue;
        if (!m_mapping[i]) {
            const auto number = parseNumber(m_header[i], value, &bad);
            if (number && features)
                features->append({m_features[i], *number});
            continue;
        }
        bad = applyField(*m_mapping[i], m_header[i], value, job, metrics, hasMetrics);
    }
    if (bad.isEmpty() && job->jobId.isEmpty())
        bad = tr("empty job id");
    if (!bad.isEmpty())
        return bad;
    if (metrics->durationS) {
        const auto elapsed = checked::roundToInt64(*metrics->durationS);
        if (!elapsed || std::abs(*elapsed) > checked::kMaxDurationS)
            return tr("duration %1 s is out of range").arg(*metrics->durationS);
        job->elapsedS = elapsed;
        if (job->startTs && !job->endTs) {
            job->endTs = checked::epochS(*job->startTs + *elapsed); // both in range: the sum cannot overflow
            if (!job->endTs)
                return tr("start %1 + duration %2 s is past the latest time accepted").arg(*job->startTs).arg(*elapsed);
        }
    }
    if (metrics->energyJ) {
        job->energyJ = metrics->energyJ;
        job->energySource = QStringLiteral("dataset");
        metrics->energySource = job->energySource;
        if (!metrics->powerAvgW && metrics->durationS && *metrics->durationS > 0)
            metrics->powerAvgW = *metrics->energyJ / *metrics->durationS;
    }
    return QString();
}

} // namespace es
