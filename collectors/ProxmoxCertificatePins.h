// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace es {

class Store;

/// The certificate fingerprints users accepted for Proxmox API endpoints (table proxmox_cert_pins, migration 5),
/// kept with the store so that every program using it (GUI, CLI, a lab's shared PostgreSQL) trusts the same
/// certificate. A fingerprint identifies a public certificate: no secret is kept here.
///
/// Threading: use from the thread that owns the Store.
class ProxmoxCertificatePins final
{
    Q_DECLARE_TR_FUNCTIONS(es::ProxmoxCertificatePins)
public:
    /// The pinned SHA-256 fingerprint of `endpoint` ("host:port"): empty when none; std::nullopt on a database
    /// error (*error set).
    static std::optional<QString> pinned(Store &store, const QString &endpoint, QString *error);
    static bool pin(Store &store, const QString &endpoint, const QString &sha256, const QString &subject, qint64 nowTs,
                    QString *error);
    static bool unpin(Store &store, const QString &endpoint, QString *error);
};

} // namespace es
