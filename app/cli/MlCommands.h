// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// The machine-learning commands of energy-studio-cli (see CliCommands.h): train, models, predict, forecast.
/// Each returns CliApp::Ok, Failed or Usage.
int runTrainCommand(CliApp &app, const QStringList &args);
int runModelsCommand(CliApp &app, const QStringList &args);
int runPredictCommand(CliApp &app, const QStringList &args);
int runForecastCommand(CliApp &app, const QStringList &args);

} // namespace es
