// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "KeepGoing.h"

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
    RandomForest, ///< ForestGrower trees, kept as a dlib random_forest_regression_function
    KernelRidge,  ///< ridge on the Nyström features of an RBF kernel (NystromFeatures), kept as a dlib function
    Svr           ///< linear epsilon-SVR (LinearSvr) on the same features, kept as a dlib function
};

/// A regression model on encoded inputs (see FeatureSpec): fit on a rows × features matrix, predict in the same
/// space. Hyperparameters are a JSON object whose keys depend on the algorithm (ridge: lambda; rf: trees, min_leaf,
/// feature_fraction; krr: gamma, lambda; svr: gamma, c, epsilon; krr and svr: max_basis, the Nyström landmarks
/// (default kKernelBasis), and max_rows, the most training rows they fit on, an evenly spaced subset above it
/// (default kKernelMaxRows); rf: max_rows likewise, default kForestMaxRows); missing keys take defaults.
///
/// Threading: an instance is used by one thread at a time; different instances may train in parallel.
class Regressor
{
public:
    /// Called by fit() between blocks of its work, from the fitting thread, often enough that a fit on a large
    /// training set stops within a second: returns false to stop, and fit() then fails with kCancelled.
    using KeepGoing = es::ml::KeepGoing;

    virtual ~Regressor() = default;

    void setKeepGoing(KeepGoing keepGoing) { m_keepGoing = std::move(keepGoing); }

    virtual Algorithm algorithm() const = 0;
    virtual QJsonObject hyperparameters() const = 0;
    /// Requires x.rows() == y.size() >= 1. Returns false with *error when the algorithm fails on this data.
    virtual bool fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error) = 0;
    /// Requires a fitted model and x.cols() == the fitted width. A long prediction calls the KeepGoing callback too;
    /// when that stops it, the remaining rows are 0 (the caller checks its own cancel flag afterwards).
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

    /// The kernel methods' training rows: above this many they fit on an evenly spaced subset (their cost is
    /// linear in the rows, rows x max_basis², through the Nyström features).
    static constexpr int kKernelMaxRows = 2000;
    /// The kernel methods' Nyström landmarks (max_basis): evenly spaced training rows.
    static constexpr int kKernelBasis = 100;
    /// A forest's trees grow with the rows (leaves of one row): above this many training rows it fits on an evenly
    /// spaced subset (hyperparameter max_rows), so that a fit's time and memory stay bounded.
    static constexpr int kForestMaxRows = 50000;
    /// The error of a fit stopped by its KeepGoing callback.
    static QString cancelledError();

    /// The serialisation layout this program writes and the newest it reads.
    static constexpr int kFormatVersion = 1;

protected:
    /// True when the fit may go on (no callback, or the callback says so).
    bool keepGoing() const { return !m_keepGoing || m_keepGoing(); }

private:
    KeepGoing m_keepGoing;
};

} // namespace es::ml
