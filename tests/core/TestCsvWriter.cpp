// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace es;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::newRow("empty") << QString() << QByteArray("");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("unicode") << QStringLiteral("\u4e2d") << QByteArray("\xE4\xB8\xAD");
    }
    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::quote(field), expected);
    }

    void roundTrip()
    {
        const QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("name")},
                                      {QStringLiteral("1"), QStringLiteral("missing|binary, \"x\"")},
                                      {QStringLiteral("2"), QStringLiteral("multi\nline")}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer);
            for (const QStringList &row : rows)
                writer.writeRow(row);
            QVERIFY(writer.flush());
        }
        const QByteArray data = buffer.data();
        QVERIFY(data.endsWith("\r\n"));
        // Each record parses back to the same fields.
        const QString text = QString::fromUtf8(data);
        QStringList fields;
        QString error;
        QVERIFY(CsvReader::parseRecord(text.section(QStringLiteral("\r\n"), 1, 1), u',', &fields, &error));
        QCOMPARE(fields, rows[1]);
        QVERIFY(CsvReader::parseRecord(text.section(QStringLiteral("\r\n"), 2, 2), u',', &fields, &error));
        QCOMPARE(fields, rows[2]);
    }

    void deviceFailureIsReported()
    {
        QBuffer closed; // never opened: every write fails, like a full disk
        CsvWriter writer(&closed);
        writer.writeRow({QStringLiteral("a")});
        QVERIFY(!writer.flush());
        QVERIFY(writer.hasError());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
