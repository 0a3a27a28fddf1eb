// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PredictionAccuracy.h"

#include "DatasetLoader.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <vector>

namespace es::ml {
namespace {} // namespace

std::optional<PredictionAccuracy::Report> PredictionAccuracy::compute(Store &store, qint64 modelId, QString *error)
{
    Report report;
    report.modelId = modelId;
    {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT target FROM models WHERE id = ?"));
        query.addBindValue(modelId);
        if (!query.exec()) {
            *error = tr("cannot read model %1: %2").arg(modelId).arg(query.lastError().text());
            return std::nullopt;
        }
        if (!query.next()) {
            *error = tr("there is no model %1").arg(modelId);
            return std::nullopt;
        }
        report.target = query.value(0).toString();
    }
    QString actualSql = DatasetLoader::targetSql(report.target);
    if (actualSql.isEmpty()) // a model trained on a CSV file: only actual values given with the predictions
        actualSql = QStringLiteral("NULL");
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.id, p.created_ts, p.predicted, p.actual, p.job_pk, c.name, j.job_id, ") +
                  actualSql +
                  QStringLiteral(" FROM predictions p LEFT JOIN jobs j ON j.id = p.job_pk"
                                 " LEFT JOIN clusters c ON c.id = j.cluster_id"
                                 " LEFT JOIN job_metrics m ON m.job_pk = j.id"
                                 " WHERE p.model_id = ? ORDER BY p.id"));
    query.addBindValue(modelId);
    if (!query.exec()) {
        *error = tr("cannot read the predictions of model %1: %2").arg(modelId).arg(query.lastError().text());
        return std::nullopt;
    }
    std::vector<double> actual, predicted;
    while (query.next()) {
        Outcome o;
        o.predictionId = query.value(0).toLongLong();
        o.createdTs = query.value(1).toLongLong();
        o.predicted = query.value(2).toDouble();
        const bool aboutJob = !query.value(4).isNull();
        o.cluster = query.value(5).toString();
        o.jobId = query.value(6).toString();
        const QVariant now = aboutJob ? query.value(7) : query.value(3);
        if (!now.isNull() && std::isfinite(now.toDouble()))
            o.actual = now.toDouble();
        if (o.actual && std::isfinite(o.predicted)) {
            actual.push_back(*o.actual);
            predicted.push_back(o.predicted);
        } else {
            ++report.pending;
        }
        report.outcomes.append(o);
    }
    if (!actual.empty())
        report.metrics = RegressionMetrics::compute(actual, predicted);
    return report;
}

} // namespace es::ml
