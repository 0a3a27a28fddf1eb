// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "MainWindow.h"

#include "AdvisorView.h"
#include "AlertsView.h"
#include "CampaignsView.h"
#include "ClustersDialog.h"
#include "ConnectionsView.h"
#include "CorrelationView.h"
#include "DashboardView.h"
#include "EnergyFormat.h"
#include "ExportWorker.h"
#include "GuiSettings.h"
#include "HelpMenu.h"
#include "ImportWizard.h"
#include "ImportWorker.h"
#include "JobColumnChooser.h"
#include "JobFilterBar.h"
#include "JobTableActions.h"
#include "JobTableModel.h"
#include "LanguageMenu.h"
#include "ModelsView.h"
#include "NodeView.h"
#include "ReportDialog.h"
#include "ReportWorker.h"
#include "Store.h"
#include "ThemeMenu.h"
#include "WelcomePanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace es {
namespace {

QString safeLocation(const QString &location)
{
    if (Store::isPostgresUrl(location))
        return QUrl(location).toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(location);
}

} // namespace

MainWindow::MainWindow(const QString &location, QWidget *parent)
    : QMainWindow(parent), m_model(new JobTableModel(this)), m_filterBar(new JobFilterBar(this)),
      m_view(new QTableView(this)), m_welcome(new WelcomePanel(this)), m_stack(new QStackedWidget(this)),
      m_locationLabel(new QLabel(this)), m_countLabel(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_correlations(new CorrelationView(this)), m_dashboard(new DashboardView(this)),
      m_connections(new ConnectionsView(this)), m_models(new ModelsView(this)), m_alerts(new AlertsView(this)),
      m_advisor(new AdvisorView(this)), m_campaigns(new CampaignsView(this)), m_nodes(new NodeView(this))
{
    setWindowTitle(tr("HPC Energy Studio"));
    setObjectName(QStringLiteral("mainWindow"));

    m_view->setObjectName(QStringLiteral("jobTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    JobColumnChooser::install(m_view); // hidden columns are kept with the header's state

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_welcome);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, tr("&Jobs"));
    m_tabs->addTab(m_correlations, tr("&Correlations"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_nodes, tr("&Nodes"));
    m_tabs->addTab(m_connections, tr("C&onnections"));
    m_tabs->addTab(m_models, tr("&Models"));
    m_tabs->addTab(m_alerts, tr("&Alerts"));
    m_tabs->addTab(m_advisor, tr("Ad&visor"));
    m_tabs->addTab(m_campaigns, tr("Campai&gns"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    m_jobActions = new JobTableActions(this);

    connect(m_filterBar, &JobFilterBar::filterChanged, m_model, &JobTableModel::setFilter);
    connect(m_filterBar, &JobFilterBar::filterChanged, m_correlations, &CorrelationView::setFilter);
    connect(m_filterBar, &JobFilterBar::filterChanged, m_dashboard, &DashboardView::setFilter);
    connect(m_filterBar, &JobFilterBar::filterChanged, m_models, &ModelsView::setFilter);
    connect(m_filterBar, &JobFilterBar::filterChanged, m_advisor, &AdvisorView::setFilter);
    connect(m_model, &JobTableModel::storeOpened, this, &MainWindow::onStoreOpened);
    connect(m_connections, &ConnectionsView::storeChanged, this, &MainWindow::reloadViews);
    connect(m_alerts, &AlertsView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_nodes, &NodeView::jobActivated, this, &MainWindow::showJob);
    connect(m_welcome, &WelcomePanel::connectRequested, this, [this] { m_tabs->setCurrentWidget(m_connections); });
    connect(m_welcome, &WelcomePanel::importRequested, this, &MainWindow::importJobs);
    connect(m_welcome, &WelcomePanel::sampleRequested, this, [this] {
        startImport(Importer::Format::Csv, {WelcomePanel::sampleFile()}, WelcomePanel::sampleImportOptions());
    });
    connect(m_model, &JobTableModel::pageLoaded, this, &MainWindow::selectPendingJob);
    connect(m_model, &JobTableModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_model, &JobTableModel::summaryChanged, this, [this] {
        m_filterBar->setOptions(m_model->summary());
        updateEmptyState();
        updateStatus();
    });
    connect(m_model, &JobTableModel::errorOccurred, this,
            [this](const QString &error) { statusBar()->showMessage(error, 10000); });

    restoreSettings();
    openLocation(location);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    newDb->setStatusTip(tr("Create an empty SQLite store and open it"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an SQLite store"));
    QAction *openPg = file->addAction(tr("Open &PostgreSQL…"), this, &MainWindow::openPostgres);
    openPg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openPg->setStatusTip(tr("Open a store in a PostgreSQL database"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importJobs);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import jobs from sacct dumps, SWF traces or CSV datasets"));
    QAction *exportAction = file->addAction(tr("&Export CSV…"), this, &MainWindow::exportCsv);
    exportAction->setShortcut(QKeySequence::SaveAs);
    exportAction->setStatusTip(tr("Write the jobs the view shows to a CSV file"));
    QAction *reportAction = file->addAction(tr("Export &Report…"), this, &MainWindow::exportReport);
    reportAction->setStatusTip(tr("Write an energy report of a time range as PDF or HTML"));
    QAction *clustersAction = file->addAction(tr("&Clusters…"), this, &MainWindow::manageClusters);
    clustersAction->setStatusTip(tr("Rename or delete the clusters (datasets) of the store"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find Jobs"), m_filterBar, &JobFilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reloadViews);
    refresh->setStatusTip(tr("Read the store again in every tab"));
    refresh->setShortcut(QKeySequence::Refresh);
    for (QMenu *menu : {EnergyFormat::createUnitMenu(view), LanguageMenu::create(view), ThemeMenu::create(view)})
        view->addMenu(menu);
    view->addSeparator();
    QAction *jobsTab = view->addAction(tr("&Jobs"), this, [this] { m_tabs->setCurrentIndex(0); });
    jobsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *correlationsTab =
        view->addAction(tr("&Correlations"), this, [this] { m_tabs->setCurrentWidget(m_correlations); });
    correlationsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    correlationsTab->setStatusTip(tr("Scatter plots and the correlation matrix of the jobs the filter selects"));
    QAction *connectionsTab =
        view->addAction(tr("C&onnections"), this, [this] { m_tabs->setCurrentWidget(m_connections); });
    connectionsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5)); // shortcuts follow the tab order
    QAction *dashboardTab = view->addAction(tr("&Dashboard"), this, [this] { m_tabs->setCurrentWidget(m_dashboard); });
    dashboardTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    dashboardTab->setStatusTip(tr("Energy by partition, user and job type, jobs per day and the top energy jobs"));
    connectionsTab->setStatusTip(tr("Cluster profiles: connect over SSH and harvest jobs and node state"));
    QAction *modelsTab = view->addAction(tr("&Models"), this, [this] { m_tabs->setCurrentWidget(m_models); });
    modelsTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_6), QKeySequence(Qt::CTRL | Qt::Key_M)});
    modelsTab->setStatusTip(tr("Train and compare models of job energy, duration and temperature; forecast load"));
    QAction *nodesTab = view->addAction(tr("&Nodes"), this, [this] { m_tabs->setCurrentWidget(m_nodes); });
    nodesTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    nodesTab->setStatusTip(tr("Temperature, power, frequency and load of the nodes over time, with their jobs"));
    QAction *alertsTab = view->addAction(tr("&Alerts"), this, [this] { m_tabs->setCurrentWidget(m_alerts); });
    alertsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    QAction *advisorTab = view->addAction(tr("Ad&visor"), this, [this] { m_tabs->setCurrentWidget(m_advisor); });
    advisorTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    QAction *campaignsTab = view->addAction(tr("Campai&gns"), this, [this] { m_tabs->setCurrentWidget(m_campaigns); });
    campaignsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    alertsTab->setStatusTip(tr("Thermal and energy alerts: list, filter and acknowledge"));

    new HelpMenu(this);
}

void MainWindow::setDefaultColumnWidths()
{
    static const char *const samples[] = {"cluster-name",
                                          "12345678_123",
                                          "a-job-name-of-size",
                                          "username",
                                          "partition",
                                          "CANCELLED",
                                          "2024-12-31 23:59:59",
                                          "2024-12-31 23:59:59",
                                          "2024-12-31 23:59:59",
                                          "10-00:00:00",
                                          "99999",
                                          "9999",
                                          "123456.7",
                                          "12345678",
                                          "12345.67 (measured: counter)",
                                          "interactive",
                                          "12345.6",
                                          "123.4",
                                          "123.4",
                                          "12345",
                                          "100.0"};
    static_assert(std::size(samples) == size_t(JobColumn::Count));
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int column = 0; column < int(JobColumn::Count); ++column) {
        const int sample = metrics.horizontalAdvance(QString::fromLatin1(samples[column])) + 16;
        const int title = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 32;
        header->resizeSection(column, std::max(sample, title));
    }
}

void MainWindow::restoreSettings()
{
    GuiSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1440, available.width()), std::min(880, available.height()));
    }
    restoreState(settings.windowState());
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(settings.jobHeaderState())) {
        setDefaultColumnWidths();
        header->setSortIndicator(int(JobColumn::Submit), Qt::DescendingOrder);
    }
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_view->setSortingEnabled(true);
    const JobFilter filter = settings.jobFilter();
    m_filterBar->setFilter(filter);
    m_model->setFilter(filter);
    m_correlations->setFilter(filter);
    m_dashboard->setFilter(filter);
    m_models->setFilter(filter);
    m_advisor->setFilter(filter);
}

