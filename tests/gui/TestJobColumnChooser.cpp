// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobColumnChooser.h"
#include "JobTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTest>

using namespace es;

/// The Jobs table's column chooser on the real job model's columns, offscreen: hide and show columns from the header
/// menu, the last visible one cannot go, "Show All Columns", and the choice survives the header's saved state.
class TestJobColumnChooser : public QObject
{
    Q_OBJECT
private:
    static QAction *entry(QMenu *menu, const QString &title)
    {
        for (QAction *a : menu->actions())
            if (a->text() == title)
                return a;
        return nullptr;
    }

private slots:
    void hideShowAndRestore()
    {
        JobTableModel model;
        QTableView view;
        view.setModel(&model);
        JobColumnChooser::install(&view);
        QHeaderView *header = view.horizontalHeader();
        const int columns = model.columnCount();
        QVERIFY(columns > 5);
        QVERIFY(header->sectionsMovable());
        QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);

        std::unique_ptr<QMenu> menu(JobColumnChooser::menu(&view));
        const QString second = model.headerData(1, Qt::Horizontal).toString();
        QAction *secondEntry = entry(menu.get(), second);
        QVERIFY(secondEntry && secondEntry->isCheckable() && secondEntry->isChecked());
        secondEntry->setChecked(false);
        QVERIFY(header->isSectionHidden(1));

        // The saved state (what MainWindow keeps in GuiSettings) brings the hidden column back hidden.
        const QByteArray state = header->saveState();
        QTableView again;
        again.setModel(&model);
        JobColumnChooser::install(&again);
        QVERIFY(again.horizontalHeader()->restoreState(state));
        QVERIFY(again.horizontalHeader()->isSectionHidden(1));

        // Hide all but the first: the first's entry is then disabled.
        for (int c = 1; c < columns; ++c)
            header->setSectionHidden(c, true);
        menu.reset(JobColumnChooser::menu(&view));
        QAction *first = entry(menu.get(), model.headerData(0, Qt::Horizontal).toString());
        QVERIFY(first && first->isChecked() && !first->isEnabled());
        entry(menu.get(), QStringLiteral("Show &All Columns"))->trigger();
        for (int c = 0; c < columns; ++c)
            QVERIFY(!header->isSectionHidden(c));
    }
};

QTEST_MAIN(TestJobColumnChooser)
#include "TestJobColumnChooser.moc"
