// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdvisorView.h"
#include "Importer.h"
#include "Store.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// The Advisor tab as a person uses it: a job name and the counts to try, Advise, the ranked table, the why, and
/// the ledger. The history is SYNTHETIC: two job names, three runs per (nodes, CPUs) cell.
class TestAdvisorView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QByteArray csv = "job_id,name,node_count,alloc_cpus,duration,energy_j\n";
        struct Cell
        {
            int nodes, cpus;
            double energyKj, timeS;
        };
        const Cell cells[] = {{1, 8, 100, 400}, {2, 8, 80, 220},  {2, 16, 90, 130},
                              {4, 16, 120, 80}, {4, 32, 150, 60}, {8, 32, 210, 45}};
        int id = 1;
        for (const char *name : {"solver", "other"})
            for (const Cell &c : cells)
                for (int run = 0; run < 3; ++run)
                    csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                               .arg(id++)
                               .arg(QString::fromLatin1(name))
                               .arg(c.nodes)
                               .arg(c.cpus)
                               .arg(c.timeS * (1 + 0.02 * run))
                               .arg(c.energyKj * 1e3 * (name[0] == 'o' ? 1.5 : 1) * (1 + 0.02 * run))
                               .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("history.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        m_db = m_dir.filePath(QStringLiteral("advisor.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        ImportOptions options;
        options.clusterName = QStringLiteral("lab");
        options.columnMap.insert(QStringLiteral("duration"), QStringLiteral("duration_s"));
        ImportReport report;
        QVERIFY2(Importer(store).importFile(Importer::Format::Csv, path, options, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, qint64(36));
    }

    void advisesAndKeepsTheLedger()
    {
        AdvisorView view;
        view.resize(1400, 900);
        view.show();
        view.setLocation(m_db); // the store's only cluster, without a filter
        view.setJob(QStringLiteral("solver"), 1, 8, QStringLiteral("1,2,4,8"), QStringLiteral("8,16,32"), 50);
        QTRY_VERIFY(!view.isBusy()); // the first ledger read
        QSignalSpy finished(&view, &AdvisorView::adviceFinished);
        view.advise();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTableWidget *table = view.candidatesTable();
        // (1, 8), (1, 16), (1, 32), (2, 8), (2, 16), (2, 32), (4, 8), (4, 16), (4, 32), (8, 8), (8, 16), (8, 32).
        QCOMPARE(table->rowCount(), 12);
        QVERIFY(table->item(0, 0)->font().bold());
        bool asked = false;
        for (int row = 0; row < table->rowCount(); ++row)
            asked = asked || table->item(row, 10)->text() == QStringLiteral("as asked");
        QVERIFY(asked);
        QVERIFY2(view.explanation().contains(QStringLiteral("against the job as asked")),
                 qPrintable(view.explanation()));
        QVERIFY(view.explanation().contains(QStringLiteral("18 runs of this job name")));
        QTRY_COMPARE(view.ledgerTable()->rowCount(), 1);
        QCOMPARE(view.ledgerTable()->item(0, 5)->text(), QStringLiteral("advised"));

        view.setJob(QStringLiteral("never-ran"), 1, 8, QString(), QString(), -1);
        finished.clear();
        view.advise();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("adviceStatus"))
                    ->text()
                    .contains(QStringLiteral("outside what we have measured")));
    }
};

QTEST_MAIN(TestAdvisorView)
#include "TestAdvisorView.moc"
