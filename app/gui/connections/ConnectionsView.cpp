// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ConnectionsView.h"

#include "GuiSshPrompter.h"
#include "HarvestWorker.h"
#include "Store.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace es {

ConnectionsView::ConnectionsView(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_name(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_user(new QLineEdit(this)), m_key(new QLineEdit(this)), m_jump(new QLineEdit(this)),
      m_knownHosts(new QLineEdit(this)), m_cluster(new QLineEdit(this)), m_save(new QPushButton(tr("&Save"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_connect(new QPushButton(tr("&Connect and harvest"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_periodic(new QCheckBox(tr("Harvest every"), this)), m_periodMin(new QSpinBox(this)), m_timer(new QTimer(this)),
      m_prompter(new GuiSshPrompter(this, this))
{
    configureFields();
    layOut();
    connectSignals();
    m_status->setText(tr("Add a cluster: its head node, then Save and Connect."));
}

void ConnectionsView::configureFields()
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_host->setObjectName(QStringLiteral("profileHost"));
    m_port->setObjectName(QStringLiteral("profilePort"));
    m_user->setObjectName(QStringLiteral("profileUser"));
    m_key->setObjectName(QStringLiteral("profileKey"));
    m_knownHosts->setObjectName(QStringLiteral("profileKnownHosts"));
    m_cluster->setObjectName(QStringLiteral("profileCluster"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_status->setObjectName(QStringLiteral("harvestStatus"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_host->setPlaceholderText(tr("login.cluster.example.org or a ~/.ssh/config alias"));
    m_user->setPlaceholderText(tr("from ~/.ssh/config, else yours"));
    m_key->setPlaceholderText(tr("SSH agent and default keys"));
    m_jump->setPlaceholderText(tr("bastion host, if the cluster is behind one"));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts"));
    m_cluster->setPlaceholderText(tr("the profile's name"));
}

void ConnectionsView::layOut()
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::homePath() + u"/.ssh");
        if (!file.isEmpty())
            m_key->setText(file);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key);
    keyRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Head node:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Key file:"), keyRow);
    form->addRow(tr("Jump host:"), m_jump);
    form->addRow(tr("Known hosts:"), m_knownHosts);
    form->addRow(tr("Store as cluster:"), m_cluster);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_save);
    editButtons->addWidget(m_remove);
    editButtons->addStretch();
    m_periodMin->setRange(5, 24 * 60);
    m_periodMin->setValue(60);
    m_periodMin->setSuffix(tr(" min"));
    auto *harvestRow = new QHBoxLayout;
    harvestRow->addWidget(m_connect);
    harvestRow->addWidget(m_cancel);
    harvestRow->addSpacing(24);
    harvestRow->addWidget(m_periodic);
    harvestRow->addWidget(m_periodMin);
    harvestRow->addStretch();
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(editButtons);
    right->addSpacing(12);
    right->addLayout(harvestRow);
    right->addWidget(m_progress);
    right->addWidget(m_status);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Clusters"), this));
    left->addWidget(m_list);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);
}

void ConnectionsView::connectSignals()
{
    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionsView::showProfile);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsView::saveProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsView::removeProfile);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsView::harvestNow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isHarvesting())
            harvestNow();
    });
    auto updateTimer = [this] {
        if (m_periodic->isChecked())
            m_timer->start(m_periodMin->value() * 60 * 1000);
        else
            m_timer->stop();
    };
    connect(m_periodic, &QCheckBox::toggled, this, updateTimer);
    connect(m_periodMin, &QSpinBox::valueChanged, this, updateTimer);
}

ConnectionsView::~ConnectionsView()
{
    if (m_worker) {
        m_worker->cancel();
        m_worker->wait();
    }
}

void ConnectionsView::setLocation(const QString &location)
{
    m_location = location;
    reloadProfiles();
}

QString ConnectionsView::lastResult() const
{
    return m_status->text();
}

void ConnectionsView::runStoreTask(std::function<QString(Store &)> work, std::function<void(const QString &)> done)
{
    auto error = std::make_shared<QString>();
    const QString location = m_location;
    QThread *thread = QThread::create([location, work, error] {
        Store store;
        if (!store.open(location, error.get()))
            return;
        *error = work(store);
    });
    connect(thread, &QThread::finished, this, [thread, done, error] {
        done(*error);
        thread->deleteLater();
    });
    thread->start();
}

void ConnectionsView::reloadProfiles()
{
    if (m_location.isEmpty())
        return;
    auto loaded = std::make_shared<QList<ClusterProfile>>();
    runStoreTask(
        [loaded](Store &store) {
            QString error;
            const auto profiles = ClusterProfiles(store).list(&error);
            if (profiles)
                *loaded = *profiles;
            return error;
        },
        [this, loaded](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(error);
                return;
            }
            const QString current = m_list->currentItem() ? m_list->currentItem()->text() : m_name->text();
            m_profiles = *loaded;
            m_list->clear();
            for (const ClusterProfile &p : m_profiles)
                m_list->addItem(p.name);
            const auto found = m_list->findItems(current, Qt::MatchExactly);
            if (!found.isEmpty())
                m_list->setCurrentItem(found.front());
            else if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            emit profilesLoaded();
        });
}

