// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ForestGrower.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <future>
#include <limits>
#include <mutex>
#include <numeric>
#include <random>
#include <stdexcept>
#include <thread>

namespace es::ml {
namespace {

/// The most codes a feature gets: distinct values beyond it are merged into this many quantiles.
constexpr size_t kMaxCodes = 65535;
/// A child link that names a leaf while its tree grows (the leaf's index in the low bits).
constexpr uint32_t kLeafLink = 1u << 31;
/// Nodes a tree grows between two looks at the stop flag.
constexpr int kNodesPerStopCheck = 256;
/// How often the calling thread asks its KeepGoing callback while the trees grow.
constexpr std::chrono::milliseconds kPollInterval{50};
/// Trees grown between two calls of the KeepGoing callback at most (so that its count follows the work done).
constexpr int kTreesPerKeepGoing = 4;

/// Every feature coded by the rank of its value among the feature's distinct values (or quantiles of them): codes
/// are column-major (feature f of row i at f * rows + i); code c of feature f covers values from low[f][c] to
/// high[f][c].
struct CodedFeatures
{
    size_t rows = 0;
    std::vector<uint16_t> codes;
    std::vector<std::vector<double>> low;
    std::vector<std::vector<double>> high;

    uint16_t code(size_t feature, size_t row) const { return codes[feature * rows + row]; }
    size_t codeCount(size_t feature) const { return low[feature].size(); }
};

CodedFeatures codeFeatures(const Eigen::MatrixXd &x)
{
    CodedFeatures coded;
    coded.rows = size_t(x.rows());
    const size_t width = size_t(x.cols());
    coded.codes.resize(width * coded.rows);
    coded.low.resize(width);
    coded.high.resize(width);
    std::vector<std::pair<double, uint32_t>> sorted(coded.rows);
    for (size_t f = 0; f < width; ++f) {
        for (size_t i = 0; i < coded.rows; ++i) {
            const double v = x(Eigen::Index(i), Eigen::Index(f));
            if (!std::isfinite(v))
                throw std::invalid_argument("a feature value is not a finite number");
            sorted[i] = {v, uint32_t(i)};
        }
        std::sort(sorted.begin(), sorted.end());
        size_t distinct = 0;
        for (size_t i = 0; i < sorted.size(); ++i)
            distinct += (i == 0 || sorted[i].first != sorted[i - 1].first);
        // Distinct value d (0-based) gets code d * codes / distinct: one code per value up to kMaxCodes of them.
        const size_t codes = std::min(distinct, kMaxCodes);
        auto &low = coded.low[f];
        auto &high = coded.high[f];
        low.assign(codes, 0);
        high.assign(codes, 0);
        size_t d = 0;
        for (size_t i = 0; i < sorted.size(); ++i) {
            if (i > 0 && sorted[i].first != sorted[i - 1].first)
                ++d;
            const size_t c = d * codes / distinct;
            if (i == 0 || c != coded.codes[f * coded.rows + sorted[i - 1].second])
                low[c] = sorted[i].first;
            high[c] = sorted[i].first;
            coded.codes[f * coded.rows + sorted[i].second] = uint16_t(c);
        }
    }
    return coded;
}

/// A uniform integer in [0, n), n < 2^32 (Lemire's multiply-shift).
uint32_t below(std::mt19937_64 &rng, uint32_t n)
{
    return uint32_t(((rng() >> 32) * uint64_t(n)) >> 32);
}

/// The best split of one node on one feature: rows with a code up to `lastLeftCode` go left.
struct Split
{
    double score = -std::numeric_limits<double>::infinity(); ///< sum_left²/weight_left + sum_right²/weight_right
    uint32_t feature = 0;
    uint16_t lastLeftCode = 0;
    float threshold = 0;
};

/// Per-code totals of a node's rows.
struct CodeTotals
{
    uint32_t rows = 0;
    double weight = 0;
    double weightedY = 0;
};

/// The float threshold t with high(a) < t <= low(b) nearest their midpoint, or nullopt when no float lies there.
std::optional<float> thresholdBetween(double highOfLeft, double lowOfRight)
{
    float t = float(highOfLeft + (lowOfRight - highOfLeft) / 2);
    if (!(double(t) > highOfLeft))
        t = std::nextafter(t, std::numeric_limits<float>::infinity());
    if (!(double(t) > highOfLeft) || !(double(t) <= lowOfRight) || !std::isfinite(t))
        return std::nullopt;
    return t;
}

/// One thread's tree grower and its scratch space, reused from tree to tree.
class TreeBuilder
{
public:
    TreeBuilder(const CodedFeatures &coded, const Eigen::VectorXd &y, const ForestGrower::Options &options,
                const std::atomic_bool &stop)
        : m_coded(coded), m_y(y), m_options(options), m_stop(stop), m_weights(coded.rows),
          m_featureOrder(coded.low.size())
    {
        size_t widest = 1;
        for (const auto &low : coded.low)
            widest = std::max(widest, low.size());
        m_totals.resize(widest);
        const size_t width = coded.low.size();
        m_featuresPerNode = std::clamp<size_t>(size_t(std::lround(double(width) * options.featureFraction)), 1,
                                               std::max<size_t>(1, width));
    }

