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
};

/// The simple estimates a model must beat, each predicted for the test rows of a split from its training rows only
/// (and, for the user's history, from jobs that had ended before the test job was submitted):
/// - "requested time": the job's own time limit (duration targets whose rows all have one);
/// - "mean of the user's last two run times": Tsafrir, Etsion and Feitelson (2007), the system-generated estimate
///   used for backfilling; a user without an ended job yet gets the requested time, else the training mean;
/// - "mean per job_type", "mean per partition": the training rows' mean of the same category (an unseen category
///   gets the training mean), when the data has that column with more than one value;
/// - "training mean".
/// Only those the data allows are returned, in that order.
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
