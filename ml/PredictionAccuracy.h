// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "RegressionMetrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace es {
class Store;
}

namespace es::ml {

/// How the recorded predictions of one model compare with what happened: for a prediction about a stored job, the
/// actual value is read from the job now (so a job that has finished since the prediction counts); for one that
/// is not about a job, the actual value recorded with it, if any.
///
/// Threading: uses the Store it is given, from that Store's thread.
class PredictionAccuracy final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::PredictionAccuracy)
public:
    struct Outcome
    {
        qint64 predictionId = 0;
        qint64 createdTs = 0; ///< UTC epoch seconds
        QString cluster;      ///< empty when the prediction is not about a stored job
        QString jobId;
        double predicted = 0;
        std::optional<double> actual; ///< absent while the job has not finished (or was never given)
    };

    struct Report
    {
        qint64 modelId = 0;
        QString target;
        QList<Outcome> outcomes;                  ///< in the order they were made
        int pending = 0;                          ///< outcomes without an actual value yet
        std::optional<RegressionMetrics> metrics; ///< over the outcomes with an actual value; absent when none
    };

    /// Fails (*error) for an unknown model.
    static std::optional<Report> compute(Store &store, qint64 modelId, QString *error);
};

} // namespace es::ml
