// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `sample live|fetch|import|install`: node samples from the on-node sampler (SamplerCollector) into the store,
/// then the metrics of the jobs they touch. See kSampleHelp in the .cpp for the options.
int runSampleCommand(CliApp &app, const QStringList &args);

} // namespace es
