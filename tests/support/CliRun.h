// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QStringList>

namespace es::test {

/// What one in-process run of the command line printed, and how it ended (CliApp::ExitCode).
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs energy-studio-cli in this process with `args` (what follows the program name), both streams captured.
CliRun runCli(const QStringList &args);

/// Runs `--db location --json args...`: `output` receives the standard output and, when the command failed, its
/// standard error after it. Returns the exit code.
int runJsonCommand(const QString &location, const QStringList &args, QByteArray *output);

} // namespace es::test
