// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ClusterProfile.h"
#include "SlurmCollector.h"

#include <QThread>

#include <atomic>

namespace es {

class SshPrompter;

/// Connects to a cluster and harvests it, in its own thread with its own Store on `location`.
/// Signals are delivered queued to receivers in other threads. The prompter is called from this thread and must be
/// safe there (GuiSshPrompter is). cancel() may be called from any thread.
class HarvestWorker final : public QThread
{
    Q_OBJECT
public:
    HarvestWorker(QString location, ClusterProfile profile, SshPrompter &prompter, QObject *parent = nullptr);
    ~HarvestWorker() override;

    void cancel() { m_cancel = true; }
    bool succeeded() const { return m_ok; }
    QString errorString() const { return m_error; }
    HarvestSummary summary() const { return m_summary; }

signals:
    void stageChanged(const QString &stage, qint64 sacctLines);

protected:
    void run() override;

private:
    QString m_location;
    ClusterProfile m_profile;
    SshPrompter &m_prompter;
    std::atomic_bool m_cancel{false};
    bool m_ok = false;
    QString m_error;
    HarvestSummary m_summary;
};

} // namespace es
