// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>
#include <QStringList>

/// POSIX shell quoting for remote commands: every remote command is built from an argument list, never by pasting
/// text into a command line.
namespace es::shell {

/// One argument, quoted so that a POSIX sh reads it back as exactly `argument` (single quotes; a ' inside becomes
/// '\''). Plain words made only of safe characters are left as they are.
QString quote(const QString &argument);

/// The arguments quoted and joined by spaces, ready for `sh -c` or an SSH exec request.
QString join(const QStringList &arguments);

/// Environment assignments `NAME=value` in front of a command. Names must be [A-Za-z_][A-Za-z0-9_]*; an invalid
/// name gives an empty result (nothing to run).
QString withEnvironment(const QList<std::pair<QString, QString>> &environment, const QStringList &arguments);

} // namespace es::shell
