// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace es {
class Store;
}

namespace es::ml {

/// The store's `models` and `predictions` tables (schema version 2). Each write is one transaction: a model or a
/// prediction is stored whole or not at all.
///
/// Threading: uses the Store it is given, from that Store's thread.
class ModelRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::ModelRegistry)
public:
    /// One row of `models list`: everything but the serialised model.
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString target;
        QString algorithm;
        QJsonObject featureSpec;
        QJsonObject hyperparameters;
        QJsonObject metrics;
        QString dataHash;
        QString dataDescription;
        qint64 createdTs = 0;
        int formatVersion = 0;
        qint64 blobBytes = 0;
    };

    explicit ModelRegistry(Store &store);

    /// Stores `model` (which must be valid) and sets model->id. Returns false with *error; nothing is stored then.
    bool save(Model *model, QString *error);
    std::optional<QList<Entry>> list(QString *error) const;
    /// Loads model `id`; refuses a model written by a newer program (see Model::fromRecord).
    std::optional<Model> load(qint64 id, QString *error) const;
    bool remove(qint64 id, QString *error);
    /// Records a prediction made with model `modelId` (jobPk 0: not about a stored job). Returns its id.
    std::optional<qint64> recordPrediction(qint64 modelId, qint64 jobPk, const QJsonObject &inputs, double predicted,
                                           std::optional<double> actual, QString *error);

private:
    Store &m_store;
};

} // namespace es::ml
