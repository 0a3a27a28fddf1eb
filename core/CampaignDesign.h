// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace es {

/// One configuration a campaign measures: a workload (with its parameters) on a node count at a CPU frequency.
struct CampaignCell
{
    QString hash;     ///< 12 hex digits of the SHA-1 of `json`: stable across runs and machines
    QJsonObject json; ///< {"workload": {...}, "nodes": N, "cpu_freq": "..."} (cpu_freq absent for the default)
    int workloadIndex = 0;
    int nodes = 1;
    QString cpuFrequency;
    double workS = 0; ///< seconds of work the workload asks for (its duration_s), or the time limit when unknown
};

/// A planned run: one repetition of a cell, in the order it is submitted.
struct CampaignPlannedRun
{
    int cell = 0;
    int repeatIndex = 0;
    int order = 0;
    double beginOffsetS = 0; ///< arrival mode: real seconds after the campaign's first submission it may start
};

/// What a campaign will cost, before anything is submitted.
struct CampaignPreview
{
    int cells = 0;
    int runs = 0;
    double nodeHoursOfWork = 0;  ///< sum over runs of nodes x the workload's seconds of work
    double nodeHoursAtLimit = 0; ///< the same at the time limit: what the cluster reserves at most
    double arrivalSpanS = 0;     ///< arrival mode: real seconds from the first arrival to the last
};

/// The experiment design of a campaign: every cell (workload x node count x CPU frequency, or the file's own list of
/// cells) and every run. Runs are in randomised complete blocks: each repetition runs every cell once, in its own
/// random order (from the spec's seed), so that drift in time (temperature, other load) spreads over the cells
/// instead of biasing one. In arrival mode the runs are the simulator's arrivals instead, in time order, each cell a
/// workload with its class's duration on its class's node count.
class CampaignDesign final
{
public:
    /// spec.validate() must hold.
    explicit CampaignDesign(const CampaignSpec &spec);

    const QList<CampaignCell> &cells() const { return m_cells; }
    const QList<CampaignPlannedRun> &runs() const { return m_runs; }
    CampaignPreview preview() const;

    /// The Slurm job name of an attempt: unique per campaign, cell, repetition and attempt, and always in
    /// accounting, so a job can be found again after a crash.
    static QString jobName(const QString &campaign, const QString &cellHash, int repeatIndex, int attempt);
    /// The job's --comment: `es-campaign:NAME:CELLHASH:rREPEATaATTEMPT`.
    static QString comment(const QString &campaign, const QString &cellHash, int repeatIndex, int attempt);

private:
    /// The index of the cell, added when new.
    int addCell(const CampaignSpec &spec, int workloadIndex, const QJsonObject &entry, int nodes,
                const QString &frequency);
    void addBlocks(const CampaignSpec &spec);
    void addArrivals(const CampaignSpec &spec);

    QList<CampaignCell> m_cells;
    QList<CampaignPlannedRun> m_runs;
    int m_timeLimitMin = 0;
};

} // namespace es
