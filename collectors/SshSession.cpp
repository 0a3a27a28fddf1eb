// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SshSession.h"

#include "SshPrompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <libssh/libssh.h>

namespace es {
namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

struct ChannelDeleter
{
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using ChannelPtr = std::unique_ptr<std::remove_pointer_t<ssh_channel>, ChannelDeleter>;

/// Overwrites a secret before its memory is released.
void wipe(QString &secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}
void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

QString hostPattern(const QString &host, int port)
{
    return port == 22 || port == 0 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

/// The line of `file` that names `pattern` in plain text (hashed entries cannot be read back), 0 when none.
int knownHostsLine(const QString &file, const QString &pattern)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int number = 0;
    while (!f.atEnd()) {
        ++number;
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray hosts = line.left(line.indexOf(' '));
        for (const QByteArray &h : hosts.split(',')) {
            if (QString::fromUtf8(h) == pattern)
                return number;
        }
    }
    return 0;
}

} // namespace

struct SshSession::Handles
{
    ssh_session session = nullptr;
    ~Handles()
    {
        if (session) {
            if (ssh_is_connected(session))
                ssh_disconnect(session);
            ssh_free(session);
        }
    }
};

SshSession::SshSession() = default;

QString SshSession::libraryVersion()
{
    return QString::fromLatin1(ssh_version(0)).section(u'/', 0, 0);
}

SshSession::~SshSession() = default;

void SshSession::disconnect()
{
    m_handles.reset();
}

bool SshSession::isConnected() const
{
    return m_handles && m_handles->session && ssh_is_connected(m_handles->session);
}

bool SshSession::connect(const SshEndpoint &endpoint, SshPrompter &prompter, QString *error)
{
    disconnect();
    m_endpoint = endpoint;
    if (endpoint.host.isEmpty()) {
        *error = tr("no host given");
        return false;
    }
    m_handles = std::make_unique<Handles>();
    ssh_session session = ssh_new();
    if (!session) {
        *error = tr("cannot create an SSH session");
        return false;
    }
    m_handles->session = session;

    const QByteArray host = endpoint.host.toUtf8();
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    if (endpoint.useSshConfig) {
        if (ssh_options_parse_config(session, nullptr) != SSH_OK) {
            *error = tr("cannot read the SSH configuration: %1").arg(QString::fromUtf8(ssh_get_error(session)));
            return false;
        }
    } else {
        bool process = false;
        ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &process);
    }
    // Explicit settings win over the SSH configuration.
    if (!endpoint.user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, endpoint.user.toUtf8().constData());
    if (endpoint.port > 0) {
        const unsigned int port = unsigned(endpoint.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    const long timeout = endpoint.connectTimeoutS;
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeout);
    if (!endpoint.knownHostsFile.isEmpty()) {
        ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(endpoint.knownHostsFile).constData());
        // With an explicit file, only that file decides: no system-wide entries.
        ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    }
    if (!endpoint.proxyCommand.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_PROXYCOMMAND, endpoint.proxyCommand.toUtf8().constData());

    char *user = nullptr;
    ssh_options_get(session, SSH_OPTIONS_USER, &user);
    unsigned int port = 22;
    ssh_options_get_port(session, &port);
    char *realHost = nullptr;
    ssh_options_get(session, SSH_OPTIONS_HOST, &realHost);
    m_peer = QStringLiteral("%1@%2:%3")
                 .arg(user ? QString::fromUtf8(user) : QString(), realHost ? QString::fromUtf8(realHost) : QString())
                 .arg(port);
    ssh_string_free_char(user);
    ssh_string_free_char(realHost);
    m_endpoint.port = int(port);
    m_knownHosts = endpoint.knownHostsFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                                     : endpoint.knownHostsFile;

