#include "JobMetricsDeriver.h"

#include "Hostlist.h"
#include "Job.h"
#include "JobWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace es {
namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char *text)
{
    return QCoreApplication::translate("JobMetricsDeriver", text);
}

double orNaN(const QVariant &value)
{
    return value.isNull() ? kNaN : value.toDouble();
}

struct JobRow
{
    qint64 pk = 0;
    QString jobId;
    qint64 startTs = 0;
    qint64 endTs = kForever; ///< kForever while running
    double cpusPerNode = 1;
    std::optional<double> maxRssMb;
    std::optional<double> slurmEnergyJ;
    const std::vector<int> *nodes = nullptr; ///< indexes into the node table; shared between equal node lists
    bool target = false;

    // Accumulated over the job's nodes.
    double tempSum = 0, tempPeak = -std::numeric_limits<double>::infinity();
    qint64 tempCount = 0;
    double freqSum = 0;
    qint64 freqCount = 0;
    double utilSum = 0;
    qint64 utilCount = 0;
    double memPeakSum = 0;
    bool memOnEveryNode = true;
    bool exclusive = true;
    bool meteredEverywhere = true;
    double counterEnergyJ = 0;
    double modelEnergyJ = 0;
};

struct NodeInfo
{
    QString name;
    std::optional<qint64> id; ///< unset: not in the nodes table (no samples)
    std::optional<int> cpus;  ///< nodes.cpus
    std::vector<int> jobs;    ///< indexes into the job table, by start time
    bool hasTarget = false;
};

/// Samples of one node and one source, by time, with the interval each one describes.
struct Series
{
    QString source;
    std::vector<qint64> ts;
    std::vector<double> dt; ///< length of (ts - dt, ts]; 0 when the sample stands alone
    std::vector<double> util, mem, temp, freq, power, energy;
    qint64 meterSamples = 0;

    /// First index whose interval may reach into [a, ...): the first ts > a.
    size_t firstAfter(qint64 a) const { return size_t(std::upper_bound(ts.begin(), ts.end(), a) - ts.begin()); }
    /// Energy of sample i's interval (energy_j, else power_w * dt); NaN when it carries neither.
    double intervalEnergy(size_t i) const
    {
        if (!std::isnan(energy[i]))
            return energy[i];
        if (!std::isnan(power[i]))
            return power[i] * dt[i];
        return kNaN;
    }
    double meanPower(size_t i) const
    {
        if (!std::isnan(power[i]))
            return power[i];
        return dt[i] > 0 && !std::isnan(energy[i]) ? energy[i] / dt[i] : kNaN;
    }
};

void computeIntervals(Series &s)
{
    const size_t n = s.ts.size();
    s.dt.assign(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const qint64 before = i > 0 ? s.ts[i] - s.ts[i - 1] : kForever;
        const qint64 after = i + 1 < n ? s.ts[i + 1] - s.ts[i] : kForever;
        if (before <= JobMetricsDeriver::MaxSampleGapS)
            s.dt[i] = double(before);
        else if (after <= JobMetricsDeriver::MaxSampleGapS)
            s.dt[i] = double(after);
    }
}

struct SegmentSums
{
    double energyJ = 0;
    double coveredS = 0;
};

/// The meter's energy in [a, b) and how much of it the samples cover.
SegmentSums meterOver(const Series &s, qint64 a, qint64 b)
{
    SegmentSums sums;
    for (size_t i = s.firstAfter(a); i < s.ts.size(); ++i) {
        const double start = double(s.ts[i]) - s.dt[i];
        if (start >= double(b))
            break;
        if (s.dt[i] <= 0)
            continue;
        const double e = s.intervalEnergy(i);
        if (std::isnan(e))
            continue;
        const double overlap = std::min(double(b), double(s.ts[i])) - std::max(double(a), start);
        if (overlap <= 0)
            continue;
        sums.energyJ += e * overlap / s.dt[i];
        sums.coveredS += overlap;
    }
    return sums;
}

/// Time-weighted mean utilisation (0..1) over [a, b) from every series; NaN when nothing covers it.
double utilOver(const std::vector<Series> &series, qint64 a, qint64 b)
{
    double weighted = 0;
    double weight = 0;
    for (const Series &s : series) {
        for (size_t i = s.firstAfter(a); i < s.ts.size(); ++i) {
            const double start = double(s.ts[i]) - s.dt[i];
            if (start >= double(b))
                break;
            if (std::isnan(s.util[i]) || s.dt[i] <= 0)
                continue;
            const double overlap = std::min(double(b), double(s.ts[i])) - std::max(double(a), start);
            if (overlap <= 0)
                continue;
            weighted += s.util[i] / 100.0 * overlap;
            weight += overlap;
        }
    }
    return weight > 0 ? weighted / weight : kNaN;
}

