// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `import-carbon FILE --name ZONE [--time-column C] [--intensity-column C] [--unit U]`: reads a carbon-intensity
/// CSV (CarbonSeriesParser) and stores it as series ZONE (CarbonSeriesWriter), all or nothing.
int runImportCarbonCommand(CliApp &app, const QStringList &args);

} // namespace es
