// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliRun.h"

#include "CliApp.h"

#include <QBuffer>

namespace es::test {

CliRun runCli(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliApp app(&out, &err);
    CliRun run;
    run.exitCode = app.run(args);
    run.out = out.data();
    run.err = err.data();
    return run;
}

int runJsonCommand(const QString &location, const QStringList &args, QByteArray *output)
{
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), location, QStringLiteral("--json")} + args);
    *output = run.out;
    if (run.exitCode != CliApp::Ok)
        *output += run.err;
    return run.exitCode;
}

} // namespace es::test
