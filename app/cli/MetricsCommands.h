// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `metrics derive [--cluster NAME] [--since T]`: job metrics from jobs and node samples (JobMetricsDeriver), for
/// one cluster or every cluster of the store; prints the number of jobs per energy source.
int runMetricsCommand(CliApp &app, const QStringList &args);

} // namespace es
