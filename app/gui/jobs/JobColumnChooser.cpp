// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobColumnChooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace es {

QMenu *JobColumnChooser::menu(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    auto *menu = new QMenu(tr("Columns"));
    const int columns = header->count();
    int visible = 0;
    for (int logical = 0; logical < columns; ++logical)
        visible += header->isSectionHidden(logical) ? 0 : 1;
    // In the order the user sees them (columns can be dragged).
    for (int visual = 0; visual < columns; ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString title = view->model()->headerData(logical, Qt::Horizontal).toString();
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || visible > 1);
        QObject::connect(action, &QAction::toggled, header, [header, logical](bool on) {
            header->setSectionHidden(logical, !on);
            if (on && header->sectionSize(logical) < 20)
                header->resizeSection(logical, header->defaultSectionSize());
        });
    }
    menu->addSeparator();
    QObject::connect(menu->addAction(tr("Show &All Columns")), &QAction::triggered, header, [header] {
        for (int logical = 0; logical < header->count(); ++logical)
            header->setSectionHidden(logical, false);
    });
    return menu;
}

void JobColumnChooser::install(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view](const QPoint &at) {
        QMenu *chooser = menu(view);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->popup(view->horizontalHeader()->mapToGlobal(at));
    });
}

} // namespace es
