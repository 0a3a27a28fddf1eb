// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DateTimeField.h"
#include "ReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// File > Export Report opens on what the filter bar selects, on every job when it selects no dates, and
/// remembers the choices.
class TestReportDialog final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("energy-studio-report-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void followsTheFilterAndRemembers()
    {
        const QStringList clusters{QStringLiteral("c6"), QStringLiteral("nasa")};
        JobFilter filter;
        filter.cluster = QStringLiteral("c6");
        {
            ReportDialog dialog(clusters, m_dir.path(), filter);
            const ReportRequest request = dialog.request();
            QCOMPARE(request.cluster, QStringLiteral("c6"));
            QVERIFY(request.includeUntimed); // no dates in the filter: every job, also those without a time
            QVERIFY(!dialog.findChild<DateTimeField *>(QStringLiteral("reportSince"))->isEnabled());
            dialog.findChild<QComboBox *>(QStringLiteral("reportFormat"))->setCurrentIndex(1);
            QVERIFY(dialog.path().endsWith(QStringLiteral(".html")));
            dialog.remember();
        }
        filter.startFrom = 749433600; // 1993-10-01
        filter.startTo = 757382400;   // 1994-01-01
        filter.cluster = QStringLiteral("nasa");
        ReportDialog dialog(clusters, m_dir.path(), filter);
        const ReportRequest request = dialog.request();
        QCOMPARE(request.cluster, QStringLiteral("nasa"));
        QVERIFY(!request.includeUntimed);
        QCOMPARE(request.sinceTs, qint64(749433600));
        QCOMPARE(request.untilTs, qint64(757382400));
        QCOMPARE(dialog.format(), ReportRenderer::Format::Html); // remembered
    }
};

QTEST_MAIN(TestReportDialog)
#include "TestReportDialog.moc"
