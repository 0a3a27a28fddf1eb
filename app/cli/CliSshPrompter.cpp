// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliSshPrompter.h"

#include "CliApp.h"

namespace es {

CliSshPrompter::CliSshPrompter(CliApp &app, bool acceptNewHostKey) : m_app(app), m_acceptNewHostKey(acceptNewHostKey) {}

bool CliSshPrompter::acceptUnknownHostKey(const QString &host, int port, const QString &keyType,
                                          const QString &fingerprint)
{
    m_app.printError(
        m_acceptNewHostKey
            ? CliApp::tr("accepting the new host key of %1:%2: %3 %4").arg(host).arg(port).arg(keyType, fingerprint)
            : CliApp::tr("the host key of %1:%2 is unknown: %3 %4. Check it with the cluster's "
                         "administrators, then run again with --accept-new-host-key.")
                  .arg(host)
                  .arg(port)
                  .arg(keyType, fingerprint));
    return m_acceptNewHostKey;
}

std::optional<QString> CliSshPrompter::keyPassphrase(const QString &)
{
    return std::nullopt;
}

std::optional<QString> CliSshPrompter::password(const QString &, const QString &)
{
    return std::nullopt;
}

std::optional<QStringList> CliSshPrompter::keyboardInteractive(const QString &, const QString &, const QStringList &,
                                                               const QList<bool> &)
{
    return std::nullopt;
}

} // namespace es
