// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// The Dashboard's actions (derive metrics, check alerts) on a store shaped like a harvested cluster (NodeTestStore:
// SYNTHETIC jobs and node samples), its job metrics removed so that the store has jobs but no energy.
#include "DashboardActions.h"
#include "DashboardView.h"
#include "NodeTestStore.h"
#include "Store.h"
#include "StoreActionWorker.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using es::test::NodeTestStore;

class TestDashboardActions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelledDeriveWritesNothing();
    void deriveButtonFillsTheDashboard();

private:
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    QString m_db;
};

qint64 TestDashboardActions::count(const QString &sql)
{
    Store store;
    QString error;
    if (!store.open(m_db, &error))
        return -1;
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestDashboardActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("lab.sqlite"));
    QString error;
    QVERIFY2(NodeTestStore::write(m_db, &error), qPrintable(error));
    Store store;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY2(query.exec(QStringLiteral("DELETE FROM job_metrics")), qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("DELETE FROM events")), qPrintable(query.lastError().text()));
    query.finish();
    store.close();
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM jobs")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE energy_j IS NOT NULL")), qint64(0));
}

void TestDashboardActions::cancelledDeriveWritesNothing()
{
    for (const auto action : {StoreActionWorker::Action::DeriveMetrics, StoreActionWorker::Action::CheckAlerts}) {
        StoreActionWorker worker(action, m_db, QString());
        worker.cancel();
        worker.start();
        QVERIFY(worker.wait(20000));
        QVERIFY(!worker.succeeded());
        QVERIFY2(worker.errorString().startsWith(QStringLiteral("Cancelled")), qPrintable(worker.errorString()));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM job_metrics")), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), qint64(0));
}

void TestDashboardActions::deriveButtonFillsTheDashboard()
{
    DashboardView view;
    view.setLocation(m_db);
    view.resize(1024, 700);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.data() != nullptr, 20000);
    QVERIFY(view.data()->jobs > 0);
    QCOMPARE(view.data()->jobsWithEnergy, qint64(0));
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(!view.emptyStateText().contains(QStringLiteral("energy-studio-cli")));
    QVERIFY(view.deriveMetricsButton()->isVisible());

    QSignalSpy finished(view.actions(), &DashboardActions::finished);
    QSignalSpy loaded(&view, &DashboardView::dataLoaded);
    QTest::mouseClick(view.deriveMetricsButton(), Qt::LeftButton);
    QVERIFY(view.actions()->isRunning());
    QVERIFY(view.actions()->cancelButton()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), true);
    const qint64 metrics = count(QStringLiteral("SELECT COUNT(*) FROM job_metrics"));
    const qint64 withEnergy = count(QStringLiteral("SELECT COUNT(*) FROM job_metrics WHERE energy_j IS NOT NULL"));
    QVERIFY(metrics > 0);
    QVERIFY(withEnergy > 0);
    QVERIFY2(view.actions()->resultText().startsWith(QStringLiteral("Energy derived for %1 jobs").arg(withEnergy)),
             qPrintable(view.actions()->resultText()));
    QVERIFY(!view.actions()->cancelButton()->isVisible());

    // The dashboard reads the store again and shows the charts.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && view.data()->jobsWithEnergy > 0, 20000);
    QCOMPARE(view.data()->jobsWithEnergy, withEnergy);
    QVERIFY(!view.isShowingEmptyState());
    QVERIFY(!view.deriveMetricsButton()->isVisible());
    QVERIFY(view.topJobsTable()->rowCount() > 0);

    // No events yet: the thermal panel offers the check, which finds node01's spike (kSpikeTempC).
    QVERIFY(view.isShowingNoThermalEvents());
    QVERIFY(view.checkAlertsButton()->isVisible());
    loaded.clear();
    QTest::mouseClick(view.checkAlertsButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.last().first().toBool(), true);
    const qint64 thermal = count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind LIKE 'temp_%'"));
    QVERIFY(thermal > 0);
    QVERIFY2(view.actions()->resultText().startsWith(QStringLiteral("Alerts checked on 1 cluster")),
             qPrintable(view.actions()->resultText()));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !view.isShowingNoThermalEvents(), 20000);
    QCOMPARE(view.data()->thermalEvents, thermal);
}

QTEST_MAIN(TestDashboardActions)
#include "TestDashboardActions.moc"
