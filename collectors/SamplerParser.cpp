// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerParser.h"

#include "CheckedNumbers.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace es {
namespace {

QString shown(QStringView text)
{
    return text.left(40).toString();
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// A plain decimal number: -?D+(.D+)?([eE][+-]?D+)? (no "nan", "inf", hex or locale separators).
std::optional<double> number(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && isDigit(text[i]))
            ++i;
        return i > start;
    };
    if (i < n && text[i] == u'-')
        ++i;
    if (!digits())
        return std::nullopt;
    if (i < n && text[i] == u'.') {
        ++i;
        if (!digits())
            return std::nullopt;
    }
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (!digits())
            return std::nullopt;
    }
    if (i != n)
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> integer(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (!isDigit(c))
            return std::nullopt;
    }
    return text.toLongLong();
}

/// QUANTITY_UNIT: [a-z][a-z0-9_]*
bool isQuantity(QStringView text)
{
    if (text.isEmpty() || text[0] < u'a' || text[0] > u'z')
        return false;
    for (const QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || isDigit(c) || c == u'_'))
            return false;
    }
    return true;
}

/// SENSOR: [A-Za-z0-9_.:+-]+
bool isSensor(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isDigit(c) || c == u'_' || c == u'.' ||
                        c == u':' || c == u'+' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

using Field = std::optional<double> NodeSampleRecord::*;

struct KnownKey
{
    const char16_t *key;
    Field field;
};

// Node-level keys of v1 (docs/sampler-format.md).
constexpr KnownKey knownKeys[] = {
    {u"dt_s", &NodeSampleRecord::intervalS},
    {u"cpu_util_pct", &NodeSampleRecord::cpuUtilPct},
    {u"iowait_pct", &NodeSampleRecord::iowaitPct},
    {u"steal_pct", &NodeSampleRecord::stealPct},
    {u"load1", &NodeSampleRecord::load1},
    {u"load5", &NodeSampleRecord::load5},
    {u"load15", &NodeSampleRecord::load15},
    {u"mem_total_mb", &NodeSampleRecord::memTotalMb},
    {u"mem_used_mb", &NodeSampleRecord::memUsedMb},
    {u"freq_avg_mhz", &NodeSampleRecord::freqAvgMhz},
    {u"freq_max_mhz", &NodeSampleRecord::freqMaxMhz},
    {u"power_w.rapl", &NodeSampleRecord::powerRaplW},
    {u"energy_j.rapl", &NodeSampleRecord::energyRaplJ},
    {u"power_w.cray", &NodeSampleRecord::powerCrayW},
    {u"energy_j.cray", &NodeSampleRecord::energyCrayJ},
    {u"power_w.ipmi", &NodeSampleRecord::powerIpmiW},
    {u"disk_read_b", &NodeSampleRecord::diskReadBytes},
    {u"disk_write_b", &NodeSampleRecord::diskWriteBytes},
    {u"net_rx_b", &NodeSampleRecord::netRxBytes},
    {u"net_tx_b", &NodeSampleRecord::netTxBytes},
};

void store(NodeSampleRecord *record, QStringView key, double value)
{
    for (const KnownKey &known : knownKeys) {
        if (key == QStringView(known.key)) {
            record->*(known.field) = value;
            return;
        }
    }
    const qsizetype dot = key.indexOf(u'.');
    if (dot > 0) {
        const QStringView quantity = key.left(dot);
        const QString sensor = key.sliced(dot + 1).toString();
        if (quantity == u"temp_c") {
            record->temperaturesC.insert(sensor, value);
            return;
        }
        if (quantity == u"power_w") {
            record->powersW.insert(sensor, value);
            return;
        }
        if (quantity == u"energy_j") {
            record->energiesJ.insert(sensor, value);
            return;
        }
        if (quantity == u"util_pct") {
            record->utilizationsPct.insert(sensor, value);
            return;
        }
    }
    record->other.insert(key.toString(), value);
}

bool parseSample(QStringView line, NodeSampleRecord *record, QString *error)
{
    const QList<QStringView> tokens = line.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.last() != u"$") {
        *error = SamplerParser::tr("truncated sample line (a complete one ends with \" $\")");
        return false;
    }
    if (tokens.size() < 3) {
        *error = SamplerParser::tr("sample line without a timestamp");
        return false;
    }
    const auto ts = integer(tokens[1]);
    if (ts && !checked::isEpochS(*ts)) {
        *error = SamplerParser::tr("sample timestamp %1 is out of range").arg(shown(tokens[1]));
        return false;
    }
    if (!ts) {
        *error = SamplerParser::tr("sample timestamp is not a whole number of seconds: '%1'").arg(shown(tokens[1]));
        return false;
    }
    record->tsEpochS = *ts;
    QSet<QStringView> seen;
    for (qsizetype i = 2; i + 1 < tokens.size(); ++i) {
        const QStringView token = tokens[i];
        const qsizetype eq = token.indexOf(u'=');
        if (eq <= 0) {
            *error = SamplerParser::tr("not a key=value field: '%1'").arg(shown(token));
            return false;
        }
        const QStringView key = token.left(eq);
        const qsizetype dot = key.indexOf(u'.');
        const bool keyOk = dot < 0 ? isQuantity(key) : isQuantity(key.left(dot)) && isSensor(key.sliced(dot + 1));
        if (!keyOk) {
            *error = SamplerParser::tr("malformed key: '%1'").arg(shown(key));
            return false;
        }
        const auto value = number(token.sliced(eq + 1));
        if (!value) {
            *error = SamplerParser::tr("%1: not a number: '%2'").arg(shown(key), shown(token.sliced(eq + 1)));
            return false;
        }
        if (seen.contains(key)) {
            *error = SamplerParser::tr("%1: given twice").arg(shown(key));
            return false;
        }
        seen.insert(key);
        store(record, key, *value);
    }
    return true;
}

