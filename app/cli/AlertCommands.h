#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `alerts check|list|set-threshold ...`: evaluates thermal and energy alerts (AlertEvaluator), lists the stored
/// events, and sets per-node or per-cluster temperature thresholds.
int runAlertsCommand(CliApp &app, const QStringList &args);

} // namespace es
