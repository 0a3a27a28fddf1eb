// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// What the SSH transport asks the person at the keyboard. Implemented by the GUI (dialogs, called through a
/// blocking queued connection from the worker thread) and by the CLI (terminal prompts or refusals).
///
/// Threading: called on the thread that runs SshSession::connect(); implementations must be safe there.
/// Secrets returned are used once and not stored by the transport.
class SshPrompter
{
public:
    virtual ~SshPrompter() = default;

    /// The server's key is not in known_hosts. Return true to accept it (it is then written to known_hosts).
    virtual bool acceptUnknownHostKey(const QString &host, int port, const QString &keyType,
                                      const QString &sha256Fingerprint) = 0;
    virtual std::optional<QString> keyPassphrase(const QString &keyFile) = 0;
    virtual std::optional<QString> password(const QString &user, const QString &host) = 0;
    /// Keyboard-interactive (OTP, MFA): one answer per prompt; std::nullopt cancels.
    virtual std::optional<QStringList> keyboardInteractive(const QString &name, const QString &instruction,
                                                           const QStringList &prompts, const QList<bool> &echo) = 0;
};

/// A prompter for unattended use: refuses unknown host keys (unless told to accept new ones) and has no secrets.
class NonInteractivePrompter final : public SshPrompter
{
public:
    explicit NonInteractivePrompter(bool acceptNewHostKeys = false) : m_acceptNew(acceptNewHostKeys) {}
    bool acceptUnknownHostKey(const QString &, int, const QString &, const QString &) override { return m_acceptNew; }
    std::optional<QString> keyPassphrase(const QString &) override { return std::nullopt; }
    std::optional<QString> password(const QString &, const QString &) override { return std::nullopt; }
    std::optional<QStringList> keyboardInteractive(const QString &, const QString &, const QStringList &,
                                                   const QList<bool> &) override
    {
        return std::nullopt;
    }

private:
    bool m_acceptNew;
};

} // namespace es
