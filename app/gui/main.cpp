#include "JobTableModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    es::MainWindow window(parser.value(dbOption));
    window.show();

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
        QObject::connect(model, &es::JobTableModel::pageLoaded, delay, qOverload<>(&QTimer::start));
        QObject::connect(model, &es::JobTableModel::summaryChanged, delay, [model, delay] {
            if (model->summary().totalJobs == 0)
                delay->start();
        });
        QTimer::singleShot(30000, &window, [] { QApplication::exit(2); });
    }
    return app.exec();
}
