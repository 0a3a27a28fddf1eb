// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Correlation.h"
#include "CorrelationData.h"
#include "CorrelationLoader.h"
#include "JobFilter.h"
#include "PlotExporter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace es {

class CorrelationMatrixPlot;
class CorrelationScatterPlot;
class SelectedJobsModel;

/// The Correlations tab: a scatter plot of two job quantities with its fit and statistics, the jobs selected on it,
/// and the correlation matrix of every numeric field (a click on a cell plots that pair).
///
/// Data comes from a CorrelationLoader thread with its own es::Store; the GUI thread never touches the database.
/// Loading is lazy: setLocation()/setFilter() only mark the data stale while the view is hidden.
class CorrelationView final : public QWidget
{
    Q_OBJECT
public:
    explicit CorrelationView(QWidget *parent = nullptr);
    ~CorrelationView() override;
    Q_DISABLE_COPY_MOVE(CorrelationView)

    /// The store to read (a path or a postgresql:// URL), as the jobs view has it open.
    void setLocation(const QString &location);
    void setFilter(const JobFilter &filter);
    /// Reads the jobs again (e.g. after an import); deferred until shown.
    void reload();

    /// CorrelationFields::Numeric values.
    void setAxes(int xField, int yField);
    int xField() const;
    int yField() const;
    void setCategory(int category);
    void setLogAxes(bool logX, bool logY);

    CorrelationDataPtr data() const { return m_data; }
    bool hasStatistics() const { return m_hasStatistics; }
    const ml::Correlation::PairStatistics &statistics() const { return m_statistics; }
    bool hasMatrix() const { return m_hasMatrix; }
    CorrelationScatterPlot *scatterPlot() const { return m_scatter; }
    CorrelationMatrixPlot *matrixPlot() const { return m_matrix; }
    SelectedJobsModel *selectedJobs() const { return m_selectedModel; }
    /// The title and filter line an export of the scatter plot (or the matrix) carries.
    PlotCaption exportCaption(bool matrix) const;
    QTableView *selectedJobsView() const { return m_selectedView; }

Q_SIGNALS:
    void dataLoaded();
    void statisticsReady();
    void matrixReady();
    void errorOccurred(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Construction: the quantity and colour choices; the export menu; controls, scatter, matrix and selected jobs;
    // the widgets' and the loader's signals.
    void configureFields();
    QToolButton *createExportButton();
    void layOut(QToolButton *swap, QToolButton *exportButton);
    void connectSignals(QToolButton *swap);
    void startLoadIfNeeded();
    void replot();
    void requestStatistics();
    void updateStatus();
    void onLoaded(quint64 generation, const CorrelationDataPtr &data);
    void onPairReady(quint64 generation, int xField, int yField, const ml::Correlation::PairStatistics &statistics);
    void onMatrixReady(quint64 generation, const CorrelationMatrixResult &result);
    void onFailed(quint64 generation, const QString &error);
    void onSelectionChanged();
    /// The unit of the energy fields: the data's, before any data the chosen one (Automatic: J until data comes).
    EnergyUnit fieldEnergyUnit() const;
    void relabelEnergyFields();
    void onEnergyUnitChanged();
    /// The axes shown, without counting as the user's choice (setAxes() and the combos count).
    void showAxes(int xField, int yField);
    /// While the user has chosen no axes and the default pair has no job with both values: an energy against the
    /// first field that shares jobs with it (else the matrix's first pair with jobs), so that a store whose jobs
    /// lack the default fields (CPUs, run time) does not open on an empty plot.
    void showFirstPairWithData(const CorrelationMatrixResult &result);

    CorrelationLoader *m_loader;
    QComboBox *m_x;
    QComboBox *m_y;
    QComboBox *m_colour;
    QCheckBox *m_logX;
    QCheckBox *m_logY;
    QLabel *m_status;
    CorrelationScatterPlot *m_scatter;
    CorrelationMatrixPlot *m_matrix;
    SelectedJobsModel *m_selectedModel;
    QTableView *m_selectedView;
    QLabel *m_selectedLabel;

    QString m_location;
    JobFilter m_filter;
    bool m_stale = true;
    bool m_loading = false;
    quint64 m_generation = 0;
    CorrelationDataPtr m_data;
    ml::Correlation::PairStatistics m_statistics;
    bool m_hasStatistics = false;
    bool m_hasMatrix = false;
    bool m_axesChosen = false; ///< by the user (combos, swap, a matrix click) or through setAxes()
};

} // namespace es
