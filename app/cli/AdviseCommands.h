// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// The placement advisor's commands of energy-studio-cli (see CliCommands.h): `advise replay`, the offline
/// evaluation of advice on a dataset of tasks run under many configurations. Returns CliApp::Ok, Failed or Usage.
int runAdviseCommand(CliApp &app, const QStringList &args);

} // namespace es