void MainWindow::saveSettings() const
{
    GuiSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setJobHeaderState(m_view->horizontalHeader()->saveState());
    settings.setJobFilter(m_filterBar->filter());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import && m_import->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Import Running"),
                                                  tr("An import is running. Cancel it and quit? Nothing of the "
                                                     "file being imported will be stored."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    if (m_export)
        m_export->cancel();
    // Quitting stops a training at once (it checks its flag within a second); the view's destructor then joins it.
    m_models->cancelTraining();
    saveSettings();
    event->accept();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::openLocation(const QString &location)
{
    const QString target = location.isEmpty() ? Store::defaultLocation() : location;
    m_locationLabel->setText(tr("Opening %1…").arg(safeLocation(target)));
    m_countLabel->clear();
    m_model->openStore(target);
}

void MainWindow::onStoreOpened(bool ok, const QString &displayLocation, const QString &error)
{
    if (!ok) {
        m_locationLabel->setText(tr("No store open"));
        m_countLabel->clear();
        setWindowTitle(tr("HPC Energy Studio"));
        QMessageBox::warning(this, tr("Cannot Open the Store"), error);
        return;
    }
    m_locationLabel->setText(displayLocation);
    m_correlations->setLocation(m_model->location());
    m_dashboard->setLocation(m_model->location());
    m_connections->setLocation(m_model->location());
    m_models->setLocation(m_model->location());
    m_alerts->setLocation(m_model->location());
    m_advisor->setLocation(m_model->location());
    m_campaigns->setLocation(m_model->location());
    m_nodes->setLocation(m_model->location());
    setWindowTitle(tr("%1 — HPC Energy Studio").arg(displayLocation));
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->isStoreOpen() && m_model->summary().totalJobs == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_view);
    m_filterBar->setEnabled(!empty);
}

void MainWindow::updateStatus()
{
    const qint64 total = m_model->summary().totalJobs;
    if (!m_model->isCountKnown() || total < 0) {
        m_countLabel->setText(tr("Counting jobs…"));
        return;
    }
    const qint64 shown = m_model->rowCount();
    if (m_model->filter().isEmpty() || shown == total)
        m_countLabel->setText(tr("%1 jobs").arg(QLocale().toString(total)));
    else
        m_countLabel->setText(tr("%1 of %2 jobs").arg(QLocale().toString(shown), QLocale().toString(total)));
}

void MainWindow::newDatabase()
{
    GuiSettings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), settings.lastDirectory() + QStringLiteral("/energy-studio.sqlite"),
        tr("SQLite databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New Database"),
            tr("%1 already exists. Use File → Open Database… to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    openLocation(path);
}

void MainWindow::openDatabase()
{
    GuiSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), settings.lastDirectory(),
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    openLocation(path);
}

