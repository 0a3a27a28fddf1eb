// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// The only translation unit of the project that includes dlib (it is slow to compile): keep it that way.
#include "DlibRegressors.h"

#include "ForestGrower.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
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

/// Thrown from inside a dlib training call (by a feature read or a kernel evaluation) once its stop flag is set.
struct Stopped
{};

/// How often the fitting thread asks its KeepGoing callback while dlib trains in another thread.
constexpr std::chrono::milliseconds kPollInterval{50};

/// Runs `work` (a dlib training call that throws Stopped once *stop is set) in a thread of its own while this thread
/// asks keepGoing every kPollInterval; nullopt when it said stop (the work stopped and joined first). dlib's own
/// errors are thrown as they come.
template<typename Work>
auto trainStoppably(std::atomic_bool *stop, const std::function<bool()> &keepGoing, Work work)
    -> std::optional<decltype(work())>
{
    auto done = std::async(std::launch::async, std::move(work));
    while (done.wait_for(kPollInterval) != std::future_status::ready) {
        if (!keepGoing()) {
            *stop = true;
            try {
                done.get();
            } catch (const Stopped &) {
            }
            return std::nullopt;
        }
    }
    return done.get();
}

/// dlib's radial basis kernel exp(-gamma ||a-b||²) for the kernel trainers, throwing Stopped once *stop is set;
/// a trained function is copied to RbfKernel's type (the same gamma), which is what a model keeps and stores.
struct StoppableRbfKernel
{
    using scalar_type = double;
    using sample_type = Sample;
    using mem_manager_type = Sample::mem_manager_type;

    double gamma = 0.1;
    const std::atomic_bool *stop = nullptr;

    double operator()(const Sample &a, const Sample &b) const
    {
        if (stop && stop->load(std::memory_order_relaxed))
            throw Stopped{};
        return std::exp(-gamma * dlib::length_squared(a - b));
    }
    bool operator==(const StoppableRbfKernel &k) const { return gamma == k.gamma; }
};

/// The trained kernel function in RbfKernel's type.
KernelFunction withRbfKernel(const dlib::decision_function<StoppableRbfKernel> &trained, double gamma)
{
    KernelFunction f;
    f.alpha = trained.alpha;
    f.b = trained.b;
    f.kernel_function = RbfKernel(gamma);
    f.basis_vectors = trained.basis_vectors;
    return f;
}

/// Rows predicted between two calls of the KeepGoing callback.
constexpr Eigen::Index kPredictRowsPerCheck = 1024;

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

/// The rows `rows` of x as dlib samples, and their labels. Only those rows are copied: the dlib copy of a large
/// training set would double its memory.
std::pair<std::vector<Sample>, std::vector<double>> samplesOf(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                                              const std::vector<Eigen::Index> &rows)
{
    std::vector<Sample> out(rows.size());
    std::vector<double> labels(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        copyRow(x, rows[i], &out[i]);
        labels[i] = y(rows[i]);
    }
    return {std::move(out), std::move(labels)};
}

/// f(sample) for every row of x, one row converted at a time; when keepGoing stops it the rest stay 0.
template<typename Function>
Eigen::VectorXd predictRows(const Function &f, const Eigen::MatrixXd &x, const std::function<bool()> &keepGoing)
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(x.rows());
    Sample s;
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        if (r % kPredictRowsPerCheck == kPredictRowsPerCheck - 1 && !keepGoing())
            break;
        copyRow(x, r, &s);
        out(r) = f(s);
    }
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

