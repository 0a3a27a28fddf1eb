// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobMetricsDeriveRun.h"

#include "Hostlist.h"
#include "Job.h"
#include "JobWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <utility>

namespace es {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

JobMetricsDeriveRun::JobMetricsDeriveRun(Store &store, const QString &clusterName, qint64 clusterId,
                                         const JobMetricsDeriveOptions &options, JobMetricsDeriveSummary *summary,
                                         QString *error)
    : m_store(store), m_db(store.database()), m_clusterName(clusterName), m_clusterId(clusterId), m_options(options),
      m_summary(summary), m_error(error), m_samples(m_db)
{}

bool JobMetricsDeriveRun::failed(const QSqlQuery &query, const char *what)
{
    *m_error = tr("cannot read %1 of %2: %3").arg(QString::fromUtf8(what), m_clusterName, query.lastError().text());
    return false;
}

bool JobMetricsDeriveRun::cancelled()
{
    if (!m_options.cancel || !m_options.cancel->load())
        return false;
    *m_error = tr("cancelled");
    return true;
}

bool JobMetricsDeriveRun::readWindow(bool *anyJob)
{
    *anyJob = true;
    if (!m_options.sinceTs)
        return true;
    QSqlQuery range(m_db);
    range.prepare(QStringLiteral("SELECT min(start_ts), max(end_ts) FROM jobs WHERE cluster_id = ? AND "
                                 "end_ts >= ? AND start_ts IS NOT NULL"));
    range.addBindValue(m_clusterId);
    range.addBindValue(*m_options.sinceTs);
    if (!range.exec() || !range.next())
        return failed(range, "jobs");
    if (range.value(0).isNull()) {
        *anyJob = false; // nothing ended since then
        return true;
    }
    m_windowStart = range.value(0).toLongLong();
    m_windowEnd = range.value(1).toLongLong();
    return true;
}

bool JobMetricsDeriveRun::readNodes()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, cpus FROM nodes WHERE cluster_id = ?"));
    query.addBindValue(m_clusterId);
    if (!query.exec())
        return failed(query, "nodes");
    while (query.next()) {
        NodeInfo node;
        node.id = query.value(0).toLongLong();
        node.name = query.value(1).toString();
        if (!query.value(2).isNull())
            node.cpus = query.value(2).toInt();
        m_nodeIndex.insert(node.name, int(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    return true;
}

int JobMetricsDeriveRun::nodeIndexOf(const QString &name)
{
    auto found = m_nodeIndex.constFind(name);
    if (found != m_nodeIndex.constEnd())
        return *found;
    const int index = int(m_nodes.size());
    m_nodeIndex.insert(name, index);
    m_nodes.push_back(NodeInfo{name, std::nullopt, std::nullopt, {}, false});
    return index;
}

const std::vector<int> *JobMetricsDeriveRun::nodeIndexesOf(const QString &nodeList)
{
    auto cached = m_nodeListCache.constFind(nodeList);
    if (cached != m_nodeListCache.constEnd())
        return *cached;
    auto indexes = std::make_unique<std::vector<int>>();
    if (!nodeList.isEmpty() && !nodeList.startsWith(u'(') &&
        nodeList.compare(QLatin1StringView("None assigned"), Qt::CaseInsensitive) != 0) {
        QString why;
        const auto names = Hostlist::expand(nodeList, &why);
        if (!names) {
            ++m_summary->badNodeLists;
        } else {
            for (const QString &name : *names) {
                const int index = nodeIndexOf(name);
                if (std::find(indexes->begin(), indexes->end(), index) == indexes->end())
                    indexes->push_back(index);
            }
        }
    }
    const std::vector<int> *shared = indexes.get();
    m_nodeListCache.insert(nodeList, shared);
    m_nodeLists.push_back(std::move(indexes));
    return shared;
}

void JobMetricsDeriveRun::addJob(const QSqlQuery &query)
{
    JobRow job;
    job.pk = query.value(0).toLongLong();
    job.jobId = query.value(1).toString();
    job.startTs = query.value(2).toLongLong();
    const bool finished = !query.value(3).isNull();
    job.endTs = finished ? query.value(3).toLongLong() : Forever;
    if (job.endTs < job.startTs)
        return; // inconsistent record: neither derived nor sharing a node
    job.nodes = nodeIndexesOf(query.value(6).toString().trimmed());
    double cpus = 1;
    if (!query.value(4).isNull() && query.value(4).toInt() > 0)
        cpus = query.value(4).toDouble();
    else if (!query.value(5).isNull() && query.value(5).toInt() > 0)
        cpus = query.value(5).toDouble();
    job.cpusPerNode = job.nodes->empty() ? cpus : cpus / double(job.nodes->size());
    if (!query.value(7).isNull())
        job.maxRssMb = query.value(7).toDouble();
    if (!query.value(8).isNull() && query.value(9).toString() == u"slurm")
        job.slurmEnergyJ = query.value(8).toDouble();
    const bool dataset = query.value(10).toString() == u"dataset";
    job.target = finished && (!m_options.sinceTs || job.endTs >= *m_options.sinceTs) && !dataset;
    m_summary->keptDataset += finished && dataset && (!m_options.sinceTs || job.endTs >= *m_options.sinceTs);
    const int jobIndex = int(m_jobs.size());
    for (const int n : *job.nodes) {
        m_nodes[size_t(n)].jobs.push_back(jobIndex);
        m_nodes[size_t(n)].hasTarget = m_nodes[size_t(n)].hasTarget || job.target;
    }
    m_jobs.push_back(std::move(job));
}

bool JobMetricsDeriveRun::readJobs()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT j.id, j.job_id, j.start_ts, j.end_ts, j.alloc_cpus, j.req_cpus, j.node_list, j.max_rss_mb, "
        "j.energy_j, j.energy_source, m.energy_source FROM jobs j LEFT JOIN job_metrics m ON m.job_pk = j.id "
        "WHERE j.cluster_id = ? AND j.start_ts IS NOT NULL AND j.start_ts < ? AND "
        "(j.end_ts IS NULL OR j.end_ts > ?) ORDER BY j.start_ts"));
    query.addBindValue(m_clusterId);
    query.addBindValue(m_windowEnd);
    query.addBindValue(m_windowStart);
    if (!query.exec())
        return failed(query, "jobs");
    while (query.next())
        addJob(query);
    return true;
}