    /// Tree `index`, or nullopt when the stop flag was set meanwhile.
    std::optional<GrownTree> grow(uint64_t index)
    {
        std::mt19937_64 rng(m_options.seed * 0x9E3779B97F4A7C15ull + index * 0xBF58476D1CE4E5B9ull + 1);
        drawBootstrap(rng);
        GrownTree tree;
        struct Pending
        {
            uint32_t begin, end;
            int64_t parent; ///< node index, -1 for the root
            bool left;
        };
        std::vector<Pending> pending{{0, uint32_t(m_order.size()), -1, false}};
        int sinceCheck = 0;
        while (!pending.empty()) {
            if (++sinceCheck == kNodesPerStopCheck) {
                sinceCheck = 0;
                if (m_stop.load(std::memory_order_relaxed))
                    return std::nullopt;
            }
            const Pending p = pending.back();
            pending.pop_back();
            uint32_t link = 0;
            const std::optional<Split> split = bestSplit(p.begin, p.end, rng);
            if (!split) {
                link = kLeafLink | uint32_t(tree.leaves.size());
                tree.leaves.push_back(float(m_nodeWeightedY / m_nodeWeight));
            } else {
                link = uint32_t(tree.nodes.size());
                tree.nodes.push_back({0, 0, split->threshold, split->feature});
                const uint32_t middle = partition(p.begin, p.end, *split);
                pending.push_back({middle, p.end, int64_t(link), false});
                pending.push_back({p.begin, middle, int64_t(link), true});
            }
            if (p.parent >= 0)
                (p.left ? tree.nodes[size_t(p.parent)].left : tree.nodes[size_t(p.parent)].right) = link;
        }
        const uint32_t nodeCount = uint32_t(tree.nodes.size());
        for (TreeNode &node : tree.nodes) {
            for (uint32_t *child : {&node.left, &node.right})
                if (*child & kLeafLink)
                    *child = (*child & ~kLeafLink) + nodeCount;
        }
        return tree;
    }

private:
    /// Bootstrap counts of the rows (n draws with replacement) and the drawn rows, each once.
    void drawBootstrap(std::mt19937_64 &rng)
    {
        const uint32_t n = uint32_t(m_coded.rows);
        std::fill(m_weights.begin(), m_weights.end(), 0u);
        for (uint32_t i = 0; i < n; ++i)
            ++m_weights[below(rng, n)];
        m_order.clear();
        for (uint32_t i = 0; i < n; ++i)
            if (m_weights[i] > 0)
                m_order.push_back(i);
    }