    if (ssh_connect(session) != SSH_OK) {
        *error = tr("cannot connect to %1: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
        disconnect();
        return false;
    }
    if (!verifyHostKey(prompter, error) || !authenticate(prompter, error)) {
        disconnect();
        return false;
    }
    return true;
}

bool SshSession::verifyHostKey(SshPrompter &prompter, QString *error)
{
    ssh_session session = m_handles->session;
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session, &rawKey) != SSH_OK) {
        *error = tr("%1 sent no host key").arg(m_peer);
        return false;
    }
    KeyPtr key(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK) {
        *error = tr("cannot hash the host key of %1").arg(m_peer);
        return false;
    }
    char *fingerprintText = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    ssh_clean_pubkey_hash(&hash);
    const QString fingerprint = QString::fromUtf8(fingerprintText);
    ssh_string_free_char(fingerprintText);
    const QString keyType = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key.get())));
    const QString pattern = hostPattern(m_endpoint.host, m_endpoint.port);

    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const int line = knownHostsLine(m_knownHosts, pattern);
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(m_knownHosts).arg(line) : m_knownHosts;
        *error = tr("the host key of %1 has CHANGED: it now presents %2 %3, which does not match the key recorded "
                    "in %4. Refusing to connect: this can be an attack. If the server's key was really replaced, "
                    "remove that entry and connect again.")
                     .arg(pattern, keyType, fingerprint, where);
        return false;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        if (!prompter.acceptUnknownHostKey(m_endpoint.host, m_endpoint.port, keyType, fingerprint)) {
            *error =
                tr("the host key of %1 is not known (%2 %3) and was not accepted").arg(pattern, keyType, fingerprint);
            return false;
        }
        QDir().mkpath(QFileInfo(m_knownHosts).absolutePath());
        if (ssh_session_update_known_hosts(session) != SSH_OK) {
            *error = tr("cannot write %1: %2").arg(m_knownHosts, QString::fromUtf8(ssh_get_error(session)));
            return false;
        }
        return true;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    *error = tr("cannot check the host key of %1: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
    return false;
}

bool SshSession::authenticate(SshPrompter &prompter, QString *error)
{
    ssh_session session = m_handles->session;
    if (ssh_userauth_none(session, nullptr) == SSH_AUTH_SUCCESS)
        return true;
    const int methods = ssh_userauth_list(session, nullptr);
    QStringList offered;
    QStringList tried;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        offered << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        offered << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        offered << QStringLiteral("password");

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            tried << tr("agent");
            if (ssh_userauth_agent(session, nullptr) == SSH_AUTH_SUCCESS)
                return true;
        }
        if (!m_endpoint.keyFile.isEmpty()) {
            tried << m_endpoint.keyFile;
            const QByteArray path = QFile::encodeName(m_endpoint.keyFile);
            if (!QFileInfo::exists(m_endpoint.keyFile)) {
                *error = tr("the key file %1 does not exist").arg(m_endpoint.keyFile);
                return false;
            }
            ssh_key rawKey = nullptr;
            int rc = ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &rawKey);
            if (rc != SSH_OK) {
                // Encrypted (or unreadable): ask for the passphrase once.
                if (auto passphrase = prompter.keyPassphrase(m_endpoint.keyFile)) {
                    QByteArray utf8 = passphrase->toUtf8();
                    rc = ssh_pki_import_privkey_file(path.constData(), utf8.constData(), nullptr, nullptr, &rawKey);
                    wipe(utf8);
                    wipe(*passphrase);
                }
            }
            if (rc != SSH_OK) {
                *error = tr("cannot read the private key %1 (wrong passphrase, or not a key)").arg(m_endpoint.keyFile);
                return false;
            }
            KeyPtr key(rawKey);
            if (ssh_userauth_publickey(session, nullptr, key.get()) == SSH_AUTH_SUCCESS)
                return true;
        } else {
            tried << tr("default keys");
            if (ssh_userauth_publickey_auto(session, nullptr, nullptr) == SSH_AUTH_SUCCESS)
                return true;
        }
    }
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        tried << QStringLiteral("keyboard-interactive");
        int rc = ssh_userauth_kbdint(session, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO) {
            const int count = ssh_userauth_kbdint_getnprompts(session);
            QStringList prompts;
            QList<bool> echo;
            for (int i = 0; i < count; ++i) {
                char echoFlag = 0;
                prompts << QString::fromUtf8(ssh_userauth_kbdint_getprompt(session, unsigned(i), &echoFlag));
                echo << (echoFlag != 0);
            }
            auto answers = count == 0
                               ? std::optional<QStringList>(QStringList())
                               : prompter.keyboardInteractive(
                                     QString::fromUtf8(ssh_userauth_kbdint_getname(session)),
                                     QString::fromUtf8(ssh_userauth_kbdint_getinstruction(session)), prompts, echo);
            if (!answers || answers->size() != count)
                break;
            for (int i = 0; i < count; ++i) {
                QByteArray utf8 = (*answers)[i].toUtf8();
                ssh_userauth_kbdint_setanswer(session, unsigned(i), utf8.constData());
                wipe(utf8);
                wipe((*answers)[i]);
            }
            rc = ssh_userauth_kbdint(session, nullptr, nullptr);
        }
        if (rc == SSH_AUTH_SUCCESS)
            return true;
    }
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        tried << QStringLiteral("password");
        if (auto secret = prompter.password(m_peer.section(u'@', 0, 0), m_endpoint.host)) {
            QByteArray utf8 = secret->toUtf8();
            const int rc = ssh_userauth_password(session, nullptr, utf8.constData());
            wipe(utf8);
            wipe(*secret);
            if (rc == SSH_AUTH_SUCCESS)
                return true;
        }
    }
    *error = tr("authentication to %1 failed (the server offers: %2; tried: %3)")
                 .arg(m_peer, offered.isEmpty() ? tr("nothing") : offered.join(QStringLiteral(", ")),
                      tried.isEmpty() ? tr("nothing") : tried.join(QStringLiteral(", ")));
    return false;
}

