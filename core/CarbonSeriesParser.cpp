// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonSeriesParser.h"

#include "CheckedNumbers.h"
#include "CsvReader.h"
#include "LineReader.h"
#include "SlurmUnits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <cmath>

namespace es {
namespace {

constexpr int kGapNotes = 10;

QString utcText(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

/// Reads exactly `count` ASCII digits at *pos.
std::optional<qint64> digits(QStringView text, qsizetype *pos, int count)
{
    if (*pos + count > text.size())
        return std::nullopt;
    qint64 value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[*pos + i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    *pos += count;
    return value;
}

bool expect(QStringView text, qsizetype *pos, QChar c)
{
    if (*pos >= text.size() || text[*pos] != c)
        return false;
    ++*pos;
    return true;
}

/// "+01:00", "-0530", "+02", "Z" at *pos: seconds east of UTC. No zone at the end of the text: 0.
std::optional<qint64> zoneOffset(QStringView text, qsizetype *pos)
{
    if (*pos == text.size())
        return 0;
    const QChar sign = text[*pos];
    if (sign == u'Z' || sign == u'z') {
        ++*pos;
        return 0;
    }
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    ++*pos;
    const auto hours = digits(text, pos, 2);
    qint64 minutes = 0;
    if (*pos < text.size()) {
        expect(text, pos, u':');
        const auto m = digits(text, pos, 2);
        if (!m)
            return std::nullopt;
        minutes = *m;
    }
    if (!hours || *hours > 18 || minutes > 59)
        return std::nullopt;
    const qint64 offset = *hours * 3600 + minutes * 60;
    return sign == u'-' ? -offset : offset;
}

struct Unit
{
    QString name; ///< normalised spelling, e.g. "kg/MWh"
    double factor = 1;
};

/// "gCO₂eq/kWh", "kg/MWh", "g_per_kwh" ... -> mass and energy parts around the '/', lower case, the CO2 word
/// removed. std::nullopt when the text holds no '/'.
std::optional<std::pair<QString, QString>> unitParts(QString text)
{
    text = text.toLower();
    text.replace(u'₂', u'2');
    text.replace(QStringLiteral("_per_"), QStringLiteral("/"));
    text.replace(QStringLiteral(" per "), QStringLiteral("/"));
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'µ'; };
    qsizetype begin = slash;
    while (begin > 0 && text[begin - 1] == u' ')
        --begin;
    qsizetype massEnd = begin;
    while (begin > 0 && isWordChar(text[begin - 1]))
        --begin;
    qsizetype energyBegin = slash + 1;
    while (energyBegin < text.size() && text[energyBegin] == u' ')
        ++energyBegin;
    qsizetype end = energyBegin;
    while (end < text.size() && isWordChar(text[end]))
        ++end;
    QString mass = text.sliced(begin, massEnd - begin);
    for (const char *word : {"co2eq", "co2e", "co2"}) {
        const QString w = QString::fromLatin1(word);
        if (mass.endsWith(w)) {
            mass.chop(w.size());
            break;
        }
    }
    return std::pair{mass, text.sliced(energyBegin, end - energyBegin)};
}

std::optional<Unit> knownUnit(const QString &mass, const QString &energy)
{
    static const QHash<QString, std::pair<const char *, double>> masses{{QStringLiteral("mg"), {"mg", 1e-3}},
                                                                        {QStringLiteral("g"), {"g", 1}},
                                                                        {QStringLiteral("kg"), {"kg", 1e3}},
                                                                        {QStringLiteral("t"), {"t", 1e6}}};
    static const QHash<QString, std::pair<const char *, double>> energies{{QStringLiteral("wh"), {"Wh", 1e-3}},
                                                                          {QStringLiteral("kwh"), {"kWh", 1}},
                                                                          {QStringLiteral("mwh"), {"MWh", 1e3}}};
    const auto m = masses.constFind(mass);
    const auto e = energies.constFind(energy);
    if (m == masses.constEnd() || e == energies.constEnd())
        return std::nullopt;
    return Unit{QString::fromLatin1(m->first) + u'/' + QString::fromLatin1(e->first), m->second / e->second};
}

bool isTimeName(const QString &lower)
{
    return lower == u"time" || lower == u"datetime (utc)" || lower == u"datetime" || lower == u"timestamp";
}

bool isIntensityName(const QString &lower)
{
    return lower.startsWith(u"intensity") || lower.startsWith(u"carbon_intensity") ||
           (lower.contains(u"intensity") && lower.contains(u"(direct)"));
}

/// Index of the column named `name` (exact, else the one case-insensitive match), -1 when none or ambiguous.
qsizetype findColumn(const QStringList &header, const QString &name)
{
    const qsizetype exact = header.indexOf(name);
    if (exact >= 0)
        return exact;
    qsizetype found = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << u'\'' + n + u'\'';
    return quoted.join(QStringLiteral(", "));
}

} // namespace

CarbonSeriesParser::CarbonSeriesParser(CarbonParseOptions options) : m_options(std::move(options)) {}

std::optional<qint64> CarbonSeriesParser::parseTime(QStringView text)
{
    text = text.trimmed();
    bool allDigits = !text.isEmpty();
    for (const QChar c : text)
        allDigits = allDigits && c >= u'0' && c <= u'9';
    if (allDigits) {
        // Epoch seconds 1973..5138: fewer digits is more likely a compact date, more digits milliseconds.
        if (text.size() < 9 || text.size() > 11)
            return std::nullopt;
        return text.toLongLong();
    }
    qsizetype pos = 0;
    const auto year = digits(text, &pos, 4);
    const bool dateOk = year && expect(text, &pos, u'-');
    const auto month = digits(text, &pos, 2);
    const bool dayOk = month && expect(text, &pos, u'-');
    const auto day = digits(text, &pos, 2);
    if (!dateOk || !dayOk || !day || pos >= text.size() || (text[pos] != u'T' && text[pos] != u' '))
        return std::nullopt;
    ++pos;
    const auto hour = digits(text, &pos, 2);
    if (!hour || !expect(text, &pos, u':'))
        return std::nullopt;
    const auto minute = digits(text, &pos, 2);
    std::optional<qint64> second = 0;
    if (pos < text.size() && text[pos] == u':') {
        ++pos;
        second = digits(text, &pos, 2);
        if (pos < text.size() && text[pos] == u'.') {
            ++pos;
            const qsizetype start = pos;
            while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9')
                ++pos;
            if (pos == start)
                return std::nullopt; // fraction floored: the series' granularity is minutes
        }
    }
    const auto offset = zoneOffset(text, &pos);
    const auto days = year && month && day ? slurm::daysFromCivil(*year, *month, *day) : std::nullopt;
    if (!minute || !second || !offset || pos != text.size() || !days || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    return *days * 86400 + *hour * 3600 + *minute * 60 + *second - *offset;
}

std::optional<double> CarbonSeriesParser::unitFactor(QStringView unit)
{
    const auto parts = unitParts(unit.toString());
    if (!parts)
        return std::nullopt;
    const auto known = knownUnit(parts->first, parts->second);
    return known ? std::optional<double>(known->factor) : std::nullopt;
}

bool CarbonSeriesParser::parseHeader(const QStringList &fields, QString *error)
{
    m_header = fields;
    m_lastTs.reset();
    QStringList header;
    for (const QString &f : fields)
        header << f.trimmed();
    auto pick = [&](const QString &given, bool (*matches)(const QString &), const char *what,
                    qsizetype *index) -> bool {
        if (!given.isEmpty()) {
            *index = findColumn(header, given);
            if (*index < 0) {
                *error = tr("no column '%1' (the %2 column asked for); the columns are %3")
                             .arg(given, tr(what), quotedList(header));
                return false;
            }
            return true;
        }
        QList<qsizetype> found;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (matches(header[i].toLower()))
                found << i;
        }
        if (found.size() != 1) {
            QStringList names;
            for (qsizetype i : found)
                names << header[i];
            *error = (found.isEmpty() ? tr("no %1 column among %2").arg(tr(what), quotedList(header))
                                      : tr("several %1 columns: %2").arg(tr(what), quotedList(names))) +
                     tr(": name it with --time-column / --intensity-column");
            return false;
        }
        *index = found.constFirst();
        return true;
    };
    if (!pick(m_options.timeColumn, isTimeName, "time", &m_timeIndex) ||
        !pick(m_options.intensityColumn, isIntensityName, "intensity", &m_intensityIndex))
        return false;
    if (m_timeIndex == m_intensityIndex) {
        *error = tr("the time and intensity columns are the same column '%1'").arg(header[m_timeIndex]);
        return false;
    }
    m_timeColumn = header[m_timeIndex];
    m_intensityColumn = header[m_intensityIndex];
    m_unixIndex = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i != m_timeIndex && header[i].compare(u"unix", Qt::CaseInsensitive) == 0)
            m_unixIndex = i;
    }

