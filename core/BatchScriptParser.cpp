// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "BatchScriptParser.h"

#include "SlurmUnits.h"

#include <QCoreApplication>

#include <limits>

namespace es {
namespace {

constexpr qint64 kMaxCount = std::numeric_limits<qint32>::max();
/// Slurm keeps a time limit in an unsigned 32-bit count of minutes; 0xfffffffe and up mean "no value" / infinite.
constexpr qint64 kMaxTimeLimitMinutes = 0xfffffffeLL - 1;

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

enum class Kind
{
    Count,
    NodeRange,
    Memory,
    Time,
    Text,
    Exclusive
};

struct OptionSpec
{
    const char *name;
    char16_t shortName; ///< 0: none
    Kind kind;
};

const OptionSpec kOptions[] = {
    {"nodes", u'N', Kind::NodeRange},  {"ntasks", u'n', Kind::Count},  {"cpus-per-task", u'c', Kind::Count},
    {"mem", 0, Kind::Memory},          {"time", u't', Kind::Time},     {"partition", u'p', Kind::Text},
    {"cpu-freq", 0, Kind::Text},       {"nodelist", u'w', Kind::Text}, {"exclude", u'x', Kind::Text},
    {"begin", u'b', Kind::Text},       {"job-name", u'J', Kind::Text}, {"comment", 0, Kind::Text},
    {"exclusive", 0, Kind::Exclusive},
};

const OptionSpec *findLong(QStringView name)
{
    for (const OptionSpec &o : kOptions) {
        if (name == QLatin1StringView(o.name))
            return &o;
    }
    return nullptr;
}

const OptionSpec *findShort(QChar c)
{
    for (const OptionSpec &o : kOptions) {
        if (o.shortName != 0 && c == QChar(o.shortName))
            return &o;
    }
    return nullptr;
}

/// Shell-like words of a directive's text; an unquoted '#' at a word's start ends the text.
std::optional<QStringList> splitWords(QStringView text, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u' ' || c == u'\t') {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else if (c == u'#' && !inWord) {
            break;
        } else if (c == u'\'' || c == u'"') {
            const qsizetype close = text.indexOf(c, i + 1);
            if (close < 0) {
                *error = BatchScriptParser::tr("unterminated %1 quote").arg(c);
                return std::nullopt;
            }
            word += text.sliced(i + 1, close - i - 1);
            i = close;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text[++i];
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

bool applyValue(const OptionSpec &spec, const QString &value, BatchScript *script, QString *error)
{
    const QString option = QStringLiteral("--") + QLatin1StringView(spec.name);
    auto count = [&](std::optional<qint64> *out, QStringView text) {
        *out = slurm::boundedCount(text, kMaxCount);
        if (!*out || **out < 1) {
            *error =
                allDigits(text) && !*out
                    ? BatchScriptParser::tr("%1=%2: the number is too large (over %3)")
                          .arg(option, text.toString())
                          .arg(kMaxCount)
                    : BatchScriptParser::tr("%1=%2: a positive whole number is expected").arg(option, text.toString());
            return false;
        }
        return true;
    };
    switch (spec.kind) {
    case Kind::Count:
        return count(QLatin1StringView(spec.name) == u"ntasks" ? &script->ntasks : &script->cpusPerTask, value);
    case Kind::NodeRange: {
        const qsizetype dash = value.indexOf(u'-');
        const QStringView minText = dash < 0 ? QStringView(value) : QStringView(value).first(dash);
        if (!count(&script->nodesMin, minText))
            return false;
        if (dash < 0) {
            script->nodesMax = script->nodesMin;
            return true;
        }
        if (!count(&script->nodesMax, QStringView(value).sliced(dash + 1)))
            return false;
        if (*script->nodesMax < *script->nodesMin) {
            *error = BatchScriptParser::tr("%1=%2: the maximum is below the minimum").arg(option, value);
            return false;
        }
        return true;
    }
    case Kind::Memory: {
        QString why;
        script->memMb = BatchScriptParser::parseMemoryMb(value, &why);
        if (!script->memMb)
            *error = option + u'=' + value + QStringLiteral(": ") + why;
        return script->memMb.has_value();
    }
    case Kind::Time: {
        QString why;
        script->timeLimitS = BatchScriptParser::parseTimeLimitS(value, &script->timeUnlimited, &why);
        if (!script->timeLimitS && !script->timeUnlimited) {
            *error = option + u'=' + value + QStringLiteral(": ") + why;
            return false;
        }
        return true;
    }
    case Kind::Text: {
        if (value.isEmpty()) {
            *error = BatchScriptParser::tr("%1 needs a value").arg(option);
            return false;
        }
        const QLatin1StringView name(spec.name);
        QString *target = name == u"partition"  ? &script->partition
                          : name == u"cpu-freq" ? &script->cpuFreq
                          : name == u"nodelist" ? &script->nodelist
                          : name == u"exclude"  ? &script->exclude
                          : name == u"begin"    ? &script->begin
                          : name == u"job-name" ? &script->jobName
                                                : &script->comment;
        *target = value;
        return true;
    }
    case Kind::Exclusive:
        if (!value.isEmpty() && value != u"user" && value != u"mcs" && value != u"topo") {
            *error = BatchScriptParser::tr("--exclusive=%1: expected user, mcs or topo").arg(value);
            return false;
        }
        script->exclusive = true;
        script->exclusiveMode = value;
        return true;
    }
    return false;
}

/// Applies the words of one directive.
bool applyWords(const QStringList &words, BatchScript *script, QString *error)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        const OptionSpec *spec = nullptr;
        std::optional<QString> value;
        if (word.startsWith(u"--") && word.size() > 2) {
            const qsizetype eq = word.indexOf(u'=');
            spec = findLong(QStringView(word).sliced(2, (eq < 0 ? word.size() : eq) - 2));
            if (eq >= 0)
                value = word.sliced(eq + 1);
        } else if (word.startsWith(u'-') && word.size() > 1 && word[1] != u'-') {
            spec = findShort(word[1]);
            if (word.size() > 2)
                value = word.sliced(word[2] == u'=' ? 3 : 2);
        } else {
            *error = BatchScriptParser::tr("'%1' is not an option").arg(word);
            return false;
        }
        if (!spec) {
            // Not modelled: kept with what looks like its argument (a following word that is not an option).
            script->passThrough << word;
            if (!word.contains(u'=') && i + 1 < words.size() && !words[i + 1].startsWith(u'-'))
                script->passThrough << words[++i];
            continue;
        }
        if (!value && spec->kind != Kind::Exclusive) {
            if (i + 1 >= words.size()) {
                *error = BatchScriptParser::tr("%1 needs a value").arg(word);
                return false;
            }
            value = words[++i];
        }
        if (!applyValue(*spec, value.value_or(QString()), script, error))
            return false;
    }
    return true;
}

} // namespace

std::optional<qint64> BatchScriptParser::parseMemoryMb(QStringView text, QString *error)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] >= u'0' && text[end] <= u'9')
        ++end;
    QStringView suffix = text.sliced(end);
    if (suffix.endsWith(u'B') || suffix.endsWith(u'b'))
        suffix.chop(1);
    qint64 perUnit = 1; // MiB
    bool kilo = false;
    bool badSuffix = suffix.size() > 1;
    if (suffix.size() == 1) {
        switch (suffix[0].toUpper().unicode()) {
        case u'K':
            kilo = true;
            break;
        case u'M':
            break;
        case u'G':
            perUnit = 1024;
            break;
        case u'T':
            perUnit = 1024 * 1024;
            break;
        default:
            badSuffix = true;
        }
    }
    if (end == 0 || badSuffix) {
        *error = tr("memory as N[K|M|G|T] is expected");
        return std::nullopt;
    }
    const auto number = slurm::boundedCount(text.first(end), std::numeric_limits<qint64>::max() / perUnit);
    if (!number) {
        *error = tr("the number is too large");
        return std::nullopt;
    }
    return kilo ? (*number + 1023) / 1024 : *number * perUnit;
}

