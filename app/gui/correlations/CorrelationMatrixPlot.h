// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CorrelationLoader.h"
#include "QCustomPlotInclude.h"

namespace es {

/// The heat map of the Pearson correlation matrix, with r written in each cell. Clicking a cell emits
/// cellClicked() with the fields of its column (x) and row (y).
///
/// Threading: GUI thread only.
class CorrelationMatrixPlot final : public QCustomPlot
{
    Q_OBJECT
public:
    explicit CorrelationMatrixPlot(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CorrelationMatrixPlot)

    /// Shows the result and ends the loading state.
    void setMatrix(const CorrelationMatrixResult &result);
    /// While loading, an empty matrix says so instead of "no fields with data".
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    /// The message an empty matrix shows; empty when it shows a matrix.
    QString messageText() const;
    const CorrelationMatrixResult &matrix() const { return m_result; }
    /// The centre of the cell of matrix column `column` and row `row`, in widget pixels.
    QPointF cellCentre(int column, int row) const;

Q_SIGNALS:
    void cellClicked(int xField, int yField);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /// Shows the coefficients in the cells when they fit the cells' pixels (the tooltip always tells them).
    void fitCellLabels();
    /// Matrix (column, row) under `pixel`, or (-1, -1).
    QPoint cellAt(const QPointF &pixel) const;

    CorrelationMatrixResult m_result;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPMarginGroup *m_marginGroup;
    QCPItemText *m_message = nullptr;
    QList<QCPItemText *> m_cellLabels; // owned by the plot; cleared with its items
    bool m_loading = false;
};

} // namespace es
