// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "HelpMenu.h"

#include "DlibRegressors.h"
#include "SshSession.h"
#include "Store.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace es {
namespace {

/// A non-modal window holding a text browser, deleted on close.
QTextBrowser *openTextWindow(QWidget *parent, const QString &title, const QString &objectName)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(820, 640);
    dialog->show();
    return browser;
}

} // namespace

HelpMenu::HelpMenu(QMainWindow *window) : QObject(window), m_window(window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &HelpMenu::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to import, harvest, model, advise and run campaigns, step by step"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About HPC Energy Studio"), this, &HelpMenu::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QString HelpMenu::aboutText()
{
    return tr("<h3>HPC Energy Studio %1</h3>"
              "<p>What HPC jobs cost in energy and heat, and where, when and how to run them for less.</p>"
              "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes "
              "with ABSOLUTELY NO WARRANTY.</p>"
              "<p>Built with Qt %2 (running on %3), libssh %4, dlib %5, SQLite %6, QCustomPlot (GPL-3.0).</p>")
        .arg(QStringLiteral(ES_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             SshSession::libraryVersion(), ml::dlibVersion(), Store::sqliteVersion());
}

QString HelpMenu::shortcutsText() const
{
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(tr("Keyboard shortcuts"));
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QString rows;
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(action->text().remove(u'&').toHtmlEscaped(), keys.join(QStringLiteral(", ")));
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"2\"><i>%1</i></td></tr>")
                        .arg(menuAction->text().remove(u'&').toHtmlEscaped()) +
                    rows;
    }
    return html + QStringLiteral("</table>");
}

void HelpMenu::showUserGuide()
{
    QFile file(QStringLiteral(":/docs/USER_GUIDE.md"));
    QTextBrowser *browser = openTextWindow(m_window, tr("User Guide"), QStringLiteral("userGuide"));
    browser->setSearchPaths({QStringLiteral(":/docs")});
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        browser->setPlainText(tr("The user guide is missing from this build (docs/USER_GUIDE.md)."));
}

void HelpMenu::showShortcuts()
{
    openTextWindow(m_window, tr("Keyboard Shortcuts"), QStringLiteral("shortcuts"))->setHtml(shortcutsText());
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About HPC Energy Studio"), aboutText());
}

} // namespace es
