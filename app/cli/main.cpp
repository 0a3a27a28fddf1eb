// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "ReportCommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    // Only the commands that paint (report: QCustomPlot plots, QTextDocument, PDF) get a QApplication; without a
    // display it renders offscreen. Every other command stays a plain QCoreApplication.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (es::commandNeedsWidgets(arguments)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ES_VERSION));
    QTranslator translator; // messages embedded under :/i18n, chosen by the user's locale
    if (translator.load(QLocale(), QStringLiteral("energy-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    es::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
