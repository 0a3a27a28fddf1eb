// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SlurmUnits.h"

#include "CheckedNumbers.h"

#include <QList>

#include <charconv>
#include <cmath>

namespace es::slurm {
namespace {

void setFlag(bool *flag, bool value)
{
    if (flag)
        *flag = value;
}

/// Malformed text, or a well-formed number out of range: both flags set for the latter.
void setRangeError(bool *malformed, bool *outOfRange)
{
    setFlag(malformed, true);
    setFlag(outOfRange, true);
}

// Hand-rolled number reading: QStringView::toDouble/toLongLong go through the locale machinery and were a third
// of a sacct import's time. A number too large for a double sets *outOfRange.
std::optional<double> toDouble(QStringView text, bool *outOfRange = nullptr)
{
    char buffer[64];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buffer[i] = char(c);
    }
    const char *begin = buffer;
    const char *end = buffer + text.size();
    if (*begin == '+')
        ++begin;
    double value = 0;
    const auto result = std::from_chars(begin, end, value);
    if (result.ec == std::errc::result_out_of_range && result.ptr == end) {
        // from_chars says out of range for underflow too (and leaves value as it was): only overflow is an error.
        // Under 64 characters, only an exponent over- or underflows, and it underflows when it is negative.
        if (QByteArrayView(begin, end).contains("e-") || QByteArrayView(begin, end).contains("E-"))
            return 0.0;
        setFlag(outOfRange, true);
        return std::nullopt;
    }
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// Digits only, up to 18 of them (so any sum of a few such values times 86400 fits a qint64); more digits set
/// *outOfRange.
std::optional<qint64> toInt(QStringView text, bool *outOfRange = nullptr)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        if (text.size() <= 18)
            value = value * 10 + (u - u'0'); // past 18 digits only the check that all are digits goes on
    }
    if (text.size() > 18) {
        setFlag(outOfRange, true);
        return std::nullopt;
    }
    return value;
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); -1 < month/day checks.

} // namespace

std::optional<qint64> daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return std::nullopt;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return std::nullopt;
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<qint64> boundedCount(QStringView text, qint64 max)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

bool isNoValue(QStringView text)
{
    if (text.isEmpty())
        return true;
    const char16_t first = text.front().unicode();
    if (first != u'U' && first != u'N' && first != u'P' && first != u'I' && first != u'(')
        return false; // the common case, a value: one comparison
    return text == u"Unknown" || text == u"None" || text == u"UNLIMITED" || text == u"Partition_Limit" ||
           text == u"INVALID" || text == u"N/A" || text == u"(null)";
}

std::optional<double> parseDurationS(QStringView text, bool *malformed, bool *outOfRange)
{
    setFlag(malformed, false);
    setFlag(outOfRange, false);
    text = text.trimmed();
    if (isNoValue(text))
        return std::nullopt;

    bool tooLarge = false;
    auto fail = [&] {
        setFlag(malformed, true);
        setFlag(outOfRange, tooLarge);
        return std::nullopt;
    };
    std::optional<qint64> days;
    const qsizetype dash = text.indexOf(u'-');
    if (dash >= 0) {
        days = toInt(text.left(dash), &tooLarge);
        if (!days)
            return fail();
        text = text.mid(dash + 1);
    }

    double fraction = 0.0;
    const qsizetype dot = text.indexOf(u'.');
    if (dot >= 0) {
        const auto frac = toInt(text.mid(dot + 1));
        const auto fracDigits = text.size() - dot - 1;
        if (!frac || fracDigits > 9)
            return fail();
        fraction = double(*frac) / std::pow(10.0, double(fracDigits));
        text = text.left(dot);
    }

    qint64 parts[3] = {0, 0, 0};
    int count = 0;
    for (QStringView piece : text.split(u':')) {
        const auto value = count < 3 ? toInt(piece, &tooLarge) : std::nullopt;
        if (!value)
            return fail();
        parts[count++] = *value;
    }

    // Every part has at most 18 digits (under 10^18), so these sums cannot overflow before the range check.
    const __int128 d = days.value_or(0), p0 = parts[0], p1 = parts[1], p2 = parts[2];
    __int128 seconds = 0;
    if (days) {
        // D-HH, D-HH:MM, D-HH:MM:SS
        seconds = d * 86400 + p0 * 3600 + p1 * 60 + p2;
    } else if (count == 3) {
        seconds = p0 * 3600 + p1 * 60 + p2;
    } else if (count == 2) {
        seconds = p0 * 60 + p1;
    } else if (dot >= 0) {
        seconds = p0; // "12.345": plain seconds with a fraction
    } else {
        seconds = p0 * 60; // a bare number is minutes in Slurm's time syntax
    }
    if (seconds > checked::kMaxDurationS) {
        tooLarge = true;
        return fail();
    }
    return double(qint64(seconds)) + fraction;
}

