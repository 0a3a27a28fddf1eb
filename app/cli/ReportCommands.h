// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `report --since T --until T [--cluster C] --out FILE.pdf|FILE.html`: an energy report (ReportBuilder +
/// ReportRenderer). Plots are QCustomPlot widgets: the process must run a QApplication (main() creates one for this
/// command only, offscreen when there is no display; see commandNeedsWidgets()).
int runReportCommand(CliApp &app, const QStringList &args);

/// True when the command line (without the program name) runs a command that paints: `report`. Skips the global
/// options the way CliApp::run() reads them.
bool commandNeedsWidgets(const QStringList &arguments);

} // namespace es
