// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ModelRegistry.h"

#include <QList>
#include <QString>
#include <QThread>

namespace es {

/// Reads the model registry of a store (after removing one model, when asked), in its own thread with its own
/// es::Store.
///
/// Threading: construct and start() from the GUI thread; entries() and error() may be read once
/// QThread::finished() has been delivered.
class ModelListLoader final : public QThread
{
    Q_OBJECT
public:
    /// removeId > 0: remove that model (and its predictions) first.
    explicit ModelListLoader(const QString &location, qint64 removeId = 0, QObject *parent = nullptr);
    ~ModelListLoader() override;
    Q_DISABLE_COPY_MOVE(ModelListLoader)

    QList<ml::ModelRegistry::Entry> entries() const { return m_entries; }
    QString error() const { return m_error; }

protected:
    void run() override;

private:
    const QString m_location;
    const qint64 m_removeId;
    QList<ml::ModelRegistry::Entry> m_entries;
    QString m_error;
};

} // namespace es
