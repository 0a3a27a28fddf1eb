// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SacctFixedWidth.h"

namespace es {
namespace {

bool isCut(QStringView raw, qsizetype width)
{
    const QStringView value = raw.trimmed();
    return value.size() == width && value.endsWith(u'+');
}

/// The step name sacct cut from a job id, completed from the job name when that is batch or extern.
std::optional<QString> completedStepId(QStringView cutId, QStringView jobName)
{
    const qsizetype dot = cutId.indexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    const QStringView stepStart = cutId.sliced(dot + 1).chopped(1); // without the '+'
    for (QStringView step : {QStringView(u"batch"), QStringView(u"extern")}) {
        if (jobName == step && step.startsWith(stepStart))
            return cutId.first(dot + 1).toString() + step.toString();
    }
    return std::nullopt;
}

/// A state sacct cut ("OUT_OF_ME+", "CANCELLED+" of "CANCELLED by 1000"), completed when one state starts so.
std::optional<QString> completedState(QStringView cut)
{
    static const QStringList states{
        QStringLiteral("BOOT_FAIL"),     QStringLiteral("CANCELLED"), QStringLiteral("COMPLETED"),
        QStringLiteral("DEADLINE"),      QStringLiteral("FAILED"),    QStringLiteral("NODE_FAIL"),
        QStringLiteral("OUT_OF_MEMORY"), QStringLiteral("PENDING"),   QStringLiteral("PREEMPTED"),
        QStringLiteral("REQUEUED"),      QStringLiteral("RESIZING"),  QStringLiteral("REVOKED"),
        QStringLiteral("RUNNING"),       QStringLiteral("SUSPENDED"), QStringLiteral("TIMEOUT")};
    const QStringView prefix = cut.chopped(1);
    std::optional<QString> match;
    for (const QString &state : states) {
        if (state.startsWith(prefix)) {
            if (match)
                return std::nullopt;
            match = state;
        }
    }
    return match;
}

} // namespace

QString SacctFixedWidth::delimiter()
{
    return QString(QChar(0x1f));
}

bool SacctFixedWidth::isRule(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || !line.startsWith(u'-'))
        return false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u' ' && (i + 1 >= line.size() || line[i + 1] == u' '))
            return false; // the columns are one space apart
        if (line[i] != u'-' && line[i] != u' ')
            return false;
    }
    return true;
}

std::optional<SacctFixedWidth> SacctFixedWidth::fromHeader(QStringView header, QStringView rule)
{
    while (rule.endsWith(u'\r') || rule.endsWith(u'\n') || rule.endsWith(u' '))
        rule.chop(1);
    if (!isRule(rule))
        return std::nullopt;
    SacctFixedWidth layout;
    for (qsizetype i = 0; i < rule.size();) {
        if (rule[i] != u'-') {
            ++i;
            continue;
        }
        Column column;
        column.start = i;
        while (i < rule.size() && rule[i] == u'-')
            ++i;
        column.width = i - column.start;
        column.name = header.mid(column.start, column.width).trimmed().toString();
        if (column.name.isEmpty())
            return std::nullopt;
        layout.m_columns << column;
    }
    for (int c = 0; c < layout.m_columns.size(); ++c) {
        const QString &name = layout.m_columns[c].name;
        if (name.compare(u"JobID", Qt::CaseInsensitive) == 0 || name.compare(u"JobIDRaw", Qt::CaseInsensitive) == 0)
            layout.m_jobIdColumn = c;
        else if (name.compare(u"JobName", Qt::CaseInsensitive) == 0)
            layout.m_jobNameColumn = c;
    }
    if (layout.m_jobIdColumn < 0)
        return std::nullopt;
    return layout;
}

QStringList SacctFixedWidth::fieldNames() const
{
    QStringList names;
    for (const Column &column : m_columns)
        names << column.name;
    return names;
}

QString SacctFixedWidth::toDelimited(QStringView line, QStringList *truncatedFields, QString *error) const
{
    while (line.endsWith(u'\r') || line.endsWith(u'\n'))
        line.chop(1);
    if (line.contains(QChar(0x1f))) {
        *error = tr("the line holds the control character 0x1f, which sacct's default output never prints");
        return QString();
    }
    QStringList values;
    values.reserve(m_columns.size());
    for (const Column &column : m_columns) {
        const QStringView raw = line.mid(column.start, column.width);
        if (!isCut(raw, column.width))
            values << raw.trimmed().toString();
        else if (column.name.compare(u"State", Qt::CaseInsensitive) == 0)
            values << completedState(raw.trimmed()).value_or(QString());
        else
            values << QString();
    }
    const Column &idColumn = m_columns[m_jobIdColumn];
    const QStringView rawId = line.mid(idColumn.start, idColumn.width);
    if (isCut(rawId, idColumn.width)) {
        const QString jobName = m_jobNameColumn >= 0 ? values[m_jobNameColumn] : QString();
        const auto stepId = completedStepId(rawId.trimmed(), jobName);
        if (!stepId) {
            *error = tr("the job id '%1' was cut by sacct (its %2 column is too narrow): export with --parsable2, "
                        "or widen the column in sacct's --format")
                         .arg(rawId.trimmed(), idColumn.name);
            return QString();
        }
        values[m_jobIdColumn] = *stepId;
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        if (c != m_jobIdColumn && values[c].isEmpty() &&
            isCut(line.mid(m_columns[c].start, m_columns[c].width), m_columns[c].width))
            *truncatedFields << m_columns[c].name;
    }
    return values.join(delimiter());
}

} // namespace es
