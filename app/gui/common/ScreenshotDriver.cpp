// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ScreenshotDriver.h"

#include "AdvisorView.h"
#include "AlertsView.h"
#include "CampaignWizard.h"
#include "CampaignsView.h"
#include "ConnectionsView.h"
#include "CorrelationView.h"
#include "DashboardActions.h"
#include "DashboardView.h"
#include "ImportMappingPage.h"
#include "ImportWizard.h"
#include "JobDetailDialog.h"
#include "JobTableActions.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "ModelsView.h"
#include "NodeView.h"
#include "ProposalDialog.h"
#include "Regressor.h"

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace es {
namespace {

/// The models tab's picture shows a training run (of ES_SCREENSHOT_MODEL_TARGET, duration_s by default, with the
/// algorithm ES_SCREENSHOT_MODEL_ALGORITHMS names, every one by default) and a forecast on the store's jobs: the timer
/// starts once both are done.
void armModels(ModelsView *view, QTimer *delay)
{
    delay->setInterval(1000);
    auto started = std::make_shared<bool>(false);
    auto pending = std::make_shared<int>(2);
    QObject::connect(view, &ModelsView::modelsListed, delay, [view, started] {
        if (*started)
            return;
        *started = true;
        // duration_s by default: what a trace without energy readings has.
        const QString target = qEnvironmentVariable("ES_SCREENSHOT_MODEL_TARGET", QStringLiteral("duration_s"));
        view->setTarget(target);
        QList<ml::Algorithm> algorithms; // ES_SCREENSHOT_MODEL_ALGORITHMS=ridge: one; every one by default
        for (const QString &name :
             qEnvironmentVariable("ES_SCREENSHOT_MODEL_ALGORITHMS").split(u',', Qt::SkipEmptyParts))
            if (const auto algorithm = ml::Regressor::fromName(name))
                algorithms << *algorithm;
        view->setAlgorithms(algorithms.isEmpty() ? ml::Regressor::all() : algorithms);
        view->train();
        view->forecast();
    });
    const auto oneDone = [delay, pending] {
        if (--*pending == 0)
            delay->start();
    };
    QObject::connect(view, &ModelsView::trainingFinished, delay, oneDone);
    QObject::connect(view, &ModelsView::forecastFinished, delay, oneDone);
}

/// The campaigns tab's picture: the shown campaign's runs and cells; with ES_SCREENSHOT_WIZARD=preview (or
/// =arrival, its arrival mode), the "New campaign" wizard filled in on its preview page instead; with
/// ES_SCREENSHOT_WIZARD=propose, the active mode's dialog with its proposal for the shown campaign.
void armCampaigns(CampaignsView *view, QTimer *delay, const QString &file)
{
    const QString wizardPage = qEnvironmentVariable("ES_SCREENSHOT_WIZARD");
    if (wizardPage != u"preview" && wizardPage != u"arrival" && wizardPage != u"propose") {
        QObject::connect(view, &CampaignsView::loaded, delay, qOverload<>(&QTimer::start));
        return;
    }
    auto loads = std::make_shared<int>(0);
    auto dialog = std::make_shared<QPointer<ProposalDialog>>();
    QObject::connect(view, &CampaignsView::loaded, view, [view, file, loads, dialog, wizardPage] {
        const int load = ++*loads;
        if (wizardPage == u"propose") {
            // The first load shows the campaign; the second is the proposal the dialog asked for.
            if (load == 1 && (*dialog = view->openProposal()))
                (*dialog)->requestProposal();
            else if (load == 1)
                QApplication::exit(1);
            else if (load == 2 && *dialog)
                QTimer::singleShot(800, *dialog, [file, dialog] {
                    QApplication::exit(*dialog && (*dialog)->grab().save(file) ? 0 : 1);
                });
            return;
        }
        if (load > 1)
            return;
        CampaignWizard *wizard = view->openWizard();
        wizard->setWorkloads({QStringLiteral("sysbench-cpu"), QStringLiteral("stress-ng-cpu")}, 30);
        wizard->setDesign(QStringLiteral("thermal-scan"), QStringLiteral("1,2,4"), QString(), 3);
        if (wizardPage == u"arrival") {
            wizard->setDesign(QStringLiteral("load-day"), QStringLiteral("1"), QString(), 1);
            wizard->setArrival(24, 48, 10, 2);
        }
        wizard->next();
        wizard->next();
        QTimer::singleShot(800, wizard, [wizard, file] { QApplication::exit(wizard->grab().save(file) ? 0 : 1); });
    });
}

/// The import wizard's picture (tab "import"): the wizard on the file ES_SCREENSHOT_IMPORT, at its column mapping
/// page; ES_SCREENSHOT_IMPORT_MAP (COLUMN=TARGET,...) sets some columns as a user would.
void armImportWizard(MainWindow &window, const QString &file)
{
    auto *wizard = new ImportWizard(QString(), QStringLiteral("csv"), &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFiles({qEnvironmentVariable("ES_SCREENSHOT_IMPORT")});
    wizard->show();
    wizard->next();
    wizard->next();
    for (const QString &pair : qEnvironmentVariable("ES_SCREENSHOT_IMPORT_MAP").split(u',', Qt::SkipEmptyParts))
        wizard->mappingPage()->setTarget(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    const bool atMapping = wizard->currentId() == ImportWizard::MappingPage;
    QTimer::singleShot(
        800, wizard, [wizard, file, atMapping] { QApplication::exit(atMapping && wizard->grab().save(file) ? 0 : 1); });
}

void armCorrelations(CorrelationView *view, QTimer *delay)
{
    const auto whenComplete = [view, delay] {
        if (view->hasStatistics() && view->hasMatrix())
            delay->start();
    };
    QObject::connect(view, &CorrelationView::statisticsReady, delay, whenComplete);
    QObject::connect(view, &CorrelationView::matrixReady, delay, whenComplete);
}

/// The dashboard's picture once loaded; with ES_SCREENSHOT_DASHBOARD_ACTION=derive (or alerts) the first load's
/// Derive metrics (Check alerts) button is clicked, and the picture is of the load that follows the action.
void armDashboard(DashboardView *view, QTimer *delay)
{
    const QString action = qEnvironmentVariable("ES_SCREENSHOT_DASHBOARD_ACTION");
    QPushButton *button = action == u"derive"   ? view->deriveMetricsButton()
                          : action == u"alerts" ? view->checkAlertsButton()
                                                : nullptr;
    auto clicked = std::make_shared<bool>(false);
    QObject::connect(view, &DashboardView::dataLoaded, delay, [view, button, delay, clicked] {
        if (view->actions()->isRunning())
            return;
        if (button && !*clicked && button->isVisible()) {
            *clicked = true;
            button->click();
            return;
        }
        delay->start();
    });
}

/// With ES_SCREENSHOT_JOB_DETAIL=CLUSTER/JOB_ID the picture is of that job's detail dialog once it has loaded.
bool armJobDetail(MainWindow &window, const QString &file)
{
    const QString spec = qEnvironmentVariable("ES_SCREENSHOT_JOB_DETAIL");
    const qsizetype slash = spec.indexOf(u'/');
    if (slash <= 0)
        return false;
    const JobRef job{0, spec.left(slash), spec.mid(slash + 1)};
    auto once = std::make_shared<bool>(false);
    QObject::connect(window.jobModel(), &JobTableModel::storeOpened, &window, [&window, job, file, once](bool ok) {
        if (!ok || std::exchange(*once, true))
            return;
        JobDetailDialog *dialog = window.jobTableActions()->openDetails(job);
        if (!dialog) {
            QApplication::exit(1);
            return;
        }
        QObject::connect(dialog, &JobDetailDialog::loaded, dialog, [dialog, file] {
            QTimer::singleShot(800, dialog, [dialog, file] { QApplication::exit(dialog->grab().save(file) ? 0 : 1); });
        });
        QObject::connect(dialog, &JobDetailDialog::loadFailed, dialog, [] { QApplication::exit(2); });
    });
    return true;
}

} // namespace

void ScreenshotDriver::showTab(MainWindow &window, const QString &tab)
{
    QWidget *view = nullptr;
    if (tab == u"correlations")
        view = window.correlationView();
    else if (tab == u"dashboard")
        view = window.dashboardView();
    else if (tab == u"nodes")
        view = window.nodeView();
    else if (tab == u"connections")
        view = window.connectionsView();
    else if (tab == u"models")
        view = window.modelsView();
    else if (tab == u"alerts")
        view = window.alertsView();
    else if (tab == u"advisor")
        view = window.advisorView();
    else if (tab == u"campaigns")
        view = window.campaignsView();
    if (view)
        window.tabs()->setCurrentWidget(view);
}

void ScreenshotDriver::harvestAtStart(MainWindow &window, const QString &profile)
{
    ConnectionsView *connections = window.connectionsView();
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(connections, &ConnectionsView::profilesLoaded, connections, [connections, profile, once] {
        if (connections->selectProfile(profile)) {
            QObject::disconnect(*once); // one harvest, not one per reload
            connections->harvestNow();
        }
    });
}

void ScreenshotDriver::saveWhenLoaded(MainWindow &window, const QString &tab, const QString &file)
{
    QTimer::singleShot(tab == u"models" ? 300000 : 30000, &window, [] { QApplication::exit(2); });
    const QStringList size = qEnvironmentVariable("ES_SCREENSHOT_SIZE").split(u'x');
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        window.resize(size[0].toInt(), size[1].toInt());
    if (armJobDetail(window, file))
        return;
    auto *delay = new QTimer(&window);
    delay->setSingleShot(true);
    delay->setInterval(500);
    QObject::connect(delay, &QTimer::timeout, &window, [&window, file] {
        const bool ok = window.grab().save(file);
        QApplication::exit(ok ? 0 : 1);
    });
    JobTableModel *model = window.jobModel();
    const bool connections = tab == u"connections";
    if (connections) {
        delay->setInterval(1500); // the harvested jobs reach the table behind
        QObject::connect(window.connectionsView(), &ConnectionsView::storeChanged, delay, qOverload<>(&QTimer::start));
    } else if (tab == u"models") {
        armModels(window.modelsView(), delay);
    } else if (tab == u"nodes") {
        QObject::connect(window.nodeView(), &NodeView::dataLoaded, delay, qOverload<>(&QTimer::start));
    } else if (tab == u"advisor") {
        // The picture shows the advice for ES_SCREENSHOT_JOB (a job name of the store's filtered cluster).
        AdvisorView *view = window.advisorView();
        view->setJob(qEnvironmentVariable("ES_SCREENSHOT_JOB"), 3, 110, QStringLiteral("2,3,4,6,8,11,16"),
                     QStringLiteral("64,110,128,256,484"), 10);
        QTimer::singleShot(1500, view, [view] { view->advise(); });
        QObject::connect(view, &AdvisorView::adviceFinished, delay, qOverload<>(&QTimer::start));
    } else if (tab == u"alerts") {
        QObject::connect(window.alertsView(), &AlertsView::eventsLoaded, delay, qOverload<>(&QTimer::start));
    } else if (tab == u"dashboard") {
        armDashboard(window.dashboardView(), delay);
    } else if (tab == u"correlations") {
        armCorrelations(window.correlationView(), delay);
    } else if (tab == u"campaigns") {
        armCampaigns(window.campaignsView(), delay, file);
    } else if (tab == u"import") {
        armImportWizard(window, file);
        return;
    } else {
        QObject::connect(model, &JobTableModel::pageLoaded, delay, qOverload<>(&QTimer::start));
    }
    QObject::connect(model, &JobTableModel::summaryChanged, delay, [model, delay, connections] {
        if (model->summary().totalJobs == 0 && !connections)
            delay->start();
    });
}

} // namespace es
