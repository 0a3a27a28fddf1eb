// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportDialog.h"

#include "DateTimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace es {

namespace {

const QString kFormatKey = QStringLiteral("report/format");
const QString kWholeRangeKey = QStringLiteral("report/wholeRange");
const QString kPathKey = QStringLiteral("report/path");

} // namespace

ReportDialog::ReportDialog(const QStringList &clusters, const QString &directory, const JobFilter &filter,
                           QWidget *parent)
    : QDialog(parent), m_since(new DateTimeField(this)), m_until(new DateTimeField(this)),
      m_wholeRange(new QCheckBox(tr("&Every job, also those without a time"), this)), m_cluster(new QComboBox(this)),
      m_format(new QComboBox(this)), m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Report"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (DateTimeField *edit : {m_since, m_until})
        edit->setUtc(true);
    m_since->setObjectName(QStringLiteral("reportSince"));
    m_until->setObjectName(QStringLiteral("reportUntil"));
    m_since->setDateTime(QDateTime(now.date().addDays(-30), QTime(0, 0), QTimeZone::utc()));
    m_until->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::utc()));
    m_cluster->setObjectName(QStringLiteral("reportCluster"));
    m_cluster->addItem(tr("All clusters"), QString());
    for (const QString &cluster : clusters)
        m_cluster->addItem(cluster, cluster);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), int(ReportRenderer::Format::Pdf));
    m_format->addItem(tr("HTML (one file, plots embedded)"), int(ReportRenderer::Format::Html));
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_wholeRange->setObjectName(QStringLiteral("reportWholeRange"));
    m_wholeRange->setToolTip(tr("Datasets such as C6EnPLS have no start or submission times: no range selects "
                                "their jobs"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_wholeRange);
    form->addRow(tr("&From (UTC):"), m_since);
    form->addRow(tr("&To (UTC):"), m_until);
    form->addRow(tr("C&luster:"), m_cluster);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Save as:"), pathRow);
    form->addRow(buttons);

    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::syncSuffix);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto ok = buttons->button(QDialogButtonBox::Ok);
    auto update = [this, ok] {
        m_since->setEnabled(!m_wholeRange->isChecked());
        m_until->setEnabled(!m_wholeRange->isChecked());
        ok->setEnabled((m_wholeRange->isChecked() || m_since->dateTime() < m_until->dateTime()) && !path().isEmpty());
    };
    restoreChoices(directory, filter);
    const int clusterIndex = m_cluster->findData(filter.cluster);
    if (clusterIndex >= 0)
        m_cluster->setCurrentIndex(clusterIndex);
    update();
    connect(m_wholeRange, &QCheckBox::toggled, this, update);
    connect(m_since, &DateTimeField::dateTimeChanged, this, update);
    connect(m_until, &DateTimeField::dateTimeChanged, this, update);
    connect(m_path, &QLineEdit::textChanged, this, update);
}

ReportRequest ReportDialog::request() const
{
    ReportRequest request;
    request.sinceTs = m_since->dateTime().toSecsSinceEpoch();
    request.untilTs = m_until->dateTime().toSecsSinceEpoch();
    request.cluster = m_cluster->currentData().toString();
    if (m_wholeRange->isChecked()) {
        request.sinceTs = std::numeric_limits<qint64>::min() / 2;
        request.untilTs = std::numeric_limits<qint64>::max() / 2;
        request.includeUntimed = true;
    }
    return request;
}

void ReportDialog::restoreChoices(const QString &directory, const JobFilter &filter)
{
    const QSettings settings;
    const int format = m_format->findData(settings.value(kFormatKey, int(ReportRenderer::Format::Pdf)).toInt());
    m_format->setCurrentIndex(std::max(format, 0));
    const QString defaultPath = QDir(directory).filePath(QStringLiteral("energy-report.pdf"));
    m_path->setText(settings.value(kPathKey, defaultPath).toString());
    syncSuffix();
    // The filter's dates, when it has some, are the range; else every job unless the user chose a range last time.
    if (filter.startFrom || filter.startTo) {
        m_wholeRange->setChecked(false);
        if (filter.startFrom)
            m_since->setDateTime(QDateTime::fromSecsSinceEpoch(*filter.startFrom, QTimeZone::utc()));
        if (filter.startTo)
            m_until->setDateTime(QDateTime::fromSecsSinceEpoch(*filter.startTo, QTimeZone::utc()));
    } else {
        m_wholeRange->setChecked(settings.value(kWholeRangeKey, true).toBool());
    }
}

void ReportDialog::remember() const
{
    QSettings settings;
    settings.setValue(kFormatKey, int(format()));
    settings.setValue(kWholeRangeKey, m_wholeRange->isChecked());
    settings.setValue(kPathKey, path());
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

ReportRenderer::Format ReportDialog::format() const
{
    return ReportRenderer::Format(m_format->currentData().toInt());
}

void ReportDialog::browse()
{
    const bool pdf = format() == ReportRenderer::Format::Pdf;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), path(),
                                                        pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
    syncSuffix();
}

void ReportDialog::syncSuffix()
{
    const QString wanted = format() == ReportRenderer::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("html");
    QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    if (ReportRenderer::formatForPath(current) != format())
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + wanted));
}

} // namespace es
