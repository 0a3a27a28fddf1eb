// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ConnectionsView.h"
#include "Store.h"
#include "TestStores.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace es;

/// The Connections view as a person uses it, offscreen, against the real Slurm lab: fill in the cluster, one click,
/// answer the unknown-host-key question, and the jobs are in the store.
class TestConnectionsView : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
    }

    void oneClickConnectAndHarvest()
    {
        const QString location = m_dir.filePath(QStringLiteral("gui.sqlite"));
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts")); // empty: the key is unknown
        ConnectionsView view;
        view.resize(900, 500);
        view.show();
        view.setLocation(location);
        view.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("lab"));
        view.findChild<QLineEdit *>(QStringLiteral("profileHost"))->setText(m_lab.value(QStringLiteral("LAB_HOST")));
        view.findChild<QSpinBox *>(QStringLiteral("profilePort"))
            ->setValue(m_lab.value(QStringLiteral("LAB_SSH_PORT")).toInt());
        view.findChild<QLineEdit *>(QStringLiteral("profileUser"))
            ->setText(m_lab.value(QStringLiteral("LAB_SSH_USER")));
        view.findChild<QLineEdit *>(QStringLiteral("profileKey"))->setText(m_lab.value(QStringLiteral("LAB_SSH_KEY")));
        view.findChild<QLineEdit *>(QStringLiteral("profileKnownHosts"))->setText(knownHosts);

        // Answer the host-key question when it appears, checking it shows the server's SHA-256 fingerprint.
        QString shownFingerprintText;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->objectName() == u"hostKeyDialog" && box->isVisible()) {
                    shownFingerprintText = box->informativeText();
                    box->button(QMessageBox::Yes)->click();
                }
            }
        });
        answer.start(50);

        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view.lastResult().contains(QStringLiteral("Last harvest")) ||
                                     view.lastResult().contains(QStringLiteral("failed")),
                                 90000);
        QVERIFY2(view.lastResult().contains(QStringLiteral("Last harvest")), qPrintable(view.lastResult()));
        QVERIFY2(shownFingerprintText.contains(m_lab.value(QStringLiteral("LAB_HOST_KEY_FINGERPRINT"))),
                 qPrintable(shownFingerprintText));
        QVERIFY(QFile(knownHosts).size() > 0); // accepted, so remembered

        Store store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM jobs")) && q.next());
        QVERIFY2(q.value(0).toInt() >= 20, qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cluster_profiles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestConnectionsView)
#include "TestConnectionsView.moc"
