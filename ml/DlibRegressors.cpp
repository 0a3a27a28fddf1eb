// The only translation unit of the project that includes dlib (it is slow to compile): keep it that way.
#include "DlibRegressors.h"

#include <QCoreApplication>

#include <dlib/random_forest.h>
#include <dlib/revision.h>
#include <dlib/svm.h>
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
    /// The trees are grown kTreesPerBatch at a time (each batch by dlib, in parallel, with a seed of its own) and
    /// merged into one forest; the KeepGoing callback is called between batches.
    bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) override
    {
        try {
            const auto [s, l] = samplesOf(x, y, evenlySpacedRows(x.rows(), m_maxRows));
            std::vector<std::vector<dlib::internal_tree_node<dlib::dense_feature_extractor>>> trees;
            std::vector<std::vector<float>> leaves;
            dlib::dense_feature_extractor extractor;
            const int total = std::max(1, m_trees);
            for (int grown = 0; grown < total; grown += kTreesPerBatch) {
                if (!keepGoing()) {
                    *error = cancelledError();
                    return false;
                }
                dlib::random_forest_regression_trainer<dlib::dense_feature_extractor> trainer;
                trainer.set_num_trees(size_t(std::min(kTreesPerBatch, total - grown)));
                trainer.set_min_samples_per_leaf(size_t(std::max(1, m_minLeaf)));
                trainer.set_feature_subsampling_fraction(std::clamp(m_featureFraction, 1e-3, 1.0));
                trainer.set_seed(std::to_string(m_seed) + '.' + std::to_string(grown));
                const ForestFunction batch = trainer.train(s, l);
                extractor = batch.get_feature_extractor();
                for (const auto &tree : batch.get_internal_tree_nodes())
                    trees.push_back(tree);
                for (const auto &leaf : batch.get_tree_leaves())
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
            if (m_algorithm == Algorithm::KernelRidge) {
                dlib::krr_trainer<RbfKernel> trainer;
                trainer.set_kernel(RbfKernel(m_gamma));
                trainer.set_lambda(std::max(m_lambda, 1e-12)); // 0 would make dlib search lambda by leave-one-out
                // The basis: every sample, or an evenly spaced subset of max_basis of them (a Nyström
                // approximation). Given explicitly because dlib's own choice (a linearly independent subset finder)
                // costs ~0.3 s for 160 samples, far more than the fit itself.
                const size_t basisSize = std::min(s.size(), size_t(std::max(1, m_maxBasis)));
                std::vector<Sample> basis;
                for (size_t i = 0; i < basisSize; ++i)
                    basis.push_back(s[i * s.size() / basisSize]);
                trainer.set_basis(basis);
                m_function = trainer.train(s, l);
            } else {
                dlib::svr_trainer<RbfKernel> trainer;
                trainer.set_kernel(RbfKernel(m_gamma));
                trainer.set_c(m_c);
                trainer.set_epsilon_insensitivity(m_epsilon);
                trainer.set_cache_size(400);
                m_function = trainer.train(s, l);
            }
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
