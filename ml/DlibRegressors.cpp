// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// The only translation unit of the project that includes dlib (it is slow to compile): keep it that way.
#include "DlibRegressors.h"

#include "ForestGrower.h"
#include "LinearSvr.h"
#include "NystromFeatures.h"
#include "RidgeRegressor.h"

#include <QCoreApplication>

#include <atomic>
#include <dlib/random_forest.h>
#include <dlib/revision.h>
#include <dlib/svm.h>
#include <future>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace es::ml {
namespace {

using Sample = dlib::matrix<double, 0, 1>;
using RbfKernel = dlib::radial_basis_kernel<Sample>;
using KernelFunction = dlib::decision_function<RbfKernel>;
using ForestFunction = dlib::random_forest_regression_function<dlib::dense_feature_extractor>;

// Translation context of this file's messages (its classes are file-local, without Q_OBJECT).
class DlibText
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::DlibRegressors)
};

/// Rows predicted between two calls of the KeepGoing callback.
constexpr Eigen::Index kPredictRowsPerCheck = 1024;
/// Predictions of at least this many rows are shared by two threads.
constexpr Eigen::Index kPredictRowsInParallel = 512;

/// Every row of x (n <= maxRows), or maxRows evenly spaced ones.
std::vector<Eigen::Index> evenlySpacedRows(Eigen::Index n, int maxRows)
{
    const Eigen::Index kept = std::min<Eigen::Index>(n, std::max(1, maxRows));
    std::vector<Eigen::Index> rows(static_cast<size_t>(kept));
    for (Eigen::Index i = 0; i < kept; ++i)
        rows[size_t(i)] = i * n / kept;
    return rows;
}

void copyRow(const Eigen::MatrixXd &x, Eigen::Index r, Sample *s)
{
    s->set_size(x.cols());
    for (Eigen::Index c = 0; c < x.cols(); ++c)
        (*s)(c) = x(r, c);
}

/// f(sample) for the rows [begin, end) of x into out, one row converted at a time, until *stop is set.
template<typename Function>
void predictRange(const Function &f, const Eigen::MatrixXd &x, Eigen::Index begin, Eigen::Index end,
                  const std::atomic_bool *stop, Eigen::VectorXd *out)
{
    Sample s;
    for (Eigen::Index r = begin; r < end; ++r) {
        if (r % kPredictRowsPerCheck == kPredictRowsPerCheck - 1 && stop->load(std::memory_order_relaxed))
            return;
        copyRow(x, r, &s);
        (*out)(r) = f(s);
    }
}

/// f(sample) for every row of x, the second half of the rows in a thread of its own (f is called concurrently:
/// it must be const and pure, as dlib's decision functions are). keepGoing is called from this thread only; when
/// it stops the prediction, the rows not yet predicted stay 0.
template<typename Function>
Eigen::VectorXd predictRows(const Function &f, const Eigen::MatrixXd &x, const std::function<bool()> &keepGoing)
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(x.rows());
    std::atomic_bool stop = false;
    const Eigen::Index half = x.rows() >= kPredictRowsInParallel ? x.rows() / 2 : x.rows();
    std::future<void> second;
    if (half < x.rows())
        second = std::async(std::launch::async, [&] { predictRange(f, x, half, x.rows(), &stop, &out); });
    for (Eigen::Index begin = 0; begin < half && !stop; begin += kPredictRowsPerCheck) {
        predictRange(f, x, begin, std::min(half, begin + kPredictRowsPerCheck), &stop, &out);
        if (!keepGoing())
            stop = true;
    }
    if (second.valid())
        second.get();
    return out;
}

