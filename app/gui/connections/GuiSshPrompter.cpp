// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "GuiSshPrompter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QThread>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

namespace es {
namespace {

/// Runs `function` in `context`'s thread and waits for its result (directly when already there).
template<typename Result, typename Function> Result callInGuiThread(QObject *context, Function function)
{
    Result result{};
    if (QThread::currentThread() == context->thread())
        return function();
    QMetaObject::invokeMethod(
        context, [&result, &function] { result = function(); }, Qt::BlockingQueuedConnection);
    return result;
}

} // namespace

GuiSshPrompter::GuiSshPrompter(QWidget *dialogParent, QObject *parent) : QObject(parent), m_parent(dialogParent) {}

bool GuiSshPrompter::acceptUnknownHostKey(const QString &host, int port, const QString &keyType,
                                          const QString &sha256Fingerprint)
{
    return callInGuiThread<bool>(this, [&] { return askHostKey(host, port, keyType, sha256Fingerprint); });
}

std::optional<QString> GuiSshPrompter::keyPassphrase(const QString &keyFile)
{
    return callInGuiThread<std::optional<QString>>(this, [&] {
        return askSecret(QStringLiteral("ssh-passphrase:") + keyFile, tr("Key passphrase"),
                         tr("Passphrase of the private key %1:").arg(keyFile));
    });
}

std::optional<QString> GuiSshPrompter::password(const QString &user, const QString &host)
{
    return callInGuiThread<std::optional<QString>>(this, [&] {
        return askSecret(QStringLiteral("ssh-password:%1@%2").arg(user, host), tr("SSH password"),
                         tr("Password of %1 on %2:").arg(user, host));
    });
}

std::optional<QStringList> GuiSshPrompter::keyboardInteractive(const QString &name, const QString &instruction,
                                                               const QStringList &prompts, const QList<bool> &echo)
{
    return callInGuiThread<std::optional<QStringList>>(this,
                                                       [&] { return askPrompts(name, instruction, prompts, echo); });
}

bool GuiSshPrompter::askHostKey(const QString &host, int port, const QString &keyType, const QString &fingerprint)
{
    QMessageBox box(QMessageBox::Question, tr("Unknown host key"),
                    tr("The authenticity of %1 (port %2) cannot be established.").arg(host).arg(port),
                    QMessageBox::Yes | QMessageBox::No, m_parent);
    box.setObjectName(QStringLiteral("hostKeyDialog"));
    box.setInformativeText(tr("Its %1 key fingerprint is\n%2\n\nCompare it with the one your cluster's administrators "
                              "publish. Trust this key and remember it?")
                               .arg(keyType, fingerprint));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> GuiSshPrompter::askSecret(const QString &keychainKey, const QString &title, const QString &label)
{
    if (auto stored = readKeychain(keychainKey))
        return stored;
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("secretDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(label, &dialog));
    auto *edit = new QLineEdit(&dialog);
    edit->setEchoMode(QLineEdit::Password);
    layout->addWidget(edit);
    auto *remember = new QCheckBox(tr("Remember in the system keychain"), &dialog);
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QString secret = edit->text();
    edit->clear();
    if (remember->isChecked())
        writeKeychain(keychainKey, secret);
    return secret;
}

std::optional<QStringList> GuiSshPrompter::askPrompts(const QString &name, const QString &instruction,
                                                      const QStringList &prompts, const QList<bool> &echo)
{
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("interactiveDialog"));
    dialog.setWindowTitle(name.isEmpty() ? tr("Authentication") : name);
    auto *layout = new QFormLayout(&dialog);
    if (!instruction.isEmpty())
        layout->addRow(new QLabel(instruction, &dialog));
    QList<QLineEdit *> edits;
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        auto *edit = new QLineEdit(&dialog);
        edit->setEchoMode(echo.value(i) ? QLineEdit::Normal : QLineEdit::Password);
        layout->addRow(prompts[i], edit);
        edits << edit;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList answers;
    for (QLineEdit *edit : edits) {
        answers << edit->text();
        edit->clear();
    }
    return answers;
}

std::optional<QString> GuiSshPrompter::readKeychain(const QString &key)
{
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return std::nullopt; // not stored, or no keychain here: ask
    return job.textData();
}

void GuiSshPrompter::writeKeychain(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    job->start(); // fire and forget: without a keychain nothing is kept, as promised
}

} // namespace es
