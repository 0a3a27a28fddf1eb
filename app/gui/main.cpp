#include "MainWindow.h"
#include "ScreenshotDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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
    const QString tab = parser.value(tabOption);
    es::ScreenshotDriver::showTab(window, tab);
    window.show();
    // Also hidden: connect to a saved profile and harvest at start (the screenshot of a connected cluster).
    if (parser.isSet(connectOption))
        es::ScreenshotDriver::harvestAtStart(window, parser.value(connectOption));
    if (parser.isSet(screenshotOption))
        es::ScreenshotDriver::saveWhenLoaded(window, tab, parser.value(screenshotOption));
    return app.exec();
}
