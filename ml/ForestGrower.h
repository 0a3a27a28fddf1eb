// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "KeepGoing.h"

#include <Eigen/Dense>
#include <cstdint>
#include <optional>
#include <vector>

namespace es::ml {

/// One interior node of a grown regression tree, in dlib's layout (dlib::internal_tree_node): a row goes left when
/// its value of `feature` is below `threshold`. A child index below the tree's node count is a node; from the node
/// count up it is a leaf (leaf index = child - node count).
struct TreeNode
{
    uint32_t left = 0;
    uint32_t right = 0;
    float threshold = 0;
    uint32_t feature = 0;
};

/// A regression tree: its interior nodes (none when the root is a leaf) and its leaf values (the mean target of the
/// training rows that reach them).
struct GrownTree
{
    std::vector<TreeNode> nodes;
    std::vector<float> leaves;
};

/// Grows the trees of a random forest the way scikit-learn's RandomForestRegressor does (a bootstrap sample of the
/// rows per tree, best squared-error split among `featureFraction` of the features drawn per node, down to leaves
/// of `minLeaf` distinct rows or one target value), on features coded once per fit by their sorted distinct values,
/// so that a node's best split is one pass over its rows and one over the feature's distinct values (a histogram),
/// not a sort per node and feature. Thresholds are exact midpoints between two distinct values (up to 65,535 per
/// feature; more are merged into that many quantiles).
///
/// Threading: grow() runs `threads` threads of its own (trees taken in turn; each tree's random draws depend only on
/// the seed and its index, so the result does not depend on the thread count), while the calling thread asks
/// keepGoing after every 4 trees and at least every 50 ms; nothing is shared with other growers.
class ForestGrower
{
public:
    struct Options
    {
        int trees = 100;
        int minLeaf = 1;
        double featureFraction = 1.0;
        uint64_t seed = 1;
        /// 0: one per core.
        int threads = 0;
    };

    /// The trees grown on x (rows × features, finite values) and y; nullopt when keepGoing said stop. Requires
    /// x.rows() == y.size() >= 1.
    static std::optional<std::vector<GrownTree>> grow(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                                      const Options &options, const KeepGoing &keepGoing);

    /// The mean of the trees' leaves that row `features` reaches (as dlib's forest function computes it).
    static double predict(const std::vector<GrownTree> &trees, const Eigen::VectorXd &features);
};

} // namespace es::ml
