// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelTrainWorker.h"

#include "DatasetLoader.h"
#include "ModelRegistry.h"
#include "Store.h"

namespace es {

ModelTrainWorker::ModelTrainWorker(const QString &location, const ModelTrainRequest &request, QObject *parent)
    : QThread(parent), m_location(location), m_request(request)
{}

ModelTrainWorker::~ModelTrainWorker()
{
    cancel();
    wait();
}

void ModelTrainWorker::report(const QString &stage, int fitsDone, int fitsTotal)
{
    if (fitsDone == m_reportedDone && m_sinceReport.isValid() && m_sinceReport.elapsed() < 100)
        return;
    m_reportedDone = fitsDone;
    m_sinceReport.start();
    Q_EMIT progress(stage, fitsDone, fitsTotal);
}

void ModelTrainWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    ml::DatasetLoader::StoreOptions options;
    options.target = m_request.target;
    options.features = m_request.features;
    options.cluster = m_request.cluster;
    options.cancel = &m_cancel;
    options.progress = [this](qint64 rows) { report(tr("Reading jobs: %1").arg(rows), 0, 0); };
    if (m_request.features.isEmpty()) {
        m_error = tr("no features chosen: tick at least one");
        return;
    }
    const auto data = ml::DatasetLoader::fromStore(store, options, &m_notes, &m_error);
    if (!data)
        return;
    m_rows = data->rowCount();
    m_description = data->description;
    if (m_cancel.load()) {
        m_error = tr("cancelled");
        return;
    }
    ml::TrainOptions trainOptions;
    trainOptions.algorithms = m_request.algorithms;
    trainOptions.kFold = m_request.kFold;
    trainOptions.timeOrdered = m_request.timeOrdered;
    trainOptions.folds = m_request.folds;
    ml::Trainer trainer;
    trainer.setCancelFlag(&m_cancel);
    trainer.setProgressCallback([this](const QString &stage, int done, int total) { report(stage, done, total); });
    auto result = trainer.train(*data, trainOptions, &m_error);
    if (!result)
        return;
    ml::Model &model = result->model;
    model.name =
        m_request.modelName.isEmpty()
            ? data->targetName + u'-' + ml::Regressor::name(result->evaluations[size_t(result->best)].algorithm)
            : m_request.modelName;
    m_notes += result->notes;
    if (result->beatsBaseline) { // a model worse than the baseline is shown, never stored
        ml::ModelRegistry registry(store);
        if (!registry.save(&model, &m_error))
            return;
        m_savedId = model.id;
    }
    m_result = std::move(result);
}

} // namespace es