std::optional<double> parseMemoryMb(QStringView text, bool *malformed, bool *perCpu, bool *perNode, bool *outOfRange)
{
    setFlag(malformed, false);
    setFlag(outOfRange, false);
    setFlag(perCpu, false);
    setFlag(perNode, false);
    text = text.trimmed();
    if (isNoValue(text))
        return std::nullopt;

    QChar last = text.back();
    if (last == u'c' || last == u'n') {
        setFlag(perCpu, last == u'c');
        setFlag(perNode, last == u'n');
        text.chop(1);
        if (text.isEmpty()) {
            setFlag(malformed, true);
            return std::nullopt;
        }
        last = text.back();
    }
    double bytesPerUnit = 1.0;
    switch (last.toUpper().unicode()) {
    case u'K':
        bytesPerUnit = 1024.0;
        break;
    case u'M':
        bytesPerUnit = 1024.0 * 1024.0;
        break;
    case u'G':
        bytesPerUnit = 1024.0 * 1024.0 * 1024.0;
        break;
    case u'T':
        bytesPerUnit = 1024.0 * 1024.0 * 1024.0 * 1024.0;
        break;
    case u'P':
        bytesPerUnit = 1024.0 * 1024.0 * 1024.0 * 1024.0 * 1024.0;
        break;
    default:
        break;
    }
    if (bytesPerUnit != 1.0)
        text.chop(1);
    bool tooLarge = false;
    const auto value = toDouble(text, &tooLarge);
    const double mb = value ? *value * bytesPerUnit / (1024.0 * 1024.0) : 0.0;
    if (tooLarge || !std::isfinite(mb)) {
        setRangeError(malformed, outOfRange);
        return std::nullopt;
    }
    if (!value || *value < 0) {
        setFlag(malformed, true);
        return std::nullopt;
    }
    return mb;
}

std::optional<double> parseFrequencyMhz(QStringView text, bool *malformed, bool *outOfRange)
{
    setFlag(malformed, false);
    setFlag(outOfRange, false);
    text = text.trimmed();
    if (isNoValue(text))
        return std::nullopt;
    double mhzPerUnit = 0.001; // bare number: kHz
    switch (text.back().toUpper().unicode()) {
    case u'K':
        mhzPerUnit = 0.001;
        text.chop(1);
        break;
    case u'M':
        mhzPerUnit = 1.0;
        text.chop(1);
        break;
    case u'G':
        mhzPerUnit = 1000.0;
        text.chop(1);
        break;
    default:
        break;
    }
    bool tooLarge = false;
    const auto value = toDouble(text, &tooLarge);
    if (tooLarge || (value && !std::isfinite(*value * mhzPerUnit))) {
        setRangeError(malformed, outOfRange);
        return std::nullopt;
    }
    if (!value || *value < 0) {
        setFlag(malformed, true);
        return std::nullopt;
    }
    return *value * mhzPerUnit;
}