bool JobMetricsDeriveRun::readHostLinks()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT node, host_node, vm_cpus, host_cpus FROM node_host_map "
                                 "WHERE cluster_id = ? AND host_node IS NOT NULL"));
    query.addBindValue(m_clusterId);
    if (!query.exec())
        return failed(query, "the node-to-VM map");
    while (query.next()) {
        const auto vm = m_nodeIndex.constFind(query.value(0).toString());
        const auto host = m_nodeIndex.constFind(query.value(1).toString());
        if (vm == m_nodeIndex.constEnd() || host == m_nodeIndex.constEnd() || *vm == *host ||
            !m_nodes[size_t(*host)].id || query.value(2).toDouble() <= 0 || query.value(3).toDouble() <= 0)
            continue;
        m_hostLinks.insert(*vm, HostLink{*host, query.value(2).toDouble(), query.value(3).toDouble()});
    }
    return true;
}

bool JobMetricsDeriveRun::deriveNodes()
{
    m_samples.setForwardOnly(true);
    if (!m_samples.prepare(QStringLiteral(
            "SELECT ts, source, cpu_util_pct, mem_used_mb, temp_c, freq_mhz, power_w, energy_j FROM node_samples "
            "WHERE node_id = ? ORDER BY ts")))
        return failed(m_samples, "node samples");
    m_nodeCounterJ.assign(m_jobs.size(), 0.0);
    m_nodeCoveredS.assign(m_jobs.size(), 0.0);
    const qint64 nodesTotal =
        qint64(std::count_if(m_nodes.begin(), m_nodes.end(), [](const NodeInfo &n) { return n.hasTarget; }));
    qint64 nodesDone = 0;
    for (size_t nodeIdx = 0; nodeIdx < m_nodes.size(); ++nodeIdx) {
        const NodeInfo &node = m_nodes[nodeIdx];
        if (!node.hasTarget)
            continue;
        if (cancelled())
            return false;
        if (m_options.nodeProgress)
            m_options.nodeProgress(nodesDone, nodesTotal);
        ++nodesDone;
        if (!loadNodeSeries(nodeIdx))
            return false;
        PowerModel power;
        const Series *meter = chooseMeter(&power);
        accumulateSampleStats(node);
        sweepEnergy(node, meter, power);
        extrapolateCounterEnergy(node);
    }
    return true;
}

bool JobMetricsDeriveRun::loadNodeSeries(size_t nodeIdx)
{
    const NodeInfo &node = m_nodes[nodeIdx];
    m_series.clear();
    if (node.id) {
        if (!Series::readNode(m_samples, *node.id, &m_series, &m_summary->samplesRead))
            return failed(m_samples, "node samples");
        ++m_summary->nodes;
    }
    // A VM without its own temperature or power meter borrows its Proxmox host's.
    if (const auto link = m_hostLinks.constFind(int(nodeIdx)); link != m_hostLinks.constEnd())
        return borrowHostSeries(*link);
    return true;
}

