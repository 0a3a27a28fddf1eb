// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SshPrompter.h"

namespace es {

class CliApp;

/// The command line's SSH prompter: it never asks. An unknown host key is refused (with its SHA-256 fingerprint
/// printed) unless the user passed --accept-new-host-key; a changed one is refused by SshSession before any prompt.
/// No passphrase, password or one-time code is ever read: secrets come only from an SSH agent or an unencrypted key.
/// Thread-safe as far as CliApp::printError is: the live sampler calls it from several node threads at once.
class CliSshPrompter final : public SshPrompter
{
public:
    CliSshPrompter(CliApp &app, bool acceptNewHostKey);

    bool acceptUnknownHostKey(const QString &host, int port, const QString &keyType,
                              const QString &fingerprint) override;
    std::optional<QString> keyPassphrase(const QString &keyFile) override;
    std::optional<QString> password(const QString &user, const QString &host) override;
    std::optional<QStringList> keyboardInteractive(const QString &name, const QString &instruction,
                                                   const QStringList &prompts, const QList<bool> &echo) override;

private:
    CliApp &m_app;
    bool m_acceptNewHostKey;
};

} // namespace es
