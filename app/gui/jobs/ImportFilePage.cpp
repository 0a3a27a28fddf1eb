// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "SacctDumpReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace es {

ImportFilePage::ImportFilePage(const QString &directory, const QString &format, QWidget *parent)
    : QWizardPage(parent), m_directory(directory), m_format(new QComboBox(this)), m_fileList(new QLineEdit(this)),
      m_cluster(new QLineEdit(this)), m_timeZone(new QComboBox(this)), m_sacctFields(new QLineEdit(this)),
      m_skipBadLines(new QCheckBox(tr("Skip bad lines (otherwise the first bad line stops the import)"), this))
{
    setTitle(tr("Files"));
    setSubTitle(tr("What to import: a CSV dataset (one job per line), a Slurm sacct dump or an SWF trace."));
    m_format->addItem(tr("Slurm sacct output (--parsable2, sacct -n, fixed-width or --json)"), QStringLiteral("sacct"));
    m_format->addItem(tr("Standard Workload Format trace (.swf, .swf.gz)"), QStringLiteral("swf"));
    m_format->addItem(tr("CSV dataset, one job per line"), QStringLiteral("csv"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));

    m_fileList->setReadOnly(true);
    m_fileList->setPlaceholderText(tr("No file chosen"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addWidget(browseButton);

    m_cluster->setPlaceholderText(tr("the file name"));
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QStringLiteral("UTC"));
    const QString systemZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!systemZone.isEmpty() && systemZone != u"UTC")
        m_timeZone->addItem(systemZone);
    m_timeZone->setToolTip(tr("The time zone of the timestamps in an sacct dump: an IANA name such as Europe/Berlin"));

    m_sacctFields->setObjectName(QStringLiteral("sacctFields"));
    m_sacctFields->setPlaceholderText(tr("only for a dump without a header line: its --format, e.g. User,JobID,State"));
    m_sacctFields->setToolTip(tr("The fields of a sacct -n dump, as its --format listed them (widths are dropped)"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Files:"), fileRow);
    form->addRow(tr("&Cluster name:"), m_cluster);
    form->addRow(tr("sacct &time zone:"), m_timeZone);
    form->addRow(tr("sacct fi&elds:"), m_sacctFields);
    form->addRow(m_skipBadLines);

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportFilePage::updateState);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ImportFilePage::updateState);
    connect(m_skipBadLines, &QCheckBox::toggled, this, &ImportFilePage::completeChanged);
    updateState();
}

Importer::Format ImportFilePage::format() const
{
    return Importer::formatFromName(formatName()).value_or(Importer::Format::Sacct);
}

QString ImportFilePage::formatName() const
{
    return m_format->currentData().toString();
}

bool ImportFilePage::skipBadLines() const
{
    return m_skipBadLines->isChecked();
}

ImportOptions ImportFilePage::options() const
{
    ImportOptions options;
    options.clusterName = m_cluster->text().trimmed();
    options.skipBadLines = m_skipBadLines->isChecked();
    const QString zone = m_timeZone->currentText().trimmed();
    options.timeZone = zone == u"UTC" ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (format() == Importer::Format::Sacct)
        options.sacctFields = SacctDumpReader::fieldsOfFormat(m_sacctFields->text());
    return options;
}

void ImportFilePage::browse()
{
    QString filter;
    switch (format()) {
    case Importer::Format::Swf:
        filter = tr("SWF traces (*.swf *.swf.gz)");
        break;
    case Importer::Format::Sacct:
        filter = tr("sacct output (*.txt *.psv *.sacct *.log *.out *.json)");
        break;
    case Importer::Format::Csv:
        filter = tr("CSV files (*.csv *.csv.gz *.tsv *.txt)");
        break;
    }
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Jobs"), m_directory,
                                                            filter + QStringLiteral(";;") + tr("All files (*)"));
    if (!files.isEmpty())
        setFiles(files);
}

void ImportFilePage::setFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    m_files = files;
    m_directory = QFileInfo(files.first()).absolutePath();
    // The format follows the file name when it tells (trace.swf.gz, data.csv); a sacct dump has no fixed suffix.
    const QString first = files.first().toLower();
    const QString detected = first.endsWith(u".swf") || first.endsWith(u".swf.gz")   ? QStringLiteral("swf")
                             : first.endsWith(u".csv") || first.endsWith(u".csv.gz") ? QStringLiteral("csv")
                                                                                     : QString();
    if (!detected.isEmpty())
        m_format->setCurrentIndex(m_format->findData(detected));
    QStringList names;
    for (const QString &file : files)
        names << QFileInfo(file).fileName();
    m_fileList->setText(names.join(QStringLiteral(", ")));
    m_fileList->setToolTip(files.join(u'\n'));
    updateState();
}

void ImportFilePage::updateState()
{
    m_timeZone->setEnabled(format() == Importer::Format::Sacct);
    m_sacctFields->setEnabled(format() == Importer::Format::Sacct);
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    const QString zone = m_timeZone->currentText().trimmed();
    const bool zoneOk = format() != Importer::Format::Sacct || zone == u"UTC" || QTimeZone(zone.toUtf8()).isValid();
    return !m_files.isEmpty() && zoneOk;
}

int ImportFilePage::nextId() const
{
    return format() == Importer::Format::Csv ? ImportWizard::PreviewPage : ImportWizard::SummaryPage;
}

} // namespace es
