// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSampleWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

namespace es {

class ProxmoxSource;
class Store;
struct ProxmoxHostMapping;
struct ProxmoxResources;

struct ProxmoxHarvestOptions
{
    QString timeframe = QStringLiteral("hour");        ///< rrddata window: hour (60 s steps), day, week, month, year
    QString consolidation = QStringLiteral("AVERAGE"); ///< AVERAGE or MAX
    bool includeContainers = false;                    ///< lxc guests too (Slurm nodes are VMs as a rule)
};

struct ProxmoxHarvestSummary
{
    QString source; ///< where the answers came from
    int hosts = 0;  ///< online hosts harvested
    int guests = 0; ///< guests whose rrddata was read
    int mapped = 0; ///< guests tied to a cluster node (by name or by the user's map)
    qint64 hostPoints = 0;
    qint64 guestPoints = 0; ///< rows with values (a stopped guest's rows have none)
    qint64 mappingsWritten = 0;
    NodeSampleWriteSummary written;
    QStringList warnings; ///< hosts offline, guests without a name, names taken by a user mapping, ...
};

/// Harvests a Proxmox VE cluster through a ProxmoxSource (REST or pvesh) into the store, in one transaction:
///  - /cluster/resources: the hosts and guests;
///  - per online host: /nodes/{host}/status (CPU count, memory, into `nodes`) and
///    /nodes/{host}/rrddata (cpu, loadavg, memused per step) as node samples of the host, source "proxmox";
///  - per qemu guest that is not a template (lxc too when asked): /nodes/{host}/qemu/{vmid}/rrddata (cpu of its
///    own CPUs, mem) as node samples of the cluster node it is, source "proxmox". A stopped guest's rows carry no
///    values and give no sample.
/// The node a guest is: the user's mapping naming it, else the node of the same name (node_host_map, which the
/// harvest keeps current with the guest's host, vmid and CPU counts). The API has no temperature or power: those
/// come from samplers run on the hosts, and JobMetricsDeriver attributes them to the VMs' jobs.
/// Samples: cpu_util_pct = cpu * 100 (of the node's own CPUs), load1, mem_used_mb = bytes / 2^20, ts = the row's
/// time (end of its step, UTC epoch s). Idempotent: a second harvest of the same rows writes nothing.
///
/// Threading: runs in the calling (worker) thread with a Store and a source owned by that thread; the cancel flag
/// may be set from any thread.
class ProxmoxCollector final
{
    Q_DECLARE_TR_FUNCTIONS(es::ProxmoxCollector)
public:
    static constexpr const char *Source = "proxmox";
    using Progress = std::function<void(const QString &stage)>;

    ProxmoxCollector(Store &store, ProxmoxSource &source) : m_store(store), m_source(source) {}

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    bool harvest(const QString &clusterName, const ProxmoxHarvestOptions &options, ProxmoxHarvestSummary *summary,
                 QString *error);

private:
    struct Harvested; ///< defined in the .cpp: what was read from the source, before the store's transaction

    bool cancelled(QString *error) const;
    void progress(const QString &stage) const;
    /// Cancelled, else one GET from the source.
    bool fetch(const QString &path, const QList<std::pair<QString, QString>> &parameters, QByteArray *json,
               QString *error);
    /// Each online host's status and rrddata (an offline one is a warning).
    bool readHosts(const ProxmoxResources &resources, const ProxmoxHarvestOptions &options, Harvested *harvested,
                   ProxmoxHarvestSummary *summary, QString *error);
    /// The rrddata of each guest on a harvested host (no templates; containers only when asked).
    bool readGuests(const ProxmoxResources &resources, const ProxmoxHarvestOptions &options, Harvested *harvested,
                    QString *error);
    /// The hosts' node rows and samples.
    bool writeHosts(NodeSampleWriter &writer, qint64 clusterId, qint64 now, const Harvested &harvested,
                    ProxmoxHarvestSummary *summary, QString *error);
    /// The guests' node-to-VM mappings and samples (an unmappable guest is a warning).
    bool writeGuests(NodeSampleWriter &writer, qint64 clusterId, qint64 now, const std::vector<ProxmoxHostMapping> &map,
                     Harvested *harvested, ProxmoxHarvestSummary *summary, QString *error);
    /// The harvest_state row: the newest host sample as the watermark.
    bool recordHarvest(qint64 clusterId, qint64 now, const Harvested &harvested, const ProxmoxHarvestSummary &summary,
                       QString *error);

    Store &m_store;
    ProxmoxSource &m_source;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace es
