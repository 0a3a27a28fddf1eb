// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_correlation: time of Correlation::matrix() and Correlation::pair() on synthetic columns. Prints numbers,
// not a test. Usage: bench_correlation [ROWS] [COLUMNS]   (defaults 1000000 and 20)
#include "Correlation.h"

#include <QElapsedTimer>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <vector>

using es::ml::Correlation;

namespace {

/// `missingFraction` of the cells missing independently, or, when `grouped`, in groups the way job data lacks them:
/// the last 8 columns (job_metrics) together for that share of the jobs, column 7 (energy) for twice that share.
std::vector<std::vector<double>> makeColumns(size_t rows, size_t count, double missingFraction, bool grouped)
{
    std::mt19937_64 random(7);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    std::vector<std::vector<double>> columns(count, std::vector<double>(rows));
    for (size_t r = 0; r < rows; ++r) {
        const double base = normal(random);
        const bool noMetrics = uniform(random) < missingFraction;
        const bool noEnergy = uniform(random) < 2 * missingFraction;
        for (size_t c = 0; c < count; ++c) {
            double v = double(c % 5) * base + normal(random) + (c % 3 == 0 ? 1.7e9 : 0.0);
            const bool missing =
                grouped ? (c + 8 >= count && noMetrics) || (c == 7 && noEnergy) : uniform(random) < missingFraction;
            if (missing)
                v = std::numeric_limits<double>::quiet_NaN();
            columns[c][r] = v;
        }
    }
    return columns;
}

double best(int repeats, auto &&work)
{
    double bestMs = 1e300;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        bestMs = std::min(bestMs, double(timer.nsecsElapsed()) / 1e6);
    }
    return bestMs;
}

} // namespace

int main(int argc, char **argv)
{
    const size_t rows = argc > 1 ? size_t(std::atoll(argv[1])) : 1000000;
    const size_t count = argc > 2 ? size_t(std::atoll(argv[2])) : 20;
    std::printf("bench_correlation (%s build): %zu rows x %zu columns, best of 3\n", ES_BENCH_BUILD_TYPE, rows, count);
    struct Case
    {
        double missing;
        bool grouped;
    };
    for (const Case &test : {Case{0.0, false}, Case{0.01, false}, Case{0.10, false}, Case{0.30, true}}) {
        const double missing = test.missing;
        const auto data = makeColumns(rows, count, missing, test.grouped);
        const char *kind = test.grouped ? "grouped (metrics/energy)" : "independent per cell";
        const std::vector<std::span<const double>> columns(data.begin(), data.end());
        double checksum = 0;
        const double ms = best(3, [&] {
            const Correlation::Matrix m = Correlation::matrix(columns);
            checksum = m.at(1, 2);
        });
        std::printf("  matrix, %4.1f%% missing, %s: %8.1f ms  (r(1,2) = %.6f)\n", 100 * missing, kind, ms, checksum);
        const double pairMs = best(3, [&] { checksum = Correlation::pair(data[1], data[2]).spearman; });
        std::printf("  pair (r, rho, fit), %4.1f%% missing: %8.1f ms  (rho(1,2) = %.6f)\n", 100 * missing, pairMs,
                    checksum);
    }
    return 0;
}
