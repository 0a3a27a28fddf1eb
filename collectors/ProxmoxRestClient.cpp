// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxRestClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

namespace es {
namespace {

constexpr qint64 kMaxAnswerBytes = 256LL * 1024 * 1024;

} // namespace

ProxmoxRestClient::ProxmoxRestClient(const QUrl &baseUrl, QString tokenId, QString tokenSecret)
    : m_base(baseUrl), m_tokenId(std::move(tokenId)), m_tokenSecret(std::move(tokenSecret))
{
    if (m_base.port() < 0)
        m_base.setPort(8006);
}

ProxmoxRestClient::~ProxmoxRestClient() = default;

void ProxmoxRestClient::setPinnedFingerprint(const QString &sha256)
{
    const QString hex = normalizedFingerprint(sha256);
    if (hex.isEmpty()) {
        m_pin.clear();
        return;
    }
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    m_pin = pairs.join(u':');
}

QString ProxmoxRestClient::describe() const
{
    return QStringLiteral("https://") + endpoint();
}

QString ProxmoxRestClient::endpoint() const
{
    return m_base.host() + u':' + QString::number(m_base.port());
}

QString ProxmoxRestClient::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString ProxmoxRestClient::normalizedFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint.trimmed().toLower();
    hex.remove(u':');
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256Hex.match(hex).hasMatch() ? hex : QString();
}

QNetworkRequest ProxmoxRestClient::requestFor(const QString &path, const Parameters &parameters) const
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/api2/json") + path);
    QUrlQuery query;
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, value);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         QByteArrayLiteral("PVEAPIToken=") + m_tokenId.toUtf8() + '=' + m_tokenSecret.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QString ProxmoxRestClient::refusalOfSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QString where = endpoint();
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    for (qsizetype i = 0; leaf.isNull() && i < errors.size(); ++i)
        leaf = errors.at(i).certificate();
    if (leaf.isNull())
        return tr("%1 presented no certificate").arg(where);
    const QString presented = fingerprint(leaf);
    if (!m_pin.isEmpty()) {
        if (normalizedFingerprint(presented) == normalizedFingerprint(m_pin)) {
            reply->ignoreSslErrors(errors);
            return QString();
        }
        return tr("the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused. "
                  "If the host's certificate was renewed, compare the new fingerprint with the host's "
                  "own (pvenode cert info) before pinning it again")
            .arg(where, m_pin, presented);
    }
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    if (m_prompt && m_prompt(where, presented, leaf.subjectDisplayName())) {
        m_pin = presented;
        m_acceptedNew = true;
        reply->ignoreSslErrors(errors);
        return QString();
    }
    return tr("the certificate of %1 is not trusted (%2) and not pinned; its SHA-256 fingerprint is %3. "
              "Check it against the host (pvenode cert info) and accept it to pin it")
        .arg(where, reasons.join(QStringLiteral("; ")), presented);
}

QString ProxmoxRestClient::refusalOnEncrypted(QNetworkReply *reply) const
{
    if (m_pin.isEmpty())
        return QString();
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    const QString presented = leaf.isNull() ? tr("(none)") : fingerprint(leaf);
    if (normalizedFingerprint(presented) == normalizedFingerprint(m_pin))
        return QString();
    reply->abort();
    return tr("the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused")
        .arg(endpoint(), m_pin, presented);
}

bool ProxmoxRestClient::readAnswer(QNetworkReply *reply, const QString &path, QByteArray *json, QString *error) const
{
    const QString where = endpoint();
    const QString shownUrl = where + QStringLiteral("/api2/json") + path;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QByteArray body = reply->readAll();
    if (status == 401) {
        *error = tr("%1 refused the API token (HTTP 401 %2): check the token id (USER@REALM!TOKENID) and its "
                    "secret")
                     .arg(where, reason);
        return false;
    }
    if (status == 403) {
        *error = tr("the API token may not read %1 (HTTP 403 %2): it needs the Sys.Audit and VM.Audit "
                    "privileges (and privilege separation off, or the same roles on the token)")
                     .arg(shownUrl, reason);
        return false;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        if (status > 0) {
            *error = tr("HTTP %1 %2 from %3: %4")
                         .arg(status)
                         .arg(reason, shownUrl, QString::fromUtf8(body.left(300)).simplified());
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            *error = tr("no answer from %1 within %2 s, or the answer exceeded %3 MiB")
                         .arg(shownUrl)
                         .arg(m_timeoutMs / 1000)
                         .arg(kMaxAnswerBytes / (1024 * 1024));
        } else {
            *error = tr("cannot reach %1: %2").arg(shownUrl, reply->errorString());
        }
        return false;
    }
    *json = body;
    return true;
}

bool ProxmoxRestClient::get(const QString &path, const Parameters &parameters, QByteArray *json, QString *error)
{
    json->clear();
    if (m_base.scheme() != u"https" || m_base.host().isEmpty()) {
        *error = tr("the Proxmox URL must be https://HOST[:PORT], not %1").arg(m_base.toDisplayString());
        return false;
    }
    if (!path.startsWith(u'/')) {
        *error = tr("API path %1 does not start with /").arg(path);
        return false;
    }
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();

    QNetworkReply *reply = m_network->get(requestFor(path, parameters));
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(reply,
                                                                          [](QNetworkReply *r) { r->deleteLater(); });
    QString tlsRefusal;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&, reply](const QList<QSslError> &errors) {
        if (const QString refusal = refusalOfSslErrors(reply, errors); !refusal.isEmpty())
            tlsRefusal = refusal;
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply] {
        if (const QString refusal = refusalOnEncrypted(reply); !refusal.isEmpty())
            tlsRefusal = refusal;
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            reply->abort();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!tlsRefusal.isEmpty()) {
        *error = tlsRefusal;
        return false;
    }
    return readAnswer(reply, path, json, error);
}

} // namespace es
