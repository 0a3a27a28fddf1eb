// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SacctParser.h"

#include "CheckedNumbers.h"
#include "SlurmUnits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace es {

enum class SacctParser::Field
{
    Ignored,
    JobID,
    JobIDRaw,
    JobName,
    User,
    Group,
    Account,
    Partition,
    QOS,
    State,
    ExitCode,
    Submit,
    Start,
    End,
    Elapsed,
    ElapsedRaw,
    Timelimit,
    TimelimitRaw,
    ReqCPUS,
    AllocCPUS,
    NNodes,
    NodeList,
    ReqMem,
    MaxRSS,
    TotalCPU,
    AveCPUFreq,
    ConsumedEnergy,
    ConsumedEnergyRaw,
    WorkDir,
};

namespace {

using Field = SacctParser::Field;

struct FieldName
{
    const char16_t *name;
    Field field;
    bool freeText;
};

// Names as sacct prints them in its header (matching is case-insensitive). Fields not listed are accepted and
// ignored when they look like sacct field names.
const FieldName kFieldNames[] = {
    {u"JobID", Field::JobID, false},
    {u"JobIDRaw", Field::JobIDRaw, false},
    {u"JobName", Field::JobName, true},
    {u"User", Field::User, false},
    {u"Group", Field::Group, false},
    {u"Account", Field::Account, false},
    {u"Partition", Field::Partition, false},
    {u"QOS", Field::QOS, false},
    {u"State", Field::State, false},
    {u"ExitCode", Field::ExitCode, false},
    {u"Submit", Field::Submit, false},
    {u"Start", Field::Start, false},
    {u"End", Field::End, false},
    {u"Elapsed", Field::Elapsed, false},
    {u"ElapsedRaw", Field::ElapsedRaw, false},
    {u"Timelimit", Field::Timelimit, false},
    {u"TimelimitRaw", Field::TimelimitRaw, false},
    {u"ReqCPUS", Field::ReqCPUS, false},
    {u"AllocCPUS", Field::AllocCPUS, false},
    {u"NCPUS", Field::AllocCPUS, false},
    {u"NNodes", Field::NNodes, false},
    {u"NodeList", Field::NodeList, false},
    {u"ReqMem", Field::ReqMem, false},
    {u"MaxRSS", Field::MaxRSS, false},
    {u"TotalCPU", Field::TotalCPU, false},
    {u"AveCPUFreq", Field::AveCPUFreq, false},
    {u"ConsumedEnergy", Field::ConsumedEnergy, false},
    {u"ConsumedEnergyRaw", Field::ConsumedEnergyRaw, false},
    {u"WorkDir", Field::WorkDir, true},
};

// Other free-text fields sacct can print: they may contain the delimiter too.
const char16_t *const kOtherFreeText[] = {u"Comment", u"SubmitLine",   u"Constraints",
                                          u"Reason",  u"AdminComment", u"SystemComment"};

const QHash<QString, FieldName> &fieldTable()
{
    static const QHash<QString, FieldName> table = [] {
        QHash<QString, FieldName> t;
        for (const FieldName &f : kFieldNames)
            t.insert(QString::fromUtf16(f.name).toLower(), f);
        for (const char16_t *name : kOtherFreeText)
            t.insert(QString::fromUtf16(name).toLower(), FieldName{name, Field::Ignored, true});
        return t;
    }();
    return table;
}

bool plausibleFieldName(QStringView name)
{
    if (name.isEmpty() || name.size() > 40 || !name.front().isLetter())
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_')
            return false;
    }
    return true;
}

/// A whole number in [0, max]; *outOfRange (and *malformed) for one with more than max.
std::optional<qint64> toCount(QStringView text, qint64 max, bool *malformed, bool *outOfRange)
{
    *malformed = false;
    text = text.trimmed();
    if (slurm::isNoValue(text))
        return std::nullopt;
    const auto value = slurm::boundedCount(text, max);
    if (!value) {
        *malformed = true;
        *outOfRange = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    }
    return value;
}

