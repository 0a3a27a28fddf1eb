// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ShellQuote.h"

namespace es::shell {
namespace {

bool isSafe(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' ||
           c == u'.' || c == u'/' || c == u',' || c == u':' || c == u'@' || c == u'%' || c == u'+' || c == u'=';
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || !(name[0].isLetter() || name[0] == u'_'))
        return false;
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

QString quote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : argument)
        safe = safe && isSafe(c);
    if (safe)
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString join(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &argument : arguments)
        quoted << quote(argument);
    return quoted.join(u' ');
}

QString withEnvironment(const QList<std::pair<QString, QString>> &environment, const QStringList &arguments)
{
    QStringList parts;
    for (const auto &[name, value] : environment) {
        Q_ASSERT_X(isValidName(name), "shell::withEnvironment", "invalid variable name");
        if (!isValidName(name))
            return QString(); // never run a command whose environment was not what the caller asked for
        parts << name + u'=' + quote(value);
    }
    parts << join(arguments);
    return parts.join(u' ');
}

} // namespace es::shell