std::optional<qint64> BatchScriptParser::parseTimeLimitS(QStringView text, bool *unlimited, QString *error)
{
    *unlimited = false;
    if (text.compare(u"UNLIMITED", Qt::CaseInsensitive) == 0 || text.compare(u"INFINITE", Qt::CaseInsensitive) == 0) {
        *unlimited = true;
        return std::nullopt;
    }
    const QString format = tr("a time as MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS is expected");
    // Every part is bounded so that the total cannot overflow before the range check below.
    constexpr qint64 kPartMax = std::numeric_limits<quint32>::max();
    std::optional<qint64> days;
    const qsizetype dash = text.indexOf(u'-');
    if (dash >= 0) {
        days = slurm::boundedCount(text.first(dash), kPartMax);
        if (!days) {
            *error = allDigits(text.first(dash)) ? tr("the number of days is too large") : format;
            return std::nullopt;
        }
        text = text.sliced(dash + 1);
    }
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() > 3 || (days && parts.isEmpty())) {
        *error = format;
        return std::nullopt;
    }
    qint64 values[3] = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto v = slurm::boundedCount(parts[i], kPartMax);
        if (!v) {
            *error = allDigits(parts[i]) ? tr("the number '%1' is too large").arg(parts[i].toString()) : format;
            return std::nullopt;
        }
        values[i] = *v;
    }
    qint64 seconds = 0;
    if (days) // D-HH, D-HH:MM, D-HH:MM:SS
        seconds = *days * 86400 + values[0] * 3600 + values[1] * 60 + values[2];
    else if (parts.size() == 1) // MM
        seconds = values[0] * 60;
    else if (parts.size() == 2) // MM:SS
        seconds = values[0] * 60 + values[1];
    else // HH:MM:SS
        seconds = values[0] * 3600 + values[1] * 60 + values[2];
    if ((seconds + 59) / 60 > kMaxTimeLimitMinutes) {
        *error = tr("the time limit is over Slurm's maximum of %1 minutes").arg(kMaxTimeLimitMinutes);
        return std::nullopt;
    }
    return seconds;
}

std::optional<BatchScript> BatchScriptParser::parse(QStringView script, QString *error)
{
    BatchScript result;
    if (script.trimmed().isEmpty()) {
        *error = tr("the batch script is empty");
        return std::nullopt;
    }
    if (!script.startsWith(u"#!")) {
        *error = tr("line 1: a batch script must start with #! and the path of an interpreter");
        return std::nullopt;
    }
    qint64 number = 0;
    for (QStringView line : script.split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u"#SBATCH") && (line.size() == 7 || line[7] == u' ' || line[7] == u'\t')) {
            ++result.directives;
            QString why;
            const auto words = splitWords(line.sliced(7), &why);
            if (!words || !applyWords(*words, &result, &why)) {
                *error = tr("line %1: %2").arg(number).arg(why);
                return std::nullopt;
            }
            continue;
        }
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        result.firstCommandLine = number;
        break;
    }
    return result;
}

} // namespace es
