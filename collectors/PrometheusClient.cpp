// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace es {
namespace {

constexpr qint64 kMaxBodyBytes = qint64(1) << 30;

} // namespace

PrometheusClient::PrometheusClient(PrometheusEndpoint endpoint)
    : m_endpoint(std::move(endpoint)), m_network(std::make_unique<QNetworkAccessManager>())
{
    QUrl &url = m_endpoint.baseUrl;
    if (!url.userName().isEmpty() && m_endpoint.basicUser.isEmpty()) {
        m_endpoint.basicUser = url.userName(QUrl::FullyDecoded);
        m_endpoint.basicPassword = url.password(QUrl::FullyDecoded);
    }
    url.setUserInfo(QString());
    // Credentials go only where the user pointed: a redirect to another host, port or scheme is an error.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

PrometheusClient::~PrometheusClient() = default;

QString PrometheusClient::displayUrl() const
{
    return m_endpoint.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

std::optional<QByteArray> PrometheusClient::get(const QString &apiPath, const QByteArray &encodedQuery, QString *error)
{
    QUrl url = m_endpoint.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + apiPath);
    const QString shownUrl = url.toString(QUrl::RemoveUserInfo);
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        *error = tr("'%1' is not an http:// or https:// URL").arg(displayUrl());
        return std::nullopt;
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (!m_endpoint.caCertificatesFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_endpoint.caCertificatesFile);
        if (authorities.isEmpty()) {
            *error = tr("no PEM certificate in %1").arg(m_endpoint.caCertificatesFile);
            return std::nullopt;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(authorities);
        request.setSslConfiguration(tls);
    }
    request.setRawHeader("Accept", "application/json");
    if (!m_endpoint.bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.bearerToken.toUtf8());
    } else if (!m_endpoint.basicUser.isEmpty()) {
        const QByteArray pair = m_endpoint.basicUser.toUtf8() + ':' + m_endpoint.basicPassword.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }

    ++m_requests;
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > kMaxBodyBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (httpStatus == 200 && reply->error() == QNetworkReply::NoError)
        return body;
    if (tooLarge) {
        *error = tr("the answer of %1 is larger than %2 MiB: use a larger step or a shorter window")
                     .arg(shownUrl)
                     .arg(kMaxBodyBytes >> 20);
        return std::nullopt;
    }
    if (httpStatus == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            *error = tr("no answer from %1 within %2 s").arg(shownUrl).arg(m_endpoint.timeoutMs / 1000.0);
        else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            *error = tr("cannot reach Prometheus at %1: %2 (a certificate this machine does not trust? Give its "
                        "authority with --ca-file)")
                         .arg(shownUrl, reply->errorString());
        else
            *error = tr("cannot reach Prometheus at %1: %2").arg(shownUrl, reply->errorString());
        return std::nullopt;
    }
    const QString prometheusError = PrometheusResponseParser::errorMessage(body);
    if (!prometheusError.isEmpty()) {
        *error = tr("Prometheus at %1 answered HTTP %2: %3").arg(shownUrl).arg(httpStatus).arg(prometheusError);
    } else if (httpStatus == 401 || httpStatus == 403) {
        *error = tr("%1 answered HTTP %2: the credentials were refused or are missing").arg(shownUrl).arg(httpStatus);
    } else {
        *error = tr("%1 answered HTTP %2 (%3): no Prometheus API there? Check the URL's path")
                     .arg(shownUrl)
                     .arg(httpStatus)
                     .arg(QString::fromUtf8(body.left(80)).simplified());
    }
    return std::nullopt;
}

std::optional<PrometheusMatrix> PrometheusClient::queryRange(const QString &promql, qint64 startS, qint64 endS,
                                                             qint64 stepS, QString *error)
{
    const QByteArray query = "query=" + QUrl::toPercentEncoding(promql) + "&start=" + QByteArray::number(startS) +
                             "&end=" + QByteArray::number(endS) + "&step=" + QByteArray::number(stepS);
    const auto body = get(QStringLiteral("/api/v1/query_range"), query, error);
    if (!body)
        return std::nullopt;
    QString parseError;
    auto matrix = PrometheusResponseParser::parseMatrix(*body, &parseError);
    if (!matrix)
        *error = tr("%1, query %2: %3").arg(displayUrl(), promql, parseError);
    return matrix;
}

} // namespace es
