// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SwfParser.h"

#include "CheckedNumbers.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace es {
namespace {

constexpr int kFieldCount = 18;

// The SWF field names (Parallel Workloads Archive), for messages.
const char *const kFieldNames[kFieldCount] = {QT_TRANSLATE_NOOP("es::SwfParser", "job number"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "submit time"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "wait time"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "run time"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "allocated processors"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "average CPU time"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "used memory"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "requested processors"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "requested time"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "requested memory"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "status"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "user id"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "group id"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "executable number"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "queue number"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "partition number"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "preceding job number"),
                                              QT_TRANSLATE_NOOP("es::SwfParser", "think time")};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/// One line's fields: the numbers, exactly for integers (a double would round job numbers over 2^53), and the text
/// they were read from (for messages).
struct Fields
{
    double values[kFieldCount];
    std::optional<qint64> integers[kFieldCount];
    QByteArrayView texts[kFieldCount];
};

QString outOfRange(const Fields &f, int i)
{
    return SwfParser::tr("field %1 (%2): '%3' is out of range")
        .arg(i + 1)
        .arg(SwfParser::tr(kFieldNames[i]))
        .arg(QString::fromUtf8(f.texts[i].first(qMin<qsizetype>(f.texts[i].size(), 40))));
}

/// Field i as a whole number in [0, max], unset when negative (SWF's unknown); false with *error when over max.
bool count(const Fields &f, int i, qint64 max, std::optional<qint64> *out, QString *error)
{
    out->reset();
    if (f.values[i] < 0)
        return true;
    const auto value = f.integers[i] ? f.integers[i] : checked::roundToInt64(f.values[i]);
    if (!value || *value > max) {
        *error = outOfRange(f, i);
        return false;
    }
    *out = value;
    return true;
}

/// Splits a record line into its 18 numbers; false with *error.
bool splitFields(const char *p, const char *end, Fields *f, QString *error)
{
    int count = 0;
    while (p < end) {
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            break;
        if (count == kFieldCount) {
            *error = SwfParser::tr("more than %1 fields").arg(kFieldCount);
            return false;
        }
        const char *tokenEnd = p;
        while (tokenEnd < end && !isSpace(*tokenEnd))
            ++tokenEnd;
        const QByteArrayView token(p, tokenEnd);
        qint64 integer = 0;
        const auto asInteger = std::from_chars(p, tokenEnd, integer);
        f->integers[count].reset();
        if (asInteger.ptr == tokenEnd && asInteger.ec == std::errc())
            f->integers[count] = integer;
        double value = 0;
        const auto result = std::from_chars(p, end, value);
        if ((asInteger.ptr == tokenEnd && asInteger.ec == std::errc::result_out_of_range) ||
            (result.ec == std::errc::result_out_of_range && result.ptr == tokenEnd)) {
            f->texts[count] = token;
            *error = outOfRange(*f, count);
            return false;
        }
        if (result.ec != std::errc() || result.ptr != tokenEnd || !std::isfinite(value)) {
            *error = SwfParser::tr("field %1 is not a number: '%2' (%3)")
                         .arg(count + 1)
                         .arg(QString::fromUtf8(token.first(qMin<qsizetype>(token.size(), 40))))
                         .arg(SwfParser::tr(kFieldNames[count]));
            return false;
        }
        f->values[count] = value;
        f->texts[count] = token;
        ++count;
        p = tokenEnd;
    }
    if (count != kFieldCount) {
        *error = SwfParser::tr("%1 fields, expected %2").arg(count).arg(kFieldCount);
        return false;
    }
    return true;
}

QString stateOfStatus(qint64 status)
{
    switch (status) {
    case 0:
    case 4:
        return QStringLiteral("FAILED");
    case 1:
    case 3:
        return QStringLiteral("COMPLETED");
    case 2:
        return QStringLiteral("PARTIAL");
    case 5:
        return QStringLiteral("CANCELLED");
    default:
        return QString();
    }
}

/// The job of a record line's numbers; `base` is the trace's UnixStartTime (0 without one). False with *error.
bool fillJob(const Fields &f, qint64 base, Job *job, QString *error)
{
    constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
    constexpr qint64 kMaxCpus = std::numeric_limits<int>::max();
    std::optional<qint64> id, submit, wait, run, procs, reqProcs, reqTime, status, numbers[5];
    if (!count(f, 0, kMaxId, &id, error) || !count(f, 1, checked::kMaxDurationS, &submit, error) ||
        !count(f, 2, checked::kMaxDurationS, &wait, error) || !count(f, 3, checked::kMaxDurationS, &run, error) ||
        !count(f, 4, kMaxCpus, &procs, error) || !count(f, 7, kMaxCpus, &reqProcs, error) ||
        !count(f, 8, checked::kMaxDurationS, &reqTime, error) || !count(f, 10, kMaxId, &status, error))
        return false;
    for (int i = 0; i < 5; ++i) {
        if (!count(f, 11 + i, kMaxId, &numbers[i], error))
            return false;
    }
    QString bad;
    // Each sum is checked against the accepted instants: a trace whose times run past year 9999 is refused.
    auto instant = [&](std::optional<qint64> from, std::optional<qint64> offset, int field) {
        const auto ts = from && offset ? checked::add(*from, *offset) : std::nullopt;
        if (from && offset && !checked::epochS(ts) && bad.isEmpty())
            bad = SwfParser::tr("field %1 (%2): %3 + %4 is past the latest time accepted")
                      .arg(field + 1)
                      .arg(SwfParser::tr(kFieldNames[field]))
                      .arg(*from)
                      .arg(*offset);
        return checked::epochS(ts);
    };
    job->jobId = QString::number(*id);
    job->submitTs = instant(base, submit, 1);
    job->startTs = instant(job->submitTs, wait, 2);
    job->endTs = instant(job->startTs, run, 3);
    if (!bad.isEmpty()) {
        *error = bad;
        return false;
    }
    job->elapsedS = run;
    job->allocCpus = procs ? std::optional<int>(int(*procs)) : std::nullopt;
    job->reqCpus = reqProcs ? std::optional<int>(int(*reqProcs)) : std::nullopt;
    job->timelimitS = reqTime;
    const double avgCpu = f.values[5], usedMemKb = f.values[6], reqMemKb = f.values[9];
    if (avgCpu >= 0 && procs)
        job->totalCpuS = avgCpu * double(*procs);
    if (usedMemKb >= 0 && procs)
        job->maxRssMb = usedMemKb / 1024.0; // SWF: average memory per processor, the closest to a per-task RSS
    const std::optional<qint64> memProcs = reqProcs ? reqProcs : procs;
    if (reqMemKb >= 0 && memProcs)
        job->reqMemMb = reqMemKb * double(*memProcs) / 1024.0;
    if (job->totalCpuS && !std::isfinite(*job->totalCpuS)) {
        *error = SwfParser::tr("field 6 (average CPU time) x processors is out of range");
        return false;
    }
    if (job->reqMemMb && !std::isfinite(*job->reqMemMb)) {
        *error = SwfParser::tr("field 10 (requested memory) x processors is out of range");
        return false;
    }
    job->state = status ? stateOfStatus(*status) : QString();
    QString *texts[5] = {&job->user, &job->group, &job->executable, &job->qos, &job->partition};
    for (int i = 0; i < 5; ++i)
        *texts[i] = numbers[i] ? QString::number(*numbers[i]) : QString();
    return true;
}

} // namespace

