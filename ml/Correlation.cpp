#include "Correlation.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace es::ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Complete
{
    std::vector<double> x;
    std::vector<double> y;
};

Complete completeRows(std::span<const double> x, std::span<const double> y)
{
    Complete rows;
    if (x.size() != y.size())
        return rows;
    rows.x.reserve(x.size());
    rows.y.reserve(y.size());
    for (size_t i = 0; i < x.size(); ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            rows.x.push_back(x[i]);
            rows.y.push_back(y[i]);
        }
    }
    return rows;
}

bool isConstant(const std::vector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return lo == v.end() || *lo == *hi;
}

double mean(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

/// Centred sums of complete rows. Two passes: the raw-moment shortcut loses every digit on epoch timestamps.
struct Moments
{
    double meanX = 0;
    double meanY = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
};

Moments moments(const std::vector<double> &x, const std::vector<double> &y)
{
    Moments m;
    m.meanX = mean(x);
    m.meanY = mean(y);
    for (size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - m.meanX;
        const double dy = y[i] - m.meanY;
        m.sxx += dx * dx;
        m.syy += dy * dy;
        m.sxy += dx * dy;
    }
    return m;
}

double pearsonOfComplete(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() < 2 || isConstant(x) || isConstant(y))
        return kNaN;
    const Moments m = moments(x, y);
    return std::clamp(m.sxy / std::sqrt(m.sxx * m.syy), -1.0, 1.0);
}

double spearmanOfComplete(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() < 2 || isConstant(x) || isConstant(y))
        return kNaN;
    const std::vector<double> rx = Correlation::averageRanks(x);
    const std::vector<double> ry = Correlation::averageRanks(y);
    return pearsonOfComplete(rx, ry);
}

Correlation::LinearFit fitOfComplete(const std::vector<double> &x, const std::vector<double> &y)
{
    Correlation::LinearFit fit;
    fit.n = qsizetype(x.size());
    if (x.size() < 2 || isConstant(x)) {
        fit.intercept = fit.slope = fit.r2 = kNaN;
        return fit;
    }
    const Moments m = moments(x, y);
    fit.slope = m.sxy / m.sxx;
    fit.intercept = m.meanY - fit.slope * m.meanX;
    if (isConstant(y)) {
        fit.slope = 0;
        fit.intercept = y.front();
        fit.r2 = kNaN; // SS_tot = 0: R² is undefined
        return fit;
    }
    fit.r2 = std::clamp(m.sxy * m.sxy / (m.sxx * m.syy), 0.0, 1.0);
    return fit;
}

} // namespace

double Correlation::pearson(std::span<const double> x, std::span<const double> y)
{
    const Complete rows = completeRows(x, y);
    return pearsonOfComplete(rows.x, rows.y);
}

double Correlation::spearman(std::span<const double> x, std::span<const double> y)
{
    const Complete rows = completeRows(x, y);
    return spearmanOfComplete(rows.x, rows.y);
}

Correlation::LinearFit Correlation::linearFit(std::span<const double> x, std::span<const double> y)
{
    const Complete rows = completeRows(x, y);
    return fitOfComplete(rows.x, rows.y);
}

Correlation::PairStatistics Correlation::pair(std::span<const double> x, std::span<const double> y)
{
    const Complete rows = completeRows(x, y);
    PairStatistics s;
    s.n = qsizetype(rows.x.size());
    s.pearson = pearsonOfComplete(rows.x, rows.y);
    s.spearman = spearmanOfComplete(rows.x, rows.y);
    s.fit = fitOfComplete(rows.x, rows.y);
    return s;
}

std::vector<double> Correlation::averageRanks(std::span<const double> values)
{
    std::vector<double> ranks(values.size(), kNaN);
    std::vector<size_t> order;
    order.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    for (size_t first = 0; first < order.size();) {
        size_t last = first + 1;
        while (last < order.size() && values[order[last]] == values[order[first]])
            ++last;
        // Ranks first+1 .. last share their mean.
        const double rank = 0.5 * double(first + 1 + last);
        for (size_t i = first; i < last; ++i)
            ranks[order[i]] = rank;
        first = last;
    }
    return ranks;
}

