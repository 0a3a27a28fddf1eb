// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace es {

/// A Proxmox VE host (a "node" entry of /cluster/resources). Units in the names; unset optionals were absent.
struct ProxmoxHost
{
    QString name;   ///< the Proxmox node name
    QString status; ///< "online", "offline", "unknown"
    std::optional<int> cpus;
    std::optional<double> memTotalBytes;
    std::optional<double> cpuFraction; ///< 0..1 of all its CPUs, at the time of the listing
    std::optional<double> memUsedBytes;
    std::optional<qint64> uptimeS;
};

/// A guest (qemu VM or lxc container) of /cluster/resources.
struct ProxmoxGuest
{
    int vmid = 0;
    QString type; ///< "qemu" or "lxc"
    QString name;
    QString host;   ///< the Proxmox node it runs on
    QString status; ///< "running", "stopped", ...
    bool isTemplate = false;
    std::optional<int> cpus; ///< maxcpu
    std::optional<double> memMaxBytes;
};

/// /cluster/resources reduced to what the collector needs; storages, pools, SDN entries are skipped.
struct ProxmoxResources
{
    std::vector<ProxmoxHost> hosts;
    std::vector<ProxmoxGuest> guests;
};

/// /nodes/{node}/status: the host's inventory and its values at the time of the request.
struct ProxmoxHostStatus
{
    std::optional<int> cpus; ///< cpuinfo.cpus (logical CPUs)
    std::optional<int> cores;
    std::optional<int> sockets;
    QString cpuModel;
    std::optional<double> cpuMhz;
    std::optional<double> cpuFraction; ///< 0..1
    std::optional<double> ioWaitFraction;
    std::optional<double> load1;
    std::optional<double> memUsedBytes;
    std::optional<double> memTotalBytes;
    std::optional<qint64> uptimeS;
    QString pveVersion;
};

/// One row of an rrddata answer (host or guest). `ts` is the end of the consolidation step (UTC epoch s). Rows of
/// a stopped guest carry only the maxima: every measured value is then unset.
struct ProxmoxRrdPoint
{
    qint64 ts = 0;
    std::optional<double> cpuFraction; ///< 0..1 of `cpus`
    std::optional<double> cpus;        ///< maxcpu
    std::optional<double> load1;       ///< loadavg (hosts)
    std::optional<double> ioWaitFraction;
    std::optional<double> memUsedBytes;  ///< memused (hosts) or mem (guests)
    std::optional<double> memTotalBytes; ///< memtotal (hosts) or maxmem (guests)
    std::optional<double> netInBytesPerS;
    std::optional<double> netOutBytesPerS;

    bool hasMeasurement() const { return cpuFraction || load1 || memUsedBytes || netInBytesPerS || netOutBytesPerS; }
};

} // namespace es
