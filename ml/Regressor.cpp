// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Regressor.h"

#include "DlibRegressors.h"
#include "RidgeRegressor.h"

#include <QCoreApplication>

namespace es::ml {

std::unique_ptr<Regressor> Regressor::create(Algorithm algorithm, const QJsonObject &hyperparameters)
{
    if (algorithm == Algorithm::Ridge)
        return std::make_unique<RidgeRegressor>(hyperparameters.value(QStringLiteral("lambda")).toDouble(1.0));
    return createDlibRegressor(algorithm, hyperparameters);
}

QList<QJsonObject> Regressor::grid(Algorithm algorithm, int width)
{
    const double d = std::max(1, width);
    QList<QJsonObject> candidates;
    switch (algorithm) {
    case Algorithm::Ridge:
        for (double lambda : {0.01, 0.1, 1.0, 10.0, 100.0})
            candidates << QJsonObject{{QStringLiteral("lambda"), lambda}};
        break;
    case Algorithm::RandomForest:
        // scikit-learn's defaults (bagged trees over every feature, leaves of one row): robust enough that no
        // inner search is needed, which makes a forest ten times cheaper to validate.
        candidates << QJsonObject{{QStringLiteral("trees"), 100},
                                  {QStringLiteral("min_leaf"), 1},
                                  {QStringLiteral("feature_fraction"), 1.0},
                                  {QStringLiteral("seed"), 1}};
        break;
    case Algorithm::KernelRidge:
        for (double gamma : {0.1 / d, 1.0 / d, 5.0 / d})
            for (double lambda : {0.01, 1.0})
                candidates << QJsonObject{{QStringLiteral("gamma"), gamma}, {QStringLiteral("lambda"), lambda}};
        break;
    case Algorithm::Svr:
        for (double gamma : {0.1 / d, 1.0 / d})
            for (double c : {1.0, 10.0})
                candidates << QJsonObject{
                    {QStringLiteral("gamma"), gamma}, {QStringLiteral("c"), c}, {QStringLiteral("epsilon"), 0.1}};
        break;
    }
    return candidates;
}

QString Regressor::cancelledError()
{
    return QCoreApplication::translate("es::ml::Trainer", "cancelled");
}

QString Regressor::name(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Ridge:
        return QStringLiteral("ridge");
    case Algorithm::RandomForest:
        return QStringLiteral("rf");
    case Algorithm::KernelRidge:
        return QStringLiteral("krr");
    case Algorithm::Svr:
        return QStringLiteral("svr");
    }
    return QString();
}

std::optional<Algorithm> Regressor::fromName(const QString &name)
{
    for (Algorithm a : all()) {
        if (Regressor::name(a) == name)
            return a;
    }
    return std::nullopt;
}

QList<Algorithm> Regressor::all()
{
    return {Algorithm::Ridge, Algorithm::RandomForest, Algorithm::KernelRidge, Algorithm::Svr};
}

} // namespace es::ml
