// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignRunner.h"

#include "CampaignDesign.h"
#include "CampaignPreflight.h"
#include "CampaignResultReader.h"
#include "CampaignScript.h"
#include "CampaignSummary.h"
#include "SamplerCollector.h"
#include "ShellQuote.h"
#include "SlurmSubmitter.h"
#include "SshSession.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace es {
namespace {

const QChar kUnitSeparator(0x1f);

const QSet<QString> &pendingStates()
{
    static const QSet<QString> states{QStringLiteral("PENDING"),      QStringLiteral("REQUEUED"),
                                      QStringLiteral("REQUEUE_HOLD"), QStringLiteral("REQUEUE_FED"),
                                      QStringLiteral("CONFIGURING"),  QStringLiteral("RESIZING"),
                                      QStringLiteral("SUSPENDED"),    QStringLiteral("STOPPED")};
    return states;
}

const QSet<QString> &runningStates()
{
    static const QSet<QString> states{QStringLiteral("RUNNING"), QStringLiteral("COMPLETING"),
                                      QStringLiteral("STAGE_OUT"), QStringLiteral("SIGNALING")};
    return states;
}

/// Ends after which the same run is tried again: the node or the scheduler failed, not the workload.
const QSet<QString> &retryStates()
{
    static const QSet<QString> states{QStringLiteral("NODE_FAIL"), QStringLiteral("PREEMPTED"),
                                      QStringLiteral("BOOT_FAIL")};
    return states;
}

qint64 nowS()
{
    return QDateTime::currentSecsSinceEpoch();
}

/// The hostlist of both, comma-joined without repeating a name already there.
QString withExcluded(const QString &excluded, const QString &nodeList)
{
    if (nodeList.isEmpty() || excluded.split(u',').contains(nodeList))
        return excluded;
    return excluded.isEmpty() ? nodeList : excluded + u',' + nodeList;
}

} // namespace

const QStringList &CampaignProgress::states()
{
    static const QStringList all{QStringLiteral("planned"), QStringLiteral("submitting"), QStringLiteral("submitted"),
                                 QStringLiteral("running"), QStringLiteral("finished"),   QStringLiteral("completed"),
                                 QStringLiteral("failed"),  QStringLiteral("cancelled"),  QStringLiteral("skipped")};
    return all;
}

int CampaignProgress::ended() const
{
    return runsByState.value(QStringLiteral("completed")) + runsByState.value(QStringLiteral("failed")) +
           runsByState.value(QStringLiteral("cancelled")) + runsByState.value(QStringLiteral("skipped"));
}

CampaignRunner::CampaignRunner(Store &store, SshSession &ssh, const CampaignRecord &campaign, const CampaignSpec &spec)
    : m_store(store), m_ssh(ssh), m_campaign(campaign), m_spec(spec), m_runs(store)
{
    if (!spec.arrival)
        return;
    const CampaignDesign design(spec);
    for (const CampaignPlannedRun &run : design.runs())
        m_beginOffsetsS.push_back(run.beginOffsetS);
}

qint64 CampaignRunner::secondsUntilArrival(const QList<CampaignRunRecord> &runs, const CampaignRunRecord &run) const
{
    const auto offsetOf = [this](int order) {
        return order >= 0 && size_t(order) < m_beginOffsetsS.size() ? m_beginOffsetsS[size_t(order)] : 0.0;
    };
    if (m_beginOffsetsS.empty())
        return 0;
    // The schedule's origin: the first run ever submitted was due at its submission (no run had been submitted,
    // so it went without --begin); every later arrival counts from there.
    const CampaignRunRecord *first = nullptr;
    for (const CampaignRunRecord &r : runs)
        if (r.submittedTs && r.id != run.id &&
            (!first || *r.submittedTs < *first->submittedTs ||
             (*r.submittedTs == *first->submittedTs && r.order < first->order)))
            first = &r;
    if (!first)
        return 0;
    const double originS = double(*first->submittedTs) - offsetOf(first->order);
    return std::max<qint64>(0, qint64(std::llround(originS + offsetOf(run.order))) - nowS());
}

bool CampaignRunner::prepare(QString *error)
{
    QByteArray unused;
    if (!m_ssh.run(shell::join({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"),
                                CampaignScript::samplesDir(m_spec.name)}),
                   &unused, error))
        return false;
    if (m_spec.samplerIntervalS <= 0)
        return true;
    QStringList paths;
    return SamplerCollector::install(m_ssh, QString(), &paths, error);
}

std::optional<CampaignWorkload> CampaignRunner::workloadOf(const CampaignRunRecord &run) const
{
    QString error;
    return CampaignWorkloads::fromJson(run.cell.value(QStringLiteral("workload")).toObject(), &error);
}

