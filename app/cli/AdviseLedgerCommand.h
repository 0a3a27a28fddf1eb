// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `advise ledger [--cluster C]`: every advice given, what ran, predicted against measured, promises broken.
int runAdviseLedger(CliApp &app, const QStringList &args);

} // namespace es
