// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SshEndpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace es {

class SshPrompter;

/// One SSH connection (libssh) with verified host key, on which remote commands run.
///
/// Host keys: a known key connects; an unknown one is shown to the prompter as its SHA-256 fingerprint and written
/// to known_hosts only when accepted; a changed key (or a key of another type) is refused, naming the known_hosts
/// file. Authentication order: none, agent, the endpoint's key file (passphrase from the prompter), default
/// identities, keyboard-interactive, password.
///
/// Threading: a session is used from one thread at a time (a worker; never the GUI thread). Cancellation via the
/// flag passed to exec() may come from any thread.
class SshSession final
{
    Q_DECLARE_TR_FUNCTIONS(es::SshSession)
public:
    SshSession();
    ~SshSession();
    /// The libssh version linked in, "0.10.6" (for the About box).
    static QString libraryVersion();
    Q_DISABLE_COPY_MOVE(SshSession)

    bool connect(const SshEndpoint &endpoint, SshPrompter &prompter, QString *error);
    void disconnect();
    bool isConnected() const;

    struct ExitInfo
    {
        int exitStatus = -1; ///< -1 when the remote side sent none (killed by a signal, connection lost)
        QByteArray standardError;
    };

    /// Runs `command` (built with shell::join from an argument list) and streams its standard output to `onOutput`
    /// in chunks as they arrive; `onOutput` returns false to stop reading. Returns false on a transport failure
    /// or cancellation (with *error); a command that ran and failed returns true with a non-zero exitStatus.
    /// `standardInput`, when not empty, is written to the command's standard input, then end of file (a batch
    /// script for sbatch: data, never part of the command line).
    bool exec(const QString &command, const std::function<bool(QByteArrayView)> &onOutput, ExitInfo *exit,
              QString *error, const std::atomic_bool *cancel = nullptr, int idleTimeoutS = 600,
              const QByteArray &standardInput = {});

    /// exec() that collects the output, and fails (with the command's stderr in *error) when it exits non-zero.
    bool run(const QString &command, QByteArray *output, QString *error, const std::atomic_bool *cancel = nullptr);

    /// "user@host:port" for messages.
    QString peer() const { return m_peer; }

private:
    bool verifyHostKey(SshPrompter &prompter, QString *error);
    bool authenticate(SshPrompter &prompter, QString *error);

    struct Handles;
    std::unique_ptr<Handles> m_handles;
    SshEndpoint m_endpoint;
    QString m_peer;
    QString m_knownHosts;
};

} // namespace es
