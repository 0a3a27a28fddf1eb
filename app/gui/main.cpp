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
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("energy-studio"));
    QApplication::setApplicationName(QStringLiteral("energy-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("HPC Energy Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ES_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.energystudio.EnergyStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/energy-studio.svg")));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator; // messages embedded under :/i18n, chosen by the user's locale
    if (translator.load(QLocale(), QStringLiteral("energy-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Job energy and heat analysis for Slurm clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the store at LOCATION: an SQLite file or a postgresql:// URL."),
        QApplication::translate("main", "LOCATION"));
    // For documentation and CI: saves the window to FILE once the first rows are shown, then quits.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Also hidden: the tab shown at start: "jobs", "correlations", "dashboard", "nodes", "connections", "models" or
    // "alerts" (for screenshots).
    QCommandLineOption tabOption(QStringLiteral("tab"), QString(), QStringLiteral("NAME"));
    tabOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(tabOption);
    QCommandLineOption connectOption(QStringLiteral("connect"), QString(), QStringLiteral("PROFILE"));
    connectOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(connectOption);
    parser.process(app);

    es::MainWindow window(parser.value(dbOption));
    const bool correlationsTab = parser.value(tabOption) == QLatin1String("correlations");
    const bool connectionsTab = parser.value(tabOption) == QLatin1String("connections");
    const bool dashboardTab = parser.value(tabOption) == QLatin1String("dashboard");
    const bool modelsTab = parser.value(tabOption) == QLatin1String("models");
    if (modelsTab)
        window.tabs()->setCurrentWidget(window.modelsView());
    const bool nodesTab = parser.value(tabOption) == QLatin1String("nodes");
    if (nodesTab)
        window.tabs()->setCurrentWidget(window.nodeView());
    if (dashboardTab)
        window.tabs()->setCurrentWidget(window.dashboardView());
    if (correlationsTab)
        window.tabs()->setCurrentWidget(window.correlationView());
    if (connectionsTab)
        window.tabs()->setCurrentWidget(window.connectionsView());
    if (parser.value(tabOption) == QLatin1String("alerts"))
        window.tabs()->setCurrentWidget(window.alertsView());
    window.show();
    // Also hidden: connect to a saved profile and harvest at start (the screenshot of a connected cluster).
    const QString connectProfile = parser.value(connectOption);
    if (!connectProfile.isEmpty()) {
        es::ConnectionsView *connections = window.connectionsView();
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(connections, &es::ConnectionsView::profilesLoaded, connections,
                                 [connections, connectProfile, once] {
                                     if (connections->selectProfile(connectProfile)) {
                                         QObject::disconnect(*once); // one harvest, not one per reload
                                         connections->harvestNow();
                                     }
                                 });
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto *delay = new QTimer(&window);
        delay->setSingleShot(true);
        delay->setInterval(500);
        QObject::connect(delay, &QTimer::timeout, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            QApplication::exit(ok ? 0 : 1);
        });
        es::JobTableModel *model = window.jobModel();
        if (connectionsTab) {
            delay->setInterval(1500); // the harvested jobs reach the table behind
            QObject::connect(window.connectionsView(), &es::ConnectionsView::storeChanged, delay,
                             qOverload<>(&QTimer::start));
        } else if (modelsTab) {
            // The screenshot shows a training run and a forecast on the store's jobs.
            delay->setInterval(1000);
            es::ModelsView *view = window.modelsView();
            auto started = std::make_shared<bool>(false);
            auto pending = std::make_shared<int>(2);
            QObject::connect(view, &es::ModelsView::modelsListed, delay, [view, started] {
                if (*started)
                    return;
                *started = true;
                view->setTarget(QStringLiteral("duration_s")); // what a trace without energy readings has
                view->setAlgorithms(es::ml::Regressor::all());
                view->train();
                view->forecast();
            });
            const auto oneDone = [delay, pending] {
                if (--*pending == 0)
                    delay->start();
            };
            QObject::connect(view, &es::ModelsView::trainingFinished, delay, oneDone);
            QObject::connect(view, &es::ModelsView::forecastFinished, delay, oneDone);
        } else if (nodesTab) {
            QObject::connect(window.nodeView(), &es::NodeView::dataLoaded, delay, qOverload<>(&QTimer::start));
        } else if (window.tabs()->currentWidget() == window.alertsView()) {
            QObject::connect(window.alertsView(), &es::AlertsView::eventsLoaded, delay, qOverload<>(&QTimer::start));
        } else if (dashboardTab) {
            QObject::connect(window.dashboardView(), &es::DashboardView::dataLoaded, delay,
                             qOverload<>(&QTimer::start));
        } else if (correlationsTab) {
            es::CorrelationView *view = window.correlationView();
            const auto whenComplete = [view, delay] {
                if (view->hasStatistics() && view->hasMatrix())
                    delay->start();
            };
            QObject::connect(view, &es::CorrelationView::statisticsReady, delay, whenComplete);
            QObject::connect(view, &es::CorrelationView::matrixReady, delay, whenComplete);
        } else {
            QObject::connect(model, &es::JobTableModel::pageLoaded, delay, qOverload<>(&QTimer::start));
        }
        QObject::connect(model, &es::JobTableModel::summaryChanged, delay, [model, delay, connectionsTab] {
            if (model->summary().totalJobs == 0 && !connectionsTab)
                delay->start();
        });
        QTimer::singleShot(modelsTab ? 300000 : 30000, &window, [] { QApplication::exit(2); });
    }
    return app.exec();
}