    std::optional<Unit> headerUnit;
    if (const auto parts = unitParts(m_intensityColumn)) {
        headerUnit = knownUnit(parts->first, parts->second);
        if (!headerUnit) {
            *error = tr("column '%1': unit '%2/%3' is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)")
                         .arg(m_intensityColumn, parts->first, parts->second);
            return false;
        }
    }
    std::optional<Unit> optionUnit;
    if (!m_options.unit.isEmpty()) {
        const auto parts = unitParts(m_options.unit);
        optionUnit = parts ? knownUnit(parts->first, parts->second) : std::nullopt;
        if (!optionUnit) {
            *error = tr("unit '%1' is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)").arg(m_options.unit);
            return false;
        }
        if (headerUnit && headerUnit->name != optionUnit->name) {
            *error = tr("column '%1' says %2 but the unit given is %3")
                         .arg(m_intensityColumn, headerUnit->name, optionUnit->name);
            return false;
        }
    }
    const Unit unit = optionUnit ? *optionUnit : headerUnit ? *headerUnit : Unit{QStringLiteral("g/kWh"), 1};
    m_unit = unit.name;
    m_factor = unit.factor;
    return true;
}

bool CarbonSeriesParser::parseRecord(const QStringList &fields, CarbonPoint *point, QString *error)
{
    if (fields == m_header) {
        *error = tr("the header line is repeated");
        return false;
    }
    if (fields.size() != m_header.size()) {
        *error = tr("the line has %1 fields, the header %2 (truncated or joined line?)")
                     .arg(fields.size())
                     .arg(m_header.size());
        return false;
    }
    const QString &timeText = fields[m_timeIndex];
    const auto ts = parseTime(timeText);
    if (!ts) {
        *error = tr("column '%1': '%2' is not a time (ISO 8601 such as 2023-05-04T12:30Z, or epoch seconds)")
                     .arg(m_timeColumn, timeText.left(40));
        return false;
    }
    const QString valueText = fields[m_intensityIndex].trimmed();
    bool ok = false;
    const double raw = valueText.toDouble(&ok);
    if (!ok || !std::isfinite(raw)) {
        *error = valueText.isEmpty()
                     ? tr("column '%1': empty where a number is expected").arg(m_intensityColumn)
                     : tr("column '%1': '%2' is not a number").arg(m_intensityColumn, valueText.left(40));
        return false;
    }
    const double grams = raw * m_factor;
    if (grams < 0) {
        *error = tr("column '%1': negative intensity %2").arg(m_intensityColumn, valueText);
        return false;
    }
    if (grams > kMaxGramsPerKwh) {
        *error = tr("column '%1': intensity %2 %3 is over %4 g/kWh (wrong unit?)")
                     .arg(m_intensityColumn, valueText, m_unit)
                     .arg(kMaxGramsPerKwh);
        return false;
    }
    if (m_lastTs && *ts <= *m_lastTs) {
        *error = *ts == *m_lastTs ? tr("column '%1': time %2 is repeated").arg(m_timeColumn, utcText(*ts))
                                  : tr("column '%1': time %2 goes backwards (the previous point is %3)")
                                        .arg(m_timeColumn, utcText(*ts), utcText(*m_lastTs));
        return false;
    }
    if (m_unixIndex >= 0) {
        bool unixOk = false;
        const double unixTs = fields[m_unixIndex].toDouble(&unixOk);
        // Only an instant in range is compared: the difference of two such cannot overflow.
        const auto unixS = unixOk ? checked::epochS(checked::roundToInt64(unixTs)) : std::nullopt;
        if (unixS && *unixS != *ts) {
            if (m_unixDisagreements++ == 0)
                m_unixFirstOffsetS = *unixS - *ts;
        }
    }
    m_lastTs = *ts;
    point->ts = *ts;
    point->gramsPerKwh = grams;
    return true;
}

