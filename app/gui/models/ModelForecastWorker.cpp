// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelForecastWorker.h"

#include "Store.h"

namespace es {

ModelForecastWorker::ModelForecastWorker(const QString &location, const ml::LoadForecaster::Options &options,
                                         const QString &cluster, QObject *parent)
    : QThread(parent), m_location(location), m_cluster(cluster), m_options(options)
{}

ModelForecastWorker::~ModelForecastWorker()
{
    cancel();
    wait();
}

void ModelForecastWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    const auto jobs = ml::LoadForecaster::jobsFromStore(store, m_cluster, &m_error);
    if (!jobs)
        return;
    ml::LoadForecaster forecaster;
    forecaster.setCancelFlag(&m_cancel);
    forecaster.setProgressCallback(
        [this](const QString &stage, int done, int total) { Q_EMIT progress(stage, done, total); });
    m_result = forecaster.run(*jobs, m_options, &m_error);
}

} // namespace es
