// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `alerts check|list|set-threshold ...`: evaluates thermal and energy alerts (AlertEvaluator), lists the stored
/// events, and sets per-node or per-cluster temperature thresholds.
int runAlertsCommand(CliApp &app, const QStringList &args);

} // namespace es
