// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Dataset.h"
#include "KeepGoing.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <Eigen/Dense>
#include <limits>
#include <optional>
#include <vector>

namespace es::ml {

/// How raw features become a model's numeric input, and how the target is transformed, fitted on training rows
/// only: numeric features are standardised (a constant feature encodes as 0), categorical ones are one-hot over the
/// categories seen in training (an unknown category encodes as all zeros and is counted; above
/// kMaxCategories the most frequent kMaxCategories - 1 keep a column each and the rest share one "other" column,
/// so that a user or executable column of thousands of values stays a bounded width), and the target is
/// optionally log-transformed (log(y + offset): offset 0 when every training target is positive, else half the
/// smallest positive one, so that the transform does not depend on the target's unit), then standardised. Serialised as
/// JSON in the model registry.
class FeatureSpec final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::FeatureSpec)
public:
    struct Feature
    {
        QString name;
        FeatureKind kind = FeatureKind::Numeric;
        FeaturePhase phase = FeaturePhase::BeforeRun;
        double mean = 0;
        double scale = 1;
        QStringList categories;   ///< sorted
        bool otherColumn = false; ///< a last column for every category not listed (the rare ones in training)
        int columnCount() const { return kind == FeatureKind::Numeric ? 1 : int(categories.size()) + otherColumn; }
    };

    /// Most one-hot columns a categorical feature encodes to.
    static constexpr int kMaxCategories = 64;

    enum class LogTarget
    {
        Off,
        On,
        Auto ///< on when the target is non-negative and its skewness is above 1
    };

    /// Fits the spec on `rows` of `data` (all rows when empty). Fails (*error) when the log transform is asked for
    /// a target with values below zero, and when keepGoing stops it (every kRowsPerKeepGoing rows of each column).
    static std::optional<FeatureSpec> fit(const Dataset &data, const std::vector<qsizetype> &rows, LogTarget log,
                                          QString *error, const KeepGoing &keepGoing = {});

    const std::vector<Feature> &features() const { return m_features; }
    QString targetName() const { return m_target; }
    bool logTarget() const { return m_logTarget; }
    double logOffset() const { return m_logOffset; }
    /// Width of the encoded input vector.
    int width() const { return m_width; }
    /// Names of the encoded columns: `name` for numeric features, `name=category` for one-hot columns.
    QStringList encodedNames() const;

    /// Encodes `rows` of `data` (whose columns must include every feature of the spec, matched by name) into a
    /// rows × width() matrix. When permuteFeature >= 0, that feature's value in row i is taken from
    /// rows[permutation[i]] instead (permutation importance). Unknown categories are counted in *unknown.
    /// keepGoing is asked every kRowsPerKeepGoing rows of each feature; when it stops the encoding, the matrix is
    /// incomplete and the caller, who owns the flag behind it, must not use it.
    Eigen::MatrixXd encode(const Dataset &data, const std::vector<qsizetype> &rows, qsizetype *unknown = nullptr,
                           int permuteFeature = -1, const std::vector<qsizetype> *permutation = nullptr,
                           const KeepGoing &keepGoing = {}) const;

    /// Encodes one row given as text, FEATURE=VALUE. Refuses (*error) a missing feature, a feature the model was
    /// not trained with, and a non-numeric or non-finite value for a numeric feature; unknown categories encode as
    /// zeros and are listed in *unknownCategories as "feature=value".
    std::optional<Eigen::VectorXd> encodeInputs(const QHash<QString, QString> &inputs, QStringList *unknownCategories,
                                                QString *error) const;

    /// Target value -> model space (log(y + offset) if on, then standardised) and back. Back is clamped to the range of
    /// the training targets: a linear model extrapolating in log space must not predict 10^19 seconds.
    double targetToModel(double y) const;
    double targetFromModel(double z) const;

    QJsonObject toJson() const;
    static std::optional<FeatureSpec> fromJson(const QJsonObject &json, QString *error);

private:
    std::vector<Feature> m_features;
    QString m_target;
    bool m_logTarget = false;
    double m_logOffset = 1.0; ///< older stored models: log1p
    double m_targetMean = 0;
    double m_targetScale = 1;
    double m_targetMin = -std::numeric_limits<double>::infinity();
    double m_targetMax = std::numeric_limits<double>::infinity();
    int m_width = 0;
};

} // namespace es::ml
