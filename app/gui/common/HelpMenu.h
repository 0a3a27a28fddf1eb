// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace es {

/// The Help menu of a main window: the user guide (docs/USER_GUIDE.md, compiled in as :/docs/USER_GUIDE.md, F1),
/// the keyboard shortcuts of every menu action, and the About box (version, licence, library versions). Owned by
/// the window it is created for; the dialogs it opens are non-modal and delete themselves on close.
class HelpMenu final : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);

    /// The text of the About box and of the shortcut list (tests read them).
    static QString aboutText();
    QString shortcutsText() const;

    void showUserGuide();
    void showShortcuts();
    void showAbout();

private:
    QMainWindow *m_window;
};

} // namespace es
