// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ImportPreviewPage.h"

#include "ImportFilePage.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace es {

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_separator(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_status(new QLabel(this))
{
    setTitle(tr("Preview"));
    m_separator->addItem(tr("Comma ( , )"), QChar(u','));
    m_separator->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_separator->addItem(tr("Tab"), QChar(u'\t'));
    m_separator->addItem(tr("Pipe ( | )"), QChar(u'|'));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Separator:"), m_separator);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_separator, &QComboBox::currentIndexChanged, this,
            [this] { load(m_separator->currentData().value<QChar>()); });
}

void ImportPreviewPage::initializePage()
{
    const QString file = m_wizard->files().value(0);
    if (file == m_loadedFile && m_error.isEmpty())
        return; // back and forth keeps the separator chosen
    m_loadedFile = file;
    load(QChar());
}

void ImportPreviewPage::setSeparator(QChar separator)
{
    const int index = m_separator->findData(separator);
    if (index >= 0)
        m_separator->setCurrentIndex(index); // reloads when it changes
}

void ImportPreviewPage::load(QChar separator)
{
    CsvPreview &preview = m_wizard->preview();
    const QString file = m_wizard->files().value(0);
    setSubTitle(tr("The first %1 rows of %2.").arg(ImportWizard::kPreviewRows).arg(QFileInfo(file).fileName()));
    m_error.clear();
    if (!preview.read(file, separator, ImportWizard::kPreviewRows, &m_error)) {
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_status->setText(QStringLiteral("<b>%1</b>").arg(m_error.toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    {
        const QSignalBlocker blocker(m_separator);
        m_separator->setCurrentIndex(std::max(0, m_separator->findData(preview.separator())));
    }
    const QStringList &header = preview.header();
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setRowCount(int(preview.rows().size()));
    QStringList labels;
    for (qsizetype c = 0; c < header.size(); ++c)
        labels << QStringLiteral("%1\n(%2)").arg(header[c], CsvPreview::typeName(preview.types().value(c)));
    m_table->setHorizontalHeaderLabels(labels);
    for (qsizetype r = 0; r < preview.rows().size(); ++r) {
        const QStringList &row = preview.rows()[r];
        for (qsizetype c = 0; c < row.size(); ++c)
            m_table->setItem(int(r), int(c), new QTableWidgetItem(row[c]));
    }
    m_table->resizeColumnsToContents();
    QString status = tr("%1 columns, %2 rows shown, separated by %3.")
                         .arg(header.size())
                         .arg(preview.rows().size())
                         .arg(m_separator->currentText());
    if (!preview.raggedLines().isEmpty()) {
        const QStringList first = preview.raggedLines().mid(0, 3);
        status += QStringLiteral("<br><b>%1</b>")
                      .arg(tr("Rows that do not match the header: %1%2. Choose another separator, or skip bad "
                              "lines on the first page.")
                               .arg(first.join(QStringLiteral("; ")).toHtmlEscaped(),
                                    preview.raggedLines().size() > 3 ? QStringLiteral("; …") : QString()));
    }
    if (preview.header().size() < 2)
        status += QStringLiteral("<br><b>%1</b>").arg(tr("Only one column: is the separator right?"));
    m_status->setText(status);
    Q_EMIT completeChanged();
}

QString ImportPreviewPage::problem() const
{
    if (!m_error.isEmpty())
        return m_error;
    const CsvPreview &preview = m_wizard->preview();
    if (!preview.raggedLines().isEmpty() && !m_wizard->filePage()->skipBadLines())
        return tr("%1: %2").arg(QFileInfo(m_loadedFile).fileName(), preview.raggedLines().constFirst());
    return QString();
}

bool ImportPreviewPage::isComplete() const
{
    return problem().isEmpty() && !m_wizard->preview().header().isEmpty();
}

} // namespace es
