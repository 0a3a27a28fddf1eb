// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "LoadForecaster.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <optional>

namespace es {

/// Forecasts the busy CPUs of a store's jobs (ml::LoadForecaster) in its own thread with its own es::Store.
///
/// Threading: construct, start() and cancel() from the GUI thread; progress() is emitted from the worker thread.
/// result() and error() may be read once QThread::finished() has been delivered.
class ModelForecastWorker final : public QThread
{
    Q_OBJECT
public:
    /// `cluster`: only that cluster's jobs (empty: every cluster).
    ModelForecastWorker(const QString &location, const ml::LoadForecaster::Options &options, const QString &cluster,
                        QObject *parent = nullptr);
    ~ModelForecastWorker() override;
    Q_DISABLE_COPY_MOVE(ModelForecastWorker)

    void cancel() { m_cancel.store(true); }
    const ml::LoadForecaster::Options &options() const { return m_options; }
    const std::optional<ml::LoadForecaster::Result> &result() const { return m_result; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void progress(const QString &stage, int done, int total);

protected:
    void run() override;

private:
    const QString m_location;
    const QString m_cluster;
    const ml::LoadForecaster::Options m_options;
    std::atomic_bool m_cancel = false;
    std::optional<ml::LoadForecaster::Result> m_result;
    QString m_error;
};

} // namespace es