/// A VM's link to the Proxmox host it runs on (node_host_map), for borrowing the host's sensors.
struct HostLink
{
    int host = -1; ///< index into the node table
    double vmCpus = 0;
    double hostCpus = 0;
};

/// Reads every sample of one node into per-source series (by time, intervals computed).
bool readSeries(QSqlQuery &samples, qint64 nodeId, std::vector<Series> *series, qint64 *count)
{
    series->clear();
    samples.addBindValue(nodeId);
    if (!samples.exec())
        return false;
    while (samples.next()) {
        const QString source = samples.value(1).toString();
        auto it = std::find_if(series->begin(), series->end(), [&](const Series &s) { return s.source == source; });
        if (it == series->end()) {
            series->push_back(Series{source, {}, {}, {}, {}, {}, {}, {}, {}, 0});
            it = series->end() - 1;
        }
        it->ts.push_back(samples.value(0).toLongLong());
        it->util.push_back(orNaN(samples.value(2)));
        it->mem.push_back(orNaN(samples.value(3)));
        it->temp.push_back(orNaN(samples.value(4)));
        it->freq.push_back(orNaN(samples.value(5)));
        it->power.push_back(orNaN(samples.value(6)));
        it->energy.push_back(orNaN(samples.value(7)));
        it->meterSamples += std::isnan(it->power.back()) && std::isnan(it->energy.back()) ? 0 : 1;
        ++*count;
    }
    samples.finish();
    for (Series &s : *series)
        computeIntervals(s);
    return true;
}

/// The host's samples as a VM's: its temperature when the VM has none, and its power or energy times the VM's
/// share of the host's busy CPUs over each sample's interval, (vm util * vm CPUs) / (host util * host CPUs) capped
/// at 1, when the VM has no meter. A sample whose share cannot be known (no utilisation of either side over its
/// interval) lends no power. Appends one series per host source that lends anything; returns how many.
int borrowHostSeries(const std::vector<Series> &host, const HostLink &link, bool needTemp, bool needMeter,
                     std::vector<Series> *own)
{
    const std::vector<Series> vm = *own; // the VM's own samples only, for its utilisation
    int lent = 0;
    for (const Series &h : host) {
        Series borrowed{QStringLiteral("host:") + h.source, h.ts, h.dt, {}, {}, {}, {}, {}, {}, 0};
        const size_t n = h.ts.size();
        borrowed.util.assign(n, kNaN);
        borrowed.mem.assign(n, kNaN);
        borrowed.freq.assign(n, kNaN);
        borrowed.temp.assign(n, kNaN);
        borrowed.power.assign(n, kNaN);
        borrowed.energy.assign(n, kNaN);
        bool any = false;
        for (size_t i = 0; i < n; ++i) {
            if (needTemp && !std::isnan(h.temp[i])) {
                borrowed.temp[i] = h.temp[i];
                any = true;
            }
            if (!needMeter || (std::isnan(h.power[i]) && std::isnan(h.energy[i])) || h.dt[i] <= 0)
                continue;
            const qint64 a = h.ts[i] - qint64(h.dt[i]);
            const double hostUtil = utilOver(host, a, h.ts[i]);
            const double vmUtil = utilOver(vm, a, h.ts[i]);
            const double hostBusy = hostUtil * link.hostCpus;
            if (std::isnan(hostUtil) || std::isnan(vmUtil) || !(hostBusy > 0))
                continue;
            const double share = std::clamp(vmUtil * link.vmCpus / hostBusy, 0.0, 1.0);
            borrowed.power[i] = h.power[i] * share;
            borrowed.energy[i] = h.energy[i] * share;
            ++borrowed.meterSamples;
            any = true;
        }
        if (any) {
            own->push_back(std::move(borrowed));
            ++lent;
        }
    }
    return lent;
}

} // namespace

JobMetricsDeriver::JobMetricsDeriver(Store &store) : m_store(store) {}