    /// The best split of the rows m_order[begin, end) among m_featuresPerNode features drawn at random, or nullopt
    /// when the node is a leaf (too few rows, one target value, or no split that lowers the squared error). Leaves
    /// the node's total weight and weighted target in m_nodeWeight and m_nodeWeightedY.
    std::optional<Split> bestSplit(uint32_t begin, uint32_t end, std::mt19937_64 &rng)
    {
        double weight = 0, weightedY = 0;
        double minY = std::numeric_limits<double>::infinity(), maxY = -minY;
        for (uint32_t i = begin; i < end; ++i) {
            const uint32_t row = m_order[i];
            const double yi = m_y(Eigen::Index(row));
            weight += m_weights[row];
            weightedY += m_weights[row] * yi;
            minY = std::min(minY, yi);
            maxY = std::max(maxY, yi);
        }
        m_nodeWeight = weight;
        m_nodeWeightedY = weightedY;
        const uint32_t minLeaf = uint32_t(std::max(1, m_options.minLeaf));
        if (end - begin < 2 * minLeaf || maxY - minY <= 1e-12 * (std::abs(maxY) + std::abs(minY)))
            return std::nullopt;
        std::iota(m_featureOrder.begin(), m_featureOrder.end(), 0u);
        Split best;
        for (size_t k = 0; k < m_featuresPerNode; ++k) {
            std::swap(m_featureOrder[k], m_featureOrder[k + below(rng, uint32_t(m_featureOrder.size() - k))]);
            const uint32_t f = m_featureOrder[k];
            const Split candidate = bestSplitOn(f, begin, end, minLeaf, weight, weightedY);
            if (candidate.score > best.score)
                best = candidate;
        }
        const double parentScore = weightedY * weightedY / weight;
        if (!(best.score > parentScore + 1e-12 * std::abs(parentScore)))
            return std::nullopt;
        return best;
    }

    /// The best split of the node on feature f: per-code totals of its rows (a histogram over the feature's codes
    /// when the node has at least a quarter as many rows as codes, else its rows' codes sorted), then one pass.
    Split bestSplitOn(uint32_t f, uint32_t begin, uint32_t end, uint32_t minLeaf, double weight, double weightedY)
    {
        m_present.clear();
        const size_t codes = m_coded.codeCount(f);
        if (size_t(end - begin) * 4 >= codes) {
            std::fill_n(m_totals.begin(), codes, CodeTotals{});
            for (uint32_t i = begin; i < end; ++i)
                add(m_coded.code(f, m_order[i]), m_order[i]);
            for (size_t c = 0; c < codes; ++c)
                if (m_totals[c].rows > 0)
                    m_present.push_back(uint16_t(c));
        } else {
            m_nodeCodes.clear();
            for (uint32_t i = begin; i < end; ++i)
                m_nodeCodes.push_back(m_coded.code(f, m_order[i]));
            std::sort(m_nodeCodes.begin(), m_nodeCodes.end());
            m_nodeCodes.erase(std::unique(m_nodeCodes.begin(), m_nodeCodes.end()), m_nodeCodes.end());
            for (uint16_t c : m_nodeCodes)
                m_totals[c] = CodeTotals{};
            for (uint32_t i = begin; i < end; ++i)
                add(m_coded.code(f, m_order[i]), m_order[i]);
            m_present = m_nodeCodes;
        }
        Split best;
        best.feature = f;
        uint32_t leftRows = 0;
        double leftWeight = 0, leftY = 0;
        const uint32_t rows = end - begin;
        for (size_t k = 0; k + 1 < m_present.size(); ++k) {
            const CodeTotals &t = m_totals[m_present[k]];
            leftRows += t.rows;
            leftWeight += t.weight;
            leftY += t.weightedY;
            if (leftRows < minLeaf)
                continue;
            if (rows - leftRows < minLeaf)
                break;
            const double rightY = weightedY - leftY;
            const double score = leftY * leftY / leftWeight + rightY * rightY / (weight - leftWeight);
            if (score <= best.score)
                continue;
            const std::optional<float> t2 =
                thresholdBetween(m_coded.high[f][m_present[k]], m_coded.low[f][m_present[k + 1]]);
            if (!t2)
                continue;
            best.score = score;
            best.lastLeftCode = m_present[k];
            best.threshold = *t2;
        }
        return best;
    }

    void add(uint16_t code, uint32_t row)
    {
        CodeTotals &t = m_totals[code];
        ++t.rows;
        t.weight += m_weights[row];
        t.weightedY += m_weights[row] * m_y(Eigen::Index(row));
    }

    /// Puts the rows of m_order[begin, end) that go left first; returns where the right ones start.
    uint32_t partition(uint32_t begin, uint32_t end, const Split &split)
    {
        const auto middle = std::partition(m_order.begin() + begin, m_order.begin() + end, [&](uint32_t row) {
            return m_coded.code(split.feature, row) <= split.lastLeftCode;
        });
        return uint32_t(middle - m_order.begin());
    }

