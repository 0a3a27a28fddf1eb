// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Dataset.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace es::ml {

/// One baseline's predictions for a split's test rows, in target units.
struct BaselinePrediction
{
    QString name;
    std::vector<double> predicted;
    bool primary = false; ///< the one a model must beat to be stored (TrainResult::beatsBaseline)
};

/// The simple estimates a model must beat, each predicted for the test rows of a split from its training rows only
/// (and, for the user's history, from jobs that had ended before the test job was submitted):
/// - "requested time": the job's own time limit (when every test row has one);
/// - "mean of the user's last two run times": Tsafrir, Etsion and Feitelson (2007), the system-generated estimate
///   used for backfilling; a user without an ended job yet gets the requested time, else the training mean;
/// - "mean per GROUP": the training rows' mean of the same Dataset::group (the job type, or a CSV's group column);
///   "mean per partition" likewise from a partition column of more than one value; an unseen category gets the
///   training mean;
/// - "training mean".
/// Only those the data allows are returned, in that order. The primary one is the requested time when there is
/// one, else the mean per group, else the training mean.
class RunTimeBaselines final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::RunTimeBaselines)

public:
    static std::vector<BaselinePrediction> predict(const Dataset &data, const std::vector<qsizetype> &train,
                                                   const std::vector<qsizetype> &test);

    /// For every row, the mean run time (s) of the same user's last two jobs that ended at or before the row's
    /// submission, NaN when none had. `users`, `submitTs`, `endTs` (0: unknown) and `runS` have one entry per row;
    /// rows with an unknown end or run time never count as history.
    static std::vector<double> userLastTwoMeanS(const QStringList &users, const std::vector<qint64> &submitTs,
                                                const std::vector<qint64> &endTs, const std::vector<double> &runS);
};

} // namespace es::ml