QByteArray toBlob(const std::string &tag, int width, const auto &function)
{
    std::ostringstream out;
    using dlib::serialize; // the models' serialize() are hidden friends, found by argument-dependent lookup only
    serialize(tag, out);
    serialize(width, out);
    serialize(function, out);
    const std::string bytes = out.str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

bool fromBlob(const QByteArray &blob, const std::string &tag, int *width, auto *function, QString *error)
{
    try {
        std::istringstream in(std::string(blob.constData(), size_t(blob.size())));
        std::string seen;
        using dlib::deserialize;
        deserialize(seen, in);
        if (seen != tag) {
            *error = DlibText::tr("the model data is for '%1', not '%2'")
                         .arg(QString::fromStdString(seen), QString::fromStdString(tag));
            return false;
        }
        deserialize(*width, in);
        deserialize(*function, in);
        return true;
    } catch (const std::exception &e) {
        *error = DlibText::tr("the model data is damaged: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

/// Random forest: `trees` trees, at least `min_leaf` samples per leaf, `feature_fraction` of the features tried
/// at each split, grown on both cores.
class ForestRegressor final : public Regressor
{
public:
    explicit ForestRegressor(const QJsonObject &h)
        : m_trees(h.value(QStringLiteral("trees")).toInt(100)), m_minLeaf(h.value(QStringLiteral("min_leaf")).toInt(5)),
          m_featureFraction(h.value(QStringLiteral("feature_fraction")).toDouble(1.0 / 3.0)),
          m_seed(h.value(QStringLiteral("seed")).toInt(1)),
          m_maxRows(h.value(QStringLiteral("max_rows")).toInt(Regressor::kForestMaxRows))
    {}
    Algorithm algorithm() const override { return Algorithm::RandomForest; }
    QJsonObject hyperparameters() const override
    {
        return {{QStringLiteral("trees"), m_trees},
                {QStringLiteral("min_leaf"), m_minLeaf},
                {QStringLiteral("feature_fraction"), m_featureFraction},
                {QStringLiteral("seed"), m_seed},
                {QStringLiteral("max_rows"), m_maxRows}};
    }
    /// The trees are grown by ForestGrower (both cores, the KeepGoing callback asked every 4 trees) and kept as a
    /// dlib forest function, which predicts and stores them.
    bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) override
    {
        try {
            std::optional<std::vector<GrownTree>> grown;
            ForestGrower::Options options;
            options.trees = m_trees;
            options.minLeaf = m_minLeaf;
            options.featureFraction = std::clamp(m_featureFraction, 1e-3, 1.0);
            options.seed = uint64_t(m_seed);
            const auto keep = [this] { return keepGoing(); };
            if (x.rows() > m_maxRows) {
                const std::vector<Eigen::Index> rows = evenlySpacedRows(x.rows(), m_maxRows);
                grown = ForestGrower::grow(x(rows, Eigen::all), y(rows), options, keep);
            } else {
                grown = ForestGrower::grow(x, y, options, keep);
            }
            if (!grown) {
                *error = cancelledError();
                return false;
            }
            std::vector<std::vector<dlib::internal_tree_node<dlib::dense_feature_extractor>>> trees;
            std::vector<std::vector<float>> leaves;
            for (GrownTree &tree : *grown) {
                auto &nodes = trees.emplace_back();
                nodes.reserve(tree.nodes.size());
                for (const TreeNode &n : tree.nodes)
                    nodes.push_back({n.left, n.right, n.threshold, n.feature});
                leaves.push_back(std::move(tree.leaves));
            }
            dlib::dense_feature_extractor extractor;
            Sample width;
            width.set_size(x.cols());
            extractor.setup({width}, {0.0});
            m_function = ForestFunction(std::move(extractor), std::move(trees), std::move(leaves));
            m_width = int(x.cols());
            return true;
        } catch (const std::exception &e) {
            *error = DlibText::tr("random forest training failed: %1").arg(QString::fromUtf8(e.what()));
            return false;
        }
    }
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override
    {
        return predictRows(m_function, x, [this] { return keepGoing(); });
    }
    QByteArray serialize() const override { return toBlob("es-rf", m_width, m_function); }
    bool deserialize(const QByteArray &blob, QString *error) override
    {
        return fromBlob(blob, "es-rf", &m_width, &m_function, error);
    }
    int inputWidth() const override { return m_width; }

private:
    int m_trees;
    int m_minLeaf;
    double m_featureFraction;
    int m_seed;
    int m_maxRows;
    int m_width = 0;
    ForestFunction m_function;
};

/// Kernel ridge regression or epsilon-SVR with the RBF kernel exp(-gamma ||a-b||²), both on the Nyström features of
/// max_basis evenly spaced training rows (NystromFeatures): ridge (RidgeRegressor) or a linear SVR (LinearSvr) on those
/// features is the kernel model on the landmarks. Kept and stored as a dlib decision function over the landmarks
/// (the layout of the exact kernel models before: stored models still load).
class KernelRegressor final : public Regressor
{
public:
    KernelRegressor(Algorithm algorithm, const QJsonObject &h)
        : m_algorithm(algorithm), m_gamma(h.value(QStringLiteral("gamma")).toDouble(0.1)),
          m_lambda(h.value(QStringLiteral("lambda")).toDouble(0.1)), m_c(h.value(QStringLiteral("c")).toDouble(1.0)),
          m_epsilon(h.value(QStringLiteral("epsilon")).toDouble(0.1)),
          m_maxBasis(h.value(QStringLiteral("max_basis")).toInt(Regressor::kKernelBasis)),
          m_maxRows(h.value(QStringLiteral("max_rows")).toInt(Regressor::kKernelMaxRows))
    {}
    Algorithm algorithm() const override { return m_algorithm; }
    QJsonObject hyperparameters() const override
    {
        QJsonObject h{{QStringLiteral("gamma"), m_gamma},
                      {QStringLiteral("max_basis"), m_maxBasis},
                      {QStringLiteral("max_rows"), m_maxRows}};
        if (m_algorithm == Algorithm::KernelRidge) {
            h.insert(QStringLiteral("lambda"), m_lambda);
        } else {
            h.insert(QStringLiteral("c"), m_c);
            h.insert(QStringLiteral("epsilon"), m_epsilon);
        }
        return h;
    }
    bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) override
    {
        try {
            const std::vector<Eigen::Index> rows = evenlySpacedRows(x.rows(), m_maxRows);
            const Eigen::MatrixXd xs = x(rows, Eigen::all);
            const Eigen::VectorXd ys = y(rows);
            const NystromFeatures nystrom(NystromFeatures::evenlySpacedRows(xs, m_maxBasis), m_gamma);
            const Eigen::MatrixXd p = nystrom.features(xs);
            if (!keepGoing()) {
                *error = cancelledError();
                return false;
            }
            Eigen::VectorXd w;
            double intercept = 0;
            if (m_algorithm == Algorithm::KernelRidge) {
                RidgeRegressor ridge(std::max(m_lambda, 1e-12));
                if (!ridge.fit(p, ys, error))
                    return false;
                w = ridge.weights();
                intercept = ridge.intercept();
            } else {
                bool stopped = false;
                const std::optional<LinearSvr::Fit> svr = LinearSvr::fit(p, ys, m_c, m_epsilon, [this, &stopped] {
                    stopped = !keepGoing();
                    return !stopped;
                });
                if (!svr) {
                    *error = stopped ? cancelledError() : DlibText::tr("svr training found no finite solution");
                    return false;
                }
                w = svr->weights;
                intercept = svr->intercept;
            }
            keep(nystrom, nystrom.landmarkWeights(w), intercept);
            m_width = int(x.cols());
            return true;
        } catch (const std::exception &e) {
            *error =
                DlibText::tr("%1 training failed: %2").arg(Regressor::name(m_algorithm), QString::fromUtf8(e.what()));
            return false;
        }
    }
    /// In blocks of kPredictRowsPerCheck rows, one kernel product each; rows after a stop stay 0.
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override
    {
        Eigen::VectorXd out = Eigen::VectorXd::Zero(x.rows());
        for (Eigen::Index start = 0; start < x.rows(); start += kPredictRowsPerCheck) {
            if (start > 0 && !keepGoing())
                break;
            const Eigen::Index n = std::min(kPredictRowsPerCheck, x.rows() - start);
            out.segment(start, n) =
                (NystromFeatures::kernel(x.middleRows(start, n), m_basis, m_gamma) * m_alpha).array() - m_function.b;
        }
        return out;
    }
    QByteArray serialize() const override { return toBlob(tag(), m_width, m_function); }
    bool deserialize(const QByteArray &blob, QString *error) override
    {
        if (!fromBlob(blob, tag(), &m_width, &m_function, error))
            return false;
        m_gamma = m_function.kernel_function.gamma;
        m_basis.resize(Eigen::Index(m_function.basis_vectors.size()), m_width);
        m_alpha.resize(m_basis.rows());
        for (Eigen::Index j = 0; j < m_basis.rows(); ++j) {
            const Sample &s = m_function.basis_vectors(j);
            if (s.size() != m_width) {
                *error = DlibText::tr("the model data is damaged: a basis vector of %1 values, not %2")
                             .arg(s.size())
                             .arg(m_width);
                return false;
            }
            for (Eigen::Index c = 0; c < m_width; ++c)
                m_basis(j, c) = s(c);
            m_alpha(j) = m_function.alpha(j);
        }
        return true;
    }
    int inputWidth() const override { return m_width; }

private:
    std::string tag() const { return m_algorithm == Algorithm::KernelRidge ? "es-krr" : "es-svr"; }

    /// Keeps f(x) = sum_j alpha_j k(x, l_j) + intercept over the landmarks, as the dlib function too.
    void keep(const NystromFeatures &nystrom, const Eigen::VectorXd &alpha, double intercept)
    {
        m_basis = nystrom.landmarks();
        m_alpha = alpha;
        m_function = KernelFunction();
        m_function.kernel_function = RbfKernel(m_gamma);
        m_function.b = -intercept;
        m_function.alpha.set_size(alpha.size());
        m_function.basis_vectors.set_size(alpha.size());
        for (Eigen::Index j = 0; j < alpha.size(); ++j) {
            m_function.alpha(j) = alpha(j);
            copyRow(m_basis, j, &m_function.basis_vectors(j));
        }
    }

    Algorithm m_algorithm;
    double m_gamma;
    double m_lambda;
    double m_c;
    double m_epsilon;
    int m_maxBasis;
    int m_maxRows;
    int m_width = 0;
    Eigen::MatrixXd m_basis; ///< the landmarks, one per row
    Eigen::VectorXd m_alpha; ///< their weights
    KernelFunction m_function;
};

} // namespace

std::unique_ptr<Regressor> createDlibRegressor(Algorithm algorithm, const QJsonObject &hyperparameters)
{
    switch (algorithm) {
    case Algorithm::RandomForest:
        return std::make_unique<ForestRegressor>(hyperparameters);
    case Algorithm::KernelRidge:
    case Algorithm::Svr:
        return std::make_unique<KernelRegressor>(algorithm, hyperparameters);
    case Algorithm::Ridge:
        break;
    }
    return nullptr;
}

QString dlibVersion()
{
    return QStringLiteral("%1.%2.%3").arg(DLIB_MAJOR_VERSION).arg(DLIB_MINOR_VERSION).arg(DLIB_PATCH_VERSION);
}

} // namespace es::ml
