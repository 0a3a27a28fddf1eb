#include "ScontrolNodeParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace es {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("es::ScontrolNodeParser", text);
}

std::optional<double> number(const QString &text, bool *bad)
{
    if (text.isEmpty() || text == u"N/A" || text == u"n/s")
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        *bad = true;
        return std::nullopt;
    }
    return value;
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
        const auto v = number(values.value(QString::fromUtf16(key)), &bad);
        if (bad && !before)
            badKey = QString::fromUtf16(key);
        return v;
    };
    if (const auto v = read(u"CPUTot"))
        node->cpus = int(*v);
    if (const auto v = read(u"CPUAlloc"))
        node->cpusAlloc = int(*v);
    node->cpuLoad = read(u"CPULoad");
    node->realMemMb = read(u"RealMemory");
    node->allocMemMb = read(u"AllocMem");
    node->freeMemMb = read(u"FreeMem");
    node->currentWatts = read(u"CurrentWatts");
    node->aveWatts = read(u"AveWatts");
    if (bad) {
        *error = tr("%1: not a number: '%2'").arg(badKey, values.value(badKey).left(40));
        return false;
    }
    return true;
}

} // namespace es