/// Kernel ridge regression (RBF kernel exp(-gamma ||a-b||²)) or epsilon-SVR, both dlib decision functions.
class KernelRegressor final : public Regressor
{
public:
    KernelRegressor(Algorithm algorithm, const QJsonObject &h)
        : m_algorithm(algorithm), m_gamma(h.value(QStringLiteral("gamma")).toDouble(0.1)),
          m_lambda(h.value(QStringLiteral("lambda")).toDouble(0.1)), m_c(h.value(QStringLiteral("c")).toDouble(1.0)),
          m_epsilon(h.value(QStringLiteral("epsilon")).toDouble(0.1)),
          m_maxBasis(h.value(QStringLiteral("max_basis")).toInt(300)),
          m_maxRows(h.value(QStringLiteral("max_rows")).toInt(Regressor::kKernelMaxRows))
    {}
    Algorithm algorithm() const override { return m_algorithm; }
    QJsonObject hyperparameters() const override
    {
        if (m_algorithm == Algorithm::KernelRidge)
            return {{QStringLiteral("gamma"), m_gamma},
                    {QStringLiteral("lambda"), m_lambda},
                    {QStringLiteral("max_basis"), m_maxBasis},
                    {QStringLiteral("max_rows"), m_maxRows}};
        return {{QStringLiteral("gamma"), m_gamma},
                {QStringLiteral("c"), m_c},
                {QStringLiteral("epsilon"), m_epsilon},
                {QStringLiteral("max_rows"), m_maxRows}};
    }
    bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) override
    {
        try {
            const auto [s, l] = samplesOf(x, y, evenlySpacedRows(x.rows(), m_maxRows));
            if (!keepGoing()) {
                *error = cancelledError();
                return false;
            }
            std::atomic_bool stop = false;
            const StoppableRbfKernel kernel{m_gamma, &stop};
            std::optional<dlib::decision_function<StoppableRbfKernel>> trained;
            if (m_algorithm == Algorithm::KernelRidge) {
                dlib::krr_trainer<StoppableRbfKernel> trainer;
                trainer.set_kernel(kernel);
                trainer.set_lambda(std::max(m_lambda, 1e-12)); // 0 would make dlib search lambda by leave-one-out
                // The basis: every sample, or an evenly spaced subset of max_basis of them (a Nyström
                // approximation). Given explicitly because dlib's own choice (a linearly independent subset finder)
                // costs ~0.3 s for 160 samples, far more than the fit itself.
                const size_t basisSize = std::min(s.size(), size_t(std::max(1, m_maxBasis)));
                std::vector<Sample> basis;
                for (size_t i = 0; i < basisSize; ++i)
                    basis.push_back(s[i * s.size() / basisSize]);
                trainer.set_basis(basis);
                trained = trainStoppably(
                    &stop, [this] { return keepGoing(); }, [&] { return trainer.train(s, l); });
            } else {
                dlib::svr_trainer<StoppableRbfKernel> trainer;
                trainer.set_kernel(kernel);
                trainer.set_c(m_c);
                trainer.set_epsilon_insensitivity(m_epsilon);
                trainer.set_cache_size(400);
                trained = trainStoppably(
                    &stop, [this] { return keepGoing(); }, [&] { return trainer.train(s, l); });
            }
            if (!trained) {
                *error = cancelledError();
                return false;
            }
            m_function = withRbfKernel(*trained, m_gamma);
            m_width = int(x.cols());
            if (!keepGoing()) {
                *error = cancelledError();
                return false;
            }
            return true;
        } catch (const std::exception &e) {
            *error =
                DlibText::tr("%1 training failed: %2").arg(Regressor::name(m_algorithm), QString::fromUtf8(e.what()));
            return false;
        }
    }
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override
    {
        return predictRows(m_function, x, [this] { return keepGoing(); });
    }
    QByteArray serialize() const override { return toBlob(tag(), m_width, m_function); }
    bool deserialize(const QByteArray &blob, QString *error) override
    {
        return fromBlob(blob, tag(), &m_width, &m_function, error);
    }
    int inputWidth() const override { return m_width; }

private:
    std::string tag() const { return m_algorithm == Algorithm::KernelRidge ? "es-krr" : "es-svr"; }

    Algorithm m_algorithm;
    double m_gamma;
    double m_lambda;
    double m_c;
    double m_epsilon;
    int m_maxBasis;
    int m_maxRows;
    int m_width = 0;
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
