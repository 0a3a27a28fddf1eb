#include "CliApp.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ES_VERSION));
    QTranslator translator; // messages embedded under :/i18n, chosen by the user's locale
    if (translator.load(QLocale(), QStringLiteral("energy-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    es::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
