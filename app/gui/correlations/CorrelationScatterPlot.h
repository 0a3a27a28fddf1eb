// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Correlation.h"
#include "CorrelationData.h"
#include "QCustomPlotInclude.h"

#include <cmath>
#include <vector>

namespace es {

/// The scatter plot of the correlation explorer: one job per point, coloured by a category, with the least-squares
/// line and its statistics written on the plot. A left-button drag selects the jobs in a rectangle; the mouse
/// wheel zooms; a double click shows all points again. Above kDensityThreshold plotted points it draws a 2-D
/// histogram (QCPColorMap) instead of the points; selection and the statistics still cover every job.
///
/// Threading: GUI thread only. The data is shared read-only with CorrelationLoader.
class CorrelationScatterPlot final : public QCustomPlot
{
    Q_OBJECT
public:
    static constexpr qsizetype kDensityThreshold = 100000;
    /// Categories with their own colour; the rest share "Other".
    static constexpr int kMaxCategories = 9;
    static constexpr int kDensityColumns = 200;
    static constexpr int kDensityRows = 150;

    explicit CorrelationScatterPlot(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CorrelationScatterPlot)

    /// Plots `data` (may be null: an empty plot). `category` is a CorrelationFields::Category or NoCategory. On a
    /// logarithmic axis, jobs with a value ≤ 0 are not plotted. Clears the selection and the statistics.
    void setData(const CorrelationDataPtr &data, int xField, int yField, int category, bool logX, bool logY);
    /// While loading, a plot without data says so instead of "no data"; setData() ends it.
    void setLoading(bool loading);
    /// The text of the statistics box ("Loading…", "No data" or the pair's statistics).
    QString statisticsLabelText() const;
    /// Shows the line y = a + b·x and the statistics of the current pair.
    void setStatistics(const ml::Correlation::PairStatistics &statistics);

    bool isDensityMode() const { return m_density; }
    /// Jobs with a point on the plot (finite values, positive on log axes).
    qsizetype plottedCount() const { return qsizetype(m_rows.size()); }
    QString statisticsText() const;

    /// Selects the plotted jobs inside `coordinates` (plot coordinates, edges included) and emits
    /// selectionChanged(). The selection is a list of data rows in ascending order.
    void selectCoordinates(const QRectF &coordinates);
    void clearSelection();
    const std::vector<int> &selectedRows() const { return m_selected; }

    /// The tooltip text for the mouse at `pixel` (widget coordinates), empty when nothing is near.
    QString toolTipAt(const QPointF &pixel) const;
    /// Axes back to the range of all plotted points.
    void showAll();

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildScatter();
    void buildDensity();
    void updateSelectionLayer();
    void updateFitLine();
    void onSelectionRect(const QRect &rect);
    void onMouseMove(QMouseEvent *event);
    double toDisplay(double value, bool log) const { return log ? std::log10(value) : value; }

    CorrelationDataPtr m_data;
    int m_xField = 0;
    int m_yField = 0;
    int m_category = -1;
    bool m_logX = false;
    bool m_logY = false;
    bool m_density = false;
    bool m_loading = false;
    std::vector<int> m_rows; ///< data rows with a point
    std::vector<int> m_selected;
    ml::Correlation::PairStatistics m_statistics;
    bool m_hasStatistics = false;
    QCPRange m_xRange; ///< of the points, in display space (log10 on a log axis)
    QCPRange m_yRange;
    std::vector<int> m_densityCounts; ///< kDensityColumns × kDensityRows, column-major

    QCPGraph *m_fit = nullptr;
    QCPCurve *m_selectionLayer = nullptr;
    QCPItemText *m_statisticsLabel = nullptr;
    QCPColorScale *m_colorScale = nullptr;
    QCPMarginGroup *m_marginGroup;
};

} // namespace es
