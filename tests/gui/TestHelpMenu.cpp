// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "HelpMenu.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace es;

/// The Help menu as a user opens it: the guide renders from the compiled-in markdown with its pictures, the
/// shortcut list names the window's shortcuts, the About box gives the licence and the library versions.
class TestHelpMenu final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("energy-studio-help-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void guideShortcutsAndAbout()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("h.sqlite")));
        auto *help = window.findChild<HelpMenu *>();
        QVERIFY(help);
        help->showUserGuide();
        auto *guide = window.findChild<QWidget *>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        auto *browser = guide->findChild<QTextBrowser *>();
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Get data in")));
        // The pictures come from the resources too: an image the guide names loads.
        QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/models.png")))
                     .value<QImage>()
                     .isNull() ||
                !browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/models.png")))
                     .toByteArray()
                     .isEmpty());

        const QString shortcuts = help->shortcutsText();
        QVERIFY2(shortcuts.contains(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)),
                 qPrintable(shortcuts));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+9")));
        QVERIFY(shortcuts.contains(QStringLiteral("Import")));

        const QString about = HelpMenu::aboutText();
        QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(about.contains(QStringLiteral(ES_VERSION)));
        QVERIFY(about.contains(QStringLiteral("libssh 0.")));
        QVERIFY(about.contains(QStringLiteral("dlib 19.")));
        QVERIFY(about.contains(QStringLiteral("SQLite 3.")));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "TestHelpMenu.moc"