PowerModel JobMetricsDeriver::fitPowerModel(std::span<const double> util, std::span<const double> powerW)
{
    PowerModel model;
    const size_t n = std::min(util.size(), powerW.size());
    if (n == 0)
        return model;
    double meanU = 0, meanP = 0;
    for (size_t i = 0; i < n; ++i) {
        meanU += util[i];
        meanP += powerW[i];
    }
    meanU /= double(n);
    meanP /= double(n);
    double sUU = 0, sUP = 0;
    for (size_t i = 0; i < n; ++i) {
        sUU += (util[i] - meanU) * (util[i] - meanU);
        sUP += (util[i] - meanU) * (powerW[i] - meanP);
    }
    model.fitted = true;
    const double sdU = std::sqrt(sUU / double(n));
    if (n < 2 || sdU < 0.01 || sUP < 0) {
        model.idleW = model.maxW = meanP;
        return model;
    }
    const double slope = sUP / sUU;
    const double intercept = meanP - slope * meanU;
    model.idleW = std::max(intercept, 0.0);
    model.maxW = intercept + slope;
    return model;
}

bool JobMetricsDeriver::derive(const QString &clusterName, const JobMetricsDeriveOptions &options,
                               JobMetricsDeriveSummary *summary, QString *error)
{
    *summary = {};
    const auto clusterId = m_store.clusterId(clusterName);
    if (!clusterId) {
        *error = tr("no cluster named %1 in the store").arg(clusterName);
        return false;
    }
    QSqlDatabase db = m_store.database();
    auto failed = [&](const QSqlQuery &query, const char *what) {
        *error = tr("cannot read %1 of %2: %3").arg(QString::fromUtf8(what), clusterName, query.lastError().text());
        return false;
    };

    // The time window: target jobs, plus every job that may overlap one of them.
    qint64 windowStart = std::numeric_limits<qint64>::min();
    qint64 windowEnd = kForever;
    if (options.sinceTs) {
        QSqlQuery range(db);
        range.prepare(QStringLiteral("SELECT min(start_ts), max(end_ts) FROM jobs WHERE cluster_id = ? AND "
                                     "end_ts >= ? AND start_ts IS NOT NULL"));
        range.addBindValue(*clusterId);
        range.addBindValue(*options.sinceTs);
        if (!range.exec() || !range.next())
            return failed(range, "jobs");
        if (range.value(0).isNull())
            return true; // nothing ended since then
        windowStart = range.value(0).toLongLong();
        windowEnd = range.value(1).toLongLong();
    }

    // Nodes.
    std::vector<NodeInfo> nodes;
    QHash<QString, int> nodeIndex;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, name, cpus FROM nodes WHERE cluster_id = ?"));
        query.addBindValue(*clusterId);
        if (!query.exec())
            return failed(query, "nodes");
        while (query.next()) {
            NodeInfo node;
            node.id = query.value(0).toLongLong();
            node.name = query.value(1).toString();
            if (!query.value(2).isNull())
                node.cpus = query.value(2).toInt();
            nodeIndex.insert(node.name, int(nodes.size()));
            nodes.push_back(std::move(node));
        }
    }

    // Jobs, by start time.
    std::vector<JobRow> jobs;
    std::vector<std::unique_ptr<std::vector<int>>> nodeLists;
    QHash<QString, const std::vector<int> *> nodeListCache;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT j.id, j.job_id, j.start_ts, j.end_ts, j.alloc_cpus, j.req_cpus, j.node_list, j.max_rss_mb, "
            "j.energy_j, j.energy_source, m.energy_source FROM jobs j LEFT JOIN job_metrics m ON m.job_pk = j.id "
            "WHERE j.cluster_id = ? AND j.start_ts IS NOT NULL AND j.start_ts < ? AND "
            "(j.end_ts IS NULL OR j.end_ts > ?) ORDER BY j.start_ts"));
        query.addBindValue(*clusterId);
        query.addBindValue(windowEnd);
        query.addBindValue(windowStart);
        if (!query.exec())
            return failed(query, "jobs");
        while (query.next()) {
            JobRow job;
            job.pk = query.value(0).toLongLong();
            job.jobId = query.value(1).toString();
            job.startTs = query.value(2).toLongLong();
            const bool finished = !query.value(3).isNull();
            job.endTs = finished ? query.value(3).toLongLong() : kForever;
            if (job.endTs < job.startTs)
                continue; // inconsistent record: neither derived nor sharing a node
            const QString nodeList = query.value(6).toString().trimmed();
            auto cached = nodeListCache.constFind(nodeList);
            if (cached == nodeListCache.constEnd()) {
                auto indexes = std::make_unique<std::vector<int>>();
                if (!nodeList.isEmpty() && !nodeList.startsWith(u'(') &&
                    nodeList.compare(QLatin1StringView("None assigned"), Qt::CaseInsensitive) != 0) {
                    QString why;
                    const auto names = Hostlist::expand(nodeList, &why);
                    if (!names) {
                        ++summary->badNodeLists;
                    } else {
                        for (const QString &name : *names) {
                            auto found = nodeIndex.constFind(name);
                            int index = 0;
                            if (found == nodeIndex.constEnd()) {
                                index = int(nodes.size());
                                nodeIndex.insert(name, index);
                                nodes.push_back(NodeInfo{name, std::nullopt, std::nullopt, {}, false});
                            } else {
                                index = *found;
                            }
                            if (std::find(indexes->begin(), indexes->end(), index) == indexes->end())
                                indexes->push_back(index);
                        }
                    }
                }
                cached = nodeListCache.insert(nodeList, indexes.get());
                nodeLists.push_back(std::move(indexes));
            }
            job.nodes = *cached;
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
            job.target = finished && (!options.sinceTs || job.endTs >= *options.sinceTs) && !dataset;
            summary->keptDataset += finished && dataset && (!options.sinceTs || job.endTs >= *options.sinceTs);
            const int jobIndex = int(jobs.size());
            for (const int n : *job.nodes) {
                nodes[size_t(n)].jobs.push_back(jobIndex);
                nodes[size_t(n)].hasTarget = nodes[size_t(n)].hasTarget || job.target;
            }
            jobs.push_back(std::move(job));
        }
    }

    // Proxmox VMs: the host each node runs on (node_host_map), when both are known with their CPU counts.
    QHash<int, HostLink> hostLinks;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT node, host_node, vm_cpus, host_cpus FROM node_host_map "
                                     "WHERE cluster_id = ? AND host_node IS NOT NULL"));
        query.addBindValue(*clusterId);
        if (!query.exec())
            return failed(query, "the node-to-VM map");
        while (query.next()) {
            const auto vm = nodeIndex.constFind(query.value(0).toString());
            const auto host = nodeIndex.constFind(query.value(1).toString());
            if (vm == nodeIndex.constEnd() || host == nodeIndex.constEnd() || *vm == *host ||
                !nodes[size_t(*host)].id || query.value(2).toDouble() <= 0 || query.value(3).toDouble() <= 0)
                continue;
            hostLinks.insert(*vm, HostLink{*host, query.value(2).toDouble(), query.value(3).toDouble()});
        }
    }

    // Per node: its samples once, then its jobs swept in time order.
    QSqlQuery samples(db);
    samples.setForwardOnly(true);
    if (!samples.prepare(QStringLiteral(
            "SELECT ts, source, cpu_util_pct, mem_used_mb, temp_c, freq_mhz, power_w, energy_j FROM node_samples "
            "WHERE node_id = ? ORDER BY ts")))
        return failed(samples, "node samples");
    std::vector<Series> series;
    struct Event
    {
        qint64 ts;
        int job;
        bool start;
    };
    std::vector<Event> events;
    std::vector<int> active;
    std::vector<double> fitUtil, fitPower;
    std::vector<double> nodeCounterJ(jobs.size(), 0.0), nodeCoveredS(jobs.size(), 0.0);
    std::vector<Series> hostSeries;
    int hostSeriesOf = -1; // the node whose samples hostSeries holds
    for (size_t nodeIdx = 0; nodeIdx < nodes.size(); ++nodeIdx) {
        NodeInfo &node = nodes[nodeIdx];
        if (!node.hasTarget)
            continue;
        series.clear();
        if (node.id) {
            if (!readSeries(samples, *node.id, &series, &summary->samplesRead))
                return failed(samples, "node samples");
            ++summary->nodes;
        }
        // A VM without its own temperature or power meter borrows its Proxmox host's.
        if (const auto link = hostLinks.constFind(int(nodeIdx)); link != hostLinks.constEnd()) {
            const bool ownTemp = std::any_of(series.begin(), series.end(), [](const Series &s) {
                return std::any_of(s.temp.begin(), s.temp.end(), [](double t) { return !std::isnan(t); });
            });
            const bool ownMeter =
                std::any_of(series.begin(), series.end(), [](const Series &s) { return s.meterSamples > 0; });
            if (!ownTemp || !ownMeter) {
                if (hostSeriesOf != link->host) {
                    qint64 read = 0;
                    if (!readSeries(samples, *nodes[size_t(link->host)].id, &hostSeries, &read))
                        return failed(samples, "node samples");
                    hostSeriesOf = link->host;
                }
                if (borrowHostSeries(hostSeries, *link, !ownTemp, !ownMeter, &series) > 0)
                    ++summary->hostAttributed;
            }
        }
        const Series *meter = nullptr;
        fitUtil.clear();
        fitPower.clear();
        for (Series &s : series) {
            computeIntervals(s);
            if (s.meterSamples > 0 && (!meter || s.meterSamples > meter->meterSamples ||
                                       (s.meterSamples == meter->meterSamples && s.source < meter->source)))
                meter = &s;
        }
        if (meter) {
            for (size_t i = 0; i < meter->ts.size(); ++i) {
                const double p = meter->meanPower(i);
                if (!std::isnan(p) && !std::isnan(meter->util[i])) {
                    fitUtil.push_back(meter->util[i] / 100.0);
                    fitPower.push_back(p);
                }
            }
        }
        const PowerModel power = fitPowerModel(fitUtil, fitPower);

        // Sample statistics of each target job over [start, end] on this node.
        for (const int j : node.jobs) {
            JobRow &job = jobs[size_t(j)];
            if (!job.target)
                continue;
            double memPeak = kNaN;
            for (const Series &s : series) {
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

        // Sweep: between consecutive job boundaries the set of running jobs is constant.
        events.clear();
        for (const int j : node.jobs) {
            const JobRow &job = jobs[size_t(j)];
            if (job.endTs == job.startTs)
                continue;
            events.push_back({job.startTs, j, true});
            events.push_back({job.endTs, j, false});
        }
        std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.ts != b.ts ? a.ts < b.ts : (!a.start && b.start); // ends first: touching jobs do not overlap
        });
        active.clear();
        for (size_t e = 0; e < events.size(); ++e) {
            const Event &event = events[e];
            if (event.start)
                active.push_back(event.job);
            else
                active.erase(std::find(active.begin(), active.end(), event.job));
            if (e + 1 == events.size() || active.empty())
                continue;
            const qint64 a = event.ts;
            const qint64 b = events[e + 1].ts;
            if (b <= a)
                continue;
            bool anyTarget = false;
            double totalCpus = 0;
            for (const int j : active) {
                anyTarget = anyTarget || jobs[size_t(j)].target;
                totalCpus += jobs[size_t(j)].cpusPerNode;
            }
            if (active.size() > 1) {
                for (const int j : active)
                    jobs[size_t(j)].exclusive = false;
            }
            if (!anyTarget)
                continue;
            const SegmentSums measured = meter ? meterOver(*meter, a, b) : SegmentSums{};
            double util = utilOver(series, a, b);
            if (std::isnan(util))
                util = node.cpus && *node.cpus > 0 ? std::min(1.0, totalCpus / double(*node.cpus)) : 1.0;
            const double modelJ = (power.idleW + (power.maxW - power.idleW) * util) * double(b - a);
            for (const int j : active) {
                JobRow &job = jobs[size_t(j)];
                if (!job.target)
                    continue;
                const double share = job.cpusPerNode / totalCpus;
                nodeCounterJ[size_t(j)] += measured.energyJ * share;
                nodeCoveredS[size_t(j)] += measured.coveredS;
                job.modelEnergyJ += modelJ * share;
            }
        }
        // The counter energy of each job on this node, extrapolated over the part of its span not covered.
        for (const int j : node.jobs) {
            JobRow &job = jobs[size_t(j)];
            const double counterJ = std::exchange(nodeCounterJ[size_t(j)], 0.0);
            const double coveredS = std::exchange(nodeCoveredS[size_t(j)], 0.0);
            if (!job.target || job.endTs == job.startTs)
                continue;
            const double spanS = double(job.endTs - job.startTs);
            if (coveredS < MinMeterCoverage * spanS)
                job.meteredEverywhere = false;
            else
                job.counterEnergyJ += counterJ * spanS / coveredS;
        }
    }

    // Decide and write.
    JobWriter writer(m_store, clusterName);
    if (!writer.begin(error))
        return false;
    for (const JobRow &job : jobs) {
        if (!job.target)
            continue;
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
            ++summary->noEnergy;
        } else if (job.slurmEnergyJ && job.exclusive) {
            metrics.energyJ = job.slurmEnergyJ;
            metrics.energySource = QStringLiteral("slurm");
            ++summary->slurm;
        } else if (job.meteredEverywhere) {
            metrics.energyJ = job.counterEnergyJ;
            metrics.energySource = QStringLiteral("counter");
            ++summary->counter;
        } else {
            metrics.energyJ = job.modelEnergyJ;
            metrics.energySource = QStringLiteral("model");
            ++summary->model;
        }
        if (metrics.energyJ && durationS > 0)
            metrics.powerAvgW = *metrics.energyJ / durationS;
        ++summary->jobs;
        if (!writer.addMetrics(metrics, error))
            return false;
    }
    if (!writer.commit(error))
        return false;
    summary->metricsWritten = writer.summary().metricsWritten;
    return true;
}

} // namespace es
