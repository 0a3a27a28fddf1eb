// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProfileEndpoint.h"

#include "ClusterProfile.h"

namespace es {

SshEndpoint endpointOfProfile(const ClusterProfile &profile)
{
    SshEndpoint endpoint;
    endpoint.host = profile.host;
    endpoint.port = profile.port;
    endpoint.user = profile.user;
    endpoint.keyFile = profile.keyFile;
    endpoint.knownHostsFile = profile.knownHostsFile;
    endpoint.proxyCommand = profile.proxyCommand;
    return endpoint;
}

} // namespace es