bool ConnectionsView::selectProfile(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_list->setCurrentItem(found.front());
    showProfile(name);
    return true;
}

void ConnectionsView::showProfile(const QString &name)
{
    for (const ClusterProfile &p : std::as_const(m_profiles)) {
        if (p.name != name)
            continue;
        m_name->setText(p.name);
        m_host->setText(p.host);
        m_port->setValue(p.port);
        m_user->setText(p.user);
        m_key->setText(p.keyFile);
        m_jump->setText(p.proxyCommand.startsWith(QLatin1String("ssh -W %h:%p ")) ? p.proxyCommand.mid(13)
                                                                                  : p.proxyCommand);
        m_knownHosts->setText(p.knownHostsFile);
        m_cluster->setText(p.slurmCluster);
    }
}

ClusterProfile ConnectionsView::editedProfile() const
{
    ClusterProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.keyFile = m_key->text().trimmed();
    const QString jump = m_jump->text().trimmed();
    if (!jump.isEmpty())
        p.proxyCommand = jump.contains(u' ') ? jump : QStringLiteral("ssh -W %h:%p ") + jump;
    p.knownHostsFile = m_knownHosts->text().trimmed();
    p.slurmCluster = m_cluster->text().trimmed();
    return p;
}

void ConnectionsView::saveThen(const ClusterProfile &profile, std::function<void(const QString &)> done)
{
    runStoreTask(
        [profile](Store &store) {
            QString error;
            ClusterProfiles(store).save(profile, &error);
            return error;
        },
        std::move(done));
}

void ConnectionsView::saveProfile()
{
    const ClusterProfile profile = editedProfile();
    saveThen(profile, [this, profile](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Profile %1 saved.").arg(profile.name) : error);
        reloadProfiles();
    });
}

void ConnectionsView::removeProfile()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove profile"),
                              tr("Remove the profile %1? Its jobs stay in the store.").arg(name)) != QMessageBox::Yes)
        return;
    runStoreTask(
        [name](Store &store) {
            QString error;
            ClusterProfiles(store).remove(name, &error);
            return error;
        },
        [this, name](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Profile %1 removed.").arg(name) : error);
            reloadProfiles();
        });
}

void ConnectionsView::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_remove->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
}

void ConnectionsView::harvestNow()
{
    if (isHarvesting() || !m_connect->isEnabled() || m_location.isEmpty())
        return; // already starting or running
    const ClusterProfile profile = editedProfile();
    if (profile.name.isEmpty() || profile.host.isEmpty()) {
        m_status->setText(tr("A cluster needs a name and a head node."));
        return;
    }
    // Saved first: one click connects with what is on screen, and a lab sharing the store sees the profile.
    setBusy(true);
    saveThen(profile, [this, profile](const QString &error) {
        if (!error.isEmpty()) {
            setBusy(false);
            m_status->setText(error);
            return;
        }
        m_worker = new HarvestWorker(m_location, profile, *m_prompter, this);
        connect(m_worker, &HarvestWorker::stageChanged, this, [this](const QString &stage, qint64 lines) {
            m_status->setText(lines > 0 ? tr("%1 (%2 lines)…").arg(stage).arg(lines) : stage + u'…');
        });
        connect(m_worker, &QThread::finished, this, &ConnectionsView::onHarvestFinished);
        m_worker->start();
    });
}

void ConnectionsView::onHarvestFinished()
{
    HarvestWorker *worker = m_worker;
    m_worker.clear();
    setBusy(false);
    if (!worker)
        return;
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    if (worker->succeeded()) {
        const HarvestSummary s = worker->summary();
        m_status->setText(tr("Connected to %1 (%2). Last harvest %3: %4 jobs (%5 new, %6 updated, %7 unchanged), "
                             "%8 nodes.")
                              .arg(s.cluster, s.slurmVersion, when)
                              .arg(s.written.jobsSeen)
                              .arg(s.written.jobsNew)
                              .arg(s.written.jobsUpdated)
                              .arg(s.written.jobsUnchanged)
                              .arg(s.nodes));
        emit storeChanged();
    } else {
        m_status->setText(tr("Harvest failed %1: %2").arg(when, worker->errorString()));
    }
    worker->deleteLater();
    reloadProfiles();
}

} // namespace es
