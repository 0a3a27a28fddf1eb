// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelRegistry.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace es::ml {
namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

ModelRegistry::ModelRegistry(Store &store) : m_store(store) {}

bool ModelRegistry::save(Model *model, QString *error)
{
    if (!model->isValid()) {
        *error = tr("there is no trained model to save");
        return false;
    }
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = tr("cannot save the model: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO models (name, target, algorithm, feature_spec, hyperparameters, metrics, data_hash,"
        " data_description, created_ts, format_version, blob) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(model->name);
    query.addBindValue(model->target);
    query.addBindValue(Regressor::name(model->algorithm()));
    query.addBindValue(jsonText(model->spec().toJson()));
    query.addBindValue(jsonText(model->regressor()->hyperparameters()));
    query.addBindValue(jsonText(model->metrics));
    query.addBindValue(model->dataHash);
    query.addBindValue(model->dataDescription);
    query.addBindValue(model->createdTs);
    query.addBindValue(model->formatVersion);
    query.addBindValue(model->regressor()->serialize());
    QVariant id;
    if (query.exec() && query.next())
        id = query.value(0);
    query.finish();
    if (!id.isValid() || !db.commit()) {
        *error = tr("cannot save the model: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    model->id = id.toLongLong();
    return true;
}

std::optional<QList<ModelRegistry::Entry>> ModelRegistry::list(QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral(
            "SELECT id, name, target, algorithm, feature_spec, hyperparameters, metrics, data_hash, data_description,"
            " created_ts, format_version, LENGTH(blob) FROM models ORDER BY id"))) {
        *error = tr("cannot list the models: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<Entry> entries;
    while (query.next()) {
        Entry e;
        e.id = query.value(0).toLongLong();
        e.name = query.value(1).toString();
        e.target = query.value(2).toString();
        e.algorithm = query.value(3).toString();
        e.featureSpec = jsonObject(query.value(4));
        e.hyperparameters = jsonObject(query.value(5));
        e.metrics = jsonObject(query.value(6));
        e.dataHash = query.value(7).toString();
        e.dataDescription = query.value(8).toString();
        e.createdTs = query.value(9).toLongLong();
        e.formatVersion = query.value(10).toInt();
        e.blobBytes = query.value(11).toLongLong();
        entries << e;
    }
    return entries;
}

std::optional<Model> ModelRegistry::load(qint64 id, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT name, algorithm, feature_spec, hyperparameters, metrics, data_hash,"
                                 " data_description, created_ts, format_version, blob FROM models WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("cannot read model %1: %2").arg(id).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("there is no model %1 (see: models list)").arg(id);
        return std::nullopt;
    }
    QString why;
    auto model = Model::fromRecord(query.value(1).toString(), jsonObject(query.value(2)), jsonObject(query.value(3)),
                                   query.value(9).toByteArray(), query.value(8).toInt(), &why);
    if (!model) {
        *error = tr("model %1: %2").arg(id).arg(why);
        return std::nullopt;
    }
    model->id = id;
    model->name = query.value(0).toString();
    model->metrics = jsonObject(query.value(4));
    model->dataHash = query.value(5).toString();
    model->dataDescription = query.value(6).toString();
    model->createdTs = query.value(7).toLongLong();
    return model;
}

bool ModelRegistry::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM models WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("cannot remove model %1: %2").arg(id).arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = tr("there is no model %1").arg(id);
        return false;
    }
    return true;
}

std::optional<qint64> ModelRegistry::recordPrediction(qint64 modelId, qint64 jobPk, const QJsonObject &inputs,
                                                      double predicted, std::optional<double> actual, QString *error)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = tr("cannot record the prediction: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO predictions (model_id, job_pk, created_ts, inputs, predicted, actual)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(modelId);
    query.addBindValue(jobPk > 0 ? QVariant(jobPk) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(jsonText(inputs));
    query.addBindValue(predicted);
    query.addBindValue(actual ? QVariant(*actual) : QVariant(QMetaType(QMetaType::Double)));
    QVariant id;
    if (query.exec() && query.next())
        id = query.value(0);
    query.finish();
    if (!id.isValid() || !db.commit()) {
        *error = tr("cannot record the prediction: %1").arg(query.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return id.toLongLong();
}

} // namespace es::ml
