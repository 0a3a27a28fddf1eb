// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `harvest-prometheus --url URL --cluster C [options]`: node metrics from a Prometheus server (node_exporter
/// metric names) into node_samples, incrementally.
int runHarvestPrometheusCommand(CliApp &app, const QStringList &args);

} // namespace es
