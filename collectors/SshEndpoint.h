// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

namespace es {

/// Where and how to reach a host over SSH. Empty fields fall back to ~/.ssh/config (when useSshConfig) and then to
/// libssh's defaults (current user, port 22, ~/.ssh/known_hosts, default identities and the agent).
struct SshEndpoint
{
    QString host;
    int port = 0; ///< 0: from the SSH config, else 22
    QString user;
    QString keyFile;        ///< an explicit private key, tried after the agent
    QString knownHostsFile; ///< empty: ~/.ssh/known_hosts
    QString proxyCommand;   ///< e.g. "ssh -W %h:%p bastion" for clusters behind a jump host
    bool useSshConfig = true;
    int connectTimeoutS = 15;
};

} // namespace es
