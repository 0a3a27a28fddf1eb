#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("energy-studio"));
    QApplication::setApplicationName(QStringLiteral("energy-studio"));
    QApplication::setApplicationVersion(QStringLiteral(ES_VERSION));
    es::MainWindow window;
    window.show();
    return app.exec();
}
