// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <span>

namespace es {

class Store;

/// Node power as a linear function of CPU utilisation: P = idleW + (maxW - idleW) * util, util in [0, 1].
struct PowerModel
{
    double idleW = 100;
    double maxW = 300;
    bool fitted = false; ///< false: the defaults (no sample had both power and utilisation)
};

struct JobMetricsDeriveOptions
{
    /// Only jobs that ended at or after this time (UTC epoch seconds); every finished job when unset.
    std::optional<qint64> sinceTs;
    /// Checked before each node and before writing: once set, derive() returns false with the error "cancelled"
    /// and writes nothing. Not owned; may be set from another thread.
    const std::atomic_bool *cancel = nullptr;
    /// Called from derive()'s thread after each node with a job to derive: nodes done, nodes in all.
    std::function<void(qint64 nodesDone, qint64 nodesTotal)> nodeProgress;
};

struct JobMetricsDeriveSummary
{
    qint64 jobs = 0;         ///< finished jobs given metrics
    qint64 slurm = 0;        ///< energy from Slurm's ConsumedEnergyRaw on exclusive nodes
    qint64 counter = 0;      ///< energy from node meters in the samples, split by CPU share
    qint64 model = 0;        ///< energy estimated from utilisation (an estimate)
    qint64 noEnergy = 0;     ///< no node known (empty or unreadable node list), or a zero-length job
    qint64 keptDataset = 0;  ///< jobs whose metrics came from a dataset: left alone
    qint64 badNodeLists = 0; ///< node lists that are not valid hostlists (the jobs get no node data)
    qint64 nodes = 0;        ///< nodes whose samples were read
    qint64 samplesRead = 0;
    qint64 metricsWritten = 0; ///< rows of job_metrics inserted or changed
    qint64 hostAttributed = 0; ///< Proxmox VM nodes that used their host's temperature or power
};

/// Derives job_metrics of one cluster from its jobs and node samples, and writes them (JobWriter, one
/// transaction). Idempotent: running it again with nothing new changes no row; new samples or jobs change the
/// metrics they touch. Rows of job_metrics labelled "dataset" (imported) are never replaced.
///
/// For each finished job (start_ts and end_ts known, end >= start), over [start_ts, end_ts] on the nodes of its
/// node_list (Hostlist):
///  - node_temp_avg_c, cpu_freq_avg_mhz, cpu_util_pct: mean of the node samples (all sources, all its nodes)
///    with ts in the span; node_temp_peak_c their maximum. Node-level values: on a shared node they include the
///    other jobs' load.
///  - mem_mb: the job's max_rss_mb; when unknown and every node was exclusive, the sum over its nodes of the
///    peak mem_used_mb; else NULL.
///  - duration_s = end_ts - start_ts; power_avg_w = energy_j / duration_s.
///  - energy_j and energy_source, the first that applies:
///    "slurm": jobs.energy_source is 'slurm' with energy_j, and no other job overlaps it in time on any of its
///      nodes (overlap: a.start < b.end and b.start < a.end; a job without end_ts runs forever);
///    "counter": on every node, the meter samples cover at least half the span. A sample at ts describes
///      (ts - dt, ts], dt the gap to the previous sample of its source (or, for a first sample or after a gap
///      over MaxSampleGapS, the gap to the next one); its energy is energy_j, else power_w * dt, spread evenly
///      over the interval. The meter is, per node, the source with the most samples carrying power or energy.
///      At each moment the node's energy is split among the jobs running there by CPUs: the job's CPUs on the
///      node / the sum over the running jobs (a job's CPUs on a node = alloc_cpus, else req_cpus, else 1, divided
///      by its node count). The energy of the uncovered part of the span is extrapolated at the covered rate;
///    "model": the same split of P = P_idle + (P_max - P_idle) * util, util the time-weighted node
///      cpu_util_pct over the moment (when no sample covers it: the allocated share of nodes.cpus, else 1), and
///      P_idle, P_max fitted per node (fitPowerModel) from all the node's meter samples that carry both power
///      and cpu_util_pct, or 100 W and 300 W when there are none.
///    Multi-node jobs sum their nodes. Jobs with no node, or a zero-length span, get no energy.
///  - Proxmox VMs (a node with a row in node_host_map naming its host and both CPU counts): VMs cannot see host
///    sensors, so a VM node without temperature samples of its own takes its host's (source "host:SOURCE"), and one
///    without a meter of its own takes the host's power or energy times the VM's share of the host's busy CPUs over
///    each sample's interval: (VM util x VM CPUs) / (host util x host CPUs), capped at 1, utilisations time-weighted
///    from all sources over that interval. That borrowed meter then feeds "counter" like a meter of the node's own.
///    The host is the one of the last harvest (a VM migrated since is attributed to its current host).
///
/// Cost: three queries for the window, nodes and jobs, then one query per node with a job to derive, reading all
/// of that node's samples once (the whole history feeds the power model); each node's jobs are swept in time
/// order. Threading: use from the thread that owns the Store.
class JobMetricsDeriver final
{
    Q_DECLARE_TR_FUNCTIONS(es::JobMetricsDeriver)
public:
    static constexpr qint64 MaxSampleGapS = 900;
    static constexpr double DefaultIdlePowerW = 100;
    static constexpr double DefaultMaxPowerW = 300;
    /// Least coverage of a job's span by a node's meter samples for the "counter" source.
    static constexpr double MinMeterCoverage = 0.5;

    explicit JobMetricsDeriver(Store &store);
    Q_DISABLE_COPY_MOVE(JobMetricsDeriver)

    /// False with *error when the cluster does not exist or on a database error (nothing written then).
    bool derive(const QString &clusterName, const JobMetricsDeriveOptions &options, JobMetricsDeriveSummary *summary,
                QString *error);

    /// Least-squares line power = a + b * util over (util 0..1, power W) pairs: P_idle = max(a, 0), P_max = a + b.
    /// Fewer than 2 pairs, utilisation varying by less than 1 percentage point (standard deviation), or a
    /// negative slope: P_idle = P_max = the mean power (when any pair), else the defaults.
    static PowerModel fitPowerModel(std::span<const double> util, std::span<const double> powerW);

private:
    Store &m_store;
};

} // namespace es
