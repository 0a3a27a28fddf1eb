// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ClusterProfile.h"
#include "SshEndpoint.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace es::test {

/// The lab's key-only sshd as an endpoint, from the variables of a lab env file (LAB_HOST, LAB_SSH_PORT,
/// LAB_SSH_USER, LAB_SSH_KEY, LAB_KNOWN_HOSTS; see tests/lab/README.md). ~/.ssh/config is not read.
SshEndpoint labSshEndpoint(const QHash<QString, QString> &lab);

/// Runs `command` (a shell line, its arguments already quoted) on the lab's head node over a new SSH session that
/// checks the lab's host key. Its standard output, or empty with `error` set.
QByteArray runOnLab(const QHash<QString, QString> &lab, const QString &command, QString *error);

/// The same, with the command given as arguments (quoted here); a failure is printed as a warning.
QByteArray runOnLab(const QHash<QString, QString> &lab, const QStringList &command);

/// The lab is shared by the lab suites: deletes from the store at `location` every job whose id is not in `ids`, so
/// that shares and flags are those of the calling test's jobs. False when the store cannot be opened or written.
bool keepOnlyJobs(const QString &location, const QStringList &ids);

/// The lab's head node as a cluster profile named `name`, its Slurm cluster from LAB_CLUSTER.
ClusterProfile labProfile(const QHash<QString, QString> &lab, const QString &name);

/// Copies `sourceFile` into `directory` (created, world-readable and searchable) as a file every user may read and
/// run: the lab user cannot read the source tree. Returns the copy's path; a failed copy is fatal to the test.
QString publishForLabUser(const QString &sourceFile, const QString &directory);

} // namespace es::test
