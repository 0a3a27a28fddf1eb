// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ProxmoxSource.h"

#include <QCoreApplication>

#include <atomic>

namespace es {

class SshSession;

/// The Proxmox API through `pvesh get PATH --output-format json [--NAME VALUE]...` run on a Proxmox host over an
/// SSH session (which must be connected, as a user allowed to run pvesh: usually root). The command is built from
/// quoted arguments (shell::join); parameter names are checked, so a name cannot smuggle in an option.
///
/// Threading: as the SshSession (one worker thread); the cancel flag may be set from any thread.
class ProxmoxPveshClient final : public ProxmoxSource
{
    Q_DECLARE_TR_FUNCTIONS(es::ProxmoxPveshClient)
public:
    explicit ProxmoxPveshClient(SshSession &ssh) : m_ssh(ssh) {}

    /// Where pvesh is when it is not on the remote PATH (default "pvesh").
    void setProgram(const QString &program) { m_program = program; }
    /// Environment assignments put in front of the command (e.g. PATH), quoted like the arguments.
    void setRemoteEnvironment(const QList<std::pair<QString, QString>> &environment) { m_environment = environment; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// The remote command for one request (exposed for tests and messages). Empty when the path or a parameter
    /// name is not acceptable (*error says which).
    QString command(const QString &path, const Parameters &parameters, QString *error) const;

    bool get(const QString &path, const Parameters &parameters, QByteArray *json, QString *error) override;
    QString describe() const override;

private:
    SshSession &m_ssh;
    QString m_program = QStringLiteral("pvesh");
    QList<std::pair<QString, QString>> m_environment;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace es
