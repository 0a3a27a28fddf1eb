// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LabSsh.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace es::test {

SshEndpoint labSshEndpoint(const QHash<QString, QString> &lab)
{
    SshEndpoint e;
    e.host = lab.value(QStringLiteral("LAB_HOST"));
    e.port = lab.value(QStringLiteral("LAB_SSH_PORT")).toInt();
    e.user = lab.value(QStringLiteral("LAB_SSH_USER"));
    e.keyFile = lab.value(QStringLiteral("LAB_SSH_KEY"));
    e.knownHostsFile = lab.value(QStringLiteral("LAB_KNOWN_HOSTS"));
    e.useSshConfig = false;
    e.connectTimeoutS = 10;
    return e;
}

QString publishForLabUser(const QString &sourceFile, const QString &directory)
{
    QDir().mkpath(directory);
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
    QFile::setPermissions(directory, everyone);
    const QString path = QDir(directory).filePath(QFileInfo(sourceFile).fileName());
    QFile::remove(path);
    if (!QFile::copy(sourceFile, path))
        qFatal("cannot copy %s to %s", qPrintable(sourceFile), qPrintable(path));
    QFile::setPermissions(path, everyone);
    return path;
}

ClusterProfile labProfile(const QHash<QString, QString> &lab, const QString &name)
{
    ClusterProfile profile;
    profile.name = name;
    profile.host = lab.value(QStringLiteral("LAB_HOST"));
    profile.port = lab.value(QStringLiteral("LAB_SSH_PORT")).toInt();
    profile.user = lab.value(QStringLiteral("LAB_SSH_USER"));
    profile.keyFile = lab.value(QStringLiteral("LAB_SSH_KEY"));
    profile.knownHostsFile = lab.value(QStringLiteral("LAB_KNOWN_HOSTS"));
    profile.slurmCluster = lab.value(QStringLiteral("LAB_CLUSTER"));
    return profile;
}

} // namespace es::test
