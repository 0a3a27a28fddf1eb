// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LabSsh.h"

#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

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

QByteArray runOnLab(const QHash<QString, QString> &lab, const QString &command, QString *error)
{
    SshSession ssh;
    NonInteractivePrompter prompter;
    QByteArray out;
    if (!ssh.connect(labSshEndpoint(lab), prompter, error) || !ssh.run(command, &out, error))
        return QByteArray();
    return out;
}

QByteArray runOnLab(const QHash<QString, QString> &lab, const QStringList &command)
{
    QString error;
    const QByteArray out = runOnLab(lab, shell::join(command), &error);
    if (!error.isEmpty())
        qWarning("remote command failed: %s", qPrintable(error));
    return out;
}

bool keepOnlyJobs(const QString &location, const QStringList &ids)
{
    Store store;
    QString error;
    if (!store.open(location, &error))
        return false;
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE job_id NOT IN (%1)").arg(marks.join(u',')));
    for (const QString &id : ids)
        query.addBindValue(id);
    return query.exec();
}

} // namespace es::test
