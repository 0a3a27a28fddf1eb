// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;

/// One piece of placement advice as given: the chosen configuration's prediction and the job-as-asked's.
struct AdviceRecord
{
    qint64 id = 0;
    qint64 createdTs = 0; ///< UTC epoch s
    QString cluster;
    QString jobName;
    QString objective;
    std::optional<double> maxTimeIncreasePct;
    qint64 nodes = 0;
    qint64 cpus = 0;
    double energyJ = 0; ///< predicted for the chosen configuration, with its 90% interval
    double energyLowerJ = 0;
    double energyUpperJ = 0;
    double timeS = 0;
    double timeUpperS = 0;
    double defaultEnergyJ = 0; ///< predicted for the job as its script asked
    double defaultTimeS = 0;
    QString comment; ///< the --comment it was submitted with
    QString jobId;   ///< Slurm's, once submitted
    QString status;  ///< advised, submitted, not_submitted
    QString error;   ///< why it was not submitted
};

/// What became of a piece of advice, once the job it was submitted as has been harvested.
struct LedgerEntry
{
    AdviceRecord advice;
    bool harvested = false; ///< the job is in the store
    bool finished = false;  ///< and no longer pending or running: the comparisons below are made
    QString jobState;
    std::optional<qint64> ranNodes;
    std::optional<qint64> ranCpus;
    std::optional<double> measuredEnergyJ;
    std::optional<double> measuredTimeS;
    QString energySource;
    std::optional<double> savingVsDefaultPct; ///< (default's predicted energy - measured) / default's predicted
    bool energyInInterval = false;
    bool brokeTimeLimit = false;    ///< measured time over (1 + limit) x the default's predicted time
    bool ranElsewhere = false;      ///< node or CPU count not the advised ones
    bool implausibleEnergy = false; ///< a meter reading that cannot be right (more than 10 kW per node on average)
};

/// The advice table: every advice given, its submission, and the comparison with what ran.
///
/// Threading: use from the thread that owns the Store.
class AdviceLedger final
{
    Q_DECLARE_TR_FUNCTIONS(es::AdviceLedger)
public:
    explicit AdviceLedger(Store &store) : m_store(store) {}

    /// Stores the record (status as given, normally "advised"); its id on success.
    std::optional<qint64> record(const AdviceRecord &advice, QString *error);
    bool setSubmitted(qint64 id, const QString &jobId, const QString &comment, QString *error);
    bool setNotSubmitted(qint64 id, const QString &reason, QString *error);
    /// Every advice of `cluster` (every cluster when empty), newest first, with what ran.
    std::optional<QList<LedgerEntry>> entries(const QString &cluster, QString *error) const;

private:
    Store &m_store;
};

} // namespace es
