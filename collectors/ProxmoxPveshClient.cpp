// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxPveshClient.h"

#include "ShellQuote.h"
#include "SshSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace es {
namespace {} // namespace

QString ProxmoxPveshClient::command(const QString &path, const Parameters &parameters, QString *error) const
{
    static const QRegularExpression pathPattern(QStringLiteral("^(/[A-Za-z0-9_.\\-]+)+$"));
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9\\-]*$"));
    if (!pathPattern.match(path).hasMatch()) {
        *error = tr("not an API path: %1").arg(path);
        return QString();
    }
    QStringList args{m_program, QStringLiteral("get"), path, QStringLiteral("--output-format"), QStringLiteral("json")};
    for (const auto &[name, value] : parameters) {
        if (!namePattern.match(name).hasMatch() || name == u"output-format") {
            *error = tr("not an API parameter name: %1").arg(name);
            return QString();
        }
        args << QStringLiteral("--") + name << value;
    }
    if (m_environment.isEmpty())
        return shell::join(args);
    const QString withEnvironment = shell::withEnvironment(m_environment, args);
    if (withEnvironment.isEmpty())
        *error = tr("invalid environment variable name for the remote pvesh");
    return withEnvironment;
}

bool ProxmoxPveshClient::get(const QString &path, const Parameters &parameters, QByteArray *json, QString *error)
{
    json->clear();
    const QString remote = command(path, parameters, error);
    if (remote.isEmpty())
        return false;
    SshSession::ExitInfo exit;
    QString transportError;
    const bool ran = m_ssh.exec(
        remote,
        [json](QByteArrayView chunk) {
            json->append(chunk);
            return true;
        },
        &exit, &transportError, m_cancel, 120);
    if (!ran) {
        *error = tr("pvesh get %1 on %2: %3").arg(path, m_ssh.peer(), transportError);
        return false;
    }
    if (exit.exitStatus != 0) {
        const QString stderrText = QString::fromUtf8(exit.standardError).trimmed().left(400);
        *error = exit.exitStatus == 127
                     ? tr("pvesh is not on the PATH of %1 (is it a Proxmox VE host?): %2").arg(m_ssh.peer(), stderrText)
                     : tr("pvesh get %1 on %2 failed (exit %3): %4")
                           .arg(path, m_ssh.peer())
                           .arg(exit.exitStatus)
                           .arg(stderrText);
        return false;
    }
    return true;
}

QString ProxmoxPveshClient::describe() const
{
    return tr("pvesh on %1").arg(m_ssh.peer());
}

} // namespace es
