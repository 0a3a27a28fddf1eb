// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `advise --cluster C (--script FILE | --like-name NAME) ...`: ranked node and CPU counts for a job from the
/// store's measured history (see ml::PlacementAdvisor). Returns CliApp::Ok, Failed or Usage.
int runAdviseJob(CliApp &app, const QStringList &args);

} // namespace es
