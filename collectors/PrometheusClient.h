// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "PrometheusResponseParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace es {

/// Where a Prometheus server is and how to authenticate. Secrets live only in memory: they are sent in the
/// Authorization header and never appear in a message, a log or the URL that messages show.
struct PrometheusEndpoint
{
    /// `http(s)://HOST:PORT[/PATH]`: the API is under PATH/api/v1 (PATH for a server behind a reverse proxy).
    /// A user and password in the URL are taken out of it and sent as basic authentication.
    QUrl baseUrl;
    QString bearerToken; ///< `Authorization: Bearer ...` when set
    QString basicUser;   ///< basic authentication when set (and no bearer token)
    QString basicPassword;
    int timeoutMs = 30000; ///< per request: no byte for this long fails it
    /// PEM file of certificate authorities to trust besides the system's (a self-signed server); empty: none.
    QString caCertificatesFile;
};

/// Blocking client of the Prometheus HTTP API over QNetworkAccessManager (http and https, with Qt's TLS backend and
/// the system's certificate authorities).
///
/// Threading: create and use it in one thread, which must not be the GUI thread: each call waits in a local event
/// loop for its answer, so it works in a worker QThread with or without a running event loop of its own. Not
/// copyable; owns its QNetworkAccessManager.
class PrometheusClient final
{
    Q_DECLARE_TR_FUNCTIONS(es::PrometheusClient)
public:
    explicit PrometheusClient(PrometheusEndpoint endpoint);
    ~PrometheusClient();
    Q_DISABLE_COPY_MOVE(PrometheusClient)

    /// GET `/api/v1/query_range`. Fails with *error naming the URL (without credentials) for: no connection, a
    /// timeout, an HTTP error (with Prometheus's own message when it gave one, else a hint at the URL's path),
    /// and whatever PrometheusResponseParser refuses.
    std::optional<PrometheusMatrix> queryRange(const QString &promql, qint64 startS, qint64 endS, qint64 stepS,
                                               QString *error);

    /// The base URL as messages may show it (no user, no password).
    QString displayUrl() const;
    int requestsMade() const { return m_requests; }

private:
    /// `encodedQuery`: already percent-encoded (a '+' in PromQL must reach the server as %2B, not as a space).
    std::optional<QByteArray> get(const QString &apiPath, const QByteArray &encodedQuery, QString *error);

    PrometheusEndpoint m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_requests = 0;
};

} // namespace es
