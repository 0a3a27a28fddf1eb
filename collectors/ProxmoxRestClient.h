// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ProxmoxSource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;
class QSslError;

namespace es {

/// The Proxmox VE REST API (`https://HOST:8006/api2/json/...`) with an API token
/// (`Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET`).
///
/// Certificates: Proxmox hosts mostly present self-signed certificates, so trust is a pin: the SHA-256 fingerprint
/// of the leaf certificate the user accepted. A pinned certificate is accepted whatever its chain (and only the
/// certificate errors of that very certificate are ignored, for that request); a different certificate is refused
/// with both fingerprints, even one a public CA vouches for. Without a pin, a certificate the system trusts is
/// accepted; an untrusted one goes to the prompt (like an unknown SSH host key) and, if accepted, becomes the pin
/// (pinnedFingerprint(), for the caller to keep). Verification is never switched off globally.
///
/// Threading: blocking calls that run a local event loop; use the client from one thread (a worker, never the GUI
/// thread). The prompt is called on that thread. The token secret is sent only in the header of requests to the
/// base URL (redirects are not followed) and never appears in errors.
class ProxmoxRestClient final : public ProxmoxSource
{
    Q_DECLARE_TR_FUNCTIONS(es::ProxmoxRestClient)
public:
    /// Return true to accept and pin the certificate. `endpoint` is "host:port"; the fingerprint is SHA-256 as
    /// Proxmox shows it (colon-separated upper-case hex).
    using CertificatePrompt =
        std::function<bool(const QString &endpoint, const QString &sha256Fingerprint, const QString &subject)>;

    /// `baseUrl`: https://HOST[:PORT] (port 8006 when absent). `tokenId`: USER@REALM!TOKENID.
    ProxmoxRestClient(const QUrl &baseUrl, QString tokenId, QString tokenSecret);
    ~ProxmoxRestClient() override;
    Q_DISABLE_COPY_MOVE(ProxmoxRestClient)

    /// A fingerprint in either form (with or without colons, any case); empty: no pin.
    void setPinnedFingerprint(const QString &sha256);
    /// The pin in force: the one set, or the one the prompt accepted. Empty when none.
    QString pinnedFingerprint() const { return m_pin; }
    /// True when the prompt accepted a certificate during this client's life (the caller should store the pin).
    bool acceptedNewCertificate() const { return m_acceptedNew; }
    void setCertificatePrompt(CertificatePrompt prompt) { m_prompt = std::move(prompt); }
    /// No data for this long (ms) fails the request. Default 30 s.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    bool get(const QString &path, const Parameters &parameters, QByteArray *json, QString *error) override;
    QString describe() const override;
    /// "host:port", the key of a pin.
    QString endpoint() const;

    /// The SHA-256 fingerprint of a certificate as Proxmox prints it: "AB:CD:...".
    static QString fingerprint(const QSslCertificate &certificate);
    /// The fingerprint reduced to lower-case hex without separators, for comparison.
    static QString normalizedFingerprint(const QString &fingerprint);

private:
    /// The GET of path with the token; redirects are not followed.
    QNetworkRequest requestFor(const QString &path, const Parameters &parameters) const;
    /// Certificate errors of the reply: ignored for the pinned certificate or one the prompt accepts (which becomes
    /// the pin); otherwise why the certificate is refused.
    QString refusalOfSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    /// A chain the system trusts raises no sslErrors: the pin, when there is one, is enforced here (the reply is
    /// aborted on a mismatch, and the refusal returned).
    QString refusalOnEncrypted(QNetworkReply *reply) const;
    /// The finished reply's body as *json, or the HTTP or network failure as *error.
    bool readAnswer(QNetworkReply *reply, const QString &path, QByteArray *json, QString *error) const;

    QUrl m_base;
    QString m_tokenId;
    QString m_tokenSecret;
    QString m_pin;
    bool m_acceptedNew = false;
    CertificatePrompt m_prompt;
    int m_timeoutMs = 30000;
    std::unique_ptr<QNetworkAccessManager> m_network; ///< created on first use, in the using thread
};

} // namespace es
