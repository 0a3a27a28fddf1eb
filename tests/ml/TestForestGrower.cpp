// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ForestGrower.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <random>

using namespace es::ml;

namespace {

/// SYNTHETIC: y = 2 sin(2 x0) + x1² + noise (sd 0.1), x uniform in [-2, 2]; x2 is noise the trees must learn to
/// ignore.
void friedmanLike(int n, uint64_t seed, Eigen::MatrixXd *x, Eigen::VectorXd *y)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    std::normal_distribution<double> noise(0.0, 0.1);
    x->resize(n, 3);
    y->resize(n);
    for (int i = 0; i < n; ++i) {
        (*x)(i, 0) = u(rng);
        (*x)(i, 1) = u(rng);
        (*x)(i, 2) = u(rng);
        (*y)(i) = 2 * std::sin(2 * (*x)(i, 0)) + (*x)(i, 1) * (*x)(i, 1) + noise(rng);
    }
}

/// Every child link of every tree names an existing node or leaf, and every leaf is reached exactly once.
bool wellFormed(const std::vector<GrownTree> &trees)
{
    for (const GrownTree &t : trees) {
        std::vector<int> reached(t.nodes.size() + t.leaves.size(), 0);
        reached[0] = 1;
        for (const TreeNode &n : t.nodes) {
            if (n.left >= reached.size() || n.right >= reached.size() || n.left == 0 || n.right == 0)
                return false;
            ++reached[n.left];
            ++reached[n.right];
        }
        if (t.nodes.empty() && t.leaves.size() != 1)
            return false;
        for (size_t i = t.nodes.empty() ? 0 : 1; i < reached.size(); ++i)
            if (reached[i] != 1)
                return false;
    }
    return true;
}

double r2(const std::vector<GrownTree> &trees, const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    double ssRes = 0, ssTot = 0;
    const double mean = y.mean();
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const double p = ForestGrower::predict(trees, x.row(i).transpose());
        ssRes += (p - y(i)) * (p - y(i));
        ssTot += (y(i) - mean) * (y(i) - mean);
    }
    return 1 - ssRes / ssTot;
}

} // namespace

class TestForestGrower : public QObject
{
    Q_OBJECT
private slots:
    void learnsANonlinearFunctionOnHeldOutRows()
    {
        Eigen::MatrixXd x, xTest;
        Eigen::VectorXd y, yTest;
        friedmanLike(2000, 1, &x, &y);
        friedmanLike(500, 2, &xTest, &yTest);
        ForestGrower::Options o;
        o.trees = 50;
        const auto trees = ForestGrower::grow(x, y, o, {});
        QVERIFY(trees);
        QCOMPARE(trees->size(), size_t(50));
        QVERIFY(wellFormed(*trees));
        const double heldOut = r2(*trees, xTest, yTest);
        QVERIFY2(heldOut > 0.95, qPrintable(QString::number(heldOut)));
    }