std::optional<int> toIntCount(QStringView text, bool *malformed, bool *outOfRange)
{
    const auto value = toCount(text, std::numeric_limits<int>::max(), malformed, outOfRange);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

/// Whole seconds of a duration parseDurationS accepted (at most checked::kMaxDurationS, so the rounding is exact).
std::optional<qint64> toSeconds(std::optional<double> seconds)
{
    return seconds ? checked::roundToInt64(*seconds) : std::nullopt;
}

QString shortened(QStringView text)
{
    return text.size() > 40 ? text.left(40).toString() + QStringLiteral("...") : text.toString();
}

} // namespace

SacctParser::SacctParser(QString delimiter, const QTimeZone &timeZone)
    : m_delimiter(std::move(delimiter)), m_timeZone(timeZone)
{
    if (m_delimiter.isEmpty())
        m_delimiter = QStringLiteral("|");
    m_utc = m_timeZone == QTimeZone::utc() || m_timeZone.id() == "UTC";
}

QStringList SacctParser::knownFields()
{
    QStringList names;
    for (const FieldName &f : kFieldNames)
        names << QString::fromUtf16(f.name);
    return names;
}

QString SacctParser::detectDelimiter(QStringView headerLine)
{
    const QString candidates[] = {QStringLiteral(";|;"), QStringLiteral("|"), QString(QChar(0x1f)),
                                  QStringLiteral("\t"),  QStringLiteral(";"), QStringLiteral(",")};
    for (const QString &candidate : candidates) {
        if (headerLine.contains(candidate))
            return candidate;
    }
    return QStringLiteral("|");
}

bool SacctParser::looksLikeHeader(QStringView line, QStringView delimiter)
{
    const auto names = line.split(delimiter);
    bool hasJobId = false;
    int known = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QStringView name = names[i].trimmed();
        if (name.isEmpty() && i == names.size() - 1 && i > 0)
            continue; // --parsable's trailing delimiter
        if (!plausibleFieldName(name))
            return false;
        hasJobId = hasJobId || name.compare(u"JobID", Qt::CaseInsensitive) == 0 ||
                   name.compare(u"JobIDRaw", Qt::CaseInsensitive) == 0;
        known += fieldTable().contains(name.toString().toLower()) ? 1 : 0;
    }
    // Without a JobID, three fields sacct knows (JobName, State, Elapsed...) make a header no record line would.
    return hasJobId || known >= 3;
}

bool SacctParser::parseHeader(QStringView line, QString *error)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (!looksLikeHeader(line, m_delimiter)) {
        *error = tr("not a sacct header line (expected field names such as JobID%1JobName%1State, with JobID)")
                     .arg(m_delimiter);
        return false;
    }
    QStringList names;
    for (QStringView name : line.split(m_delimiter))
        names << name.trimmed().toString();
    m_trailingDelimiter = names.size() > 1 && names.back().isEmpty();
    if (m_trailingDelimiter)
        names.removeLast();
    return setFields(names, error);
}

bool SacctParser::setFields(const QStringList &names, QString *error)
{
    m_fields.clear();
    m_fieldNames = names;
    m_freeTextIndex = -1;
    int freeTextCount = 0;
    bool hasJobId = false;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto it = fieldTable().constFind(names[i].toLower());
        const Field field = it == fieldTable().cend() ? Field::Ignored : it->field;
        if (it != fieldTable().cend() && it->freeText) {
            ++freeTextCount;
            m_freeTextIndex = int(i);
        }
        hasJobId = hasJobId || field == Field::JobID || field == Field::JobIDRaw;
        m_fields << field;
    }
    if (freeTextCount != 1)
        m_freeTextIndex = -1;
    m_synthesizeJobIds = !hasJobId;
    if (m_synthesizeJobIds && std::count(m_fields.cbegin(), m_fields.cend(), Field::Ignored) == m_fields.size()) {
        m_fields.clear();
        *error = tr("the field list has no JobID and no other field sacct writes");
        return false;
    }
    return true;
}

