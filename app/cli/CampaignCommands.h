// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `campaign plan|list|start|resume|status|cancel|export|propose`: guided benchmark campaigns (CampaignCommands.cpp for
/// the store-only subcommands, CampaignRunCommands.cpp for those that talk to the cluster).
int runCampaignCommand(CliApp &app, const QStringList &args);
int runCampaignRunCommand(CliApp &app, const QString &subcommand, const QStringList &args);
/// `campaign propose` (CampaignProposeCommand.cpp): the active mode's next cells.
int runCampaignPropose(CliApp &app, const QStringList &args, const QString &help);

} // namespace es
