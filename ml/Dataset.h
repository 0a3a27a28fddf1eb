// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "KeepGoing.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace es::ml {

enum class FeatureKind
{
    Numeric,    ///< standardised with the training rows' mean and standard deviation
    Categorical ///< one-hot over the categories seen in training; an unknown category encodes as all zeros
};

/// When a feature's value is known: a model meant to predict a job before it runs may only use BeforeRun features.
enum class FeaturePhase
{
    BeforeRun,
    AfterRun
};

struct FeatureColumn
{
    QString name;
    FeatureKind kind = FeatureKind::Numeric;
    FeaturePhase phase = FeaturePhase::BeforeRun;
    std::vector<double> numbers; ///< Numeric: one finite value per row
    QStringList categories;      ///< Categorical: one value per row (an empty string is a category of its own)
};

/// A table of examples: named feature columns, one numeric target, and optional per-row side information that
/// validation uses. Side vectors are either empty (not available) or hold one entry per row. Rows keep source order.
struct Dataset
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::Dataset)

public:
    QString targetName;
    QString description; ///< where the rows came from (file, store, filters), kept with a trained model
    std::vector<FeatureColumn> columns;
    std::vector<double> target;
    std::vector<qint64> timeTs;     ///< submit time (UTC epoch s): time-ordered splits
    QStringList group;              ///< job type: the mean-per-type baseline
    QString groupName;              ///< the column the groups come from
    std::vector<double> requestedS; ///< requested run time in seconds (NaN: unknown): the duration baseline
    /// Mean run time (s) of the same user's last two jobs that had ended when this one was submitted (NaN: none
    /// yet): the system-generated estimate baseline of a duration target.
    std::vector<double> userRecentS;
    std::vector<int> givenFold; ///< a fold per row (0..K-1) given with the data; overrides the seeded k-fold
    std::vector<qint64> jobPk;  ///< jobs.id of each row when the rows come from the store

    qsizetype rowCount() const { return qsizetype(target.size()); }
    /// Index of the column named `name`, -1 when there is none.
    int columnIndex(const QString &name) const;
    /// Checks the table is fit for training: at least `minRows` rows, every column and side vector the right size,
    /// finite numbers, a target that is not constant. *error says what is wrong.
    bool validate(qsizetype minRows, QString *error) const;
    /// SHA-256 (hex) of the column names, kinds and every value: identifies the data a model was trained on.
    QString hash() const;
    /// The rows `rows` of this table, side information included. keepGoing is asked every kRowsPerKeepGoing rows
    /// of each column; when it stops the copy, the table returned is incomplete and the caller, who owns the flag
    /// behind it, must not use it.
    Dataset subset(const std::vector<qsizetype> &rows, const KeepGoing &keepGoing = {}) const;
};

} // namespace es::ml
