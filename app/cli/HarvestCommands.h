#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `profile add|list|remove`: cluster connection profiles kept in the store (no secrets).
int runProfileCommand(CliApp &app, const QStringList &args);
/// `harvest --profile NAME [--full] [--since T] [--accept-new-host-key]`: sacct + node state over SSH.
int runHarvestCommand(CliApp &app, const QStringList &args);

} // namespace es
