// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "LoadForecaster.h"
#include "PlotExporter.h"
#include "Trainer.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTabWidget;

namespace es {

/// The Models view's plots: predicted vs actual (with the y = x line), residuals and permutation feature importance
/// in tabs, beside the busy-CPU forecast with its baselines. Each plot says what to do while it has no data and
/// exports through PlotExporter. GUI thread only; the plots copy what they are given.
class ModelPlots final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        PredictedVsActual,
        Residuals,
        Importance,
        Forecast
    };

    explicit ModelPlots(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ModelPlots)

    /// Plots the test rows and the importance of one algorithm on one split; `title` names both.
    void showEvaluation(const ml::SplitEvaluation &evaluation, const QString &target, const QString &title);
    void clearEvaluation();
    /// The last hours of history, the model's forecast, persistence and seasonal-naive (when a day of history
    /// exists) for the minutes after the last observed one.
    void showForecast(const ml::LoadForecaster::Result &result, const QString &algorithm);
    void clearForecast();

    QCustomPlot *plot(Kind kind) const;
    /// Number of data points of every graph and bar chart of a plot (tests, empty-state logic).
    static int pointCount(QCustomPlot *plot);
    void setCurrent(Kind kind);
    /// What data the models use, for the caption of exported plots ("Data: the jobs of cluster c6.").
    void setDataDescription(const QString &text) { m_dataDescription = text; }
    /// The title and data description an export of `kind` carries.
    PlotCaption caption(Kind kind) const;

private:
    QCustomPlot *newPlot(const QString &objectName);
    void setEmptyText(QCustomPlot *plot, const QString &text);
    void exportEvaluationPlot();

    QTabWidget *m_tabs;
    QCustomPlot *m_scatter;
    QCustomPlot *m_residuals;
    QCustomPlot *m_importance;
    QCustomPlot *m_forecast;
    QPushButton *m_export;
    QPushButton *m_exportForecast;
    QString m_evaluationTitle;
    QString m_forecastTitle;
    QString m_dataDescription;
};

} // namespace es
