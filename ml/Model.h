// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "FeatureSpec.h"
#include "Regressor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace es::ml {

/// A trained model: how inputs are encoded (FeatureSpec), the fitted regressor, and what is known about it
/// (validation metrics, the data it was trained on). Move-only; the regressor is owned.
class Model final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::Model)
public:
    struct Prediction
    {
        double value = 0;              ///< in the target's unit
        QStringList unknownCategories; ///< "feature=value" inputs encoded as all zeros
    };

    Model() = default;
    Model(Model &&) = default;
    Model &operator=(Model &&) = default;
    Q_DISABLE_COPY(Model)

    /// Rebuilds a model from its registry record. Refuses a format version newer than Regressor::kFormatVersion,
    /// an unknown algorithm, damaged data, and a regressor whose input width does not match the feature spec.
    static std::optional<Model> fromRecord(const QString &algorithm, const QJsonObject &featureSpec,
                                           const QJsonObject &hyperparameters, const QByteArray &blob,
                                           int formatVersion, QString *error);

    bool isValid() const { return m_regressor != nullptr; }
    /// Predicts from FEATURE=VALUE text inputs; refuses inputs the model was not trained for (see
    /// FeatureSpec::encodeInputs).
    std::optional<Prediction> predict(const QHash<QString, QString> &inputs, QString *error) const;
    /// Predicts rows of a dataset (target units). Unknown categories are counted in *unknown.
    Eigen::VectorXd predict(const Dataset &data, const std::vector<qsizetype> &rows, qsizetype *unknown) const;

    qint64 id = 0; ///< registry id, 0 before it is stored
    QString name;
    QString target;
    QJsonObject metrics; ///< validation figures, each labelled with its split
    QString dataHash;
    QString dataDescription;
    qint64 createdTs = 0; ///< UTC epoch seconds
    int formatVersion = Regressor::kFormatVersion;

    const FeatureSpec &spec() const { return m_spec; }
    const Regressor *regressor() const { return m_regressor.get(); }
    Algorithm algorithm() const { return m_regressor->algorithm(); }
    void set(FeatureSpec spec, std::unique_ptr<Regressor> regressor);

private:
    FeatureSpec m_spec;
    std::unique_ptr<Regressor> m_regressor;
};

} // namespace es::ml
