// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace es {

/// Where the Proxmox collector reads API answers from: the REST API (ProxmoxRestClient) or pvesh on a host over
/// SSH (ProxmoxPveshClient). Both return the JSON as the transport delivered it; ProxmoxParser reads either.
///
/// Threading: an implementation is used from the one thread that created it (a worker, never the GUI thread).
class ProxmoxSource
{
public:
    using Parameters = QList<std::pair<QString, QString>>;

    virtual ~ProxmoxSource() = default;

    /// GET of an API path such as "/cluster/resources" with query parameters (name, value). False with *error on
    /// any failure (transport, authentication, HTTP or pvesh error); *error never holds a secret.
    virtual bool get(const QString &path, const Parameters &parameters, QByteArray *json, QString *error) = 0;
    /// Where the answers come from, for messages ("https://host:8006", "pvesh on user@host:22").
    virtual QString describe() const = 0;
};

} // namespace es
