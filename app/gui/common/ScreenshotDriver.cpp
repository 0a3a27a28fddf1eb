#include "ScreenshotDriver.h"

#include "AdvisorView.h"
#include "AlertsView.h"
#include "ConnectionsView.h"
#include "CorrelationView.h"
#include "DashboardView.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "ModelsView.h"
#include "NodeView.h"
#include "Regressor.h"

#include <QApplication>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace es {
namespace {

/// The models tab's picture shows a training run and a forecast on the store's jobs: the timer starts once both
/// are done.
void armModels(ModelsView *view, QTimer *delay)
{
    delay->setInterval(1000);
    auto started = std::make_shared<bool>(false);
    auto pending = std::make_shared<int>(2);
    QObject::connect(view, &ModelsView::modelsListed, delay, [view, started] {
        if (*started)
            return;
        *started = true;
        view->setTarget(QStringLiteral("duration_s")); // what a trace without energy readings has
        view->setAlgorithms(ml::Regressor::all());
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

void armCorrelations(CorrelationView *view, QTimer *delay)
{
    const auto whenComplete = [view, delay] {
        if (view->hasStatistics() && view->hasMatrix())
            delay->start();
    };
    QObject::connect(view, &CorrelationView::statisticsReady, delay, whenComplete);
    QObject::connect(view, &CorrelationView::matrixReady, delay, whenComplete);
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
        QObject::connect(window.dashboardView(), &DashboardView::dataLoaded, delay, qOverload<>(&QTimer::start));
    } else if (tab == u"correlations") {
        armCorrelations(window.correlationView(), delay);
    } else {
        QObject::connect(model, &JobTableModel::pageLoaded, delay, qOverload<>(&QTimer::start));
    }
    QObject::connect(model, &JobTableModel::summaryChanged, delay, [model, delay, connections] {
        if (model->summary().totalJobs == 0 && !connections)
            delay->start();
    });
    QTimer::singleShot(tab == u"models" ? 300000 : 30000, &window, [] { QApplication::exit(2); });
}

} // namespace es
