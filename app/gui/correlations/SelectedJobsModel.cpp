// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SelectedJobsModel.h"

#include <QLocale>

#include <cmath>

namespace es {

SelectedJobsModel::SelectedJobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SelectedJobsModel::setRows(const CorrelationDataPtr &data, std::vector<int> rows, int xField, int yField)
{
    beginResetModel();
    m_data = data;
    m_rows = data ? std::move(rows) : std::vector<int>();
    m_xField = xField;
    m_yField = yField;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, X, Y);
}

qint64 SelectedJobsModel::jobPkAt(int row) const
{
    if (!m_data || row < 0 || size_t(row) >= m_rows.size())
        return 0;
    return m_data->jobPk.at(size_t(m_rows[size_t(row)]));
}

int SelectedJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SelectedJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SelectedJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const size_t row = size_t(m_rows[size_t(index.row())]);
    const auto value = [&](int field) { return m_data->numeric[size_t(field)][row]; };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JobId:
            return m_data->jobIds.at(qsizetype(row));
        case Name:
            return m_data->names.at(qsizetype(row));
        case X:
            return QLocale().toString(value(m_xField), 'g', 8);
        case Y:
            return QLocale().toString(value(m_yField), 'g', 8);
        default:
            return QVariant();
        }
    case RawValueRole:
        if (index.column() == X)
            return value(m_xField);
        if (index.column() == Y)
            return value(m_yField);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() >= X ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

QVariant SelectedJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobId:
        return tr("Job ID");
    case Name:
        return tr("Name");
    case X:
        return CorrelationFields::label(m_xField, energyUnit());
    case Y:
        return CorrelationFields::label(m_yField, energyUnit());
    default:
        return QVariant();
    }
}

} // namespace es
