// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LanguageMenu.h"

#include "GuiSettings.h"
#include "NextStartMenu.h"

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
    NextStartMenu menu{tr("&Language"),
                       QStringLiteral("languageMenu"),
                       tr("The language of menus, views and messages, from the next start"),
                       {{QString(), tr("&System Language")}},
                       [] { return GuiSettings().language(); },
                       [](const QString &code) { GuiSettings().setLanguage(code); },
                       tr("Language"),
                       tr("The new language is used from the next start of HPC Energy Studio.")};
    for (const QString &code : languageCodes())
        menu.choices.append({code, nativeName(code)});
    return menu.create(parent);
}

} // namespace es