std::optional<qint64> SacctParser::timestamp(QStringView text, bool *malformed, bool *outOfRange) const
{
    const auto naive = slurm::parseTimestamp(text, 0, malformed, outOfRange);
    if (!naive || m_utc)
        return naive;
    bool isEpoch = true;
    for (const QChar c : text.trimmed())
        isEpoch = isEpoch && c.isDigit();
    if (isEpoch)
        return naive;
    const int offset = m_timeZone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(*naive, Qt::UTC));
    const auto utc = checked::epochS(*naive - offset);
    if (!utc)
        *malformed = *outOfRange = true;
    return utc;
}

SacctParser::LineKind SacctParser::parseLine(QStringView line, Job *job, JobStep *step, QString *error)
{
    if (line.endsWith(u'\n'))
        line.chop(1);
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return LineKind::Blank;
    if (m_fields.isEmpty()) {
        *error = tr("no header line before the first record (run sacct without --noheader, or give the fields)");
        return LineKind::Error;
    }
    if (m_trailingDelimiter && line.endsWith(m_delimiter))
        line.chop(1);
    QList<QStringView> &values = m_values;
    values.clear();
    for (qsizetype from = 0;;) {
        const qsizetype at = line.indexOf(m_delimiter, from);
        if (at < 0) {
            values.append(line.sliced(from));
            break;
        }
        values.append(line.sliced(from, at - from));
        from = at + m_delimiter.size();
    }
    const qsizetype expected = m_fields.size();
    if (values.size() > expected) {
        if (m_freeTextIndex < 0) {
            *error = tr("%1 fields, the header has %2").arg(values.size()).arg(expected);
            return LineKind::Error;
        }
        // Give the extra fields back to the free-text field: it contained the delimiter.
        const qsizetype extra = values.size() - expected;
        const QStringView first = values[m_freeTextIndex];
        const QStringView last = values[m_freeTextIndex + extra];
        const QStringView merged(first.data(), last.data() + last.size()); // spans the delimiters in between
        values.remove(m_freeTextIndex + 1, extra);
        values[m_freeTextIndex] = merged;
    } else if (values.size() < expected) {
        *error = tr("%1 fields, the header has %2").arg(values.size()).arg(expected);
        return LineKind::Error;
    }
    if (m_synthesizeJobIds)
        m_syntheticJobId =
            QStringLiteral("noid-") +
            QString::fromLatin1(QCryptographicHash::hash(line.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    bool isStep = false;
    if (!fillRecord(values, job, step, &isStep, error))
        return LineKind::Error;
    return isStep ? LineKind::Step : LineKind::Job;
}

/// The fields of one line that go to a job or a step, or combine with others (raw over formatted, per-CPU memory).
struct SacctParser::RecordValues
{
    std::optional<double> reqMem;
    bool reqMemPerCpu = false;
    bool reqMemPerNode = false;
    std::optional<double> energyScaled;
    std::optional<double> energyRaw;
    std::optional<qint64> elapsed;
    std::optional<qint64> elapsedRaw;
    std::optional<qint64> timelimit;
    std::optional<qint64> timelimitRaw;
    std::optional<int> allocCpus;
    std::optional<int> nodeCount;
    std::optional<double> maxRss;
    std::optional<double> totalCpu;
    std::optional<double> freq;
    std::optional<qint64> start;
    std::optional<qint64> end;
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    QString state;
};

void SacctParser::fillStep(const RecordValues &r, QStringView jobIdText, qsizetype dot, const Job &job, JobStep *step)
{
    step->jobId = jobIdText.left(dot).toString();
    step->stepId = jobIdText.mid(dot + 1).toString();
    step->state = r.state;
    step->exitCode = r.exitCode;
    step->exitSignal = r.exitSignal;
    step->startTs = r.start;
    step->endTs = r.end;
    step->elapsedS = r.elapsedRaw ? r.elapsedRaw : r.elapsed;
    step->allocCpus = r.allocCpus;
    step->nodeCount = r.nodeCount;
    step->nodeList = job.nodeList;
    step->maxRssMb = r.maxRss;
    step->totalCpuS = r.totalCpu;
    step->aveCpuFreqMhz = r.freq;
    step->energyJ = r.energyRaw ? r.energyRaw : r.energyScaled;
}

void SacctParser::fillJob(const RecordValues &r, QStringView jobIdText, QStringView jobIdRawText, Job *job)
{
    const std::optional<double> energy = r.energyRaw ? r.energyRaw : r.energyScaled;
    job->jobId = jobIdText.toString();
    if (!jobIdRawText.isEmpty() && jobIdRawText != jobIdText)
        job->jobIdRaw = jobIdRawText.toString();
    job->state = r.state;
    job->exitCode = r.exitCode;
    job->exitSignal = r.exitSignal;
    job->startTs = r.start;
    job->endTs = r.end;
    job->elapsedS = r.elapsedRaw ? r.elapsedRaw : r.elapsed;
    job->timelimitS = r.timelimitRaw ? r.timelimitRaw : r.timelimit;
    job->allocCpus = r.allocCpus;
    job->nodeCount = r.nodeCount;
    job->maxRssMb = r.maxRss;
    job->totalCpuS = r.totalCpu;
    job->aveCpuFreqMhz = r.freq;
    job->energyJ = energy;
    if (energy)
        job->energySource = QStringLiteral("slurm");
    if (r.reqMem) {
        if (r.reqMemPerCpu)
            job->reqMemMb = *r.reqMem * r.allocCpus.value_or(job->reqCpus.value_or(1));
        else if (r.reqMemPerNode)
            job->reqMemMb = *r.reqMem * r.nodeCount.value_or(1);
        else
            job->reqMemMb = r.reqMem;
    }
}

bool SacctParser::readJobId(const QList<QStringView> &values, QStringView *jobIdTextOut, QStringView *jobIdRawTextOut,
                            qsizetype *dotOut, QString *error) const
{
    QStringView &jobIdText = *jobIdTextOut;
    QStringView &jobIdRawText = *jobIdRawTextOut;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (m_fields[i] == Field::JobID)
            jobIdText = values[i].trimmed();
        else if (m_fields[i] == Field::JobIDRaw)
            jobIdRawText = values[i].trimmed();
    }
    if (jobIdText.isEmpty())
        jobIdText = jobIdRawText;
    if (m_synthesizeJobIds)
        jobIdText = m_syntheticJobId;
    if (jobIdText.isEmpty()) {
        *error = tr("empty JobID");
        return false;
    }
    for (const QChar c : jobIdText) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'+' || c == u'[' || c == u']' || c == u'-' ||
              c == u'%' || c == u',')) {
            *error = tr("invalid JobID '%1'").arg(shortened(jobIdText));
            return false;
        }
    }
    const qsizetype dot = jobIdText.indexOf(u'.');
    *dotOut = dot;
    if (dot == 0 || (dot > 0 && dot == jobIdText.size() - 1)) {
        *error = tr("invalid JobID '%1'").arg(shortened(jobIdText));
        return false;
    }
    return true;
}

