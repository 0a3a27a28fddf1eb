// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxCollector.h"

#include "ProxmoxHostMap.h"
#include "ProxmoxParser.h"
#include "ProxmoxSource.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace es {
namespace {

constexpr double kBytesPerMb = 1024.0 * 1024.0;

struct HostData
{
    ProxmoxHost host;
    ProxmoxHostStatus status;
    std::vector<ProxmoxRrdPoint> points;
};

struct GuestData
{
    ProxmoxGuest guest;
    std::vector<ProxmoxRrdPoint> points;
    QString node; ///< the cluster node it is; empty when unmapped
};

NodeSample sampleOf(const QString &node, const ProxmoxRrdPoint &point)
{
    NodeSample sample;
    sample.node = node;
    sample.ts = point.ts;
    sample.source = QString::fromLatin1(ProxmoxCollector::Source);
    if (point.cpuFraction)
        sample.cpuUtilPct = *point.cpuFraction * 100.0;
    sample.load1 = point.load1;
    if (point.memUsedBytes)
        sample.memUsedMb = *point.memUsedBytes / kBytesPerMb;
    return sample;
}

ProxmoxSource::Parameters rrdParametersOf(const ProxmoxHarvestOptions &options)
{
    return {{QStringLiteral("timeframe"), options.timeframe}, {QStringLiteral("cf"), options.consolidation}};
}

/// The guest's mapping: the stored one of its name, else its name as the node's; unset (with a warning) when it has
/// no name or its name is a node mapped to another VM by hand. hostNode, vmid and the CPU counts are left to fill.
std::optional<ProxmoxHostMapping> mappingOf(const ProxmoxGuest &guest,
                                            const QHash<QString, const ProxmoxHostMapping *> &byVmName,
                                            const QHash<QString, const ProxmoxHostMapping *> &byNode,
                                            QStringList *warnings)
{
    ProxmoxHostMapping mapping;
    if (const auto found = byVmName.constFind(guest.name); found != byVmName.constEnd()) {
        mapping = **found;
    } else if (guest.name.isEmpty()) {
        *warnings << ProxmoxCollector::tr("guest %1 has no name: not mapped to a node").arg(guest.vmid);
        return std::nullopt;
    } else if (byNode.contains(guest.name)) {
        *warnings << ProxmoxCollector::tr("guest %1 (%2): node %2 is mapped to VM %3 by hand; map this VM explicitly")
                         .arg(guest.vmid)
                         .arg(guest.name, byNode.value(guest.name)->vmName);
        return std::nullopt;
    } else {
        mapping.node = guest.name;
        mapping.vmName = guest.name;
        mapping.mappedBy = QStringLiteral("name");
    }
    return mapping;
}

} // namespace

bool ProxmoxCollector::cancelled(QString *error) const
{
    if (m_cancel && m_cancel->load()) {
        *error = tr("cancelled");
        return true;
    }
    return false;
}

struct ProxmoxCollector::Harvested
{
    std::vector<HostData> hosts;
    QHash<QString, int> hostIndex; ///< host name -> index in hosts
    std::vector<GuestData> guests;
};

void ProxmoxCollector::progress(const QString &stage) const
{
    if (m_progress)
        m_progress(stage);
}

bool ProxmoxCollector::fetch(const QString &path, const ProxmoxSource::Parameters &parameters, QByteArray *json,
                             QString *error)
{
    return !cancelled(error) && m_source.get(path, parameters, json, error);
}

bool ProxmoxCollector::readHosts(const ProxmoxResources &resources, const ProxmoxHarvestOptions &options,
                                 Harvested *harvested, ProxmoxHarvestSummary *summary, QString *error)
{
    const ProxmoxSource::Parameters rrdParameters = rrdParametersOf(options);
    QByteArray json;
    QString why;
    for (const ProxmoxHost &host : resources.hosts) {
        if (host.status != u"online") {
            summary->warnings << tr("host %1 is %2: skipped").arg(host.name, host.status);
            continue;
        }
        progress(tr("host %1").arg(host.name));
        HostData data{host, {}, {}};
        const QString base = QStringLiteral("/nodes/") + host.name;
        if (!fetch(base + QStringLiteral("/status"), {}, &json, error))
            return false;
        const auto status = ProxmoxParser::hostStatus(json, &why);
        if (!status) {
            *error = tr("%1/status: %2").arg(base, why);
            return false;
        }
        data.status = *status;
        if (!fetch(base + QStringLiteral("/rrddata"), rrdParameters, &json, error))
            return false;
        auto points = ProxmoxParser::rrdData(json, &why);
        if (!points) {
            *error = tr("%1/rrddata: %2").arg(base, why);
            return false;
        }
        data.points = std::move(*points);
        harvested->hostIndex.insert(host.name, int(harvested->hosts.size()));
        harvested->hosts.push_back(std::move(data));
    }
    return true;
}

