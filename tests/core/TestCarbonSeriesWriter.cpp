// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonSeriesParser.h"
#include "CarbonSeriesWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// carbon_series on both engines (global data rows "sqlite" and "postgres"): idempotent re-import, all or nothing.
class TestCarbonSeriesWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Store> m_store;

    qint64 rows(const QString &name)
    {
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("SELECT count(*) FROM carbon_series WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec() || !query.next())
            qFatal("count failed");
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir, &m_location); }
    void cleanup() { m_store.reset(); }

    void reimportIsIdempotent()
    {
        QString error;
        const auto parsed = CarbonSeriesParser::parseFile(
            QStringLiteral(ES_SHARED_DATA_DIR "/carbon/electricitymaps/GB_2023_hourly.csv"), {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        CarbonSeriesWriter writer(*m_store);
        CarbonWriteSummary summary;
        QVERIFY2(writer.write(QStringLiteral("GB"), parsed->points, &summary, &error), qPrintable(error));
        QCOMPARE(summary.pointsSeen, 8760);
        QCOMPARE(summary.pointsNew, 8760);
        QCOMPARE(summary.pointsUnchanged, 0);
        QVERIFY2(writer.write(QStringLiteral("GB"), parsed->points, &summary, &error), qPrintable(error));
        QCOMPARE(summary.pointsNew, 0);
        QCOMPARE(summary.pointsUpdated, 0);
        QCOMPARE(summary.pointsUnchanged, 8760);
        QCOMPARE(rows(QStringLiteral("GB")), 8760);

        // A revised value updates one row; another name is another series.
        QList<CarbonPoint> revised = parsed->points.mid(0, 3);
        revised[1].gramsPerKwh += 1;
        QVERIFY2(writer.write(QStringLiteral("GB"), revised, &summary, &error), qPrintable(error));
        QCOMPARE(summary.pointsUpdated, 1);
        QCOMPARE(summary.pointsUnchanged, 2);
        QVERIFY2(writer.write(QStringLiteral("GB-copy"), revised, &summary, &error), qPrintable(error));
        QCOMPARE(summary.pointsNew, 3);

        const auto read = writer.read(QStringLiteral("GB"), 1672531200, 1672531200 + 3 * 3600, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), 3);
        QCOMPARE(read->at(0).gramsPerKwh, 62.55);
        QCOMPARE(read->at(1).gramsPerKwh, revised[1].gramsPerKwh);
        QCOMPARE(writer.names(&error).value_or(QStringList()),
                 QStringList({QStringLiteral("GB"), QStringLiteral("GB-copy")}));
    }

    void badPointsStoreNothing()
    {
        CarbonSeriesWriter writer(*m_store);
        CarbonWriteSummary summary;
        QString error;
        QVERIFY(!writer.write(QStringLiteral("Z"), {{100, 1}, {200, 2}, {150, 3}}, &summary, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing written")), qPrintable(error));
        QVERIFY(!writer.write(QStringLiteral("Z"), {{100, 1}, {200, 5001}}, &summary, &error));
        QVERIFY(!writer.write(QStringLiteral("Z"), {{100, 1}, {200, -1}}, &summary, &error));
        QVERIFY(!writer.write(QStringLiteral(" "), {{100, 1}}, &summary, &error));
        QCOMPARE(rows(QStringLiteral("Z")), 0);
        // The store is usable afterwards (no transaction left open).
        QVERIFY2(writer.write(QStringLiteral("Z"), {{100, 1}}, &summary, &error), qPrintable(error));
        QCOMPARE(rows(QStringLiteral("Z")), 1);
    }

    void schemaHasTheTable()
    {
        QVERIFY(m_store->database().tables().contains(QStringLiteral("carbon_series")));
        QVERIFY(m_store->schemaVersion() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestCarbonSeriesWriter)
#include "TestCarbonSeriesWriter.moc"
