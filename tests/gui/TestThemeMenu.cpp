// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "GuiSettings.h"
#include "ThemeMenu.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace es;

/// View > Theme as a person uses it, offscreen: the menu's entries, choosing Dark saves it, and the next start
/// (applyChosen) gives the application Fusion with a dark palette, whose text stays readable on its background.
class TestThemeMenu : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static double luminance(const QColor &c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("energy-studio-theme-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void choosingDarkSavesItForTheNextStart()
    {
        QWidget window;
        QMenu *menu = ThemeMenu::create(&window);
        const QList<QAction *> actions = menu->actions();
        QStringList texts;
        for (QAction *a : actions)
            if (!a->isSeparator())
                texts << a->text();
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("&System Theme"), QStringLiteral("&Light"), QStringLiteral("&Dark")}));
        QVERIFY(actions.first()->isChecked()); // nothing saved: the desktop's
        // The menu says the change comes at the next start: close that message as a person would.
        QTimer::singleShot(0, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->accept();
        });
        for (QAction *a : actions)
            if (a->data().toString() == QLatin1String("dark"))
                a->trigger();
        QCOMPARE(GuiSettings().theme(), QStringLiteral("dark"));

        const QColor before = QApplication::palette().color(QPalette::Window);
        ThemeMenu::applyChosen();
        const QPalette p = QApplication::palette();
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(luminance(p.color(QPalette::Window)) < 0.25);
        QVERIFY(luminance(p.color(QPalette::Base)) < 0.25);
        QVERIFY(luminance(p.color(QPalette::Text)) - luminance(p.color(QPalette::Base)) > 0.6);
        QVERIFY(luminance(p.color(QPalette::WindowText)) - luminance(p.color(QPalette::Window)) > 0.6);
        QVERIFY(p.color(QPalette::Window) != before);
        // A new window takes the palette, so do the plots made in it (PlotPalette reads the widget's palette).
        QWidget another;
        QCOMPARE(another.palette().color(QPalette::Window), p.color(QPalette::Window));

        GuiSettings().setTheme(QString());
        QVERIFY(GuiSettings().theme().isEmpty());
    }
};

QTEST_MAIN(TestThemeMenu)
#include "TestThemeMenu.moc"