bool ProxmoxCollector::readGuests(const ProxmoxResources &resources, const ProxmoxHarvestOptions &options,
                                  Harvested *harvested, QString *error)
{
    const ProxmoxSource::Parameters rrdParameters = rrdParametersOf(options);
    QByteArray json;
    QString why;
    for (const ProxmoxGuest &guest : resources.guests) {
        if (guest.isTemplate || (guest.type == u"lxc" && !options.includeContainers) ||
            !harvested->hostIndex.contains(guest.host))
            continue;
        progress(tr("guest %1 (%2)").arg(guest.vmid).arg(guest.name));
        const QString path = QStringLiteral("/nodes/%1/%2/%3/rrddata").arg(guest.host, guest.type).arg(guest.vmid);
        if (!fetch(path, rrdParameters, &json, error))
            return false;
        auto points = ProxmoxParser::rrdData(json, &why);
        if (!points) {
            *error = tr("%1: %2").arg(path, why);
            return false;
        }
        harvested->guests.push_back({guest, std::move(*points), {}});
    }
    return true;
}

bool ProxmoxCollector::writeHosts(NodeSampleWriter &writer, qint64 clusterId, qint64 now, const Harvested &harvested,
                                  ProxmoxHarvestSummary *summary, QString *error)
{
    QSqlQuery hostRow(m_store.database());
    hostRow.prepare(QStringLiteral(
        "INSERT INTO nodes (cluster_id, name, cpus, real_mem_mb, state, updated_ts) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (cluster_id, name) DO UPDATE SET cpus = excluded.cpus, real_mem_mb = excluded.real_mem_mb, "
        "state = excluded.state, updated_ts = excluded.updated_ts WHERE nodes.cpus IS DISTINCT FROM excluded.cpus "
        "OR nodes.real_mem_mb IS DISTINCT FROM excluded.real_mem_mb OR nodes.state IS DISTINCT FROM excluded.state"));
    for (const HostData &data : harvested.hosts) {
        const std::optional<int> cpus = data.status.cpus ? data.status.cpus : data.host.cpus;
        const std::optional<double> memBytes =
            data.status.memTotalBytes ? data.status.memTotalBytes : data.host.memTotalBytes;
        hostRow.addBindValue(clusterId);
        hostRow.addBindValue(data.host.name);
        hostRow.addBindValue(cpus ? QVariant(*cpus) : QVariant(QMetaType(QMetaType::Int)));
        hostRow.addBindValue(memBytes ? QVariant(*memBytes / kBytesPerMb) : QVariant(QMetaType(QMetaType::Double)));
        hostRow.addBindValue(QString(QStringLiteral("proxmox-host:") + data.host.status));
        hostRow.addBindValue(now);
        if (!hostRow.exec()) {
            *error = tr("cannot store host %1: %2").arg(data.host.name, hostRow.lastError().text());
            return false;
        }
        for (const ProxmoxRrdPoint &point : data.points) {
            if (!point.hasMeasurement())
                continue;
            ++summary->hostPoints;
            if (!writer.add(sampleOf(data.host.name, point), error))
                return false;
        }
    }
    return true;
}