    // Leaves of at least 20 distinct rows: at most 1000 / 20 of them per tree, where leaves of one row make many
    // times more, and fit the training rows more closely.
    void minLeafBoundsTheLeaves()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        friedmanLike(1000, 3, &x, &y);
        ForestGrower::Options o;
        o.trees = 10;
        o.minLeaf = 20;
        const auto coarse = ForestGrower::grow(x, y, o, {});
        o.minLeaf = 1;
        const auto fine = ForestGrower::grow(x, y, o, {});
        QVERIFY(coarse && fine);
        QVERIFY(wellFormed(*coarse));
        for (const GrownTree &t : *coarse)
            QVERIFY2(t.leaves.size() <= 1000 / 20, qPrintable(QString::number(t.leaves.size())));
        QVERIFY((*fine)[0].leaves.size() > (*coarse)[0].leaves.size() * 5);
        QVERIFY(r2(*fine, x, y) > r2(*coarse, x, y));
    }

    void sameTreesWhateverTheThreadCount()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        friedmanLike(800, 4, &x, &y);
        ForestGrower::Options o;
        o.trees = 12;
        o.featureFraction = 0.5;
        o.threads = 1;
        const auto one = ForestGrower::grow(x, y, o, {});
        o.threads = 3;
        const auto three = ForestGrower::grow(x, y, o, {});
        QVERIFY(one && three);
        for (size_t t = 0; t < one->size(); ++t) {
            QCOMPARE((*one)[t].leaves, (*three)[t].leaves);
            QCOMPARE((*one)[t].nodes.size(), (*three)[t].nodes.size());
            for (size_t i = 0; i < (*one)[t].nodes.size(); ++i) {
                QCOMPARE((*one)[t].nodes[i].feature, (*three)[t].nodes[i].feature);
                QCOMPARE((*one)[t].nodes[i].threshold, (*three)[t].nodes[i].threshold);
            }
        }
        o.seed = 2;
        const auto other = ForestGrower::grow(x, y, o, {});
        QVERIFY(other && (*other)[0].leaves != (*one)[0].leaves);
    }

    // Thresholds lie strictly between two distinct values, so a training row goes where the split put it: a forest
    // on a step function with two distinct inputs predicts both steps exactly.
    void splitsBetweenCloseValues()
    {
        Eigen::MatrixXd x(40, 1);
        Eigen::VectorXd y(40);
        for (int i = 0; i < 40; ++i) {
            x(i, 0) = i % 2 ? 1.0 + 1e-6 : 1.0;
            y(i) = i % 2 ? 5.0 : -5.0;
        }
        ForestGrower::Options o;
        o.trees = 5;
        const auto trees = ForestGrower::grow(x, y, o, {});
        QVERIFY(trees);
        Eigen::VectorXd low(1), high(1);
        low << 1.0;
        high << 1.0 + 1e-6;
        QCOMPARE(ForestGrower::predict(*trees, low), -5.0);
        QCOMPARE(ForestGrower::predict(*trees, high), 5.0);
    }

    // Values no float separates (1 and the next double) cannot be split: the tree stays one leaf, the mean.
    void inseparableValuesMakeOneLeaf()
    {
        Eigen::MatrixXd x(10, 1);
        Eigen::VectorXd y(10);
        for (int i = 0; i < 10; ++i) {
            x(i, 0) = i % 2 ? std::nextafter(1.0, 2.0) : 1.0;
            y(i) = i % 2 ? 1.0 : 3.0;
        }
        ForestGrower::Options o;
        o.trees = 3;
        const auto trees = ForestGrower::grow(x, y, o, {});
        QVERIFY(trees && wellFormed(*trees));
        for (const GrownTree &t : *trees) {
            QVERIFY(t.nodes.empty());
            QCOMPARE(t.leaves.size(), size_t(1));
        }
    }

    void constantTargetIsOneLeaf()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        friedmanLike(100, 5, &x, &y);
        y.setConstant(7.5);
        const auto trees = ForestGrower::grow(x, y, {}, {});
        QVERIFY(trees);
        QCOMPARE(trees->front().nodes.size(), size_t(0));
        QCOMPARE(trees->front().leaves, std::vector<float>{7.5f});
    }

    void oneRow()
    {
        Eigen::MatrixXd x(1, 2);
        x << 1, 2;
        Eigen::VectorXd y(1);
        y << 4;
        const auto trees = ForestGrower::grow(x, y, {}, {});
        QVERIFY(trees && wellFormed(*trees));
        QCOMPARE(ForestGrower::predict(*trees, x.row(0).transpose()), 4.0);
    }

    void nonFiniteInputIsAnError()
    {
        Eigen::MatrixXd x(3, 1);
        x << 1, std::numeric_limits<double>::quiet_NaN(), 3;
        Eigen::VectorXd y(3);
        y << 1, 2, 3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ForestGrower::grow(x, y, {}, {}));
        x(1, 0) = 2;
        y(2) = std::numeric_limits<double>::infinity();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ForestGrower::grow(x, y, {}, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ForestGrower::grow(x, Eigen::VectorXd(2), {}, {}));
    }

    // More distinct values than codes: merged into quantiles, still a good fit.
    void manyDistinctValuesAreMergedIntoQuantiles()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        friedmanLike(70000, 6, &x, &y);
        ForestGrower::Options o;
        o.trees = 2;
        const auto trees = ForestGrower::grow(x, y, o, {});
        QVERIFY(trees && wellFormed(*trees));
        QVERIFY(r2(*trees, x, y) > 0.9);
    }

    void stopsWhenAsked()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        friedmanLike(20000, 7, &x, &y);
        ForestGrower::Options o;
        o.trees = 100000; // far more than would finish before the first question
        std::atomic_int asked = 0;
        const auto trees = ForestGrower::grow(x, y, o, [&] { return ++asked < 2; });
        QVERIFY(!trees);
        QVERIFY(asked >= 2);
    }
};

QTEST_GUILESS_MAIN(TestForestGrower)
#include "TestForestGrower.moc"
