// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RunTimeBaselines.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace es::ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double trainingMean(const Dataset &data, const std::vector<qsizetype> &train)
{
    double sum = 0;
    for (qsizetype r : train)
        sum += data.target[size_t(r)];
    return train.empty() ? 0.0 : sum / double(train.size());
}

/// The training rows' mean per category of `categories`; unseen categories get `fallback`.
std::vector<double> meanPerCategory(const Dataset &data, const QStringList &categories,
                                    const std::vector<qsizetype> &train, const std::vector<qsizetype> &test,
                                    double fallback)
{
    QHash<QString, std::pair<double, qsizetype>> sums;
    for (qsizetype r : train) {
        auto &s = sums[categories[r]];
        s.first += data.target[size_t(r)];
        s.second += 1;
    }
    std::vector<double> out;
    out.reserve(test.size());
    for (qsizetype r : test) {
        const auto it = sums.constFind(categories[r]);
        out.push_back(it == sums.cend() ? fallback : it->first / double(it->second));
    }
    return out;
}

/// The column's categories when it is a categorical column of more than one value, else nothing.
const QStringList *varyingCategories(const Dataset &data, const QString &name)
{
    const int c = data.columnIndex(name);
    if (c < 0 || data.columns[size_t(c)].kind != FeatureKind::Categorical)
        return nullptr;
    const QStringList &values = data.columns[size_t(c)].categories;
    const bool varies = std::any_of(values.cbegin(), values.cend(), [&](const QString &v) { return v != values[0]; });
    return varies ? &values : nullptr;
}

} // namespace

std::vector<BaselinePrediction> RunTimeBaselines::predict(const Dataset &data, const std::vector<qsizetype> &train,
                                                          const std::vector<qsizetype> &test)
{
    std::vector<BaselinePrediction> out;
    const double mean = trainingMean(data, train);
    const auto knownRequest = [&](qsizetype r) { return std::isfinite(data.requestedS[size_t(r)]); };
    const bool requested = !data.requestedS.empty() && std::all_of(test.begin(), test.end(), knownRequest);
    if (requested) {
        BaselinePrediction b{tr("requested time"), {}, true};
        for (qsizetype r : test)
            b.predicted.push_back(data.requestedS[size_t(r)]);
        out.push_back(std::move(b));
    }
    if (!data.userRecentS.empty()) {
        BaselinePrediction b{tr("mean of the user's last two run times"), {}};
        for (qsizetype r : test) {
            const double recent = data.userRecentS[size_t(r)];
            b.predicted.push_back(std::isfinite(recent)                         ? recent
                                  : !data.requestedS.empty() && knownRequest(r) ? data.requestedS[size_t(r)]
                                                                                : mean);
        }
        out.push_back(std::move(b));
    }
    if (!data.group.isEmpty())
        out.push_back({tr("mean per %1").arg(data.groupName.isEmpty() ? tr("group") : data.groupName),
                       meanPerCategory(data, data.group, train, test, mean), !requested});
    if (data.groupName != u"partition") {
        if (const QStringList *partitions = varyingCategories(data, QStringLiteral("partition")))
            out.push_back({tr("mean per %1").arg(QStringLiteral("partition")),
                           meanPerCategory(data, *partitions, train, test, mean), false});
    }
    out.push_back({tr("training mean"), std::vector<double>(test.size(), mean), !requested && data.group.isEmpty()});
    return out;
}

std::vector<double> RunTimeBaselines::userLastTwoMeanS(const QStringList &users, const std::vector<qint64> &submitTs,
                                                       const std::vector<qint64> &endTs,
                                                       const std::vector<double> &runS)
{
    const size_t n = runS.size();
    std::vector<size_t> bySubmit(n), byEnd;
    std::iota(bySubmit.begin(), bySubmit.end(), size_t(0));
    std::stable_sort(bySubmit.begin(), bySubmit.end(), [&](size_t a, size_t b) { return submitTs[a] < submitTs[b]; });
    for (size_t r = 0; r < n; ++r)
        if (endTs[r] > 0 && std::isfinite(runS[r]) && !users[qsizetype(r)].isEmpty())
            byEnd.push_back(r);
    std::stable_sort(byEnd.begin(), byEnd.end(), [&](size_t a, size_t b) { return endTs[a] < endTs[b]; });
    // Per user, the run times of the two jobs that ended last so far (NaN: not yet).
    QHash<QString, std::pair<double, double>> lastTwo;
    std::vector<double> out(n, kNaN);
    size_t ended = 0;
    for (size_t r : bySubmit) {
        for (; ended < byEnd.size() && endTs[byEnd[ended]] <= submitTs[r]; ++ended) {
            const size_t e = byEnd[ended];
            auto it = lastTwo.find(users[qsizetype(e)]);
            if (it == lastTwo.end())
                lastTwo.insert(users[qsizetype(e)], {runS[e], kNaN});
            else
                *it = {runS[e], it->first};
        }
        const auto it = lastTwo.constFind(users[qsizetype(r)]);
        if (it != lastTwo.cend())
            out[r] = std::isfinite(it->second) ? (it->first + it->second) / 2 : it->first;
    }
    return out;
}

} // namespace es::ml
