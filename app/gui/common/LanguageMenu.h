// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace es {

/// The interface language: the View > Language menu, and the locale the application loads its translations for
/// at start (the one saved in GuiSettings, else the system's). A change takes effect at the next start; the menu
/// says so. GUI thread only.
class LanguageMenu final
{
    Q_DECLARE_TR_FUNCTIONS(es::LanguageMenu)
public:
    /// The languages the interface is translated into, as saved codes: "en", "es", "zh_CN".
    static QStringList languageCodes();
    /// The language's own name ("Español", "中文（简体）"): never translated, so that a user can find theirs.
    static QString nativeName(const QString &code);
    /// The locale to load translations for: the saved language's, else QLocale() (the system's).
    static QLocale chosenLocale();
    /// A "&Language" menu with "System language" and one checkable entry per language; choosing one saves it.
    static QMenu *create(QWidget *parent);
};

} // namespace es
