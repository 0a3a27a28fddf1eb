// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace es {

class Store;

/// One row of node_host_map: cluster node `node` is the Proxmox VM `vmName`, which runs on `hostNode`.
struct ProxmoxHostMapping
{
    QString node;     ///< the node name as Slurm knows it (the name its samples are stored under)
    QString vmName;   ///< the VM's name in Proxmox
    QString hostNode; ///< the Proxmox host (node) the VM ran on at the last harvest; empty until harvested
    std::optional<int> vmid;
    std::optional<int> vmCpus;   ///< the VM's virtual CPUs (maxcpu)
    std::optional<int> hostCpus; ///< the host's logical CPUs
    QString mappedBy;            ///< "name" (found by a harvest) or "user" (set by hand)
};

/// The Slurm node <-> Proxmox VM map of a cluster (table node_host_map, migration 5). By default a VM is the node
/// of the same name; a user mapping (`proxmox map NODE=VM`) overrides that, and a harvest never changes which VM
/// a user mapping names: it only fills in the host, vmid and CPU counts.
///
/// Threading: use from the thread that owns the Store. The writing functions do not open a transaction: the
/// caller's one (e.g. a harvest's) is used, or each statement commits on its own.
class ProxmoxHostMap final
{
    Q_DECLARE_TR_FUNCTIONS(es::ProxmoxHostMap)
public:
    static std::optional<std::vector<ProxmoxHostMapping>> load(Store &store, qint64 clusterId, QString *error);
    /// Maps `node` to `vmName` by hand: any other row naming the node or the VM is replaced. Creates the cluster.
    static bool setUserMapping(Store &store, const QString &clusterName, const QString &node, const QString &vmName,
                               qint64 nowTs, QString *error);
    /// Removes the mapping of `node`; false with *error when there was none.
    static bool remove(Store &store, const QString &clusterName, const QString &node, QString *error);
    /// Inserts, or updates the host, vmid and CPU counts of, the row of mapping.node (vm_name and mapped_by of an
    /// existing row are kept). A row whose values are already these is not touched. *changed: a row was written.
    static bool upsert(Store &store, qint64 clusterId, const ProxmoxHostMapping &mapping, qint64 nowTs, bool *changed,
                       QString *error);
};

} // namespace es
