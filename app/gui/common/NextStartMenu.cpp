// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NextStartMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace es {

QMenu *NextStartMenu::create(QWidget *parent) const
{
    auto *menu = new QMenu(title, parent);
    menu->setObjectName(objectName);
    menu->setStatusTip(statusTip);
    auto *group = new QActionGroup(menu);
    const QString current = saved();
    const bool known = std::any_of(choices.cbegin(), choices.cend(), [&](const auto &c) { return c.first == current; });
    for (const auto &[code, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current || (code.isEmpty() && !known));
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [parent, code = code, saved = saved, save = save, title = messageTitle, text = message] {
                             if (saved() == code)
                                 return;
                             save(code);
                             QMessageBox::information(parent, title, text);
                         });
        if (code.isEmpty())
            menu->addSeparator();
    }
    return menu;
}

} // namespace es