bool SshSession::exec(const QString &command, const std::function<bool(QByteArrayView)> &onOutput, ExitInfo *exit,
                      QString *error, const std::atomic_bool *cancel, int idleTimeoutS, const QByteArray &standardInput)
{
    *exit = ExitInfo{};
    if (!isConnected()) {
        *error = tr("not connected");
        return false;
    }
    ssh_session session = m_handles->session;
    ChannelPtr channel(ssh_channel_new(session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK) {
        *error = tr("cannot open a channel to %1: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
        return false;
    }
    if (ssh_channel_request_exec(channel.get(), command.toUtf8().constData()) != SSH_OK) {
        *error = tr("cannot run a command on %1: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
        return false;
    }
    for (qsizetype sent = 0; sent < standardInput.size();) {
        const int n = ssh_channel_write(channel.get(), standardInput.constData() + sent,
                                        uint32_t(std::min<qsizetype>(standardInput.size() - sent, 32 * 1024)));
        if (n <= 0) {
            *error = tr("cannot send the input to %1: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
            return false;
        }
        sent += n;
    }
    if (!standardInput.isEmpty() && ssh_channel_send_eof(channel.get()) != SSH_OK) {
        *error = tr("cannot close the input to %1: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
        return false;
    }
    char buffer[64 * 1024];
    QElapsedTimer idle;
    idle.start();
    bool reading = true;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *error = tr("cancelled");
            return false;
        }
        const int n = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, 0, 200);
        if (n == SSH_ERROR) {
            *error = tr("the connection to %1 was lost: %2").arg(m_peer, QString::fromUtf8(ssh_get_error(session)));
            return false;
        }
        if (n > 0) {
            idle.restart();
            if (reading && !onOutput(QByteArrayView(buffer, n)))
                reading = false; // drain the rest without handing it out
        }
        for (;;) {
            const int e = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, 1);
            if (e <= 0)
                break;
            idle.restart();
            if (exit->standardError.size() < 1024 * 1024)
                exit->standardError.append(buffer, e);
        }
        if (n == 0 && ssh_channel_is_eof(channel.get()))
            break;
        if (!ssh_is_connected(session)) {
            *error = tr("the connection to %1 was lost").arg(m_peer);
            return false;
        }
        if (idle.elapsed() > qint64(idleTimeoutS) * 1000) {
            *error = tr("%1 sent nothing for %2 s").arg(m_peer).arg(idleTimeoutS);
            return false;
        }
    }
    exit->exitStatus = ssh_channel_get_exit_status(channel.get());
    return true;
}

bool SshSession::run(const QString &command, QByteArray *output, QString *error, const std::atomic_bool *cancel)
{
    output->clear();
    ExitInfo exit;
    const bool ok = exec(
        command,
        [output](QByteArrayView chunk) {
            output->append(chunk);
            return true;
        },
        &exit, error, cancel);
    if (!ok)
        return false;
    if (exit.exitStatus != 0) {
        *error = tr("'%1' on %2 exited with status %3: %4")
                     .arg(command.left(120), m_peer)
                     .arg(exit.exitStatus)
                     .arg(QString::fromUtf8(exit.standardError).trimmed().left(2000));
        return false;
    }
    return true;
}

} // namespace es
