// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ConnectionsView.h"
#include "ExportWorker.h"
#include "ImportWorker.h"
#include "Importer.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "Store.h"
#include "WelcomePanel.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace es;

namespace {

/// Accepts the first message box the window opens (an import's result) and keeps its text.
class MessageBoxCatcher final
{
public:
    MessageBoxCatcher()
    {
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && text.isEmpty()) {
                    text = box->text();
                    box->accept();
                }
            }
        });
        m_poll.start(20);
    }
    QString text;

private:
    QTimer m_poll;
};

} // namespace

class TestMainWindowSmoke final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsJobs();
    void showsEmptyState();
    void importThenExport();
    void importFromTheWindowReportsWhatItImported();
    void sampleDataFromTheWelcomePanel();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowSmoke::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));

    Store store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("nasa.sqlite")), &error), qPrintable(error));
    Importer importer(store);
    ImportReport report;
    QVERIFY2(importer.importFile(Importer::Format::Swf,
                                 QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"), ImportOptions{},
                                 &report, &error),
             qPrintable(error));
    QCOMPARE(report.written.jobsNew, 228);
}

void TestMainWindowSmoke::showsJobs()
{
    MainWindow window(m_dir.filePath(QStringLiteral("nasa.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.jobView();
    QTRY_COMPARE(view->model()->rowCount(), 228);
    QTRY_VERIFY(window.jobModel()->summary().totalJobs == 228);
    QVERIFY(!window.isShowingEmptyState());
    QVERIFY(view->isVisible());
    QVERIFY(!window.findChild<WelcomePanel *>(QStringLiteral("welcomePanel"))->isVisible());

    // Newest submission first by default: job 228 heads the table, in a cell the user can see.
    const QModelIndex first = view->model()->index(0, int(JobColumn::JobId));
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(first)));
    QTRY_COMPARE(first.data().toString(), QStringLiteral("228"));
    QCOMPARE(view->model()->index(0, int(JobColumn::Cluster)).data().toString(),
             QStringLiteral("NASA-iPSC-1993-3.head"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("nasa.sqlite")));
}

void TestMainWindowSmoke::showsEmptyState()
{
    MainWindow window(m_dir.filePath(QStringLiteral("empty.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomePanel *>(QStringLiteral("welcomePanel"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(window.isShowingEmptyState());
    for (const char *name : {"welcomeConnect", "welcomeImport", "welcomeSample"})
        QVERIFY2(welcome->findChild<QCommandLinkButton *>(QLatin1String(name))->isVisible(), name);
    QCOMPARE(window.jobModel()->rowCount(), 0);
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("empty.sqlite"))));

    // "Connect to a Cluster" opens the Connections tab.
    welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcomeConnect"))->click();
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.connectionsView()));
}

// "Open the Sample Data" imports the embedded C6EnPLS jobs (real, CC0) with their measured energy in J.
void TestMainWindowSmoke::sampleDataFromTheWelcomePanel()
{
    const QString db = m_dir.filePath(QStringLiteral("sample.sqlite"));
    {
        MainWindow window(db);
        window.show();
        QTRY_VERIFY(window.isShowingEmptyState());
        MessageBoxCatcher catcher;
        const QString &shown = catcher.text;
        window.findChild<QCommandLinkButton *>(QStringLiteral("welcomeSample"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 120000);
        QVERIFY2(shown.contains(QStringLiteral("7235 new")), qPrintable(shown));
        QTRY_VERIFY(!window.isShowingEmptyState());
        QTRY_COMPARE(window.jobModel()->summary().totalJobs, qint64(7235));
    }
    Store store;
    QString error;
    QVERIFY2(store.open(db, &error), qPrintable(error));
    QSqlQuery q(store.database());
    // The dataset's first row: job 879962, 0.039010 kWh, 184 s, 3 nodes, 100 processes, IMeCO.
    QVERIFY(q.exec(QStringLiteral("SELECT j.energy_j, j.elapsed_s, j.node_count, j.alloc_cpus, j.job_type, c.name "
                                  "FROM jobs j JOIN clusters c ON c.id = j.cluster_id WHERE j.job_id = '879962'")) &&
            q.next());
    QCOMPARE(q.value(0).toDouble(), 0.039010 * 3.6e6);
    QCOMPARE(q.value(1).toLongLong(), qint64(184));
    QCOMPARE(q.value(2).toInt(), 3);
    QCOMPARE(q.value(3).toInt(), 100);
    QCOMPARE(q.value(4).toString(), QStringLiteral("IMeCO"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("cresco6-sample"));
}

// The workers behind File → Import… and File → Export CSV…, without their dialogs.
void TestMainWindowSmoke::importThenExport()
{
    const QString db = m_dir.filePath(QStringLiteral("imported.sqlite"));
    MainWindow window(db);
    window.show();
    QTRY_VERIFY(window.isShowingEmptyState());

    ImportOptions options;
    options.clusterName = QStringLiteral("nasa");
    ImportWorker import(db, Importer::Format::Swf, {QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf")},
                        options);
    QSignalSpy importDone(&import, &QThread::finished);
    import.start();
    QTRY_COMPARE(importDone.size(), 1);
    QVERIFY(import.storeError().isEmpty());
    QCOMPARE(import.results().size(), 1);
    QVERIFY2(import.results().at(0).ok, qPrintable(import.results().at(0).error));
    window.jobModel()->refresh();
    QTRY_VERIFY(!window.isShowingEmptyState());
    QTRY_COMPARE(window.jobModel()->rowCount(), 228);

    ImportWorker broken(db, Importer::Format::Sacct,
                        {QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf")}, ImportOptions{});
    QSignalSpy brokenDone(&broken, &QThread::finished);
    broken.start();
    QTRY_COMPARE(brokenDone.size(), 1);
    QVERIFY(!broken.results().at(0).ok);
    QVERIFY2(broken.results().at(0).error.contains(QStringLiteral("NASA-iPSC-1993-3.head.swf:1")),
             qPrintable(broken.results().at(0).error)); // names file:line

    JobQuery query = window.jobModel()->query();
    query.filter.user = QStringLiteral("3");
    const QString csv = m_dir.filePath(QStringLiteral("user3.csv"));
    ExportWorker exporter(db, query, csv);
    QSignalSpy exportDone(&exporter, &QThread::finished);
    exporter.start();
    QTRY_COMPARE(exportDone.size(), 1);
    QVERIFY2(exporter.succeeded(), qPrintable(exporter.error()));
    QCOMPARE(exporter.rows(), 119);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 119 + 1); // header, rows, nothing after the last CRLF
    QVERIFY(lines.at(0).startsWith("cluster,job_id,"));
}

// The import as File > Import Jobs runs it: a finished import says what it imported, never "cancelled" (closing
// the progress window used to fire its Cancel), and the window is not blocked meanwhile.
void TestMainWindowSmoke::importFromTheWindowReportsWhatItImported()
{
    const QString db = m_dir.filePath(QStringLiteral("window-import.sqlite"));
    MainWindow window(db);
    window.show();
    QTRY_VERIFY(window.isShowingEmptyState());
    MessageBoxCatcher catcher;
    const QString &shown = catcher.text;
    ImportOptions options;
    options.clusterName = QStringLiteral("nasa");
    window.startImport(Importer::Format::Swf, {QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf")},
                       options);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QVERIFY2(shown.contains(QStringLiteral("228 new")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("cancelled")), qPrintable(shown));
    QTRY_COMPARE(window.jobModel()->rowCount(), 228);
}

QTEST_MAIN(TestMainWindowSmoke)
#include "TestMainWindowSmoke.moc"
