// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Regressor.h"
#include "Trainer.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <optional>

namespace es {

/// What the Models view asks to train: a store target, the features to use (names of
/// ml::DatasetLoader::storeFeatures()), the algorithms and the validation.
struct ModelTrainRequest
{
    QString target;
    QStringList features;
    QList<ml::Algorithm> algorithms{ml::Algorithm::Ridge};
    bool kFold = true;
    bool timeOrdered = true;
    int folds = 5;
    QString modelName; ///< empty: TARGET-ALGORITHM of the best one
    QString cluster;   ///< the filter bar's cluster; empty: every cluster
};

/// Loads a dataset from the store, validates the algorithms and stores the best model in the registry, in its own
/// thread with its own es::Store.
///
/// Threading: construct, start() and cancel() from the GUI thread; progress() is emitted from the worker thread
/// (connect it queued). The results (result(), error(), notes(), savedModelId()) may be read once
/// QThread::finished() has been delivered. Cancelling stores nothing.
class ModelTrainWorker final : public QThread
{
    Q_OBJECT
public:
    ModelTrainWorker(const QString &location, const ModelTrainRequest &request, QObject *parent = nullptr);
    ~ModelTrainWorker() override;
    Q_DISABLE_COPY_MOVE(ModelTrainWorker)

    /// Safe from any thread; checked while the jobs are read and inside every fit (ml::Trainer), so that the
    /// worker finishes within about a second.
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

    const ModelTrainRequest &request() const { return m_request; }
    /// Empty when training failed or was cancelled (then error() says why).
    const std::optional<ml::TrainResult> &result() const { return m_result; }
    QString error() const { return m_error; }
    QStringList notes() const { return m_notes; }
    qint64 rowCount() const { return m_rows; }
    QString dataDescription() const { return m_description; }
    qint64 savedModelId() const { return m_savedId; }

Q_SIGNALS:
    /// `fitsDone` of `fitsTotal` model fits are done; `stage` names the one running (while the jobs are read:
    /// fitsTotal 0 and the rows read in the stage). Emitted when the count changes, else at most every 100 ms.
    void progress(const QString &stage, int fitsDone, int fitsTotal);

protected:
    void run() override;

private:
    void report(const QString &stage, int fitsDone, int fitsTotal);

    const QString m_location;
    const ModelTrainRequest m_request;
    std::atomic_bool m_cancel = false;
    std::optional<ml::TrainResult> m_result;
    QString m_error;
    QStringList m_notes;
    qint64 m_rows = 0;
    QString m_description;
    qint64 m_savedId = 0;
    QElapsedTimer m_sinceReport; ///< worker thread only
    int m_reportedDone = -1;
};

} // namespace es