bool JobMetricsDeriveRun::borrowHostSeries(const HostLink &link)
{
    const bool ownTemp = std::any_of(m_series.begin(), m_series.end(), [](const Series &s) {
        return std::any_of(s.temp.begin(), s.temp.end(), [](double t) { return !std::isnan(t); });
    });
    const bool ownMeter =
        std::any_of(m_series.begin(), m_series.end(), [](const Series &s) { return s.meterSamples > 0; });
    if (ownTemp && ownMeter)
        return true;
    if (m_hostSeriesOf != link.host) {
        qint64 read = 0;
        if (!Series::readNode(m_samples, *m_nodes[size_t(link.host)].id, &m_hostSeries, &read))
            return failed(m_samples, "node samples");
        m_hostSeriesOf = link.host;
    }
    if (Series::borrowFromHost(m_hostSeries, link.vmCpus, link.hostCpus, !ownTemp, !ownMeter, &m_series) > 0)
        ++m_summary->hostAttributed;
    return true;
}

const NodeSampleSeries *JobMetricsDeriveRun::chooseMeter(PowerModel *power)
{
    const Series *meter = nullptr;
    m_fitUtil.clear();
    m_fitPower.clear();
    for (Series &s : m_series) {
        s.computeIntervals();
        if (s.meterSamples > 0 && (!meter || s.meterSamples > meter->meterSamples ||
                                   (s.meterSamples == meter->meterSamples && s.source < meter->source)))
            meter = &s;
    }
    if (meter) {
        for (size_t i = 0; i < meter->ts.size(); ++i) {
            const double p = meter->meanPower(i);
            if (!std::isnan(p) && !std::isnan(meter->util[i])) {
                m_fitUtil.push_back(meter->util[i] / 100.0);
                m_fitPower.push_back(p);
            }
        }
    }
    *power = JobMetricsDeriver::fitPowerModel(m_fitUtil, m_fitPower);
    return meter;
}

void JobMetricsDeriveRun::accumulateSampleStats(const NodeInfo &node)
{
    for (const int j : node.jobs) {
        JobRow &job = m_jobs[size_t(j)];
        if (!job.target)
            continue;
        double memPeak = kNaN;
        for (const Series &s : m_series) {
            auto i = size_t(std::lower_bound(s.ts.begin(), s.ts.end(), job.startTs) - s.ts.begin());
            for (; i < s.ts.size() && s.ts[i] <= job.endTs; ++i) {
                if (!std::isnan(s.temp[i])) {
                    job.tempSum += s.temp[i];
                    job.tempPeak = std::max(job.tempPeak, s.temp[i]);
                    ++job.tempCount;
                }
                if (!std::isnan(s.freq[i])) {
                    job.freqSum += s.freq[i];
                    ++job.freqCount;
                }
                if (!std::isnan(s.util[i])) {
                    job.utilSum += s.util[i];
                    ++job.utilCount;
                }
                if (!std::isnan(s.mem[i]))
                    memPeak = std::isnan(memPeak) ? s.mem[i] : std::max(memPeak, s.mem[i]);
            }
        }
        if (std::isnan(memPeak))
            job.memOnEveryNode = false;
        else
            job.memPeakSum += memPeak;
    }
}

void JobMetricsDeriveRun::sortedEvents(const NodeInfo &node)
{
    m_events.clear();
    for (const int j : node.jobs) {
        const JobRow &job = m_jobs[size_t(j)];
        if (job.endTs == job.startTs)
            continue;
        m_events.push_back({job.startTs, j, true});
        m_events.push_back({job.endTs, j, false});
    }
    std::sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        return a.ts != b.ts ? a.ts < b.ts : (!a.start && b.start); // ends first: touching jobs do not overlap
    });
}

void JobMetricsDeriveRun::sweepEnergy(const NodeInfo &node, const Series *meter, const PowerModel &power)
{
    sortedEvents(node);
    m_active.clear();
    for (size_t e = 0; e < m_events.size(); ++e) {
        const Event &event = m_events[e];
        if (event.start)
            m_active.push_back(event.job);
        else
            m_active.erase(std::find(m_active.begin(), m_active.end(), event.job));
        if (e + 1 == m_events.size() || m_active.empty())
            continue;
        const qint64 a = event.ts;
        const qint64 b = m_events[e + 1].ts;
        if (b <= a)
            continue;
        shareSegment(node, meter, power, a, b);
    }
}