bool CampaignRunner::queryJobs(const QStringList &names, QList<CampaignJobState> *jobs, QString *error)
{
    jobs->clear();
    if (names.isEmpty())
        return true;
    // The controller first (it knows a job from the moment sbatch returns), then accounting (it keeps the job
    // after the controller forgets it). Both filtered on the campaign's job names: one call each, whatever the
    // number of runs.
    QByteArray queue;
    if (!m_ssh.run(shell::join({QStringLiteral("squeue"), QStringLiteral("--me"), QStringLiteral("-h"),
                                QStringLiteral("-o"), QString::fromLatin1(CampaignSlurmParser::kSqueueFormat),
                                QStringLiteral("--name=") + names.join(u',')}),
                   &queue, error))
        return false;
    const auto queued = CampaignSlurmParser::parseSqueue(queue, error);
    if (!queued) {
        *error = tr("squeue: %1").arg(*error);
        return false;
    }
    QByteArray accounting;
    const qint64 sinceTs = m_campaign.createdTs - 86400;
    if (!m_ssh.run(
            shell::withEnvironment(
                {{QStringLiteral("SLURM_TIME_FORMAT"), QStringLiteral("%s")}},
                {QStringLiteral("sacct"), QStringLiteral("-n"), QStringLiteral("-X"), QStringLiteral("-P"),
                 QStringLiteral("--delimiter=") + kUnitSeparator,
                 QStringLiteral("--format=") + QString::fromLatin1(CampaignSlurmParser::kSacctFields),
                 QStringLiteral("-S"), QDateTime::fromSecsSinceEpoch(sinceTs, Qt::UTC).toString(Qt::ISODate).left(19),
                 QStringLiteral("-E"), QStringLiteral("now"), QStringLiteral("--name=") + names.join(u',')}),
            &accounting, error))
        return false;
    const auto accounted = CampaignSlurmParser::parseSacct(accounting, error);
    if (!accounted) {
        *error = tr("sacct: %1").arg(*error);
        return false;
    }
    // Accounting's record wins where both have the job: it has the energy and the times.
    *jobs = *accounted;
    QSet<QString> known;
    for (const CampaignJobState &j : *accounted)
        known.insert(j.jobId);
    for (const CampaignJobState &j : *queued)
        if (!known.contains(j.jobId))
            jobs->append(j);
    return true;
}

bool CampaignRunner::reconcile(QList<CampaignRunRecord> &runs, CampaignProgress *progress, QString *error)
{
    QStringList names;
    for (const CampaignRunRecord &run : runs)
        if (run.isInFlight())
            names << run.jobName;
    QList<CampaignJobState> jobs;
    if (!queryJobs(names, &jobs, error))
        return false;
    QHash<QString, QList<CampaignJobState>> byName;
    for (const CampaignJobState &j : jobs)
        byName[j.jobName].append(j);
    for (CampaignRunRecord &run : runs) {
        if (!run.isInFlight())
            continue;
        QList<CampaignJobState> found = byName.value(run.jobName);
        // Where accounting keeps comments, a job of this name whose comment is another's is not this run's.
        const QString ours = CampaignDesign::comment(m_spec.name, run.cellHash, run.repeatIndex, run.attempt);
        const auto notOurs = std::remove_if(found.begin(), found.end(), [&](const CampaignJobState &j) {
            return !j.comment.isEmpty() && j.comment != ours;
        });
        for (auto it = notOurs; it != found.end(); ++it)
            progress->messages << tr("%1: Slurm's job %2 has this name but the comment \"%3\", not this run's: left "
                                     "alone")
                                      .arg(run.jobName, it->jobId, it->comment.left(80));
        found.erase(notOurs, found.end());
        if (found.isEmpty()) {
            if (run.state == QLatin1String("submitting")) {
                // sbatch never returned an id, and Slurm has no job of that name: nothing was submitted.
                run.state = QStringLiteral("planned");
                run.message = tr("a submission was interrupted before Slurm took the job; submitting again");
                if (!m_runs.update(run, error))
                    return false;
            }
            continue;
        }
        if (found.size() > 1)
            progress->messages << tr("%1: Slurm has %2 jobs of this name").arg(run.jobName).arg(found.size());
        const CampaignJobState *job = &found.first();
        for (const CampaignJobState &j : found)
            if (j.jobId == run.slurmJobId)
                job = &j;
        if (run.state == QLatin1String("submitting")) {
            run.slurmJobId = job->jobId;
            run.message = tr("adopted job %1 after an interrupted submission").arg(job->jobId);
            ++progress->adoptedNow;
        }
        if (!applyJobState(run, *job, progress, error))
            return false;
    }
    return true;
}

