// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CorrelationData.h"

#include <QAbstractTableModel>

#include <vector>

namespace es {

/// The jobs selected on the scatter plot: job id, name and the two plotted values.
///
/// Threading: GUI thread only.
class SelectedJobsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        JobId,
        Name,
        X,
        Y,
        ColumnCount
    };
    /// The number itself instead of its display text, for the X and Y columns.
    static constexpr int RawValueRole = Qt::UserRole;

    explicit SelectedJobsModel(QObject *parent = nullptr);

    /// `rows` index into `data`.
    void setRows(const CorrelationDataPtr &data, std::vector<int> rows, int xField, int yField);

    /// jobs.id of a row, 0 when out of range.
    qint64 jobPkAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    EnergyUnit energyUnit() const { return m_data ? m_data->energyUnit : EnergyUnit::J; }

    CorrelationDataPtr m_data;
    std::vector<int> m_rows;
    int m_xField = 0;
    int m_yField = 0;
};

} // namespace es
