// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Correlation.h"

#include "Statistics.h"

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
    return statistics::pearsonR(x, y);
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

/// The pairwise-complete sums of Correlation::matrix, accumulated block by block. Over the pairwise-complete rows
/// of (i, j), with z the standardised values and 0 for a missing one:
///   n(i,j) = Σ m_i m_j, sx(i,j) = Σ z_i m_j, sxx(i,j) = Σ z_i² m_j, sxy(i,j) = Σ z_i z_j (lower triangle only).
class PairwiseSums
{
public:
    using Index = Eigen::Index;
    static constexpr Index kBlockRows = 2048;

    PairwiseSums(const std::vector<std::span<const double>> &columns, size_t rows)
        : m_columns(columns), m_k(Index(columns.size())), m_rows(rows), m_centre(Eigen::VectorXd::Zero(m_k)),
          m_scale(Eigen::VectorXd::Ones(m_k)), m_first(Eigen::VectorXd::Zero(m_k)), m_varies(size_t(m_k), false),
          m_sxy(Eigen::MatrixXd::Zero(m_k, m_k)), m_sx(Eigen::MatrixXd::Zero(m_k, m_k)),
          m_sxx(Eigen::MatrixXd::Zero(m_k, m_k)), m_n(Eigen::MatrixXd::Zero(m_k, m_k)), m_z(kBlockRows, m_k),
          m_blockSum(m_k), m_blockSq(m_k), m_blockCount(m_k)
    {}

    /// Standardises each column by the mean and spread of its first kPilotValues values: r is invariant under it,
    /// and the sums then stay near zero, so the one-pass formulas keep their precision on large offsets
    /// (timestamps, joules) without a separate pass over the data.
    void standardiseByPilot();
    /// Adds rows [begin, begin + kBlockRows) (fewer at the end).
    void addBlock(size_t begin);
    /// r and n of every pair into *result (values NaN where r is undefined).
    void fill(Correlation::Matrix *result) const;

private:
    /// The block's z (0 for a missing value), the columns with missing values, the per-column sums and sxy.
    void loadBlock(size_t begin, Index b);
    /// Columns complete in this block: every present z_i of the block pairs with them.
    void addCompleteColumns();
    /// A column with few missing rows in the block: its sums are those of the whole block minus its missing rows,
    /// which costs k operations per missing value instead of 3k per row of the block. The others go to m_dense.
    void addSparseColumns(size_t begin, Index b);
    /// Columns with many missing rows: matrix products of [z, z², m] with their masks, one per distinct mask.
    void addDenseColumns(size_t begin, Index b);
    /// Groups m_dense by mask: m_unique holds one column per distinct mask, m_uniqueOf each dense column's group.
    void groupDenseMasks(Index b);

    const std::vector<std::span<const double>> &m_columns;
    const Index m_k;
    const size_t m_rows;
    Eigen::VectorXd m_centre, m_scale, m_first;
    std::vector<bool> m_varies; ///< a column has two different finite values
    Eigen::MatrixXd m_sxy, m_sx, m_sxx, m_n;

    // Per block, reused.
    Eigen::MatrixXd m_z;
    Eigen::MatrixXd m_stacked; // [z, z², m] of a block with missing values
    Eigen::MatrixXd m_masks;   // m of the columns with missing values in the block
    Eigen::VectorXd m_blockSum, m_blockSq, m_blockCount;
    Eigen::MatrixXd m_products;
    std::vector<Index> m_partial;
    std::vector<Index> m_dense;
    std::vector<Index> m_unique;
    std::vector<quint64> m_uniqueHash;
    std::vector<size_t> m_uniqueOf;
};

void PairwiseSums::standardiseByPilot()
{
    constexpr size_t kPilotValues = 4096;
    for (Index c = 0; c < m_k; ++c) {
        const std::span<const double> v = m_columns[size_t(c)];
        std::vector<double> pilot;
        pilot.reserve(kPilotValues);
        for (size_t r = 0; r < m_rows && pilot.size() < kPilotValues; ++r) {
            if (std::isfinite(v[r]))
                pilot.push_back(v[r]);
        }
        if (pilot.empty())
            continue;
        m_first[c] = pilot.front();
        const double m = mean(pilot);
        double ss = 0;
        for (double x : pilot)
            ss += (x - m) * (x - m);
        m_centre[c] = m;
        const double sd = std::sqrt(ss / double(pilot.size()));
        if (sd > 1e-300)
            m_scale[c] = 1.0 / sd;
    }
}

void PairwiseSums::addBlock(size_t begin)
{
    const Index b = Index(std::min<size_t>(size_t(kBlockRows), m_rows - begin));
    loadBlock(begin, b);
    addCompleteColumns();
    if (m_partial.empty())
        return;
    addSparseColumns(begin, b);
    if (m_dense.empty())
        return;
    addDenseColumns(begin, b);
}

void PairwiseSums::loadBlock(size_t begin, Index b)
{
    if (b != m_z.rows())
        m_z.resize(b, m_k);
    m_partial.clear();
    for (Index c = 0; c < m_k; ++c) {
        const double *v = m_columns[size_t(c)].data() + begin;
        double *out = m_z.col(c).data();
        const double m = m_centre[c], s = m_scale[c], f = m_first[c];
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
            m_varies[size_t(c)] = true;
        if (missing > 0)
            m_partial.push_back(c);
        m_blockCount[c] = double(b - missing);
    }
    m_blockSum = m_z.colwise().sum().transpose();
    m_blockSq = m_z.colwise().squaredNorm().transpose();
    m_sxy.selfadjointView<Eigen::Lower>().rankUpdate(m_z.transpose());
}

