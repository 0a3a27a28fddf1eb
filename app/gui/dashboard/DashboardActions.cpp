// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace es {

DashboardActions::DashboardActions(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardActions"));
    m_progress->setObjectName(QStringLiteral("dashboardActionProgress"));
    m_cancel->setObjectName(QStringLiteral("dashboardActionCancel"));
    m_result->setObjectName(QStringLiteral("dashboardActionResult"));
    m_result->setWordWrap(true);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(360);
    m_progress->hide();
    m_cancel->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_result, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_worker) {
            m_worker->cancel();
            m_cancel->setEnabled(false);
            m_progress->setFormat(tr("Cancelling…"));
        }
    });
    hide();
}

DashboardActions::~DashboardActions()
{
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
        delete m_worker; // cancels and waits
    }
}

bool DashboardActions::start(StoreActionWorker::Action action, const QString &location, const QString &cluster)
{
    if (m_worker || location.isEmpty())
        return false;
    m_worker = new StoreActionWorker(action, location, cluster, this);
    connect(m_worker, &StoreActionWorker::progress, this, &DashboardActions::onProgress, Qt::QueuedConnection);
    connect(m_worker, &QThread::finished, this, &DashboardActions::onWorkerFinished, Qt::QueuedConnection);
    m_result->setText(action == StoreActionWorker::Action::DeriveMetrics ? tr("Deriving job metrics…")
                                                                         : tr("Checking alerts…"));
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setFormat(QStringLiteral("%p %"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    show();
    m_worker->start();
    return true;
}

QString DashboardActions::resultText() const
{
    return m_result->text();
}

void DashboardActions::onProgress(const QString &stage, int done, int total)
{
    if (!m_worker || m_worker->wasCancelled())
        return;
    m_result->setText(stage + QStringLiteral("…"));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void DashboardActions::onWorkerFinished()
{
    StoreActionWorker *worker = m_worker;
    m_worker = nullptr;
    if (!worker)
        return;
    m_progress->hide();
    m_cancel->hide();
    const bool ok = worker->succeeded();
    m_result->setText(ok ? worker->resultText() : worker->errorString());
    worker->deleteLater();
    Q_EMIT finished(ok);
}

} // namespace es
