// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CrossValidation.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <random>

namespace es::ml {

std::vector<CrossValidation::Fold> CrossValidation::kFoldOf(const std::vector<qsizetype> &rows, int k,
                                                            std::uint64_t seed)
{
    std::vector<qsizetype> order = rows;
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    k = std::clamp(k, 2, int(std::max<size_t>(2, order.size())));
    std::vector<Fold> folds(static_cast<size_t>(k));
    for (size_t i = 0; i < order.size(); ++i) {
        const size_t f = i % size_t(k);
        for (size_t j = 0; j < folds.size(); ++j)
            (j == f ? folds[j].test : folds[j].train).push_back(order[i]);
    }
    for (Fold &f : folds) {
        std::sort(f.train.begin(), f.train.end());
        std::sort(f.test.begin(), f.test.end());
    }
    return folds;
}

std::vector<CrossValidation::Fold> CrossValidation::kFold(qsizetype n, int k, std::uint64_t seed,
                                                          const std::vector<int> &givenFold)
{
    if (givenFold.empty()) {
        std::vector<qsizetype> rows(static_cast<size_t>(n));
        std::iota(rows.begin(), rows.end(), qsizetype(0));
        return kFoldOf(rows, k, seed);
    }
    const int given = *std::max_element(givenFold.begin(), givenFold.end()) + 1;
    std::vector<Fold> folds(static_cast<size_t>(std::max(given, 0)));
    for (qsizetype r = 0; r < n; ++r) {
        for (int f = 0; f < given; ++f)
            (givenFold[size_t(r)] == f ? folds[size_t(f)].test : folds[size_t(f)].train).push_back(r);
    }
    std::erase_if(folds, [](const Fold &f) { return f.test.empty() || f.train.empty(); });
    return folds;
}

std::vector<CrossValidation::Fold> CrossValidation::timeOrdered(const std::vector<qint64> &timeTs, int k,
                                                                const std::vector<qsizetype> &rowsIn)
{
    std::vector<qsizetype> rows = rowsIn;
    if (rows.empty()) {
        rows.resize(timeTs.size());
        std::iota(rows.begin(), rows.end(), qsizetype(0));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [&](qsizetype a, qsizetype b) { return timeTs[size_t(a)] < timeTs[size_t(b)]; });
    const size_t n = rows.size();
    const size_t blocks = size_t(std::max(k, 1)) + 1;
    std::vector<Fold> folds;
    for (size_t b = 1; b < blocks; ++b) {
        const size_t begin = n * b / blocks;
        const size_t end = n * (b + 1) / blocks;
        if (begin == 0 || begin >= end)
            continue;
        Fold f;
        f.train.assign(rows.begin(), rows.begin() + qsizetype(begin));
        f.test.assign(rows.begin() + qsizetype(begin), rows.begin() + qsizetype(end));
        folds.push_back(std::move(f));
    }
    return folds;
}

QString CrossValidation::label(Kind kind, int k)
{
    if (kind == Kind::KFold)
        return QCoreApplication::translate("es::ml::CrossValidation", "%1-fold CV, out-of-fold").arg(k);
    return QCoreApplication::translate("es::ml::CrossValidation", "time-ordered, %1 forward blocks").arg(k);
}

} // namespace es::ml
