// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AdviceLedger.h"
#include "JobFilter.h"
#include "PlacementAdvisor.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QCustomPlot;

namespace es {

class AdviceWorker;

/// The Advisor tab: describe a job (its name, or a batch script, and the node and CPU counts that may vary), pick
/// an objective and a time limit, and get the ranked candidates with their 90% intervals, the change against the
/// job as asked split into power and time, what each configuration measured, a plot of the candidates' energy
/// against their time, and the ledger of the advice given on this cluster. Advice comes from the store's measured
/// history (ml::PlacementAdvisor); submission is the CLI's `advise --submit` for now.
///
/// Threading: GUI thread; the advice is computed in an AdviceWorker.
class AdvisorView final : public QWidget
{
    Q_OBJECT
public:
    explicit AdvisorView(QWidget *parent = nullptr);
    ~AdvisorView() override;

    void setLocation(const QString &location);
    /// The filter bar's cluster is the cluster advised on (its other fields do not apply).
    void setFilter(const JobFilter &filter);
    /// Fills the form (for tests and the screenshot).
    void setJob(const QString &jobName, qint64 nodes, qint64 cpus, const QString &nodeCounts, const QString &cpuCounts,
                double maxTimeIncreasePct);
    void advise();
    bool isBusy() const { return !m_worker.isNull(); }

    QTableWidget *candidatesTable() const { return m_candidates; }
    QTableWidget *ledgerTable() const { return m_ledger; }
    QString explanation() const;

Q_SIGNALS:
    void adviceFinished(bool ok);

private:
    void buildForm(QWidget *form);
    void onFinished();
    void showCandidates(const ml::PlacementAdvisor::Advice &advice);
    void showPlot(const ml::PlacementAdvisor::Advice &advice);
    /// Keeps `entries` and shows them (showEnergyUnit()).
    void showLedger(const QList<LedgerEntry> &entries);
    void fillLedger();
    /// The energy titles of the tables and the plot, and the last advice and ledger again, in EnergyFormat's unit.
    void showEnergyUnit();
    void chooseScript();
    void reloadLedger();

    QString m_location;
    QString m_cluster;
    QLabel *m_clusterLabel = nullptr;
    QLineEdit *m_jobName = nullptr;
    QLineEdit *m_script = nullptr;
    QSpinBox *m_nodes = nullptr;
    QSpinBox *m_cpus = nullptr;
    QLineEdit *m_nodeCounts = nullptr;
    QLineEdit *m_cpuCounts = nullptr;
    QComboBox *m_objective = nullptr;
    QDoubleSpinBox *m_maxIncrease = nullptr;
    QLineEdit *m_carbon = nullptr;
    QPushButton *m_adviseButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_why = nullptr;
    QTableWidget *m_candidates = nullptr;
    QCustomPlot *m_plot = nullptr;
    QTableWidget *m_ledger = nullptr;
    QPointer<AdviceWorker> m_worker;
    std::optional<ml::PlacementAdvisor::Advice> m_advice; ///< the last one shown, for a change of energy unit
    QList<LedgerEntry> m_ledgerEntries;                   ///< the last ones shown, same
};

} // namespace es
