// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CorrelationFields.h"
#include "EnergyFormat.h"

#include <QMetaType>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace es {

/// The jobs of one load of the correlation explorer, column-wise; row r is the same job in every column.
/// Numeric values are NaN where the store has NULL (or the value cannot be derived). Built once by
/// CorrelationLoader, then shared read-only between the loader thread and the GUI thread.
struct CorrelationData
{
    std::vector<qint64> jobPk; ///< jobs.id
    QStringList jobIds;
    QStringList names;
    /// Per numeric field: CorrelationFields::Numeric, then the dataset features registered when the data was read
    /// (CorrelationFields::featureField), NaN for a job without that feature.
    std::vector<std::vector<double>> numeric = std::vector<std::vector<double>>(CorrelationFields::NumericCount);
    /// Per category: the index into categoryNames of each row.
    std::array<std::vector<int>, CorrelationFields::CategoryCount> category;
    std::array<QStringList, CorrelationFields::CategoryCount> categoryNames;
    /// The unit of the energy fields' values (CorrelationFields::isEnergy), never Automatic: the store's joules are
    /// converted when read, so that axes, fits and tables speak the unit of View > Energy Unit.
    EnergyUnit energyUnit = EnergyUnit::J;

    qsizetype size() const { return qsizetype(jobPk.size()); }
};

using CorrelationDataPtr = std::shared_ptr<const CorrelationData>;

} // namespace es

Q_DECLARE_METATYPE(es::CorrelationDataPtr)
