// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSeriesData.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

namespace es {

/// Which job a detail view is about: jobs.id when known (> 0), else the cluster's name and the job's id text.
struct JobRef
{
    qint64 jobPk = 0;
    QString cluster;
    QString jobId;
};

/// A named column and its stored value (NULL stays a null QVariant), in the table's column order.
using JobFieldList = QList<std::pair<QString, QVariant>>;

/// Everything the job detail view shows of one job, read by JobDetailLoader. Times are UTC epoch seconds, the units
/// are in the column names (energy_j, max_rss_mb, elapsed_s, ...). Immutable once published.
struct JobDetailData
{
    struct Prediction
    {
        qint64 id = 0;
        qint64 modelId = 0;
        QString modelName;
        QString target;    ///< what the model predicts, a column name (energy_j, duration_s, ...)
        QString algorithm; ///< ridge, random_forest, ...
        qint64 createdTs = 0;
        double predicted = 0; ///< in the target's unit
        /// The value it was compared with: predictions.actual, else the job's own value of the target column.
        std::optional<double> actual;
        bool actualFromJob = false; ///< actual is the job's current value, not the one recorded with the prediction
    };

    qint64 jobPk = 0;
    QString cluster;
    QString jobId;
    JobFieldList fields;           ///< every column of the jobs row (cluster name instead of cluster_id)
    QStringList stepColumns;       ///< the job_steps columns of each row of `steps`
    QList<QVariantList> steps;     ///< ordered by start time, then step id
    JobFieldList metrics;          ///< the job_metrics row; empty when the job has none
    QList<Prediction> predictions; ///< newest first
    QStringList nodeNames;         ///< node_list expanded (es::Hostlist)
    QString nodeListError;         ///< why node_list could not be expanded; empty when it could
    qint64 samplesFromTs = 0;      ///< the span read for the samples: the job's run with a margin
    qint64 samplesToTs = 0;
    NodeSeriesDataPtr samples; ///< its nodes' samples over that span; nullptr when there is no span
    QList<qint64> nodeIds;     ///< nodes.id of the nodes of nodeNames the store knows

    /// The stored value of a column of `fields` or `metrics`; null when absent.
    static QVariant value(const JobFieldList &list, const QString &column)
    {
        for (const auto &[name, value] : list) {
            if (name == column)
                return value;
        }
        return {};
    }
};

using JobDetailDataPtr = std::shared_ptr<const JobDetailData>;

} // namespace es

Q_DECLARE_METATYPE(es::JobDetailDataPtr)
