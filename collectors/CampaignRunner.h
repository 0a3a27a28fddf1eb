// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignSlurmParser.h"
#include "CampaignSpec.h"
#include "CampaignStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace es {

class SshSession;
class Store;

/// Counts of a campaign's runs by state (latest attempt of each planned run), and what a step did.
struct CampaignProgress
{
    /// The states in the order a run goes through them, for counts and messages.
    static const QStringList &states();
    int ended() const;

    QHash<QString, int>
        runsByState;      ///< planned, submitting, submitted, running, finished, completed, failed, cancelled
    int plannedRuns = 0;  ///< repetitions x cells
    int submittedNow = 0; ///< by this step
    int adoptedNow = 0;   ///< jobs found by name for runs a crash left in "submitting"
    int retriedNow = 0;
    int readNow = 0;      ///< results read
    bool done = false;    ///< every run completed, failed, cancelled or skipped
    int skippedNow = 0;   ///< repeats not run: their cell's energy was known well enough
    QStringList messages; ///< per-run notes of this step ("es-x-...-r0a0: NODE_FAIL on node2, retried")
};

/// Drives a stored campaign on its cluster over a connected SSH session, one step at a time; every step is safe
/// to interrupt at any point (a killed process, a dropped connection) and to run again:
///
/// 1. reconcile: one `squeue` and one `sacct` call for every run Slurm may hold, matched by job name (unique per
///    attempt); a run left in "submitting" by a crash adopts the job found under its name, and is submitted again
///    only when Slurm has none;
/// 2. read the results of runs that ended COMPLETED (CampaignResultReader);
/// 3. submit planned runs, in the design's order, up to `maxInFlight` jobs in Slurm at once. Each run is stored as
///    "submitting" (committed) before sbatch runs and as "submitted" with its job id after, so that no crash between
///    the two can submit it twice.
///
/// Ends of jobs: COMPLETED -> results; NODE_FAIL, PREEMPTED, BOOT_FAIL -> a new attempt (the failed node excluded)
/// up to the spec's max_retries, else failed; FAILED, TIMEOUT, OUT_OF_MEMORY, CANCELLED, DEADLINE -> failed, with
/// Slurm's state and exit code (and a missing program, when the job said so).
///
/// Threading: one thread (a worker or the CLI); the Store and the session belong to it.
class CampaignRunner final
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignRunner)
public:
    CampaignRunner(Store &store, SshSession &ssh, const CampaignRecord &campaign, const CampaignSpec &spec);

    /// Creates the campaign's folders on the cluster and installs the on-node sampler when the spec samples.
    bool prepare(QString *error);
    /// One reconcile + read + submit pass. False on a transport or database failure (*error); what was done
    /// before it is kept.
    bool step(int maxInFlight, CampaignProgress *progress, QString *error);
    /// Step 1 alone: asks Slurm (one squeue, one sacct) and updates the runs' states; reads no result, submits
    /// nothing.
    bool refresh(CampaignProgress *progress, QString *error);
    /// Cancels every job of the campaign (scancel) and marks unfinished runs cancelled.
    bool cancel(CampaignProgress *progress, QString *error);
    /// The counts without asking Slurm.
    bool progress(CampaignProgress *progress, QString *error);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// For fault-injection tests only: called with "before-sbatch" and "after-sbatch" around each submission, and
    /// with "before-result-stored" between reading a finished run's results and storing them.
    void setFaultHook(std::function<void(const QString &)> hook) { m_faultHook = std::move(hook); }

private:
    bool reconcile(QList<CampaignRunRecord> &runs, CampaignProgress *progress, QString *error);
    bool applyJobState(CampaignRunRecord &run, const CampaignJobState &job, CampaignProgress *progress, QString *error);
    bool endRun(CampaignRunRecord &run, const CampaignJobState &job, CampaignProgress *progress, QString *error);
    bool readResults(QList<CampaignRunRecord> &runs, CampaignProgress *progress, QString *error);
    bool submitPlanned(QList<CampaignRunRecord> &runs, int maxInFlight, CampaignProgress *progress, QString *error);
    bool queryJobs(const QStringList &names, QList<CampaignJobState> *jobs, QString *error);
    void count(const QList<CampaignRunRecord> &runs, CampaignProgress *progress) const;
    /// Why the cell needs no more runs (its energy is known within stop_within_pct), or std::nullopt.
    std::optional<QString> knownWellEnough(const QList<CampaignRunRecord> &runs, const QString &cellHash) const;
    std::optional<CampaignWorkload> workloadOf(const CampaignRunRecord &run) const;
    /// Arrival mode: seconds from now until the run's arrival (0 when it is due or the campaign is not in arrival
    /// mode). Arrivals count from the first submission, kept in the store, so a restart keeps the schedule.
    qint64 secondsUntilArrival(const QList<CampaignRunRecord> &runs, const CampaignRunRecord &run) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Store &m_store;
    SshSession &m_ssh;
    CampaignRecord m_campaign;
    CampaignSpec m_spec;
    std::vector<double> m_beginOffsetsS; ///< by run order; empty outside arrival mode
    CampaignStore m_runs;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const QString &)> m_faultHook;
};

} // namespace es
