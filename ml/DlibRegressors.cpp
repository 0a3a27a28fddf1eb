// The only translation unit of the project that includes dlib (it is slow to compile): keep it that way.
#include "DlibRegressors.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("es::ml::DlibRegressors", text);
}

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

/// dlib's dense feature extractor for the forest trainer, whose feature reads throw Stopped once *stop is set: the
/// one way into dlib's growing of a tree, so that a batch of trees stops within milliseconds of a cancel. Used while
/// training only; the trees grown are copied to the dense extractor's node type (the same fields), which is what a
/// model keeps and stores.
class StoppableExtractor
{
public:
    using feature = uint32_t;
    using sample_type = Sample;

    StoppableExtractor() = default;
    explicit StoppableExtractor(const std::atomic_bool *stop) : m_stop(stop) {}

    void setup(const std::vector<Sample> &x, const std::vector<double> &y) { m_dense.setup(x, y); }
    void get_random_features(dlib::rand &rnd, size_t num, std::vector<feature> &features) const
    {
        m_dense.get_random_features(rnd, num, features);
    }
    double extract_feature_value(const Sample &item, const feature &f) const
    {
        if (m_stop && m_stop->load(std::memory_order_relaxed))
            throw Stopped{};
        return item(f);
    }
    size_t max_num_feats() const { return m_dense.max_num_feats(); }

private:
    dlib::dense_feature_extractor m_dense;
    const std::atomic_bool *m_stop = nullptr;
};

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
            *error = tr("the model data is for '%1', not '%2'")
                         .arg(QString::fromStdString(seen), QString::fromStdString(tag));
            return false;
        }
        deserialize(*width, in);
        deserialize(*function, in);
        return true;
    } catch (const std::exception &e) {
        *error = tr("the model data is damaged: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

/// Random forest: `trees` trees, at least `min_leaf` samples per leaf, `feature_fraction` of the features tried
/// at each split. Trees are built in parallel by dlib (its own thread pool).
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
    /// The trees are grown kTreesPerBatch at a time (each batch by dlib, in parallel, with a seed of its own, in a
    /// thread of its own) and merged into one forest. The fitting thread calls the KeepGoing callback every
    /// kPollInterval meanwhile; when it says stop, the batch's feature reads throw and the fit fails
    /// within milliseconds.
    bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) override
    {
        try {
            const auto [s, l] = samplesOf(x, y, evenlySpacedRows(x.rows(), m_maxRows));
            std::vector<std::vector<dlib::internal_tree_node<dlib::dense_feature_extractor>>> trees;
            std::vector<std::vector<float>> leaves;
            dlib::dense_feature_extractor extractor;
            extractor.setup(s, l);
            const int total = std::max(1, m_trees);
            for (int grown = 0; grown < total; grown += kTreesPerBatch) {
                std::optional<StoppableForest> batch = growBatch(s, l, std::min(kTreesPerBatch, total - grown), grown);
                if (!batch) {
                    *error = cancelledError();
                    return false;
                }
                for (const auto &tree : batch->get_internal_tree_nodes()) {
                    auto &dense = trees.emplace_back();
                    dense.reserve(tree.size());
                    for (const auto &node : tree)
                        dense.push_back({node.left, node.right, node.split_threshold, node.split_feature});
                }
                for (const auto &leaf : batch->get_tree_leaves())
                    leaves.push_back(leaf);
            }
            m_function = ForestFunction(std::move(extractor), std::move(trees), std::move(leaves));
            m_width = int(x.cols());
            return true;
        } catch (const std::exception &e) {
            *error = tr("random forest training failed: %1").arg(QString::fromUtf8(e.what()));
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
    using StoppableForest = dlib::random_forest_regression_function<StoppableExtractor>;

    /// `count` trees by dlib in another thread, this thread asking KeepGoing meanwhile; nullopt when it said stop.
    /// dlib's own errors are thrown as they come.
    std::optional<StoppableForest> growBatch(const std::vector<Sample> &s, const std::vector<double> &l, int count,
                                             int grown) const
    {
        std::atomic_bool stop = false;
        dlib::random_forest_regression_trainer<StoppableExtractor> trainer;
        trainer.set_feature_extractor(StoppableExtractor(&stop));
        trainer.set_num_trees(size_t(count));
        trainer.set_min_samples_per_leaf(size_t(std::max(1, m_minLeaf)));
        trainer.set_feature_subsampling_fraction(std::clamp(m_featureFraction, 1e-3, 1.0));
        trainer.set_seed(std::to_string(m_seed) + '.' + std::to_string(grown));
        if (!keepGoing())
            return std::nullopt;
        return trainStoppably(
            &stop, [this] { return keepGoing(); },
            [&] {
                try {
                    return trainer.train(s, l);
                } catch (const Stopped &) {
                    // dlib's pool rethrows one task's exception per wait and keeps the others for this thread's next
                    // wait: take them all here, so that none reaches a later batch in a thread of the same id.
                    for (bool drained = false; !drained;) {
                        try {
                            dlib::default_thread_pool().wait_for_all_tasks();
                            drained = true;
                        } catch (const Stopped &) {
                        }
                    }
                    throw;
                }
            });
    }

    /// Trees grown between two calls of the KeepGoing callback.
    static constexpr int kTreesPerBatch = 4;

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
            *error = tr("%1 training failed: %2").arg(Regressor::name(m_algorithm), QString::fromUtf8(e.what()));
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