QString SwfParser::parseComment(QByteArrayView line)
{
    QByteArrayView text = line.sliced(1).trimmed();
    m_header << QString::fromUtf8(text);
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return QString();
    const QByteArrayView key = text.first(colon).trimmed();
    const QByteArrayView value = text.sliced(colon + 1).trimmed();
    if (key == "UnixStartTime") {
        qint64 start = 0;
        const auto result = std::from_chars(value.data(), value.data() + value.size(), start);
        const bool whole = result.ec == std::errc() && result.ptr == value.data() + value.size();
        if (!whole || !checked::isEpochS(start))
            return tr("UnixStartTime '%1' is not a time in range")
                .arg(QString::fromUtf8(value.first(qMin<qsizetype>(value.size(), 40))));
        m_unixStartTime = start;
    } else if (key == "Computer") {
        m_computer = QString::fromUtf8(value);
    }
    return QString();
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
        const QString bad = parseComment(QByteArrayView(p, end));
        if (!bad.isEmpty()) {
            *error = bad;
            return LineKind::Error;
        }
        return LineKind::Comment;
    }
    Fields f;
    if (!splitFields(p, end, &f, error))
        return LineKind::Error;
    if (f.values[0] < 0) {
        *error = tr("negative job number");
        return LineKind::Error;
    }
    *job = Job{};
    return fillJob(f, m_unixStartTime.value_or(0), job, error) ? LineKind::Record : LineKind::Error;
}

} // namespace es
