#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `clusters list | rename OLD NEW | delete NAME --yes`: the clusters (datasets) of a store (ClusterAdmin).
int runClustersCommand(CliApp &app, const QStringList &args);

} // namespace es
