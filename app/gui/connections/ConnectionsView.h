// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ClusterProfile.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace es {

class GuiSshPrompter;
class HarvestWorker;

/// Cluster connections: the profiles of the store, an editor, and "Connect and harvest" in one click (host-key,
/// passphrase, password and OTP prompts appear as needed), with progress, Cancel, the last result, and an optional
/// harvest every N minutes. Store reads and the harvest run in worker threads.
class ConnectionsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsView(QWidget *parent = nullptr);
    ~ConnectionsView() override;

    /// The store to keep profiles in and harvest into (re-read when it changes).
    void setLocation(const QString &location);
    QString lastResult() const;
    bool isHarvesting() const { return !m_worker.isNull(); }
    /// Shows the saved profile `name` in the editor; false when there is none.
    bool selectProfile(const QString &name);

public slots:
    void harvestNow();
    void reloadProfiles();

signals:
    /// A harvest wrote to the store: views over it should refresh.
    void storeChanged();
    /// The profile list was (re)loaded from the store.
    void profilesLoaded();

private:
    // Construction: object names and placeholders; the profile form, harvest controls and list; the signals.
    void configureFields();
    void layOut();
    void connectSignals();
    void showProfile(const QString &name);
    ClusterProfile editedProfile() const;
    void saveProfile();
    /// Saves `profile` in a worker thread; `done` gets the error (empty on success) in the GUI thread.
    void saveThen(const ClusterProfile &profile, std::function<void(const QString &error)> done);
    void removeProfile();
    void onHarvestFinished();
    void setBusy(bool busy);
    /// Runs `work` on a worker thread with its own Store; `done` gets the result in the GUI thread.
    void runStoreTask(std::function<QString(class Store &)> work, std::function<void(const QString &error)> done);

    QString m_location;
    QList<ClusterProfile> m_profiles;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_key;
    QLineEdit *m_jump;
    QLineEdit *m_knownHosts;
    QLineEdit *m_cluster;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QCheckBox *m_periodic;
    QSpinBox *m_periodMin;
    QTimer *m_timer;
    GuiSshPrompter *m_prompter;
    QPointer<HarvestWorker> m_worker;
};

} // namespace es
