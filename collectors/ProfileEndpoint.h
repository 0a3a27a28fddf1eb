// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SshEndpoint.h"

namespace es {

struct ClusterProfile;

/// The SSH endpoint of a cluster profile's head node (host, port, user, key, known_hosts, jump host).
SshEndpoint endpointOfProfile(const ClusterProfile &profile);

} // namespace es
