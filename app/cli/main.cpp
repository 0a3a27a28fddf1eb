#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ES_VERSION));
    es::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
