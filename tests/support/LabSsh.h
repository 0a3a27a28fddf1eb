// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ClusterProfile.h"
#include "SshEndpoint.h"

#include <QHash>
#include <QString>

namespace es::test {

/// The lab's key-only sshd as an endpoint, from the variables of a lab env file (LAB_HOST, LAB_SSH_PORT,
/// LAB_SSH_USER, LAB_SSH_KEY, LAB_KNOWN_HOSTS; see tests/lab/README.md). ~/.ssh/config is not read.
SshEndpoint labSshEndpoint(const QHash<QString, QString> &lab);

/// The lab's head node as a cluster profile named `name`, its Slurm cluster from LAB_CLUSTER.
ClusterProfile labProfile(const QHash<QString, QString> &lab, const QString &name);

/// Copies `sourceFile` into `directory` (created, world-readable and searchable) as a file every user may read and
/// run: the lab user cannot read the source tree. Returns the copy's path; a failed copy is fatal to the test.
QString publishForLabUser(const QString &sourceFile, const QString &directory);

} // namespace es::test
