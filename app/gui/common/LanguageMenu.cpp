// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LanguageMenu.h"

#include "GuiSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace es {

QStringList LanguageMenu::languageCodes()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString LanguageMenu::nativeName(const QString &code)
{
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    return QStringLiteral("English");
}

QLocale LanguageMenu::chosenLocale()
{
    const QString code = GuiSettings().language();
    return languageCodes().contains(code) ? QLocale(code) : QLocale();
}

QMenu *LanguageMenu::create(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setStatusTip(tr("The language of menus, views and messages, from the next start"));
    auto *group = new QActionGroup(menu);
    const QString saved = GuiSettings().language();
    QStringList codes = languageCodes();
    codes.prepend(QString()); // the system's language
    for (const QString &code : codes) {
        QAction *action = menu->addAction(code.isEmpty() ? tr("&System Language") : nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == saved || (code.isEmpty() && !languageCodes().contains(saved)));
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [parent, code] {
            if (GuiSettings().language() == code)
                return;
            GuiSettings().setLanguage(code);
            QMessageBox::information(parent, tr("Language"),
                                     tr("The new language is used from the next start of HPC Energy Studio."));
        });
        if (code.isEmpty())
            menu->addSeparator();
    }
    return menu;
}

} // namespace es
