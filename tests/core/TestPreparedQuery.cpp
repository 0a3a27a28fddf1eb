// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PreparedQuery.h"

#include <QSqlDatabase>
#include <QTest>

#include <cmath>

using namespace es;

class TestPreparedQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsInOrderAndSaysWhatFailed()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pq"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QString error;
            QVERIFY2(sql::execPrepared(query, QStringLiteral("SELECT ? - ?, ?"), {10, 3, QStringLiteral("x")}, &error),
                     qPrintable(error));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 7);
            QCOMPARE(query.value(1).toString(), QStringLiteral("x"));
            QVERIFY(query.isForwardOnly());

            QSqlQuery bad(db);
            QVERIFY(!sql::execPrepared(bad, QStringLiteral("SELECT * FROM no_such_table"), {}, &error));
            QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pq"));
    }

    void doubleOrNaN()
    {
        QCOMPARE(sql::doubleOrNaN(QVariant(2.5)), 2.5);
        QCOMPARE(sql::doubleOrNaN(QVariant(qint64(7))), 7.0);
        QCOMPARE(sql::doubleOrNaN(QVariant(QStringLiteral("4.25"))), 4.25);
        QVERIFY(std::isnan(sql::doubleOrNaN(QVariant())));                             // NULL
        QVERIFY(std::isnan(sql::doubleOrNaN(QVariant(QStringLiteral("n/a")))));        // not a number
        QVERIFY(std::isnan(sql::doubleOrNaN(QVariant(QMetaType(QMetaType::Double))))); // a typed NULL
    }
};

QTEST_GUILESS_MAIN(TestPreparedQuery)
#include "TestPreparedQuery.moc"
