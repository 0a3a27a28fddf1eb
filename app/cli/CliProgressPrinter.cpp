// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliProgressPrinter.h"

#include "CliApp.h"

namespace es {

CliProgressPrinter::CliProgressPrinter(CliApp &app) : m_app(app)
{
    m_timer.start();
}

CliProgressPrinter::~CliProgressPrinter()
{
    if (m_printed && m_app.errIsTerminal())
        m_app.err()->write("\n");
}

void CliProgressPrinter::operator()(const QString &stage, int done, int total)
{
    if (m_timer.elapsed() < 1000)
        return;
    m_timer.restart();
    m_printed = true;
    const QString unit = m_unit.isEmpty() ? CliApp::tr("fits") : m_unit;
    // A total of 0 or less: the work's size is not known yet (rows being read).
    const QString line = total > 0  ? CliApp::tr("%1 (%2 of %3 %4)").arg(stage).arg(done).arg(total).arg(unit)
                         : done > 0 ? CliApp::tr("%1 (%2 %3)").arg(stage).arg(done).arg(unit)
                                    : stage;
    m_app.err()->write(
        (m_app.errIsTerminal() ? QString(u'\r' + line + QStringLiteral("\x1b[K")) : QString(line + u'\n')).toUtf8());
}

} // namespace es
