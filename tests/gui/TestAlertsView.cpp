// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEventModel.h"
#include "AlertsView.h"
#include "NodeSampleWriter.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// The Alerts tab offscreen on a real SQLite store: the worker's check finds the episodes of fresh samples, the
/// model passes QAbstractItemModelTester, filters and acknowledgement round-trip through the store.
class TestAlertsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("alerts-view.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        NodeSampleWriter writer(store, QStringLiteral("lab"));
        QVERIFY2(writer.begin(&error), qPrintable(error));
        // within the view's first look-back (a day): node1 passes 75 and 85 °C, node2 passes 75 and stays hot
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 3600;
        const QList<std::pair<QString, QList<double>>> series{{QStringLiteral("node1"), {60, 78, 88, 70, 60}},
                                                              {QStringLiteral("node2"), {60, 76, 77}}};
        for (const auto &[node, temps] : series) {
            for (qsizetype i = 0; i < temps.size(); ++i) {
                NodeSample s;
                s.node = node;
                s.ts = t0 + i * 60;
                s.source = QStringLiteral("sampler");
                s.tempC = temps[i];
                QVERIFY2(writer.add(s, &error), qPrintable(error));
            }
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
    }

    void checkListFilterAcknowledge()
    {
        AlertsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(&view, &AlertsView::checked);
        QSignalSpy loaded(&view, &AlertsView::eventsLoaded);
        QSignalSpy messages(&view, &AlertsView::statusMessage);
        view.resize(1000, 400);
        view.show();
        view.setLocation(m_db);
        QVERIFY(checked.wait(10000));
        const auto newEvents = checked.constFirst().constFirst().value<QList<AlertEvent>>();
        QCOMPARE(newEvents.size(), qsizetype(3)); // node1 warning + critical, node2 warning
        // the new events are announced (tray when there is one; always in the status bar)
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY(messages.constLast().constFirst().toString().contains(QStringLiteral("3")));
        QTRY_COMPARE(view.model()->rowCount(), 3);
        int ongoing = 0;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const QString end = view.model()->index(row, AlertEventModel::End).data().toString();
            ongoing += end == view.model()->tr("ongoing") ? 1 : 0;
        }
        QCOMPARE(ongoing, 1); // node2 is still hot

        // a second check finds nothing new
        checked.clear();
        view.checkNow();
        QVERIFY(checked.wait(10000));
        QVERIFY(checked.constFirst().constFirst().value<QList<AlertEvent>>().isEmpty());

        auto *severity = view.findChild<QComboBox *>(QStringLiteral("alertSeverityFilter"));
        QVERIFY(severity);
        loaded.clear();
        severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->event(0).node, QStringLiteral("node1"));
        QCOMPARE(view.model()->event(0).value, 88.0);

        view.view()->selectRow(0);
        loaded.clear();
        view.acknowledgeSelected();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.model()->index(0, AlertEventModel::Acknowledged).data().toString(), view.model()->tr("yes"));

        auto *ack = view.findChild<QComboBox *>(QStringLiteral("alertAckFilter"));
        severity->setCurrentIndex(0);
        loaded.clear();
        ack->setCurrentIndex(ack->findData(0)); // not acknowledged
        QTRY_COMPARE(view.model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY(!view.model()->event(row).acknowledged);
    }

    void checkNowOverEverythingStored()
    {
        // SYNTHETIC: imported history, ten days old: node3 passes 75 and 85 °C.
        const QString db = m_dir.filePath(QStringLiteral("alerts-old.sqlite"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            NodeSampleWriter writer(store, QStringLiteral("lab"));
            QVERIFY2(writer.begin(&error), qPrintable(error));
            const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 10 * 86400;
            const QList<double> temps{60, 78, 88, 70, 60};
            for (qsizetype i = 0; i < temps.size(); ++i) {
                NodeSample s;
                s.node = QStringLiteral("node3");
                s.ts = t0 + i * 60;
                s.source = QStringLiteral("sampler");
                s.tempC = temps[i];
                QVERIFY2(writer.add(s, &error), qPrintable(error));
            }
            QVERIFY2(writer.commit(&error), qPrintable(error));
        }
        AlertsView view;
        QSignalSpy checked(&view, &AlertsView::checked);
        view.setLocation(db);
        QVERIFY(checked.wait(10000)); // the first, automatic check: the last day, which holds nothing
        QVERIFY(checked.constFirst().constFirst().value<QList<AlertEvent>>().isEmpty());
        auto *range = view.findChild<QComboBox *>(QStringLiteral("alertCheckRange"));
        auto *result = view.findChild<QLabel *>(QStringLiteral("alertCheckResult"));
        QVERIFY(range && result);
        // the newest data is older than a day: Check Now defaults to everything stored
        QTRY_COMPARE(range->currentText(), range->tr("Everything stored"));

        range->setCurrentIndex(range->findText(range->tr("Last 24 hours")));
        checked.clear();
        view.checkNow();
        QVERIFY(checked.wait(10000));
        QVERIFY(checked.constFirst().constFirst().value<QList<AlertEvent>>().isEmpty());
        QVERIFY2(result->text().contains(QStringLiteral("24 hours")), qPrintable(result->text()));

        range->setCurrentIndex(range->findText(range->tr("Everything stored")));
        checked.clear();
        view.checkNow();
        QVERIFY(checked.wait(10000));
        const auto found = checked.constFirst().constFirst().value<QList<AlertEvent>>();
        QCOMPARE(found.size(), qsizetype(2)); // node3 warning + critical
        QCOMPARE(found.constFirst().node, QStringLiteral("node3"));
        QVERIFY2(result->text().contains(QStringLiteral("everything stored")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("2")));
    }

    void timerChecksInTheBackground()
    {
        AlertsView view;
        view.setCheckIntervalMs(200);
        QSignalSpy checked(&view, &AlertsView::checked);
        view.setLocation(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 3, 10000); // the first check, then the timer's
        view.setLocation(QString());
        const qsizetype after = checked.size();
        QTest::qWait(600);
        QVERIFY(checked.size() <= after + 1); // stopped (one may have been under way)
    }
};

QTEST_MAIN(TestAlertsView)
#include "TestAlertsView.moc"
