#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <Eigen/Dense>
#include <memory>
#include <optional>

namespace es::ml {

enum class Algorithm
{
    Ridge,        ///< Eigen: linear least squares with an L2 penalty, the baseline
    RandomForest, ///< dlib random_forest_regression_trainer
    KernelRidge,  ///< dlib krr_trainer, RBF kernel
    Svr           ///< dlib svr_trainer, RBF kernel
};

/// A regression model on encoded inputs (see FeatureSpec): fit on a rows × features matrix, predict in the same
/// space. Hyperparameters are a JSON object whose keys depend on the algorithm (ridge: lambda; rf: trees, min_leaf,
/// feature_fraction; krr: gamma, lambda, max_basis (Nyström basis size; exact up to that many rows); svr: gamma, c,
/// epsilon; krr and svr: max_rows, the most training rows they fit on, an evenly spaced subset above it, default
/// kKernelMaxRows); missing keys take defaults.
///
/// Threading: an instance is used by one thread at a time; different instances may train in parallel.
class Regressor
{
public:
    virtual ~Regressor() = default;

    virtual Algorithm algorithm() const = 0;
    virtual QJsonObject hyperparameters() const = 0;
    /// Requires x.rows() == y.size() >= 1. Returns false with *error when the algorithm fails on this data.
    virtual bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) = 0;
    /// Requires a fitted model and x.cols() == the fitted width.
    virtual Eigen::VectorXd predict(const Eigen::MatrixXd &x) const = 0;
    /// The fitted model's parameters, in the layout of formatVersion().
    virtual QByteArray serialize() const = 0;
    virtual bool deserialize(const QByteArray &blob, QString *error) = 0;
    /// The input width the model was fitted for.
    virtual int inputWidth() const = 0;

    static std::unique_ptr<Regressor> create(Algorithm algorithm, const QJsonObject &hyperparameters);
    /// Candidate hyperparameters for inner cross-validation, for inputs `width` columns wide.
    static QList<QJsonObject> grid(Algorithm algorithm, int width);

    static QString name(Algorithm algorithm);
    static std::optional<Algorithm> fromName(const QString &name);
    static QList<Algorithm> all();

    /// Kernel methods cost O(rows²) or more: above this many training rows they fit on an evenly spaced subset.
    static constexpr int kKernelMaxRows = 2000;

    /// The serialisation layout this program writes and the newest it reads.
    static constexpr int kFormatVersion = 1;
};

} // namespace es::ml