bool CampaignRunner::applyJobState(CampaignRunRecord &run, const CampaignJobState &job, CampaignProgress *progress,
                                   QString *error)
{
    run.slurmJobId = job.jobId;
    run.slurmState = job.state;
    run.nodeList = job.nodeList.isEmpty() ? run.nodeList : job.nodeList;
    run.startTs = job.startTs ? job.startTs : run.startTs;
    run.endTs = job.endTs ? job.endTs : run.endTs;
    if (pendingStates().contains(job.state))
        run.state = QStringLiteral("submitted");
    else if (runningStates().contains(job.state))
        run.state = QStringLiteral("running");
    else if (!endRun(run, job, progress, error))
        return false;
    return m_runs.update(run, error);
}

bool CampaignRunner::endRun(CampaignRunRecord &run, const CampaignJobState &job, CampaignProgress *progress,
                            QString *error)
{
    run.durationS = job.elapsedS;
    run.energyJ = job.energyJ;
    if (job.state == QLatin1String("COMPLETED")) {
        run.state = QStringLiteral("finished");
        return true;
    }
    if (retryStates().contains(job.state) && run.attempt < m_spec.maxRetries) {
        run.state = QStringLiteral("retried");
        const QString excluded =
            job.state == QLatin1String("NODE_FAIL") ? withExcluded(run.excludedNodes, job.nodeList) : run.excludedNodes;
        run.message = tr("%1 on %2: tried again").arg(job.state, job.nodeList);
        const QString nextName = CampaignDesign::jobName(m_spec.name, run.cellHash, run.repeatIndex, run.attempt + 1);
        if (!m_runs.addAttempt(run, nextName, excluded, error))
            return false;
        ++progress->retriedNow;
        progress->messages << run.jobName + QStringLiteral(": ") + run.message;
        return true;
    }
    run.state = QStringLiteral("failed");
    run.message = tr("%1 (exit %2)").arg(job.state, job.exitCode);
    if (job.state == QLatin1String("FAILED")) {
        QString missing;
        CampaignResultReader reader(m_ssh, m_spec.name);
        if (!reader.missingProgram(run, &missing, error))
            return false;
        if (!missing.isEmpty())
            run.message += QStringLiteral(": ") + missing;
    }
    progress->messages << run.jobName + QStringLiteral(": ") + run.message;
    return true;
}

bool CampaignRunner::readResults(QList<CampaignRunRecord> &runs, CampaignProgress *progress, QString *error)
{
    CampaignResultReader reader(m_ssh, m_spec.name);
    for (CampaignRunRecord &run : runs) {
        if (run.state != QLatin1String("finished") || cancelled())
            continue;
        const auto workload = workloadOf(run);
        if (!workload) {
            run.state = QStringLiteral("failed");
            run.message = tr("the run's workload is not known to this program");
        } else if (!reader.read(*workload, &run, error)) {
            return false;
        }
        if (m_faultHook)
            m_faultHook(QStringLiteral("before-result-stored"));
        if (!m_runs.update(run, error))
            return false;
        ++progress->readNow;
        if (!run.message.isEmpty())
            progress->messages << run.jobName + QStringLiteral(": ") + run.message;
    }
    return true;
}

bool CampaignRunner::submitPlanned(QList<CampaignRunRecord> &runs, int maxInFlight, CampaignProgress *progress,
                                   QString *error)
{
    int inFlight = 0;
    for (const CampaignRunRecord &run : runs)
        inFlight += run.isInFlight() ? 1 : 0;
    SlurmSubmitter slurm(m_ssh);
    for (CampaignRunRecord &run : runs) {
        if (run.state != QLatin1String("planned") || inFlight >= maxInFlight || cancelled())
            continue;
        if (const auto known = knownWellEnough(runs, run.cellHash)) {
            run.state = QStringLiteral("skipped");
            run.message = *known;
            ++progress->skippedNow;
            if (!m_runs.update(run, error))
                return false;
            continue;
        }
        const auto workload = workloadOf(run);
        if (!workload) {
            *error = tr("%1: the run's workload is not known to this program").arg(run.jobName);
            return false;
        }
        const qint64 beginInS = secondsUntilArrival(runs, run);
        run.state = QStringLiteral("submitting");
        run.submittedTs = nowS();
        if (!m_runs.update(run, error))
            return false;
        if (m_faultHook)
            m_faultHook(QStringLiteral("before-sbatch"));
        bool refused = false;
        QString submitError;
        const auto id = slurm.submit(CampaignScript::sbatchOptions(m_spec, run, beginInS),
                                     CampaignScript::script(m_spec, *workload, run), &submitError, &refused);
        if (m_faultHook)
            m_faultHook(QStringLiteral("after-sbatch"));
        if (!id && !refused) {
            // The job may exist: leave the run "submitting", the next reconcile finds it or submits it again.
            *error = submitError;
            return false;
        }
        if (!id) {
            run.state = QStringLiteral("failed");
            run.message = submitError;
            progress->messages << run.jobName + QStringLiteral(": ") + submitError;
        } else {
            run.state = QStringLiteral("submitted");
            run.slurmJobId = *id;
            ++progress->submittedNow;
            ++inFlight;
        }
        if (!m_runs.update(run, error))
            return false;
    }
    return true;
}

