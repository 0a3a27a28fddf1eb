// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ScontrolNodeParser.h"

#include "CheckedNumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace es {
namespace {

/// A finite number; "N/A", "n/s" and empty are unset. NaN, infinities and numbers too large for a double are bad.
std::optional<double> parseOptionalNumber(const QString &text, bool *bad)
{
    if (text.isEmpty() || text == u"N/A" || text == u"n/s")
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *bad = true;
        return std::nullopt;
    }
    return value;
}

/// A whole count that fits an int; *bad for anything else.
std::optional<int> count(std::optional<double> value, bool *bad)
{
    if (!value)
        return std::nullopt;
    const auto whole = checked::roundToInt64(*value);
    const auto result = whole && double(*whole) == *value && *whole >= 0 ? checked::toInt(*whole) : std::nullopt;
    if (!result)
        *bad = true;
    return result;
}

} // namespace

bool ScontrolNodeParser::parseLine(QStringView line, SlurmNode *node, QString *error)
{
    *node = SlurmNode{};
    line = line.trimmed();
    if (!line.startsWith(u"NodeName=")) {
        *error = tr("not a node line (expected NodeName=...)");
        return false;
    }
    // A key starts a line or follows a space, is a word of letters/digits/underscores/dots and ends at '='.
    static const QRegularExpression keyPattern(QStringLiteral("(?:^| )([A-Za-z][A-Za-z0-9_.]*)="));
    QList<std::pair<QString, qsizetype>> keys; // key, start of its value
    QList<qsizetype> keyStarts;
    auto it = keyPattern.globalMatch(line);
    while (it.hasNext()) {
        const auto match = it.next();
        keys.append({match.captured(1), match.capturedEnd(0)});
        keyStarts.append(match.capturedStart(1));
    }
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qsizetype end = i + 1 < keys.size() ? keyStarts[i + 1] - 1 : line.size();
        values.insert(keys[i].first, line.sliced(keys[i].second, end - keys[i].second).trimmed().toString());
    }
    node->name = values.value(QStringLiteral("NodeName"));
    if (node->name.isEmpty() || node->name.contains(u' ')) {
        *error = tr("empty or invalid NodeName");
        return false;
    }
    node->state = values.value(QStringLiteral("State"));
    const QString partitions = values.value(QStringLiteral("Partitions"));
    if (!partitions.isEmpty())
        node->partitions = partitions.split(u',', Qt::SkipEmptyParts);
    bool bad = false;
    QString badKey;
    auto read = [&](const char16_t *key) {
        const bool before = bad;
        const auto v = parseOptionalNumber(values.value(QString::fromUtf16(key)), &bad);
        if (bad && !before)
            badKey = QString::fromUtf16(key);
        return v;
    };
    auto readCount = [&](const char16_t *key) {
        const bool before = bad;
        const auto v = count(read(key), &bad);
        if (bad && !before)
            badKey = QString::fromUtf16(key);
        return v;
    };
    node->cpus = readCount(u"CPUTot");
    node->cpusAlloc = readCount(u"CPUAlloc");
    node->cpuLoad = read(u"CPULoad");
    node->realMemMb = read(u"RealMemory");
    node->allocMemMb = read(u"AllocMem");
    node->freeMemMb = read(u"FreeMem");
    node->currentWatts = read(u"CurrentWatts");
    node->aveWatts = read(u"AveWatts");
    if (bad) {
        *error = tr("%1: not a number in range: '%2'").arg(badKey, values.value(badKey).left(40));
        return false;
    }
    return true;
}

} // namespace es