bool SacctParser::readField(qsizetype i, QStringView value, Job *job, JobStep *step, RecordValues *record,
                            bool *outOfRangeOut) const
{
    bool malformed = false;
    bool &outOfRange = *outOfRangeOut;
    outOfRange = false;
    switch (m_fields[i]) {
    case Field::Ignored:
    case Field::JobID:
    case Field::JobIDRaw:
        break;
    case Field::JobName:
        job->name = value.toString();
        step->name = job->name;
        break;
    case Field::User:
        job->user = value.trimmed().toString();
        break;
    case Field::Group:
        job->group = value.trimmed().toString();
        break;
    case Field::Account:
        job->account = value.trimmed().toString();
        break;
    case Field::Partition:
        job->partition = value.trimmed().toString();
        break;
    case Field::QOS:
        job->qos = value.trimmed().toString();
        break;
    case Field::State:
        record->state = slurm::normalizeState(value);
        break;
    case Field::ExitCode:
        if (!slurm::parseExitCode(value, &record->exitCode, &record->exitSignal))
            malformed = true;
        break;
    case Field::Submit:
        job->submitTs = timestamp(value, &malformed, &outOfRange);
        break;
    case Field::Start:
        record->start = timestamp(value, &malformed, &outOfRange);
        break;
    case Field::End:
        record->end = timestamp(value, &malformed, &outOfRange);
        break;
    case Field::Elapsed:
        record->elapsed = toSeconds(slurm::parseDurationS(value, &malformed, &outOfRange));
        break;
    case Field::ElapsedRaw: {
        record->elapsedRaw = toCount(value, checked::kMaxDurationS, &malformed, &outOfRange);
        break;
    }
    case Field::Timelimit:
        record->timelimit = toSeconds(slurm::parseDurationS(value, &malformed, &outOfRange));
        break;
    case Field::TimelimitRaw: {
        const auto minutes = toCount(value, checked::kMaxDurationS / 60, &malformed, &outOfRange);
        if (minutes)
            record->timelimitRaw = *minutes * 60;
        break;
    }
    case Field::ReqCPUS:
        job->reqCpus = toIntCount(value, &malformed, &outOfRange);
        break;
    case Field::AllocCPUS:
        record->allocCpus = toIntCount(value, &malformed, &outOfRange);
        break;
    case Field::NNodes:
        record->nodeCount = toIntCount(value, &malformed, &outOfRange);
        break;
    case Field::NodeList:
        job->nodeList = slurm::isNoValue(value) ? QString() : value.toString();
        break;
    case Field::ReqMem:
        record->reqMem =
            slurm::parseMemoryMb(value, &malformed, &record->reqMemPerCpu, &record->reqMemPerNode, &outOfRange);
        break;
    case Field::MaxRSS:
        record->maxRss = slurm::parseMemoryMb(value, &malformed, nullptr, nullptr, &outOfRange);
        break;
    case Field::TotalCPU:
        record->totalCpu = slurm::parseDurationS(value, &malformed, &outOfRange);
        break;
    case Field::AveCPUFreq:
        record->freq = slurm::parseFrequencyMhz(value, &malformed, &outOfRange);
        break;
    case Field::ConsumedEnergy:
        record->energyScaled = slurm::parseScaledNumber(value, &malformed, &outOfRange);
        break;
    case Field::ConsumedEnergyRaw:
        record->energyRaw = slurm::parseScaledNumber(value, &malformed, &outOfRange);
        break;
    case Field::WorkDir:
        job->workDir = value.toString();
        break;
    }
    return !malformed;
}

bool SacctParser::fillRecord(const QList<QStringView> &values, Job *job, JobStep *step, bool *isStep, QString *error)
{
    *job = Job{};
    *step = JobStep{};
    QStringView jobIdText;
    QStringView jobIdRawText;
    qsizetype dot = -1;
    if (!readJobId(values, &jobIdText, &jobIdRawText, &dot, error))
        return false;
    *isStep = dot > 0;
    RecordValues record;
    for (qsizetype i = 0; i < values.size(); ++i) {
        bool outOfRange = false;
        if (!readField(i, values[i], job, step, &record, &outOfRange)) {
            *error = outOfRange ? tr("field %1: '%2' is out of range").arg(m_fieldNames[i], shortened(values[i]))
                                : tr("field %1: cannot read '%2'").arg(m_fieldNames[i], shortened(values[i]));
            return false;
        }
    }
    if (*isStep)
        fillStep(record, jobIdText, dot, *job, step);
    else
        fillJob(record, jobIdText, jobIdRawText, job);
    if (job->reqMemMb && !std::isfinite(*job->reqMemMb)) {
        *error = tr("field ReqMem: %1 MiB per CPU or node times the count is out of range").arg(*record.reqMem);
        return false;
    }
    return true;
}

} // namespace es
