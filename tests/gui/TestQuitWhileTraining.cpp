// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Importer.h"
#include "MainWindow.h"
#include "ModelTrainWorker.h"
#include "ModelsView.h"
#include "Store.h"
#include "TestStores.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <random>

using namespace es;

/// Closing the main window (File > Quit, Ctrl+Q) while a model trains cancels the training worker, which then
/// finishes without storing anything. The store: 40,000 SYNTHETIC SWF jobs (random users, groups, executables and
/// queues; run time from the processors and the user), enough that every algorithm with both splits runs for
/// minutes when it is not cancelled.
class TestQuitWhileTraining final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    static qint64 storedModels(const QString &location)
    {
        return test::countInStore(location, QStringLiteral("SELECT count(*) FROM models"));
    }

    /// A SYNTHETIC trace of `jobs` jobs in the Standard Workload Format.
    static bool writeSyntheticSwf(const QString &path, int jobs)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return false;
        QTextStream out(&file);
        out << "; SYNTHETIC trace for TestQuitWhileTraining\n; UnixStartTime: 1700000000\n";
        std::mt19937_64 rng(5);
        for (int i = 1; i <= jobs; ++i) {
            const int procs = 1 << int(rng() % 7);
            const int user = int(rng() % 300);
            const int runS = 60 + procs * 10 + user * 7 + int(rng() % 600);
            out << i << ' ' << i * 30 << ' ' << rng() % 100 << ' ' << runS << ' ' << procs << " -1 -1 " << procs << ' '
                << runS * 2 << " -1 1 " << user << ' ' << user % 40 << ' ' << rng() % 500 << ' ' << rng() % 4
                << " -1 -1 -1\n";
        }
        return out.status() == QTextStream::Ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        const QString swf = m_dir.filePath(QStringLiteral("synthetic.swf"));
        QVERIFY(writeSyntheticSwf(swf, 40000));
        m_db = m_dir.filePath(QStringLiteral("synthetic.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        Importer importer(store);
        ImportReport report;
        QVERIFY2(importer.importFile(Importer::Format::Swf, swf, ImportOptions{}, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, 40000);
    }

    void closingTheWindowCancelsTheTraining()
    {
        const int before = storedModels(m_db);
        MainWindow window(m_db);
        ModelsView *view = window.modelsView();
        QSignalSpy listed(view, &ModelsView::modelsListed); // before the event loop runs: the store opens in a thread
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 20000); // the store is open and the view has its location
        view->setTarget(QStringLiteral("duration_s"));
        view->setAlgorithms(ml::Regressor::all());
        view->setValidation(true, true, 5);
        QSignalSpy finished(view, &ModelsView::trainingFinished);
        view->train();
        QPointer<ModelTrainWorker> worker = view->findChild<ModelTrainWorker *>();
        QVERIFY(worker);
        bool fitting = false, cancelledAtFinish = false;
        QString errorAtFinish;
        connect(worker, &ModelTrainWorker::progress, this, [&](const QString &, int, int fitsTotal) {
            if (fitsTotal > 0 && !fitting) {
                fitting = true;
                window.close(); // as File > Quit does
            }
        });
        connect(worker, &QThread::finished, this, [&, w = worker.data()] {
            cancelledAtFinish = w->isCancelled();
            errorAtFinish = w->error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(fitting, 60000);
        QVERIFY(!window.isVisible());
        QVERIFY(!worker || worker->isCancelled()); // it may already be finished and deleted under load
        // Generous, and not QSignalSpy::wait(), which would miss a finish that came during the wait above.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(cancelledAtFinish);
        QCOMPARE(errorAtFinish, QStringLiteral("cancelled"));
        QTRY_VERIFY(!worker); // deleted once finished: nothing is left running
        QCOMPARE(storedModels(m_db), before);
    }
};

QTEST_MAIN(TestQuitWhileTraining)
#include "TestQuitWhileTraining.moc"
