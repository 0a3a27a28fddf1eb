// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace es {

/// A kind of job the arrival simulator submits: its share of the arrivals, how long its work lasts and on how many
/// nodes.
struct CampaignArrivalClass
{
    QString name;          ///< "short", "regular", "long" or the file's own name
    double share = 1;      ///< relative weight among the classes (> 0)
    double durationS = 30; ///< the workload's duration_s (real seconds of work)
    int nodes = 1;
};

/// One simulated job submission.
struct CampaignArrivalEvent
{
    double offsetS = 0;    ///< real seconds after the first arrival (the first is at 0)
    double simulatedH = 0; ///< simulated hours since the start of the simulation
    int classIndex = 0;
    int workloadIndex = 0;
};

/// The job-arrival simulator of a campaign's arrival mode: a Poisson process of submissions with one rate in working
/// hours and another at night, bursts of further submissions of the same class at the same moment, and a mix of
/// job classes. Simulated time runs `compress` times faster than real time, so that a simulated day of load fits in
/// a lab's afternoon. The file's "arrival" object (docs/campaign-format.md); the schedule is a pure function of it
/// and of the campaign's seed.
struct CampaignArrival
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignArrival)

public:
    double simulatedHours = 24; ///< the span of simulated time, (0, 8760]
    double compress = 1;        ///< simulated hours per real hour, [1, 3600]
    double startHour = 8;       ///< the simulated clock at the start, [0, 24)
    double dayRatePerH = 12;    ///< arrivals per simulated hour from dayStartHour to dayEndHour
    double nightRatePerH = 2;   ///< arrivals per simulated hour the rest of the day
    int dayStartHour = 8;
    int dayEndHour = 18;
    double burstProbability = 0; ///< chance, per arrival, that it comes with a burst, [0, 1]
    int burstSize = 4;           ///< further arrivals of a burst, 1..100
    int maxRuns = 1000;          ///< the schedule stops at this many arrivals, 1..10000
    QList<CampaignArrivalClass> classes = defaultClasses();

    /// 60% short (30 s, 1 node), 30% regular (120 s, 1 node), 10% long (600 s, 2 nodes).
    static QList<CampaignArrivalClass> defaultClasses();

    /// The file's "arrival" object: unknown keys, wrong types and values out of range are errors naming the key.
    static std::optional<CampaignArrival> fromJson(const QJsonObject &o, QString *error);
    QJsonObject toJson() const;

    /// Every arrival in time order, for `workloads` workloads chosen uniformly (workloads >= 1).
    QList<CampaignArrivalEvent> schedule(quint32 seed, int workloads) const;
    /// The arrival rate per simulated hour at simulated hour `hour` since the start.
    double ratePerH(double hour) const;
};

} // namespace es
