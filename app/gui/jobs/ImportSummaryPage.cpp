// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ImportSummaryPage.h"

#include "DatasetCsvColumns.h"
#include "ImportWizard.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace es {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_text(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Import merges: jobs already stored get the values given here and keep the others. A file with a "
                   "bad line is not imported at all unless bad lines are skipped."));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
}

QString ImportSummaryPage::text() const
{
    return m_text->text();
}

void ImportSummaryPage::initializePage()
{
    const ImportOptions options = m_wizard->options();
    QStringList names;
    for (const QString &file : m_wizard->files())
        names << QFileInfo(file).fileName();
    QStringList lines;
    lines << tr("Files: %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("Format: %1").arg(m_wizard->formatName());
    lines << tr("Cluster: %1")
                 .arg(options.clusterName.isEmpty() ? tr("named after each file")
                                                    : options.clusterName.toHtmlEscaped());
    lines << (options.skipBadLines ? tr("Bad lines are skipped and listed.")
                                   : tr("The first bad line stops the import of its file."));
    if (m_wizard->format() == Importer::Format::Csv) {
        QStringList fields, features, ignored;
        const QStringList header = m_wizard->preview().header();
        for (const QString &raw : header) {
            const QString column = raw.trimmed();
            const QString target = options.columnMap.value(column);
            if (target == u"ignore")
                ignored << column;
            else if (DatasetCsvColumns::isFeatureTarget(target))
                features << DatasetCsvColumns::featureName(target, column);
            else
                fields << tr("%1 → %2").arg(column, target);
        }
        const QString separator = options.delimiter == u"\t" ? tr("tab") : options.delimiter;
        lines << tr("Separator: %1").arg(separator.toHtmlEscaped());
        lines << tr("Fields: %1").arg(fields.join(QStringLiteral(", ")).toHtmlEscaped());
        lines << tr("Kept as features: %1")
                     .arg(features.isEmpty() ? tr("none") : features.join(QStringLiteral(", ")).toHtmlEscaped());
        lines << tr("Ignored: %1")
                     .arg(ignored.isEmpty() ? tr("none") : ignored.join(QStringLiteral(", ")).toHtmlEscaped());
        lines << tr("The mapping is saved for files with the same header.");
    }
    m_text->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace es
