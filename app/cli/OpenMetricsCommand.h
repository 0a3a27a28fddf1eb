// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "OpenMetricsWriter.h"

#include <QStringList>

namespace es {

class CliApp;
class Store;

/// Writes the OpenMetrics text of `options` to outPath through a temporary file renamed over it (node_exporter
/// never reads half a file). False with *error (the file left as it was).
bool writeOpenMetricsFile(Store &store, const OpenMetricsOptions &options, const QString &outPath,
                          OpenMetricsSummary *summary, QString *error);

/// `export openmetrics --out DIR/NAME.prom [--cluster C] [--recent-days N] [--max-jobs N]`: the store's recent
/// per-job energy, node peak temperatures and alert counts for node_exporter's textfile collector
/// (OpenMetricsWriter), written to a temporary file beside the target and renamed over it.
int runExportOpenMetricsCommand(CliApp &app, const QStringList &args);

} // namespace es