    const CodedFeatures &m_coded;
    const Eigen::VectorXd &m_y;
    const ForestGrower::Options &m_options;
    const std::atomic_bool &m_stop;
    size_t m_featuresPerNode = 1;
    std::vector<uint32_t> m_weights;
    std::vector<uint32_t> m_order;
    std::vector<uint32_t> m_featureOrder;
    std::vector<CodeTotals> m_totals;
    std::vector<uint16_t> m_present;
    std::vector<uint16_t> m_nodeCodes;
    double m_nodeWeight = 0;
    double m_nodeWeightedY = 0;
};

} // namespace

std::optional<std::vector<GrownTree>> ForestGrower::grow(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                                         const Options &options, const KeepGoing &keepGoing)
{
    if (x.rows() < 1 || x.rows() != y.size() || x.rows() >= Eigen::Index(kLeafLink))
        throw std::invalid_argument("a forest needs as many targets as rows, at least one");
    for (Eigen::Index i = 0; i < y.size(); ++i)
        if (!std::isfinite(y(i)))
            throw std::invalid_argument("a target value is not a finite number");
    const CodedFeatures coded = codeFeatures(x);
    const int treeCount = std::max(1, options.trees);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::min(treeCount, options.threads > 0 ? options.threads : cores);
    std::vector<GrownTree> trees(static_cast<size_t>(treeCount));
    std::atomic_int next = 0;
    std::atomic_bool stop = false;
    std::mutex mutex;
    std::condition_variable progressed;
    int treesDone = 0, threadsDone = 0; // guarded by mutex
    auto work = [&] {
        TreeBuilder builder(coded, y, options, stop);
        for (int i = next++; i < treeCount && !stop; i = next++) {
            std::optional<GrownTree> tree = builder.grow(uint64_t(i));
            if (!tree)
                break;
            trees[size_t(i)] = std::move(*tree);
            const std::lock_guard lock(mutex);
            ++treesDone;
            progressed.notify_one();
        }
    };
    std::vector<std::future<void>> running;
    for (int t = 0; t < threads; ++t)
        running.push_back(std::async(std::launch::async, [&] {
            struct Done
            {
                std::mutex &m;
                std::condition_variable &cv;
                int &count;
                ~Done()
                {
                    const std::lock_guard lock(m);
                    ++count;
                    cv.notify_one();
                }
            } done{mutex, progressed, threadsDone};
            work();
        }));
    // Asked every kTreesPerKeepGoing trees and every kPollInterval, whichever comes first.
    int asked = 0;
    for (std::unique_lock lock(mutex); threadsDone < threads;) {
        progressed.wait_for(lock, kPollInterval,
                            [&] { return threadsDone == threads || treesDone >= asked + kTreesPerKeepGoing; });
        if (threadsDone == threads)
            break;
        // One call per block of trees finished since the last (counts that do not depend on the timing), or one
        // for the time that passed.
        const int blocks = std::max(1, (treesDone - asked) / kTreesPerKeepGoing);
        asked += (treesDone - asked) / kTreesPerKeepGoing * kTreesPerKeepGoing;
        lock.unlock();
        for (int b = 0; b < blocks && !stop; ++b)
            if (!mayGoOn(keepGoing))
                stop = true;
        lock.lock();
    }
    // The blocks finished after the last call are asked for too: one call per kTreesPerKeepGoing trees in all.
    for (int b = 0; b < (treesDone - asked) / kTreesPerKeepGoing && !stop; ++b)
        if (!mayGoOn(keepGoing))
            stop = true;
    for (auto &r : running)
        r.get(); // rethrows a thread's error (all have finished)
    if (stop || !mayGoOn(keepGoing))
        return std::nullopt;
    return trees;
}

double ForestGrower::predict(const std::vector<GrownTree> &trees, const Eigen::VectorXd &features)
{
    double sum = 0;
    for (const GrownTree &tree : trees) {
        uint32_t i = 0;
        while (i < tree.nodes.size())
            i = features(tree.nodes[i].feature) < tree.nodes[i].threshold ? tree.nodes[i].left : tree.nodes[i].right;
        sum += tree.leaves[i - tree.nodes.size()];
    }
    return trees.empty() ? 0 : sum / double(trees.size());
}

} // namespace es::ml
