// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace es::ml {

/// Train/test row partitions for validation. Every figure computed on a partition carries its label, so that a
/// printed number always says which split it comes from.
class CrossValidation final
{
public:
    enum class Kind
    {
        KFold,      ///< rows shuffled (seeded) into K folds; each fold is tested once by a model trained on the rest
        TimeOrdered ///< rows sorted by time into K+1 blocks; block i is tested by a model trained on blocks 0..i-1
    };

    struct Fold
    {
        std::vector<qsizetype> train;
        std::vector<qsizetype> test;
    };

    /// K-fold over n rows. When `givenFold` is not empty it assigns the folds (values 0..K-1, K from the data) and
    /// the seed is unused: the way to share one assignment with another tool.
    static std::vector<Fold> kFold(qsizetype n, int k, std::uint64_t seed, const std::vector<int> &givenFold = {});
    /// Forward-chaining over rows ordered by `timeTs` (ties keep row order): k test blocks after a first training
    /// block. `rows` restricts the split to those rows (all rows when empty).
    static std::vector<Fold> timeOrdered(const std::vector<qint64> &timeTs, int k,
                                         const std::vector<qsizetype> &rows = {});
    /// K-fold restricted to `rows` (inner cross-validation inside an outer training set).
    static std::vector<Fold> kFoldOf(const std::vector<qsizetype> &rows, int k, std::uint64_t seed);

    static QString label(Kind kind, int k);
};

} // namespace es::ml