Correlation::Matrix Correlation::matrix(const std::vector<std::span<const double>> &columns)
{
    using Eigen::Index;
    const Index k = Index(columns.size());
    Matrix result;
    result.k = k;
    result.values.assign(size_t(k * k), kNaN);
    result.n.assign(size_t(k * k), 0);
    if (k == 0)
        return result;
    size_t rows = columns.front().size();
    for (const auto &column : columns)
        rows = std::min(rows, column.size());

    // Standardise each column by the mean and spread of its first kPilotValues values: r is invariant under it, and
    // the sums below then stay near zero, so the one-pass formulas keep their precision on large offsets
    // (timestamps, joules) without a separate pass over the data.
    constexpr size_t kPilotValues = 4096;
    Eigen::VectorXd centre = Eigen::VectorXd::Zero(k);
    Eigen::VectorXd scale = Eigen::VectorXd::Ones(k);
    Eigen::VectorXd first = Eigen::VectorXd::Zero(k);
    std::vector<bool> varies(size_t(k), false);
    for (Index c = 0; c < k; ++c) {
        const std::span<const double> v = columns[size_t(c)];
        std::vector<double> pilot;
        pilot.reserve(kPilotValues);
        for (size_t r = 0; r < rows && pilot.size() < kPilotValues; ++r) {
            if (std::isfinite(v[r]))
                pilot.push_back(v[r]);
        }
        if (pilot.empty())
            continue;
        first[c] = pilot.front();
        const double m = mean(pilot);
        double ss = 0;
        for (double x : pilot)
            ss += (x - m) * (x - m);
        centre[c] = m;
        const double sd = std::sqrt(ss / double(pilot.size()));
        if (sd > 1e-300)
            scale[c] = 1.0 / sd;
    }

    // Over the pairwise-complete rows of (i, j), with z the standardised values and 0 for a missing one:
    //   n(i,j) = Σ m_i m_j, sx(i,j) = Σ z_i m_j, sxx(i,j) = Σ z_i² m_j, sxy(i,j) = Σ z_i z_j.
    Eigen::MatrixXd sxy = Eigen::MatrixXd::Zero(k, k); // lower triangle only
    Eigen::MatrixXd sx = Eigen::MatrixXd::Zero(k, k);
    Eigen::MatrixXd sxx = Eigen::MatrixXd::Zero(k, k);
    Eigen::MatrixXd n = Eigen::MatrixXd::Zero(k, k);

    constexpr Index kBlockRows = 2048;
    Eigen::MatrixXd z(kBlockRows, k);
    Eigen::MatrixXd stacked; // [z, z², m] of a block with missing values
    Eigen::MatrixXd masks;   // m of the columns with missing values in the block
    Eigen::VectorXd blockSum(k), blockSq(k), blockCount(k);
    Eigen::MatrixXd products;
    std::vector<Index> partial;
    std::vector<Index> dense;
    std::vector<Index> unique;
    std::vector<quint64> uniqueHash;
    std::vector<size_t> uniqueOf;
    for (size_t begin = 0; begin < rows; begin += size_t(kBlockRows)) {
        const Index b = Index(std::min<size_t>(size_t(kBlockRows), rows - begin));
        if (b != z.rows())
            z.resize(b, k);
        partial.clear();
        for (Index c = 0; c < k; ++c) {
            const double *v = columns[size_t(c)].data() + begin;
            double *out = z.col(c).data();
            const double m = centre[c], s = scale[c], f = first[c];
            Index missing = 0;
            bool differs = false;
            for (Index r = 0; r < b; ++r) {
                const double x = v[r];
                const bool ok = x - x == 0; // false for NaN and ±inf
                out[r] = ok ? (x - m) * s : 0.0;
                missing += ok ? 0 : 1;
                differs |= ok && x != f;
            }
            if (differs)
                varies[size_t(c)] = true;
            if (missing > 0)
                partial.push_back(c);
            blockCount[c] = double(b - missing);
        }
        blockSum = z.colwise().sum().transpose();
        blockSq = z.colwise().squaredNorm().transpose();
        sxy.selfadjointView<Eigen::Lower>().rankUpdate(z.transpose());

        // Columns complete in this block: every present z_i of the block pairs with them.
        std::vector<bool> isPartial(size_t(k), false);
        for (Index c : partial)
            isPartial[size_t(c)] = true;
        for (Index j = 0; j < k; ++j) {
            if (isPartial[size_t(j)])
                continue;
            sx.col(j) += blockSum;
            sxx.col(j) += blockSq;
            n.col(j) += blockCount;
        }
        if (partial.empty())
            continue;

        // A column with few missing rows in the block: its sums are those of the whole block minus its missing
        // rows, which costs k operations per missing value instead of 3k per row of the block.
        dense.clear();
        for (Index j : partial) {
            const double *vj = columns[size_t(j)].data() + begin;
            const Index missing = b - Index(blockCount[j]);
            if (missing * 4 > b) {
                dense.push_back(j);
                continue;
            }
            sx.col(j) += blockSum;
            sxx.col(j) += blockSq;
            n.col(j) += blockCount;
            for (Index r = 0; r < b; ++r) {
                if (vj[r] - vj[r] == 0)
                    continue;
                for (Index i = 0; i < k; ++i) {
                    const double zi = z(r, i);
                    const double vi = columns[size_t(i)][begin + size_t(r)];
                    sx(i, j) -= zi;
                    sxx(i, j) -= zi * zi;
                    n(i, j) -= vi - vi == 0 ? 1.0 : 0.0;
                }
            }
        }
        if (dense.empty())
            continue;

        stacked.resize(b, 3 * k);
        stacked.leftCols(k) = z;
        stacked.middleCols(k, k) = z.array().square().matrix();
        for (Index c = 0; c < k; ++c) {
            const double *v = columns[size_t(c)].data() + begin;
            double *out = stacked.col(2 * k + c).data();
            for (Index r = 0; r < b; ++r)
                out[r] = v[r] - v[r] == 0 ? 1.0 : 0.0;
        }
        // Columns often go missing together (every job_metrics column of a job without metrics): one product per
        // distinct mask of the block.
        unique.clear();
        uniqueHash.clear();
        uniqueOf.assign(dense.size(), 0);
        for (size_t jj = 0; jj < dense.size(); ++jj) {
            const auto mask = stacked.col(2 * k + dense[jj]);
            quint64 hash = 0; // order-free, so that it vectorises; equal hashes are compared in full
            for (Index r = 0; r < b; ++r)
                hash += mask[r] != 0.0 ? quint64(r) * 2654435761ULL + 1 : 0;
            size_t found = unique.size();
            for (size_t u = 0; u < unique.size(); ++u) {
                if (uniqueHash[u] == hash && stacked.col(2 * k + unique[u]) == mask) {
                    found = u;
                    break;
                }
            }
            if (found == unique.size()) {
                unique.push_back(dense[jj]);
                uniqueHash.push_back(hash);
            }
            uniqueOf[jj] = found;
        }
        masks.resize(b, Index(unique.size()));
        for (size_t u = 0; u < unique.size(); ++u)
            masks.col(Index(u)) = stacked.col(2 * k + unique[u]);
        products.noalias() = stacked.transpose() * masks; // 3k × distinct masks
        for (size_t jj = 0; jj < dense.size(); ++jj) {
            const Index j = dense[jj];
            const Index u = Index(uniqueOf[jj]);
            sx.col(j) += products.col(u).segment(0, k);
            sxx.col(j) += products.col(u).segment(k, k);
            n.col(j) += products.col(u).segment(2 * k, k);
        }
    }

    for (Index i = 0; i < k; ++i) {
        for (Index j = 0; j < k; ++j) {
            const double count = n(i, j);
            result.n[size_t(i * k + j)] = qsizetype(std::llround(count));
            if (!varies[size_t(i)] || !varies[size_t(j)] || count < 2)
                continue;
            if (i == j) {
                result.values[size_t(i * k + j)] = 1.0;
                continue;
            }
            const double sumX = sx(i, j), sumY = sx(j, i);
            const double cov = sxy(std::max(i, j), std::min(i, j)) - sumX * sumY / count;
            const double varX = sxx(i, j) - sumX * sumX / count;
            const double varY = sxx(j, i) - sumY * sumY / count;
            // Below this share of the raw second moment, the spread is rounding noise: the pair's common rows hold
            // a single value of the column.
            const double tinyX = 1e-12 * sxx(i, j), tinyY = 1e-12 * sxx(j, i);
            if (varX <= tinyX || varY <= tinyY)
                continue;
            result.values[size_t(i * k + j)] = std::clamp(cov / std::sqrt(varX * varY), -1.0, 1.0);
        }
    }
    return result;
}

} // namespace es::ml
