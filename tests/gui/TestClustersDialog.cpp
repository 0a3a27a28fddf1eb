// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClustersDialog.h"
#include "Importer.h"
#include "Store.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// File > Clusters as a user sees it: the list with counts, a rename, a delete; the store changes accordingly and
/// the window is told. Real data: the NASA iPSC trace head imported under two names.
class TestClustersDialog final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;

private Q_SLOTS:
    void initTestCase()
    {
        m_location = m_dir.filePath(QStringLiteral("c.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        for (const QString &name : {QStringLiteral("nasa"), QStringLiteral("copy")}) {
            ImportOptions options;
            options.clusterName = name;
            ImportReport report;
            QVERIFY2(Importer(store).importFile(Importer::Format::Swf,
                                                QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"),
                                                options, &report, &error),
                     qPrintable(error));
        }
    }

    void listsRenamesAndDeletes()
    {
        ClustersDialog dialog(m_location);
        QSignalSpy loaded(&dialog, &ClustersDialog::loaded);
        QSignalSpy changed(&dialog, &ClustersDialog::storeChanged);
        dialog.show();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(dialog.shownClusters(), (QStringList{QStringLiteral("copy"), QStringLiteral("nasa")}));
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->item(0, 1)->text(), QLocale().toString(228));

        dialog.renameCluster(QStringLiteral("copy"), QStringLiteral("nasa-twice"));
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.shownClusters(), (QStringList{QStringLiteral("nasa"), QStringLiteral("nasa-twice")}));

        dialog.renameCluster(QStringLiteral("nasa"), QStringLiteral("nasa-twice")); // taken: refused, nothing changes
        QTRY_VERIFY(dialog.findChild<QPushButton *>()->isEnabled());
        QTest::qWait(50);
        QCOMPARE(changed.count(), 1);

        dialog.deleteCluster(QStringLiteral("nasa-twice"));
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(dialog.shownClusters(), QStringList{QStringLiteral("nasa")});
        Store store;
        QString error;
        QVERIFY(store.open(m_location, &error));
        QVERIFY(!store.clusterId(QStringLiteral("nasa-twice")));
        QVERIFY(store.clusterId(QStringLiteral("nasa")));
    }
};

QTEST_MAIN(TestClustersDialog)
#include "TestClustersDialog.moc"
