#include "SwfParser.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace es {
namespace {

constexpr int kFieldCount = 18;

QString tr(const char *text)
{
    return QCoreApplication::translate("SwfParser", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

std::optional<qint64> known(double value)
{
    if (value < 0)
        return std::nullopt; // -1 (and any negative) means unknown in SWF
    return qint64(std::llround(value));
}

QString numberText(double value)
{
    return value < 0 ? QString() : QString::number(qint64(std::llround(value)));
}

} // namespace

void SwfParser::parseComment(QByteArrayView line)
{
    QByteArrayView text = line.sliced(1).trimmed();
    m_header << QString::fromUtf8(text);
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return;
    const QByteArrayView key = text.first(colon).trimmed();
    const QByteArrayView value = text.sliced(colon + 1).trimmed();
    if (key == "UnixStartTime") {
        qint64 start = 0;
        const auto result = std::from_chars(value.data(), value.data() + value.size(), start);
        if (result.ec == std::errc())
            m_unixStartTime = start;
    } else if (key == "Computer") {
        m_computer = QString::fromUtf8(value);
    }
}

SwfParser::LineKind SwfParser::parseLine(QByteArrayView line, Job *job, QString *error)
{
    const char *p = line.data();
    const char *end = p + line.size();
    while (p < end && isSpace(*p))
        ++p;
    if (p == end)
        return LineKind::Blank;
    if (*p == ';') {
        parseComment(QByteArrayView(p, end));
        return LineKind::Comment;
    }

    double fields[kFieldCount];
    int count = 0;
    while (p < end) {
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            break;
        if (count == kFieldCount) {
            *error = tr("more than %1 fields").arg(kFieldCount);
            return LineKind::Error;
        }
        double value = 0;
        const auto result = std::from_chars(p, end, value);
        if (result.ec != std::errc() || (result.ptr < end && !isSpace(*result.ptr)) || !std::isfinite(value)) {
            const char *tokenEnd = p;
            while (tokenEnd < end && !isSpace(*tokenEnd))
                ++tokenEnd;
            *error = tr("field %1 is not a number: '%2'")
                         .arg(count + 1)
                         .arg(QString::fromUtf8(p, qMin<qsizetype>(tokenEnd - p, 40)));
            return LineKind::Error;
        }
        fields[count++] = value;
        p = result.ptr;
    }
    if (count != kFieldCount) {
        *error = tr("%1 fields, expected %2").arg(count).arg(kFieldCount);
        return LineKind::Error;
    }
    if (fields[0] < 0) {
        *error = tr("negative job number");
        return LineKind::Error;
    }

    const double submit = fields[1], wait = fields[2], run = fields[3], procs = fields[4], avgCpu = fields[5],
                 usedMemKb = fields[6], reqProcs = fields[7], reqTime = fields[8], reqMemKb = fields[9],
                 status = fields[10];
    const qint64 base = m_unixStartTime.value_or(0);

    *job = Job{};
    job->jobId = QString::number(qint64(std::llround(fields[0])));
    if (submit >= 0)
        job->submitTs = base + qint64(std::llround(submit));
    if (submit >= 0 && wait >= 0)
        job->startTs = *job->submitTs + qint64(std::llround(wait));
    if (job->startTs && run >= 0)
        job->endTs = *job->startTs + qint64(std::llround(run));
    job->elapsedS = known(run);
    job->allocCpus = known(procs);
    job->reqCpus = known(reqProcs);
    job->timelimitS = known(reqTime);
    if (avgCpu >= 0 && procs >= 0)
        job->totalCpuS = avgCpu * procs;
    if (usedMemKb >= 0 && procs >= 0)
        job->maxRssMb = usedMemKb / 1024.0; // SWF: average memory per processor, the closest to a per-task RSS
    const double memProcs = reqProcs >= 0 ? reqProcs : procs;
    if (reqMemKb >= 0 && memProcs >= 0)
        job->reqMemMb = reqMemKb * memProcs / 1024.0;
    switch (int(status)) {
    case 0:
        job->state = QStringLiteral("FAILED");
        break;
    case 1:
        job->state = QStringLiteral("COMPLETED");
        break;
    case 2:
        job->state = QStringLiteral("PARTIAL");
        break;
    case 3:
        job->state = QStringLiteral("COMPLETED");
        break;
    case 4:
        job->state = QStringLiteral("FAILED");
        break;
    case 5:
        job->state = QStringLiteral("CANCELLED");
        break;
    default:
        break;
    }
    job->user = numberText(fields[11]);
    job->group = numberText(fields[12]);
    job->executable = numberText(fields[13]);
    job->qos = numberText(fields[14]);
    job->partition = numberText(fields[15]);
    return LineKind::Record;
}

} // namespace es
