// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `clusters list | rename OLD NEW | delete NAME --yes`: the clusters (datasets) of a store (ClusterAdmin).
int runClustersCommand(CliApp &app, const QStringList &args);

} // namespace es
