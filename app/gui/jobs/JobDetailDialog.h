// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobDetailData.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace es {

class JobDetailLoader;
class NodePlotStack;

/// The detail view of one job (non-modal, deleted on close): every stored field with its unit, the energy and
/// node metrics with where the energy comes from, the job's steps, the predictions made for it against the actual
/// value, and its nodes' temperature, power, frequency and load over its run (the Nodes tab's NodePlotStack).
///
/// Threading: GUI thread; the job is read by a JobDetailLoader thread with its own es::Store, started by the
/// constructor. Closing the dialog cancels the read and waits for it.
class JobDetailDialog final : public QDialog
{
    Q_OBJECT
public:
    JobDetailDialog(const QString &location, const JobRef &job, QWidget *parent = nullptr);
    ~JobDetailDialog() override;
    Q_DISABLE_COPY_MOVE(JobDetailDialog)

    const JobRef &job() const { return m_job; }
    /// nullptr until loaded() (and after loadFailed()).
    JobDetailDataPtr data() const { return m_data; }
    /// The value shown for a jobs column (or, with `metric`, a job_metrics column); empty when not shown.
    QString fieldText(const QString &column, bool metric = false) const;
    int fieldRowCount() const;
    int metricRowCount() const;
    QString energySourceText() const;
    QString statusText() const;
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *predictionsTable() const { return m_predictions; }
    NodePlotStack *plotStack() const { return m_plots; }
    bool isShowingPlots() const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &error);

private:
    void layOut();
    void onLoaderFinished();
    void fillFields();
    void fillMetrics();
    /// The energy and where it comes from (measured or estimated), as rich text, in the chosen unit.
    QString energySummaryText() const;
    /// Energies again in the unit of View > Energy Unit (fields, metrics, steps, predictions).
    void onEnergyUnitChanged();
    void fillSteps();
    void fillPredictions();
    void fillPlots();

    const QString m_location;
    const JobRef m_job;
    QPointer<JobDetailLoader> m_loader;
    JobDetailDataPtr m_data;
    QLabel *m_status;
    QFormLayout *m_fields;
    QFormLayout *m_metrics;
    QLabel *m_energySource;
    QTabWidget *m_tables;
    QTableWidget *m_steps;
    QTableWidget *m_predictions;
    QStackedWidget *m_plotStack;
    NodePlotStack *m_plots;
    QLabel *m_plotEmpty;
    QHash<QString, QLabel *> m_fieldValues;
    QHash<QString, QLabel *> m_metricValues;
};

} // namespace es
