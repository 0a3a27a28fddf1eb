// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AlertEvent.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace es {

class AlertEventModel;
class AlertsWorker;

/// The Alerts tab: the store's alert events in a table, filtered by kind, severity and acknowledgement, with
/// Acknowledge and Check Now. While a store is open a timer re-evaluates new samples every checkIntervalMs() in
/// AlertsWorker's thread (never on the GUI thread); events it opens are announced with a desktop notification
/// (QSystemTrayIcon::showMessage) when a system tray exists, else through statusMessage().
///
/// Threading: GUI thread; all database work in AlertsWorker.
class AlertsView final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsView(QWidget *parent = nullptr);
    ~AlertsView() override;

    /// Opens the tab on a store: lists its events and starts the periodic check (the first one covers the last
    /// day). An empty location stops it.
    void setLocation(const QString &location);
    void reload();
    /// Re-evaluates, in the worker, the range chosen beside Check Now (the last day, week, or everything stored).
    void checkNow();

    AlertEventModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setCheckIntervalMs(int ms);
    int checkIntervalMs() const;
    /// Acknowledges the selected events.
    void acknowledgeSelected();

Q_SIGNALS:
    /// A message for the status bar (new events when no system tray exists, errors).
    void statusMessage(const QString &text);
    /// The events list was replaced by a worker answer.
    void eventsLoaded();
    /// A check finished; `newEvents` were opened by it.
    void checked(const QList<es::AlertEvent> &newEvents);

private:
    void fillCombos();
    /// The worker's answers: event lists, acknowledgements, check results, failures, the newest sample's time.
    void connectWorker();
    void notify(const QList<AlertEvent> &newEvents);
    /// The periodic check: samples since the previous one.
    void checkNewSamples();
    void startCheck(qint64 sinceTs, const QString &rangeText);
    void updateButtons();

    AlertEventModel *m_model;
    QTableView *m_view;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_acknowledged;
    QPushButton *m_ackButton;
    QPushButton *m_checkButton;
    QComboBox *m_checkRange;
    QLabel *m_checkResult;
    QString m_checkingRangeText;
    QLabel *m_summary;
    QTimer *m_timer;
    AlertsWorker *m_worker;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_location;
    quint64 m_generation = 0;
    qint64 m_lastCheckTs = 0;
};

} // namespace es