/// [a, b): a segment of constant running jobs (m_active) on the node.
void JobMetricsDeriveRun::shareSegment(const NodeInfo &node, const Series *meter, const PowerModel &power, qint64 a,
                                       qint64 b)
{
    bool anyTarget = false;
    double totalCpus = 0;
    for (const int j : m_active) {
        anyTarget = anyTarget || m_jobs[size_t(j)].target;
        totalCpus += m_jobs[size_t(j)].cpusPerNode;
    }
    if (m_active.size() > 1) {
        for (const int j : m_active)
            m_jobs[size_t(j)].exclusive = false;
    }
    if (!anyTarget)
        return;
    const Series::SegmentSums measured = meter ? meter->meterOver(a, b) : Series::SegmentSums{};
    double util = Series::utilOver(m_series, a, b);
    if (std::isnan(util))
        util = node.cpus && *node.cpus > 0 ? std::min(1.0, totalCpus / double(*node.cpus)) : 1.0;
    const double modelJ = (power.idleW + (power.maxW - power.idleW) * util) * double(b - a);
    for (const int j : m_active) {
        JobRow &job = m_jobs[size_t(j)];
        if (!job.target)
            continue;
        const double share = job.cpusPerNode / totalCpus;
        m_nodeCounterJ[size_t(j)] += measured.energyJ * share;
        m_nodeCoveredS[size_t(j)] += measured.coveredS;
        job.modelEnergyJ += modelJ * share;
    }
}

void JobMetricsDeriveRun::extrapolateCounterEnergy(const NodeInfo &node)
{
    for (const int j : node.jobs) {
        JobRow &job = m_jobs[size_t(j)];
        const double counterJ = std::exchange(m_nodeCounterJ[size_t(j)], 0.0);
        const double coveredS = std::exchange(m_nodeCoveredS[size_t(j)], 0.0);
        if (!job.target || job.endTs == job.startTs)
            continue;
        const double spanS = double(job.endTs - job.startTs);
        if (coveredS < JobMetricsDeriver::MinMeterCoverage * spanS)
            job.meteredEverywhere = false;
        else
            job.counterEnergyJ += counterJ * spanS / coveredS;
    }
}

JobMetrics JobMetricsDeriveRun::metricsOf(const JobRow &job)
{
    JobMetrics metrics;
    metrics.jobId = job.jobId;
    const double durationS = double(job.endTs - job.startTs);
    metrics.durationS = durationS;
    if (job.tempCount > 0) {
        metrics.nodeTempAvgC = job.tempSum / double(job.tempCount);
        metrics.nodeTempPeakC = job.tempPeak;
    }
    if (job.freqCount > 0)
        metrics.cpuFreqAvgMhz = job.freqSum / double(job.freqCount);
    if (job.utilCount > 0)
        metrics.cpuUtilPct = job.utilSum / double(job.utilCount);
    if (job.maxRssMb)
        metrics.memMb = job.maxRssMb;
    else if (!job.nodes->empty() && job.exclusive && job.memOnEveryNode)
        metrics.memMb = job.memPeakSum;
    if (job.nodes->empty() || durationS <= 0) {
        ++m_summary->noEnergy;
    } else if (job.slurmEnergyJ && job.exclusive) {
        metrics.energyJ = job.slurmEnergyJ;
        metrics.energySource = QStringLiteral("slurm");
        ++m_summary->slurm;
    } else if (job.meteredEverywhere) {
        metrics.energyJ = job.counterEnergyJ;
        metrics.energySource = QStringLiteral("counter");
        ++m_summary->counter;
    } else {
        metrics.energyJ = job.modelEnergyJ;
        metrics.energySource = QStringLiteral("model");
        ++m_summary->model;
    }
    if (metrics.energyJ && durationS > 0)
        metrics.powerAvgW = *metrics.energyJ / durationS;
    ++m_summary->jobs;
    return metrics;
}

bool JobMetricsDeriveRun::writeMetrics()
{
    if (cancelled())
        return false;
    JobWriter writer(m_store, m_clusterName);
    if (!writer.begin(m_error))
        return false;
    for (const JobRow &job : m_jobs) {
        if (!job.target)
            continue;
        if (!writer.addMetrics(metricsOf(job), m_error))
            return false;
    }
    if (!writer.commit(m_error))
        return false;
    m_summary->metricsWritten = writer.summary().metricsWritten;
    return true;
}

} // namespace es