std::optional<double> parseScaledNumber(QStringView text, bool *malformed, bool *outOfRange)
{
    setFlag(malformed, false);
    setFlag(outOfRange, false);
    text = text.trimmed();
    if (isNoValue(text))
        return std::nullopt;
    double scale = 1.0;
    switch (text.back().toUpper().unicode()) {
    case u'K':
        scale = 1e3;
        text.chop(1);
        break;
    case u'M':
        scale = 1e6;
        text.chop(1);
        break;
    case u'G':
        scale = 1e9;
        text.chop(1);
        break;
    case u'T':
        scale = 1e12;
        text.chop(1);
        break;
    default:
        break;
    }
    bool tooLarge = false;
    const auto value = toDouble(text, &tooLarge);
    if (tooLarge || (value && !std::isfinite(*value * scale))) {
        setRangeError(malformed, outOfRange);
        return std::nullopt;
    }
    if (!value) {
        setFlag(malformed, true);
        return std::nullopt;
    }
    return *value * scale;
}

std::optional<qint64> parseTimestamp(QStringView text, qint64 utcOffsetS, bool *malformed, bool *outOfRange)
{
    setFlag(malformed, false);
    setFlag(outOfRange, false);
    text = text.trimmed();
    if (isNoValue(text))
        return std::nullopt;
    bool tooLarge = false;
    const auto epoch = toInt(text, &tooLarge);
    if (tooLarge || (epoch && !checked::isEpochS(*epoch))) {
        setRangeError(malformed, outOfRange);
        return std::nullopt;
    }
    if (epoch)
        return *epoch; // SLURM_TIME_FORMAT=%s prints epoch seconds, already UTC
    // YYYY-MM-DDTHH:MM:SS
    if (text.size() != 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u' ') ||
        text[13] != u':' || text[16] != u':') {
        setFlag(malformed, true);
        return std::nullopt;
    }
    const auto year = toInt(text.mid(0, 4));
    const auto month = toInt(text.mid(5, 2));
    const auto day = toInt(text.mid(8, 2));
    const auto hour = toInt(text.mid(11, 2));
    const auto minute = toInt(text.mid(14, 2));
    const auto second = toInt(text.mid(17, 2));
    if (!year || !month || !day || !hour || !minute || !second) {
        setFlag(malformed, true);
        return std::nullopt;
    }
    const auto days = daysFromCivil(*year, *month, *day);
    if (!days || *hour > 23 || *minute > 59 || *second > 60) {
        setFlag(malformed, true);
        return std::nullopt;
    }
    const qint64 ts = *days * 86400 + *hour * 3600 + *minute * 60 + *second;
    const auto utc = checked::add(ts, -utcOffsetS); // a year 0000 or 9999 time shifted by its zone may leave the range
    if (!checked::epochS(utc)) {
        setRangeError(malformed, outOfRange);
        return std::nullopt;
    }
    return utc;
}

bool parseExitCode(QStringView text, std::optional<int> *exitCode, std::optional<int> *signal)
{
    *exitCode = std::nullopt;
    *signal = std::nullopt;
    text = text.trimmed();
    if (isNoValue(text))
        return true;
    const qsizetype colon = text.indexOf(u':');
    const QStringView codeText = colon >= 0 ? text.left(colon) : text;
    const QStringView signalText = colon >= 0 ? text.mid(colon + 1) : QStringView();
    if (!codeText.isEmpty()) {
        const auto code = toInt(codeText);
        if (!code || *code > 255)
            return false;
        *exitCode = int(*code);
    }
    if (!signalText.isEmpty()) {
        const auto sig = toInt(signalText);
        if (!sig || *sig > 255)
            return false;
        *signal = int(*sig);
    }
    return true;
}

QString normalizeState(QStringView text)
{
    text = text.trimmed();
    const qsizetype space = text.indexOf(u' ');
    return (space >= 0 ? text.left(space) : text).toString();
}

} // namespace es::slurm
