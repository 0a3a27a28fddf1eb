// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Correlation.h"
#include "CorrelationData.h"
#include "JobFilter.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <optional>

namespace es {

class Store;

/// The correlation matrix of the numeric fields that have data in a load: matrix row/column i is fields[i].
struct CorrelationMatrixResult
{
    std::vector<int> fields; ///< CorrelationFields::Numeric
    ml::Correlation::Matrix matrix;
    EnergyUnit energyUnit = EnergyUnit::J; ///< the data's, for the labels
};

/// The correlation explorer's database and statistics thread.
///
/// Threading: the request functions are called from the GUI thread and only queue. run() opens its own es::Store
/// inside this thread, reads every job of the filter (jobs LEFT JOIN job_metrics), then computes the statistics on
/// the loaded data; answers come through the signals (queued to the receiver's thread). Every request carries the
/// caller's generation; a newer generation drops older queued work and every answer repeats its generation so that
/// late answers can be ignored. Loaded data is immutable and shared with the receiver.
/// Order: open, load (answered by loaded(), then matrixReady() without being asked), pair statistics.
class CorrelationLoader final : public QThread
{
    Q_OBJECT
public:
    explicit CorrelationLoader(QObject *parent = nullptr);
    /// Stops the thread and waits for the work in progress.
    ~CorrelationLoader() override;
    Q_DISABLE_COPY_MOVE(CorrelationLoader)

    /// Energies are converted to `energyUnit` (Automatic: the unit of the largest energy read).
    void load(quint64 generation, const QString &location, const JobFilter &filter, EnergyUnit energyUnit);
    /// Statistics of the pair over the data of `generation`'s load.
    void requestPair(quint64 generation, int xField, int yField);
    void stop();

    /// Reads the jobs of `filter` from an open store, energies in `energyUnit` (Automatic: the unit of the largest
    /// energy read). Any thread that owns `store`; used by run() and by tests.
    static CorrelationDataPtr readJobs(Store &store, const JobFilter &filter, EnergyUnit energyUnit, QString *error);
    static CorrelationMatrixResult computeMatrix(const CorrelationData &data);
    /// The dataset features (job_features) of data's jobs into data->numeric, one field each (registered with
    /// CorrelationFields::featureField).
    static bool readFeatures(Store &store, const JobFilter &filter, CorrelationData *data, QString *error);

Q_SIGNALS:
    void loaded(quint64 generation, const es::CorrelationDataPtr &data);
    void pairReady(quint64 generation, int xField, int yField, const es::ml::Correlation::PairStatistics &statistics);
    void matrixReady(quint64 generation, const es::CorrelationMatrixResult &result);
    void failed(quint64 generation, const QString &error);

protected:
    void run() override;

private:
    struct LoadRequest
    {
        QString location;
        JobFilter filter;
        EnergyUnit energyUnit = EnergyUnit::J;
    };

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    quint64 m_generation = 0;
    std::optional<LoadRequest> m_load;
    std::optional<std::pair<int, int>> m_pair;
};

} // namespace es

Q_DECLARE_METATYPE(es::ml::Correlation::PairStatistics)
Q_DECLARE_METATYPE(es::CorrelationMatrixResult)
