// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvExporter.h"
#include "CsvReader.h"
#include "Importer.h"
#include "LineReader.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// Export on both engines (global data rows "sqlite" and "postgres").
class TestCsvExporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QList<QStringList> exportRows(CsvExporter::Table table, const CsvExporter::Filter &filter = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        CsvExporter exporter(*m_store);
        QString error;
        const auto rows = exporter.exportTable(table, filter, &file, &error);
        file.close();
        if (!rows)
            qFatal("export failed: %s", qPrintable(error));
        LineReader lines;
        lines.open(path, &error);
        CsvReader reader(lines);
        QList<QStringList> out;
        QStringList fields;
        while (reader.next(&fields, &error) == CsvReader::Status::Record)
            out << fields;
        if (out.size() != *rows + 1)
            qFatal("row count mismatch");
        return out;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        m_store = test::openFreshStore(m_dir);
        if (!m_store)
            return;
        QString error;
        Importer importer(*m_store);
        ImportReport report;
        QVERIFY2(importer.importFile(Importer::Format::Swf,
                                     test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")), {}, &report,
                                     &error),
                 qPrintable(error));
        const QString tricky = m_dir.filePath(QStringLiteral("tricky.txt"));
        QFile file(tricky);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("JobID|JobName|State|Start\n"
                   "1|name, with \"quotes\"|COMPLETED|2024-01-01T00:00:00\n"
                   "2|caf\xC3\xA9 \xE4\xB8\xAD|FAILED|2024-02-01T00:00:00\n");
        file.close();
        QVERIFY2(importer.importFile(Importer::Format::Sacct, tricky, {}, &report, &error), qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void jobsRoundTrip()
    {
        const auto rows = exportRows(CsvExporter::Table::Jobs);
        QCOMPARE(rows.size(), 1 + 228 + 2);
        QCOMPARE(rows[0][0], QStringLiteral("cluster"));
        QCOMPARE(rows[0][1], QStringLiteral("job_id"));
        const qsizetype nameColumn = rows[0].indexOf(QStringLiteral("name"));
        QStringList names;
        for (const QStringList &row : rows)
            names << row[nameColumn];
        QVERIFY(names.contains(QStringLiteral("name, with \"quotes\"")));
        QVERIFY(names.contains(QStringLiteral("caf\u00e9 \u4e2d")));
    }

    void filters()
    {
        CsvExporter::Filter filter;
        filter.cluster = QStringLiteral("tricky");
        QCOMPARE(exportRows(CsvExporter::Table::Jobs, filter).size(), 1 + 2);
        filter.since = 1706745600; // 2024-02-01
        QCOMPARE(exportRows(CsvExporter::Table::Jobs, filter).size(), 1 + 1);
        filter = {};
        filter.until = 749458803 + 1460; // before NASA job 2's submit (no start time in that trace)
        QCOMPARE(exportRows(CsvExporter::Table::Jobs, filter).size(), 1 + 1);
    }

    void emptyTablesGiveHeaderOnly()
    {
        const auto samples = exportRows(CsvExporter::Table::Samples);
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples[0][1], QStringLiteral("node"));
        QCOMPARE(exportRows(CsvExporter::Table::JobMetrics).size(), 1);
    }

    void deviceErrorIsReported()
    {
        QBuffer closed; // not open: every write fails, as on a full disk
        CsvExporter exporter(*m_store);
        QString error;
        QVERIFY(!exporter.exportTable(CsvExporter::Table::Jobs, {}, &closed, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "TestCsvExporter.moc"
