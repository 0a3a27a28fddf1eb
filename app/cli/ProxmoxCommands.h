// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QStringList>

namespace es {

class CliApp;

/// `proxmox harvest|map|unmap|unpin ...`: Proxmox VE hosts and VMs as node samples (REST API with an API token and
/// a pinned certificate, or pvesh over SSH), and the map from cluster nodes to the VMs they are.
int runProxmoxCommand(CliApp &app, const QStringList &args);

} // namespace es
