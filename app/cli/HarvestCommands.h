// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `profile add|list|remove`: cluster connection profiles kept in the store (no secrets).
int runProfileCommand(CliApp &app, const QStringList &args);
/// `harvest --profile NAME [--full] [--since T] [--accept-new-host-key]`: sacct + node state over SSH.
int runHarvestCommand(CliApp &app, const QStringList &args);

} // namespace es
