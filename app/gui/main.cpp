// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "ScreenshotDriver.h"
#include "ThemeMenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace {

/// The program's options: --db, and the hidden ones for screenshots (--screenshot FILE, --tab NAME: "jobs",
/// "correlations", "dashboard", "nodes", "connections", "models", "alerts", "advisor", "campaigns", "import";
/// --connect PROFILE: harvest a saved profile at start).
struct GuiOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main",
                                                      "Open the store at LOCATION: an SQLite file or a postgresql:// "
                                                      "URL."),
                          QCoreApplication::translate("main", "LOCATION")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QString(), QStringLiteral("FILE")};
    QCommandLineOption tab{QStringLiteral("tab"), QString(), QStringLiteral("NAME")};
    QCommandLineOption connect{QStringLiteral("connect"), QString(), QStringLiteral("PROFILE")};
};

void addOptions(QCommandLineParser &parser, GuiOptions &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Job energy and heat analysis for Slurm clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    for (QCommandLineOption *hidden : {&options.screenshot, &options.tab, &options.connect})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({options.db, options.screenshot, options.tab, options.connect});
}

/// Names, version and the translations (Qt's and ours, embedded under :/i18n) of the language chosen in the
/// View menu, else of the user's locale. The translators must outlive the application's event loop: they are the
/// caller's.
void setUpApplication(QTranslator *qtTranslator, QTranslator *translator)
{
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ES_VERSION));
    const QLocale locale = es::LanguageMenu::chosenLocale();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (translator->load(locale, QStringLiteral("energy-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

/// True when the command line asks only for the version or the help: printed without a display.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--version", "-v", "--help", "-h", "--help-all", "-?"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QTranslator qtTranslator;
    QTranslator translator;
    if (asksOnlyForText(argc, argv)) {
        const QCoreApplication text(argc, argv); // no window system: works over SSH and in scripts
        setUpApplication(&qtTranslator, &translator);
        GuiOptions options; // after the translators: the help is translated
        QCommandLineParser parser;
        addOptions(parser, options);
        parser.process(QCoreApplication::arguments()); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setUpApplication(&qtTranslator, &translator);
    es::ThemeMenu::applyChosen();
    GuiOptions options;
    QCommandLineParser parser;
    QApplication::setApplicationDisplayName(QStringLiteral("HPC Energy Studio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.energystudio.EnergyStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/energy-studio.svg")));
    addOptions(parser, options);
    parser.process(app);

    es::MainWindow window(parser.value(options.db));
    const QString tab = parser.value(options.tab);
    es::ScreenshotDriver::showTab(window, tab);
    window.show();
    if (parser.isSet(options.connect))
        es::ScreenshotDriver::harvestAtStart(window, parser.value(options.connect));
    if (parser.isSet(options.screenshot))
        es::ScreenshotDriver::saveWhenLoaded(window, tab, parser.value(options.screenshot));
    return app.exec();
}