bool parseHeader(QStringView line, SamplerHeader *header, QString *error)
{
    const QList<QStringView> tokens = line.split(u' ', Qt::SkipEmptyParts);
    // tokens[0] is "#es-sampler"
    if (tokens.size() < 2 || !tokens[1].startsWith(u'v')) {
        *error = SamplerParser::tr("es-sampler header without a version (expected \"#es-sampler v1 ...\")");
        return false;
    }
    const QStringView version = tokens[1].sliced(1);
    const qsizetype dot = version.indexOf(u'.');
    const auto major = integer(dot < 0 ? version : version.left(dot));
    const auto minor = dot < 0 ? std::optional<qint64>(0) : integer(version.sliced(dot + 1));
    if (!major || !minor || *major > 9999 || *minor > 9999) {
        *error = SamplerParser::tr("es-sampler header with a malformed version: '%1'").arg(shown(tokens[1]));
        return false;
    }
    if (*major != SamplerParser::SupportedMajorVersion) {
        *error =
            SamplerParser::tr("es-sampler format v%1 is not supported: this version of Energy Studio reads v%2 only "
                              "(use the sampler script installed with it)")
                .arg(*major)
                .arg(SamplerParser::SupportedMajorVersion);
        return false;
    }
    header->versionMajor = int(*major);
    header->versionMinor = int(*minor);
    for (qsizetype i = 2; i < tokens.size(); ++i) {
        const qsizetype eq = tokens[i].indexOf(u'=');
        if (eq <= 0) {
            *error = SamplerParser::tr("header: not a key=value field: '%1'").arg(shown(tokens[i]));
            return false;
        }
        const QStringView key = tokens[i].left(eq);
        const QStringView value = tokens[i].sliced(eq + 1);
        bool bad = false;
        if (key == u"host") {
            header->host = value.toString();
        } else if (key == u"interval") {
            header->intervalS = number(value);
            bad = !header->intervalS || *header->intervalS <= 0;
        } else if (key == u"start") {
            header->startEpochS = checked::epochS(integer(value));
            bad = !header->startEpochS;
        } else if (key == u"ncpu") {
            const auto cpus = integer(value);
            bad = !cpus || *cpus > 1000000;
            if (!bad)
                header->cpus = int(*cpus);
        } // other keys: a newer minor version
        if (bad) {
            *error = SamplerParser::tr("header: %1: bad value '%2'").arg(shown(key), shown(value));
            return false;
        }
    }
    return true;
}

} // namespace

bool SamplerParser::parseLine(QStringView line, SamplerLine *out, QString *error)
{
    *out = SamplerLine{};
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.trimmed().isEmpty()) {
        out->kind = SamplerLine::Kind::Blank;
        return true;
    }
    if (line.startsWith(u"S ")) {
        out->kind = SamplerLine::Kind::Sample;
        return parseSample(line, &out->sample, error);
    }
    if (line == u"#es-sampler" || line.startsWith(u"#es-sampler ")) {
        out->kind = SamplerLine::Kind::Header;
        return parseHeader(line, &out->header, error);
    }
    if (line.startsWith(u"# missing ")) {
        out->kind = SamplerLine::Kind::Missing;
        const QStringView rest = line.sliced(10);
        const qsizetype colon = rest.indexOf(u": ");
        const QStringView source = colon < 0 ? QStringView() : rest.left(colon).trimmed();
        if (source.isEmpty() || source.contains(u' ')) {
            *error = tr("malformed missing line (expected \"# missing SOURCE: REASON\")");
            return false;
        }
        out->missing.source = source.toString();
        out->missing.reason = rest.sliced(colon + 2).trimmed().toString();
        return true;
    }
    if (line.startsWith(u'#')) {
        out->kind = SamplerLine::Kind::Comment;
        return true;
    }
    *error = tr("not an es-sampler line: '%1'").arg(shown(line));
    return false;
}

SamplerOutput SamplerParser::parseText(QByteArrayView text)
{
    SamplerOutput result;
    const bool endsInsideLine = !text.isEmpty() && !text.endsWith('\n');
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = text.size();
        ++number;
        const QString line = QString::fromUtf8(text.sliced(start, end - start));
        start = end + 1;
        SamplerLine parsed;
        QString error;
        const bool ok = parseLine(line, &parsed, &error);
        if (!ok && last && endsInsideLine && parsed.kind != SamplerLine::Kind::Header) {
            result.truncatedTail = true;
            break;
        }
        if (!ok) {
            result.errors.append(tr("line %1: %2").arg(number).arg(error));
            if (parsed.kind == SamplerLine::Kind::Header && !result.header)
                return result; // an unknown version or a broken header: nothing after it can be trusted
            continue;
        }
        switch (parsed.kind) {
        case SamplerLine::Kind::Blank:
        case SamplerLine::Kind::Comment:
            break;
        case SamplerLine::Kind::Header:
            if (result.header)
                result.errors.append(tr("line %1: a second es-sampler header").arg(number));
            else
                result.header = parsed.header;
            break;
        case SamplerLine::Kind::Missing:
        case SamplerLine::Kind::Sample:
            if (!result.header) {
                result.errors.append(tr("line %1: no #es-sampler header before this line").arg(number));
                break;
            }
            if (parsed.kind == SamplerLine::Kind::Missing)
                result.missing.append(parsed.missing);
            else
                result.samples.append(parsed.sample);
            break;
        }
    }
    return result;
}

} // namespace es