std::optional<QString> CampaignRunner::knownWellEnough(const QList<CampaignRunRecord> &runs,
                                                       const QString &cellHash) const
{
    if (!m_spec.stopWithinPct)
        return std::nullopt;
    std::vector<double> energiesJ;
    for (const CampaignRunRecord &r : runs)
        if (r.cellHash == cellHash && r.state == QLatin1String("completed") && r.energyJ)
            energiesJ.push_back(*r.energyJ);
    if (int(energiesJ.size()) < CampaignSummary::kMinRunsToStop)
        return std::nullopt;
    const auto halfWidth = CampaignSummary::meanHalfWidthPct(energiesJ);
    if (!halfWidth || *halfWidth > *m_spec.stopWithinPct)
        return std::nullopt;
    return tr("not run: the cell's mean energy is known within ±%1% (95%) after %2 runs")
        .arg(*halfWidth, 0, 'f', 1)
        .arg(energiesJ.size());
}

void CampaignRunner::count(const QList<CampaignRunRecord> &runs, CampaignProgress *progress) const
{
    progress->runsByState.clear();
    progress->plannedRuns = 0;
    int open = 0;
    for (const CampaignRunRecord &run : runs) {
        if (run.state == QLatin1String("retried"))
            continue; // its next attempt stands for it
        ++progress->plannedRuns;
        ++progress->runsByState[run.state];
        open += run.isTerminal() ? 0 : 1;
    }
    progress->done = open == 0;
}

bool CampaignRunner::progress(CampaignProgress *progress, QString *error)
{
    const auto runs = m_runs.runs(m_campaign.id, error);
    if (!runs)
        return false;
    count(*runs, progress);
    return true;
}

bool CampaignRunner::step(int maxInFlight, CampaignProgress *progress, QString *error)
{
    auto runs = m_runs.runs(m_campaign.id, error);
    if (!runs)
        return false;
    if (m_campaign.state == QLatin1String("planned") && maxInFlight > 0) {
        if (!CampaignPreflight(m_ssh, m_spec).run(*runs, &progress->messages, error))
            return false;
        if (!m_runs.setState(m_campaign.id, QStringLiteral("running"), nowS(), error))
            return false;
        m_campaign.state = QStringLiteral("running");
    }
    if (!reconcile(*runs, progress, error))
        return false;
    // A retry added rows: read them back so that the new attempts are submitted in this step.
    if (progress->retriedNow > 0 && !(runs = m_runs.runs(m_campaign.id, error)))
        return false;
    if (!readResults(*runs, progress, error) || !submitPlanned(*runs, maxInFlight, progress, error))
        return false;
    count(*runs, progress);
    if (progress->done && !m_runs.setState(m_campaign.id, QStringLiteral("done"), nowS(), error))
        return false;
    return true;
}

bool CampaignRunner::refresh(CampaignProgress *progress, QString *error)
{
    auto runs = m_runs.runs(m_campaign.id, error);
    if (!runs || !reconcile(*runs, progress, error))
        return false;
    if (progress->retriedNow > 0 && !(runs = m_runs.runs(m_campaign.id, error)))
        return false;
    count(*runs, progress);
    return true;
}

bool CampaignRunner::cancel(CampaignProgress *progress, QString *error)
{
    auto runs = m_runs.runs(m_campaign.id, error);
    if (!runs || !reconcile(*runs, progress, error) || !readResults(*runs, progress, error))
        return false;
    QStringList ids;
    QByteArray unused;
    for (const CampaignRunRecord &run : *runs) {
        if (run.isInFlight() && !run.slurmJobId.isEmpty())
            ids << run.slurmJobId;
        // A submission a crash interrupted: Slurm may have taken it under its name.
        if (run.state == QLatin1String("submitting") && run.slurmJobId.isEmpty() &&
            !m_ssh.run(shell::join({QStringLiteral("scancel"), QStringLiteral("--name=") + run.jobName}), &unused,
                       error))
            return false;
    }
    if (!ids.isEmpty() && !m_ssh.run(shell::join(QStringList{QStringLiteral("scancel")} + ids), &unused, error))
        return false;
    for (CampaignRunRecord &run : *runs) {
        if (run.isTerminal() || run.state == QLatin1String("finished"))
            continue;
        run.state = QStringLiteral("cancelled");
        run.message = tr("cancelled with the campaign");
        if (!m_runs.update(run, error))
            return false;
    }
    count(*runs, progress);
    return m_runs.setState(m_campaign.id, QStringLiteral("cancelled"), nowS(), error);
}

} // namespace es
