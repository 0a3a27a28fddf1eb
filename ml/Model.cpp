// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Model.h"

#include <QCoreApplication>

#include <algorithm>

namespace es::ml {
namespace {

// Predictions beyond this many standard deviations of the training target are clamped: a kernel model far from
// its data, or a log-target model, could otherwise return absurd or infinite values.
constexpr double kMaxModelZ = 10.0;

} // namespace

void Model::set(FeatureSpec spec, std::unique_ptr<Regressor> regressor)
{
    m_spec = std::move(spec);
    m_regressor = std::move(regressor);
}

std::optional<Model> Model::fromRecord(const QString &algorithm, const QJsonObject &featureSpec,
                                       const QJsonObject &hyperparameters, const QByteArray &blob, int formatVersion,
                                       QString *error)
{
    if (formatVersion > Regressor::kFormatVersion) {
        *error = tr("the model was saved in format version %1, newer than this program reads (%2): use a newer "
                    "HPC Energy Studio")
                     .arg(formatVersion)
                     .arg(Regressor::kFormatVersion);
        return std::nullopt;
    }
    if (formatVersion < 1) {
        *error = tr("the model has an invalid format version %1").arg(formatVersion);
        return std::nullopt;
    }
    const auto kind = Regressor::fromName(algorithm);
    if (!kind) {
        *error = tr("the model's algorithm '%1' is unknown to this program").arg(algorithm);
        return std::nullopt;
    }
    auto spec = FeatureSpec::fromJson(featureSpec, error);
    if (!spec)
        return std::nullopt;
    std::unique_ptr<Regressor> regressor = Regressor::create(*kind, hyperparameters);
    if (!regressor->deserialize(blob, error))
        return std::nullopt;
    if (regressor->inputWidth() != spec->width()) {
        *error = tr("the model is damaged: its regressor takes %1 inputs, its feature specification gives %2")
                     .arg(regressor->inputWidth())
                     .arg(spec->width());
        return std::nullopt;
    }
    Model model;
    model.target = spec->targetName();
    model.formatVersion = formatVersion;
    model.set(std::move(*spec), std::move(regressor));
    return model;
}

std::optional<Model::Prediction> Model::predict(const QHash<QString, QString> &inputs, QString *error) const
{
    Prediction p;
    const auto x = m_spec.encodeInputs(inputs, &p.unknownCategories, error);
    if (!x)
        return std::nullopt;
    const double z = m_regressor->predict(x->transpose())(0);
    p.value = m_spec.targetFromModel(std::clamp(z, -kMaxModelZ, kMaxModelZ));
    return p;
}

Eigen::VectorXd Model::predict(const Dataset &data, const std::vector<qsizetype> &rows, qsizetype *unknown) const
{
    Eigen::VectorXd z = m_regressor->predict(m_spec.encode(data, rows, unknown));
    for (Eigen::Index i = 0; i < z.size(); ++i)
        z(i) = m_spec.targetFromModel(std::clamp(z(i), -kMaxModelZ, kMaxModelZ));
    return z;
}

} // namespace es::ml
