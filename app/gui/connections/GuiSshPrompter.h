// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SshPrompter.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace es {

/// The SSH prompts as dialogs. Lives in the GUI thread; its SshPrompter methods are called from a worker thread
/// (HarvestWorker) and block that worker, never the GUI, until the person answers (BlockingQueuedConnection).
///
/// Secrets: a passphrase or password is first looked up in the OS keychain (qtkeychain, insecure fallback off);
/// when asked for, the person may choose to remember it there. Where no keychain is available nothing is kept and
/// the next connection asks again. No secret is ever written to a file or a log.
class GuiSshPrompter final : public QObject, public SshPrompter
{
    Q_OBJECT
public:
    explicit GuiSshPrompter(QWidget *dialogParent, QObject *parent = nullptr);

    bool acceptUnknownHostKey(const QString &host, int port, const QString &keyType,
                              const QString &sha256Fingerprint) override;
    std::optional<QString> keyPassphrase(const QString &keyFile) override;
    std::optional<QString> password(const QString &user, const QString &host) override;
    std::optional<QStringList> keyboardInteractive(const QString &name, const QString &instruction,
                                                   const QStringList &prompts, const QList<bool> &echo) override;

    static QString keychainService() { return QStringLiteral("energy-studio"); }

private:
    // GUI thread only.
    bool askHostKey(const QString &host, int port, const QString &keyType, const QString &fingerprint);
    std::optional<QString> askSecret(const QString &keychainKey, const QString &title, const QString &label);
    std::optional<QStringList> askPrompts(const QString &name, const QString &instruction, const QStringList &prompts,
                                          const QList<bool> &echo);
    std::optional<QString> readKeychain(const QString &key);
    void writeKeychain(const QString &key, const QString &secret);

    QPointer<QWidget> m_parent;
};

} // namespace es
