// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QMenu;
class QWidget;

namespace es {

/// A menu of exclusive choices saved in the settings that take effect at the next start (View > Language,
/// View > Theme): one checkable entry per choice, the first one (code "") the desktop's, followed by a separator;
/// choosing another saves it and says, in a message box, that it applies from the next start. GUI thread only.
struct NextStartMenu
{
    QString title;      ///< "&Language"
    QString objectName; ///< "languageMenu"
    QString statusTip;
    QList<std::pair<QString, QString>> choices; ///< (saved code, entry text); the first has the code ""
    std::function<QString()> saved;             ///< the code in the settings
    std::function<void(const QString &)> save;
    QString messageTitle; ///< of the box after a change
    QString message;

    /// Owned by `parent`.
    QMenu *create(QWidget *parent) const;
};

} // namespace es
