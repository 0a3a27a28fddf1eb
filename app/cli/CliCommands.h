// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace es {

class CliApp;

/// A command of energy-studio-cli implemented outside CliApp: `run` gets the arguments after the command name and
/// returns an exit code (CliApp::Ok, Failed or Usage). It prints through the CliApp it is given, so that it honours
/// --json and works in-process in tests.
struct CliCommand
{
    const char *name;
    const char *synopsis; ///< one line for the global help, e.g. "train --target T ...   train models"
    int (*run)(CliApp &app, const QStringList &args);
};

/// Every such command, in the order the global help lists them.
const QList<CliCommand> &cliCommands();
/// The global help's lines for them.
QString cliCommandsHelp();
/// Formats of `export FORMAT ...` implemented outside CliApp (CliApp writes the CSV tables itself): `run` gets the
/// arguments after the format's name.
const QList<CliCommand> &cliExportCommands();

} // namespace es