void MainWindow::openPostgres()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Open PostgreSQL"),
                              tr("Database URL, postgresql://USER@HOST[:PORT]/DATABASE\n(a password is read from "
                                 "~/.pgpass when the URL has none):"),
                              QLineEdit::Normal, QStringLiteral("postgresql://"), &ok)
            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!Store::isPostgresUrl(url)) {
        QMessageBox::warning(this, tr("Open PostgreSQL"), tr("The URL must start with postgresql://"));
        return;
    }
    openLocation(url);
}

void MainWindow::importJobs()
{
    if (m_import)
        return;
    if (!m_model->isStoreOpen()) {
        QMessageBox::information(this, tr("Import Jobs"), tr("Open or create a database first."));
        return;
    }
    GuiSettings settings;
    ImportWizard wizard(settings.lastDirectory(), settings.lastImportFormat(), this);
    if (wizard.exec() != QDialog::Accepted || wizard.files().isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(wizard.files().constFirst()).absolutePath());
    settings.setLastImportFormat(wizard.formatName());
    wizard.saveMapping(settings);
    startImport(wizard.format(), wizard.files(), wizard.options());
}

void MainWindow::startImport(Importer::Format format, const QStringList &files, const ImportOptions &options)
{
    if (m_import || !m_model->isStoreOpen())
        return;
    auto *worker = new ImportWorker(m_model->location(), format, files, options, this);
    auto *progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(tr("Import Jobs"));
    progress->setWindowModality(Qt::NonModal); // the other tabs stay usable while a long import runs
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, worker, &ImportWorker::cancel);
    connect(
        worker, &ImportWorker::progress, progress,
        [progress](int permille, const QString &file) {
            progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
            progress->setValue(permille);
        },
        Qt::QueuedConnection);
    connect(worker, &QThread::finished, this, [this, worker, progress] {
        // Closing a QProgressDialog emits canceled(): disconnected first, or a finished import reads cancelled.
        disconnect(progress, &QProgressDialog::canceled, worker, &ImportWorker::cancel);
        progress->close();
        progress->deleteLater();
        showImportResult(*worker);
        worker->deleteLater();
        reloadViews();
    });
    m_import = worker;
    worker->start();
}