void PairwiseSums::addCompleteColumns()
{
    std::vector<bool> isPartial(size_t(m_k), false);
    for (Index c : m_partial)
        isPartial[size_t(c)] = true;
    for (Index j = 0; j < m_k; ++j) {
        if (isPartial[size_t(j)])
            continue;
        m_sx.col(j) += m_blockSum;
        m_sxx.col(j) += m_blockSq;
        m_n.col(j) += m_blockCount;
    }
}

void PairwiseSums::addSparseColumns(size_t begin, Index b)
{
    m_dense.clear();
    for (Index j : m_partial) {
        const double *vj = m_columns[size_t(j)].data() + begin;
        const Index missing = b - Index(m_blockCount[j]);
        if (missing * 4 > b) {
            m_dense.push_back(j);
            continue;
        }
        m_sx.col(j) += m_blockSum;
        m_sxx.col(j) += m_blockSq;
        m_n.col(j) += m_blockCount;
        for (Index r = 0; r < b; ++r) {
            if (vj[r] - vj[r] == 0)
                continue;
            for (Index i = 0; i < m_k; ++i) {
                const double zi = m_z(r, i);
                const double vi = m_columns[size_t(i)][begin + size_t(r)];
                m_sx(i, j) -= zi;
                m_sxx(i, j) -= zi * zi;
                m_n(i, j) -= vi - vi == 0 ? 1.0 : 0.0;
            }
        }
    }
}

void PairwiseSums::groupDenseMasks(Index b)
{
    // Columns often go missing together (every job_metrics column of a job without metrics): one product per
    // distinct mask of the block.
    const Index k = m_k;
    m_unique.clear();
    m_uniqueHash.clear();
    m_uniqueOf.assign(m_dense.size(), 0);
    for (size_t jj = 0; jj < m_dense.size(); ++jj) {
        const auto mask = m_stacked.col(2 * k + m_dense[jj]);
        quint64 hash = 0; // order-free, so that it vectorises; equal hashes are compared in full
        for (Index r = 0; r < b; ++r)
            hash += mask[r] != 0.0 ? quint64(r) * 2654435761ULL + 1 : 0;
        size_t found = m_unique.size();
        for (size_t u = 0; u < m_unique.size(); ++u) {
            if (m_uniqueHash[u] == hash && m_stacked.col(2 * k + m_unique[u]) == mask) {
                found = u;
                break;
            }
        }
        if (found == m_unique.size()) {
            m_unique.push_back(m_dense[jj]);
            m_uniqueHash.push_back(hash);
        }
        m_uniqueOf[jj] = found;
    }
}

void PairwiseSums::addDenseColumns(size_t begin, Index b)
{
    const Index k = m_k;
    m_stacked.resize(b, 3 * k);
    m_stacked.leftCols(k) = m_z;
    m_stacked.middleCols(k, k) = m_z.array().square().matrix();
    for (Index c = 0; c < k; ++c) {
        const double *v = m_columns[size_t(c)].data() + begin;
        double *out = m_stacked.col(2 * k + c).data();
        for (Index r = 0; r < b; ++r)
            out[r] = v[r] - v[r] == 0 ? 1.0 : 0.0;
    }
    groupDenseMasks(b);
    m_masks.resize(b, Index(m_unique.size()));
    for (size_t u = 0; u < m_unique.size(); ++u)
        m_masks.col(Index(u)) = m_stacked.col(2 * k + m_unique[u]);
    m_products.noalias() = m_stacked.transpose() * m_masks; // 3k × distinct masks
    for (size_t jj = 0; jj < m_dense.size(); ++jj) {
        const Index j = m_dense[jj];
        const Index u = Index(m_uniqueOf[jj]);
        m_sx.col(j) += m_products.col(u).segment(0, k);
        m_sxx.col(j) += m_products.col(u).segment(k, k);
        m_n.col(j) += m_products.col(u).segment(2 * k, k);
    }
}

void PairwiseSums::fill(Correlation::Matrix *result) const
{
    const Index k = m_k;
    for (Index i = 0; i < k; ++i) {
        for (Index j = 0; j < k; ++j) {
            const double count = m_n(i, j);
            result->n[size_t(i * k + j)] = qsizetype(std::llround(count));
            if (!m_varies[size_t(i)] || !m_varies[size_t(j)] || count < 2)
                continue;
            if (i == j) {
                result->values[size_t(i * k + j)] = 1.0;
                continue;
            }
            const double sumX = m_sx(i, j), sumY = m_sx(j, i);
            const double cov = m_sxy(std::max(i, j), std::min(i, j)) - sumX * sumY / count;
            const double varX = m_sxx(i, j) - sumX * sumX / count;
            const double varY = m_sxx(j, i) - sumY * sumY / count;
            // Below this share of the raw second moment, the spread is rounding noise: the pair's common rows hold
            // a single value of the column.
            const double tinyX = 1e-12 * m_sxx(i, j), tinyY = 1e-12 * m_sxx(j, i);
            if (varX <= tinyX || varY <= tinyY)
                continue;
            result->values[size_t(i * k + j)] = std::clamp(cov / std::sqrt(varX * varY), -1.0, 1.0);
        }
    }
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
    PairwiseSums sums(columns, rows);
    sums.standardiseByPilot();
    for (size_t begin = 0; begin < rows; begin += size_t(PairwiseSums::kBlockRows))
        sums.addBlock(begin);
    sums.fill(&result);
    return result;
}

} // namespace es::ml