void CarbonSeriesParser::findGaps(const QList<CarbonPoint> &points, qint64 *stepS, QList<CarbonGap> *gaps)
{
    gaps->clear();
    *stepS = 0;
    QHash<qint64, qint64> counts;
    for (qsizetype i = 1; i < points.size(); ++i)
        ++counts[points[i].ts - points[i - 1].ts];
    qint64 best = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < *stepS)) {
            best = it.value();
            *stepS = it.key();
        }
    }
    for (qsizetype i = 1; *stepS > 0 && i < points.size(); ++i) {
        const qint64 interval = points[i].ts - points[i - 1].ts;
        if (interval > *stepS)
            gaps->append({points[i - 1].ts, points[i].ts, (interval + *stepS - 1) / *stepS - 1});
    }
}

std::optional<CarbonParseResult> CarbonSeriesParser::parseFile(const QString &path, const CarbonParseOptions &options,
                                                               QString *error)
{
    LineReader lines;
    if (!lines.open(path, error))
        return std::nullopt;
    CsvReader csv(lines);
    CarbonSeriesParser parser(options);
    CarbonParseResult result;
    bool haveHeader = false;
    QStringList fields;
    QString why;
    for (;;) {
        const CsvReader::Status status = csv.next(&fields, &why);
        if (status == CsvReader::Status::End)
            break;
        const QString where = path + u':' + QString::number(csv.recordLine()) + QStringLiteral(": ");
        if (status == CsvReader::Status::Error) {
            *error = lines.hasError() ? lines.errorString() : where + why; // a read error names file and line itself
            return std::nullopt;
        }
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
            continue; // blank line
        if (!haveHeader) {
            if (!parser.parseHeader(fields, &why)) {
                *error = where + why;
                return std::nullopt;
            }
            haveHeader = true;
            continue;
        }
        CarbonPoint point;
        if (!parser.parseRecord(fields, &point, &why)) {
            *error = where + why;
            return std::nullopt;
        }
        result.points.append(point);
    }
    if (lines.hasError()) {
        *error = path + QStringLiteral(": ") + lines.errorString();
        return std::nullopt;
    }
    if (!haveHeader || result.points.isEmpty()) {
        *error = path + QStringLiteral(": ") +
                 (haveHeader ? tr("no data lines after the header") : tr("empty file (no header, no data)"));
        return std::nullopt;
    }
    result.linesRead = lines.lineNumber();
    result.timeColumn = parser.timeColumn();
    result.intensityColumn = parser.intensityColumn();
    result.unit = parser.unit();
    findGaps(result.points, &result.stepS, &result.gaps);
    for (qsizetype i = 0; i < result.gaps.size() && i < kGapNotes; ++i) {
        const CarbonGap &g = result.gaps[i];
        result.notes << tr("gap: no point between %1 and %2 (%3 missing at %4 s steps)")
                            .arg(utcText(g.afterTs), utcText(g.beforeTs))
                            .arg(g.missingPoints)
                            .arg(result.stepS);
    }
    if (result.gaps.size() > kGapNotes)
        result.notes << tr("... and %1 more gaps").arg(result.gaps.size() - kGapNotes);
    if (parser.unixDisagreements() > 0) {
        result.notes << tr("column 'unix' differs from '%1' on %2 of %3 lines (first by %4 s); '%1' is used")
                            .arg(result.timeColumn)
                            .arg(parser.unixDisagreements())
                            .arg(result.points.size())
                            .arg(parser.unixFirstOffsetS());
    }
    return result;
}

} // namespace es
