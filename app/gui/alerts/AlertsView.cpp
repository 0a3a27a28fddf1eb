// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertsView.h"

#include "AlertEventModel.h"
#include "AlertsWorker.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace es {
namespace {

constexpr int kDefaultCheckIntervalMs = 60000;
constexpr qint64 kFirstCheckLookbackS = 86400;
constexpr int kRangeTextRole = Qt::UserRole + 1; // the range in a sentence: "Checked the last 7 days: …"
constexpr qint64 kEverythingStored = 0;          // the look-back of "Everything stored": evaluate from the first sample
// Samples can arrive late (a harvest writes a batch): each check looks back this far before the previous one.
constexpr qint64 kCheckOverlapS = 900;

} // namespace

AlertsView::AlertsView(QWidget *parent)
    : QWidget(parent), m_model(new AlertEventModel(this)), m_view(new QTableView(this)), m_kind(new QComboBox(this)),
      m_severity(new QComboBox(this)), m_acknowledged(new QComboBox(this)),
      m_ackButton(new QPushButton(tr("&Acknowledge"), this)), m_checkButton(new QPushButton(tr("Check &Now"), this)),
      m_checkRange(new QComboBox(this)), m_checkResult(new QLabel(this)), m_summary(new QLabel(this)),
      m_timer(new QTimer(this)), m_worker(new AlertsWorker(this))
{
    fillCombos();
    m_checkResult->setObjectName(QStringLiteral("alertCheckResult"));

    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_severity);
    bar->addWidget(m_acknowledged);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(m_ackButton);
    bar->addWidget(m_checkRange);
    bar->addWidget(m_checkButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_checkResult); // its own row: a long result must not widen the window
    layout->addWidget(m_view, 1);

    for (QComboBox *box : {m_kind, m_severity, m_acknowledged})
        connect(box, &QComboBox::currentIndexChanged, this, &AlertsView::reload);
    connect(m_ackButton, &QPushButton::clicked, this, &AlertsView::acknowledgeSelected);
    connect(m_checkButton, &QPushButton::clicked, this, &AlertsView::checkNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsView::updateButtons);
    m_timer->setInterval(kDefaultCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AlertsView::checkNewSamples);

    connectWorker();
    m_worker->start();
    updateButtons();
}

void AlertsView::fillCombos()
{
    setObjectName(QStringLiteral("alertsView"));
    m_kind->setObjectName(QStringLiteral("alertKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Temperature warning"), AlertEvent::tempWarningKind());
    m_kind->addItem(tr("Temperature critical"), AlertEvent::tempCriticalKind());
    m_kind->addItem(tr("Excessive energy"), AlertEvent::energyExcessKind());
    m_kind->addItem(tr("Job failure rate"), AlertEvent::failureRateKind());
    m_kind->addItem(tr("Bad node"), AlertEvent::badNodeKind());
    m_kind->addItem(tr("Memory exhaustion"), AlertEvent::memoryExhaustionKind());
    m_kind->addItem(tr("Node memory high"), AlertEvent::memoryHighKind());
    m_kind->addItem(tr("Collector silent"), AlertEvent::collectorSilentKind());
    m_severity->setObjectName(QStringLiteral("alertSeverityFilter"));
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_severity->addItem(tr("Critical"), QStringLiteral("critical"));
    m_acknowledged->setObjectName(QStringLiteral("alertAckFilter"));
    m_acknowledged->addItem(tr("Acknowledged or not"), -1);
    m_acknowledged->addItem(tr("Not acknowledged"), 0);
    m_acknowledged->addItem(tr("Acknowledged"), 1);
    m_ackButton->setObjectName(QStringLiteral("alertAcknowledge"));
    m_checkButton->setObjectName(QStringLiteral("alertCheckNow"));
    m_checkButton->setToolTip(tr("Evaluate node temperatures and job energies now, over the range beside"));
    m_checkRange->setObjectName(QStringLiteral("alertCheckRange"));
    m_checkRange->addItem(tr("Last 24 hours"), kFirstCheckLookbackS);
    m_checkRange->setItemData(0, tr("the last 24 hours"), kRangeTextRole);
    m_checkRange->addItem(tr("Last 7 days"), 7 * kFirstCheckLookbackS);
    m_checkRange->setItemData(1, tr("the last 7 days"), kRangeTextRole);
    m_checkRange->addItem(tr("Everything stored"), kEverythingStored);
    m_checkRange->setItemData(2, tr("everything stored"), kRangeTextRole);
    m_checkRange->setToolTip(tr("The samples and job ends Check Now evaluates, counted back from now. Imported "
                                "history older than the range is not checked."));
}

