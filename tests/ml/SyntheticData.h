// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Dataset.h"

#include <cmath>
#include <random>

namespace es::test {

/// y = 3 x1 - 2 x2 + noise (sd 0.1): a linear relationship every decent regressor must find. Times increase with
/// the row; the group is "a" or "b" (no effect).
inline ml::Dataset linearData(int n, std::uint64_t seed = 7)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> x(0.0, 1.0), noise(0.0, 0.1);
    ml::Dataset d;
    d.targetName = QStringLiteral("y");
    d.description = QStringLiteral("synthetic linear");
    d.columns.push_back({QStringLiteral("x1"), ml::FeatureKind::Numeric, ml::FeaturePhase::BeforeRun, {}, {}});
    d.columns.push_back({QStringLiteral("x2"), ml::FeatureKind::Numeric, ml::FeaturePhase::BeforeRun, {}, {}});
    for (int i = 0; i < n; ++i) {
        const double a = x(rng), b = x(rng);
        d.columns[0].numbers.push_back(a);
        d.columns[1].numbers.push_back(b);
        d.target.push_back(3 * a - 2 * b + noise(rng));
        d.timeTs.push_back(1'700'000'000 + i * 60);
        d.group << (i % 2 ? QStringLiteral("a") : QStringLiteral("b"));
    }
    d.groupName = QStringLiteral("kind");
    return d;
}

/// A non-linear relationship with a categorical effect: y = 2 sin(2 x1) + x2² + effect(kind) + noise (sd 0.1),
/// kind in {cpu, mem, io} with effects 0, 3, -2. The group is the kind, so the mean-per-kind baseline knows the
/// categorical effect and only a model that learns x1 and x2 beats it.
inline ml::Dataset nonlinearData(int n, std::uint64_t seed = 11)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> x(-2.0, 2.0);
    std::normal_distribution<double> noise(0.0, 0.1);
    const QString kinds[] = {QStringLiteral("cpu"), QStringLiteral("mem"), QStringLiteral("io")};
    const double effects[] = {0.0, 3.0, -2.0};
    ml::Dataset d;
    d.targetName = QStringLiteral("y");
    d.description = QStringLiteral("synthetic nonlinear");
    d.columns.push_back({QStringLiteral("x1"), ml::FeatureKind::Numeric, ml::FeaturePhase::BeforeRun, {}, {}});
    d.columns.push_back({QStringLiteral("x2"), ml::FeatureKind::Numeric, ml::FeaturePhase::BeforeRun, {}, {}});
    d.columns.push_back({QStringLiteral("kind"), ml::FeatureKind::Categorical, ml::FeaturePhase::BeforeRun, {}, {}});
    for (int i = 0; i < n; ++i) {
        const double a = x(rng), b = x(rng);
        const int k = int(rng() % 3);
        d.columns[0].numbers.push_back(a);
        d.columns[1].numbers.push_back(b);
        d.columns[2].categories << kinds[k];
        d.target.push_back(2 * std::sin(2 * a) + b * b + effects[k] + noise(rng));
        d.timeTs.push_back(1'700'000'000 + i * 60);
        d.group << kinds[k];
    }
    d.groupName = QStringLiteral("kind");
    return d;
}

} // namespace es::test