bool ProxmoxCollector::writeGuests(NodeSampleWriter &writer, qint64 clusterId, qint64 now,
                                   const std::vector<ProxmoxHostMapping> &map, Harvested *harvested,
                                   ProxmoxHarvestSummary *summary, QString *error)
{
    QHash<QString, const ProxmoxHostMapping *> byVmName, byNode;
    for (const ProxmoxHostMapping &row : map) {
        byVmName.insert(row.vmName, &row);
        byNode.insert(row.node, &row);
    }
    for (GuestData &data : harvested->guests) {
        const ProxmoxGuest &guest = data.guest;
        auto mapping = mappingOf(guest, byVmName, byNode, &summary->warnings);
        if (!mapping)
            continue;
        const HostData &host = harvested->hosts[size_t(harvested->hostIndex.value(guest.host))];
        mapping->hostNode = guest.host;
        mapping->vmid = guest.vmid;
        mapping->vmCpus = guest.cpus;
        mapping->hostCpus = host.status.cpus ? host.status.cpus : host.host.cpus;
        bool changed = false;
        if (!ProxmoxHostMap::upsert(m_store, clusterId, *mapping, now, &changed, error))
            return false;
        summary->mappingsWritten += changed ? 1 : 0;
        ++summary->mapped;
        data.node = mapping->node;
        for (const ProxmoxRrdPoint &point : data.points) {
            if (!point.hasMeasurement())
                continue;
            ++summary->guestPoints;
            if (!writer.add(sampleOf(data.node, point), error))
                return false;
        }
    }
    return true;
}

bool ProxmoxCollector::recordHarvest(qint64 clusterId, qint64 now, const Harvested &harvested,
                                     const ProxmoxHarvestSummary &summary, QString *error)
{
    qint64 newestTs = 0;
    for (const HostData &data : harvested.hosts)
        for (const ProxmoxRrdPoint &point : data.points)
            newestTs = std::max(newestTs, point.ts);
    QSqlQuery state(m_store.database());
    state.prepare(
        QStringLiteral("INSERT INTO harvest_state (cluster_id, source, watermark_ts, last_run_ts, last_result) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (cluster_id, source) DO UPDATE SET "
                       "watermark_ts = excluded.watermark_ts, last_run_ts = excluded.last_run_ts, "
                       "last_result = excluded.last_result"));
    state.addBindValue(clusterId);
    state.addBindValue(QString::fromLatin1(Source));
    state.addBindValue(newestTs > 0 ? QVariant(newestTs) : QVariant(QMetaType(QMetaType::LongLong)));
    state.addBindValue(now);
    state.addBindValue(
        tr("ok: %1 hosts, %2 guests from %3").arg(summary.hosts).arg(summary.guests).arg(summary.source));
    if (!state.exec()) {
        *error = tr("cannot record the harvest: %1").arg(state.lastError().text());
        return false;
    }
    return true;
}

bool ProxmoxCollector::harvest(const QString &clusterName, const ProxmoxHarvestOptions &options,
                               ProxmoxHarvestSummary *summary, QString *error)
{
    *summary = {};
    summary->source = m_source.describe();

    // Everything is read before the store's transaction opens, so that it stays short.
    progress(tr("cluster resources"));
    QByteArray json;
    if (!fetch(QStringLiteral("/cluster/resources"), {}, &json, error))
        return false;
    QString why;
    const auto resources = ProxmoxParser::clusterResources(json, &why);
    if (!resources) {
        *error = tr("/cluster/resources from %1: %2").arg(summary->source, why);
        return false;
    }
    Harvested harvested;
    if (!readHosts(*resources, options, &harvested, summary, error) ||
        !readGuests(*resources, options, &harvested, error))
        return false;
    summary->hosts = int(harvested.hosts.size());
    summary->guests = int(harvested.guests.size());
    if (cancelled(error))
        return false;

    // One transaction: host inventory, samples, the node-to-VM map, the harvest record.
    progress(tr("writing"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    NodeSampleWriter writer(m_store, clusterName);
    if (!writer.begin(error))
        return false;
    const qint64 clusterId = writer.clusterId();
    const auto map = ProxmoxHostMap::load(m_store, clusterId, error);
    if (!map)
        return false;
    if (!writeHosts(writer, clusterId, now, harvested, summary, error) ||
        !writeGuests(writer, clusterId, now, *map, &harvested, summary, error) ||
        !recordHarvest(clusterId, now, harvested, *summary, error))
        return false;
    if (!writer.commit(error))
        return false;
    summary->written = writer.summary();
    return true;
}

} // namespace es