void AlertsView::connectWorker()
{
    connect(m_worker, &AlertsWorker::listed, this, [this](quint64 generation, const QList<AlertEvent> &events) {
        if (generation != m_generation)
            return;
        const bool first = m_model->rowCount() == 0;
        m_model->setEvents(events);
        if (first && !events.isEmpty())
            m_view->resizeColumnsToContents(); // once: later reloads keep the user's widths
        qint64 open = 0;
        for (const AlertEvent &e : events)
            open += e.tsEnd ? 0 : 1;
        m_summary->setText(tr("%n events", nullptr, int(events.size())) +
                           (open ? tr(", %n ongoing", nullptr, int(open)) : QString()));
        emit eventsLoaded();
    });
    connect(m_worker, &AlertsWorker::acknowledged, this, &AlertsView::reload);
    connect(m_worker, &AlertsWorker::evaluated, this, [this](qint64, const QList<AlertEvent> &newEvents) {
        m_checkButton->setEnabled(true);
        m_checkResult->setText(
            tr("Checked %1: %n new events", nullptr, int(newEvents.size())).arg(m_checkingRangeText));
        if (!newEvents.isEmpty()) {
            notify(newEvents);
            reload();
        }
        emit checked(newEvents);
    });
    connect(m_worker, &AlertsWorker::failed, this, [this](const QString &error) {
        m_checkButton->setEnabled(true);
        emit statusMessage(tr("Alerts: %1").arg(error));
    });
    connect(m_worker, &AlertsWorker::newestSampleRead, this, [this](qint64 ts) {
        // Imported history: the default range would check none of it.
        if (ts > 0 && ts < QDateTime::currentSecsSinceEpoch() - kFirstCheckLookbackS)
            m_checkRange->setCurrentIndex(m_checkRange->findData(kEverythingStored));
    });
}

AlertsView::~AlertsView() = default;

void AlertsView::setCheckIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

int AlertsView::checkIntervalMs() const
{
    return m_timer->interval();
}

void AlertsView::setLocation(const QString &location)
{
    m_location = location;
    m_worker->setLocation(location);
    m_model->setEvents({});
    m_lastCheckTs = 0;
    m_checkRange->setCurrentIndex(0);
    m_checkResult->clear();
    if (location.isEmpty()) {
        m_timer->stop();
        return;
    }
    reload();
    checkNewSamples();
    m_timer->start();
}

void AlertsView::reload()
{
    if (m_location.isEmpty())
        return;
    EventFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.severity = m_severity->currentData().toString();
    const int ack = m_acknowledged->currentData().toInt();
    if (ack >= 0)
        filter.acknowledged = ack == 1;
    filter.limit = 10000;
    m_worker->list(++m_generation, filter);
}

void AlertsView::checkNow()
{
    const qint64 lookBackS = m_checkRange->currentData().toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_lastCheckTs = now;
    startCheck(lookBackS == kEverythingStored ? kEverythingStored : now - lookBackS,
               m_checkRange->currentData(kRangeTextRole).toString());
}

void AlertsView::checkNewSamples()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 since = m_lastCheckTs ? m_lastCheckTs - kCheckOverlapS : now - kFirstCheckLookbackS;
    m_lastCheckTs = now;
    startCheck(
        since,
        tr("samples since %1").arg(QDateTime::fromSecsSinceEpoch(since).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void AlertsView::startCheck(qint64 sinceTs, const QString &rangeText)
{
    if (m_location.isEmpty())
        return;
    m_checkingRangeText = rangeText;
    m_checkButton->setEnabled(false);
    m_worker->evaluate(sinceTs);
}

void AlertsView::acknowledgeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->event(index.row()).id;
    if (!ids.isEmpty())
        m_worker->acknowledge(ids, true);
}

void AlertsView::updateButtons()
{
    m_ackButton->setEnabled(m_view->selectionModel()->hasSelection());
}

void AlertsView::notify(const QList<AlertEvent> &newEvents)
{
    const QString title = tr("%n new alerts", nullptr, int(newEvents.size()));
    QStringList lines;
    for (qsizetype i = 0; i < newEvents.size() && i < 3; ++i)
        lines << newEvents[i].message;
    if (newEvents.size() > 3)
        lines << tr("… and %n more", nullptr, int(newEvents.size() - 3));
    bool critical = false;
    for (const AlertEvent &e : newEvents)
        critical = critical || e.severity == u"critical";
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(this);
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            m_tray->setIcon(icon);
            m_tray->setToolTip(tr("HPC Energy Studio"));
            m_tray->show();
        }
        m_tray->showMessage(title, lines.join(u'\n'), critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    }
    emit statusMessage(title + QStringLiteral(": ") + lines.constFirst());
}

} // namespace es
