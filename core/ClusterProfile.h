// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;

/// How to reach a cluster's head node, by name. Holds no secret: passphrases and passwords are asked for, or read
/// from the OS keychain, when connecting.
struct ClusterProfile
{
    Q_DECLARE_TR_FUNCTIONS(es::ClusterProfile)

public:
    QString name;
    QString host;
    int port = 0; ///< 0: from ~/.ssh/config, else 22
    QString user;
    QString keyFile;
    QString proxyCommand; ///< jump host, as an OpenSSH ProxyCommand ("ssh -W %h:%p bastion")
    QString knownHostsFile;
    QString slurmCluster; ///< the store's cluster name for its jobs; empty: the profile's name

    QString clusterName() const { return slurmCluster.isEmpty() ? name : slurmCluster; }
};

/// The profiles table of a store. Threading: as the Store.
class ClusterProfiles final
{
public:
    explicit ClusterProfiles(Store &store) : m_store(store) {}

    /// Adds or replaces the profile with that name.
    bool save(const ClusterProfile &profile, QString *error);
    bool remove(const QString &name, QString *error);
    std::optional<ClusterProfile> find(const QString &name, QString *error) const;
    std::optional<QList<ClusterProfile>> list(QString *error) const;

private:
    Store &m_store;
};

} // namespace es