void MainWindow::showJob(qint64 jobPk, const QString &cluster, const QString &jobId)
{
    JobFilter filter;
    filter.cluster = cluster;
    filter.text = jobId;
    m_filterBar->applyFilter(filter); // every view under the bar follows it
    m_pendingJobPk = jobPk;
    m_tabs->setCurrentWidget(m_stack);
    selectPendingJob();
}

void MainWindow::selectPendingJob()
{
    if (m_pendingJobPk == 0)
        return;
    const int row = m_model->loadedRowOfJob(m_pendingJobPk);
    if (row < 0)
        return; // asked again when the next page arrives
    m_pendingJobPk = 0;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void MainWindow::showImportResult(const ImportWorker &worker)
{
    if (!worker.storeError().isEmpty()) {
        QMessageBox::warning(this, tr("Import Failed"), worker.storeError());
        return;
    }
    const ImportWorker::Summary summary = worker.summary();
    QMessageBox box(summary.failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import Jobs"),
                    summary.lines.join(u'\n'), QMessageBox::Ok, this);
    if (!summary.details.isEmpty())
        box.setDetailedText(summary.details.join(u'\n'));
    box.exec();
}

void MainWindow::exportCsv()
{
    if (m_export || !m_model->isStoreOpen())
        return;
    GuiSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Jobs as CSV"),
                                                      settings.lastDirectory() + QStringLiteral("/jobs.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());

    auto *worker = new ExportWorker(m_model->location(), m_model->query(), path, this);
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, worker, &ExportWorker::cancel);
    connect(
        worker, &ExportWorker::progress, progress,
        [progress](qint64 rows) { progress->setLabelText(tr("Exporting… %1 jobs written").arg(rows)); },
        Qt::QueuedConnection);
    connect(worker, &QThread::finished, this, [this, worker, progress, path] {
        progress->close();
        progress->deleteLater();
        if (worker->succeeded())
            statusBar()->showMessage(
                tr("Exported %1 jobs to %2").arg(QLocale().toString(worker->rows()), QDir::toNativeSeparators(path)),
                10000);
        else if (!worker->isCancelled())
            QMessageBox::warning(this, tr("Export Failed"), worker->error());
        worker->deleteLater();
    });
    m_export = worker;
    worker->start();
}

void MainWindow::exportReport()
{
    if (!m_model->isStoreOpen())
        return;
    GuiSettings settings;
    ReportDialog dialog(m_model->summary().clusters, settings.lastDirectory(), m_filterBar->filter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    const QString path = dialog.path();
    const ReportRenderer::Format format = dialog.format();
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    auto *progress = new QProgressDialog(tr("Collecting the figures…"), tr("Cancel"), 0, 3, this);
    progress->setWindowTitle(tr("Export Report"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    // Figures (worker) -> plots (GUI thread: QCustomPlot widgets) -> document and file (worker).
    auto *build = new ReportWorker(m_model->location(), dialog.request(), this);
    connect(progress, &QProgressDialog::canceled, build, &ReportWorker::cancel);
    connect(build, &QThread::finished, this, [this, build, progress, path, format] {
        build->deleteLater();
        if (!build->succeeded() || progress->wasCanceled()) {
            progress->close();
            progress->deleteLater();
            if (!build->isCancelled() && !progress->wasCanceled())
                QMessageBox::warning(this, tr("Export Report"), build->error());
            return;
        }
        progress->setLabelText(tr("Drawing the plots…"));
        progress->setValue(1);
        const QMap<QString, QImage> plots = ReportRenderer::renderPlots(*build->data());
        progress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
        progress->setValue(2);
        auto *write = new ReportWorker(*build->data(), plots, path, format, this);
        connect(write, &QThread::finished, this, [this, write, progress, path] {
            progress->close();
            progress->deleteLater();
            write->deleteLater();
            if (write->succeeded())
                statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
            else
                QMessageBox::warning(this, tr("Export Report"), write->error());
        });
        write->start();
    });
    build->start();
}

void MainWindow::reloadViews()
{
    if (!m_model->isStoreOpen())
        return;
    m_model->refresh();
    m_correlations->reload();
    m_dashboard->reload();
    m_nodes->reload();
    m_models->reload();
    m_alerts->reload();
    m_campaigns->reload();
}

void MainWindow::manageClusters()
{
    if (!m_model->isStoreOpen())
        return;
    auto *dialog = new ClustersDialog(m_model->location(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClustersDialog::storeChanged, this, &MainWindow::reloadViews);
    dialog->show();
}

} // namespace es
