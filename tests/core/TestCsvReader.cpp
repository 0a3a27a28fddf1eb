// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvReader.h"
#include "LineReader.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestCsvReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QByteArray &content)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void records()
    {
        const QString path = writeFile("\xEF\xBB\xBF"
                                       "id,name,note\r\n"
                                       "1,plain,\"with, comma\"\r\n"
                                       "2,\"quote \"\"q\"\"\",\"two\r\nlines\"\r\n"
                                       "3,,\r\n"
                                       "4,caf\xC3\xA9,last");
        LineReader lines;
        QString error;
        QVERIFY(lines.open(path, &error));
        CsvReader reader(lines);
        QStringList fields;
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(fields, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}));
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(fields[2], QStringLiteral("with, comma"));
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(reader.recordLine(), qint64(3));
        QCOMPARE(fields[1], QStringLiteral("quote \"q\""));
        QCOMPARE(fields[2], QStringLiteral("two\nlines"));
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(reader.recordLine(), qint64(5));
        QCOMPARE(fields, (QStringList{QStringLiteral("3"), QString(), QString()}));
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(fields[1], QStringLiteral("caf\u00e9"));
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::End);
    }

    void gzipped()
    {
        const QByteArray plain = "a,b\n1,2\n";
        // The reader detects compression by content, not by name.
        QProcess gzip;
        const QString path = writeFile(plain);
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-kf"), path});
        QVERIFY(gzip.waitForFinished());
        LineReader lines;
        QString error;
        QVERIFY(lines.open(path + QStringLiteral(".gz"), &error));
        CsvReader reader(lines);
        QStringList fields;
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void errors()
    {
        QStringList fields;
        QString error;
        QVERIFY(!CsvReader::parseRecord(u"\"open", u',', &fields, &error));
        QVERIFY(error.contains(QStringLiteral("unterminated")));
        QVERIFY(!CsvReader::parseRecord(u"\"a\"b,c", u',', &fields, &error));
        QVERIFY(error.contains(QStringLiteral("after a closing quote")));

        const QString path = writeFile("a,b\n\"never closed,2\n3,4\n");
        LineReader lines;
        QVERIFY(lines.open(path, &error));
        CsvReader reader(lines);
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Record);
        QCOMPARE(reader.next(&fields, &error), CsvReader::Status::Error);
        QVERIFY(error.contains(QStringLiteral("end of the file")));
    }

    void missingFile()
    {
        LineReader lines;
        QString error;
        QVERIFY(!lines.open(m_dir.filePath(QStringLiteral("nope.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
        QVERIFY(!lines.open(m_dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("not a regular file")));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(99);
        for (int i = 0; i < 300; ++i) {
            QByteArray content(int(rng.bounded(2000)), Qt::Uninitialized);
            for (char &c : content)
                c = (i % 3) ? ",\"\n\r ab\xC3\xA9"[rng.bounded(9)] : char(rng.bounded(256));
            LineReader lines;
            QString error;
            QVERIFY(lines.open(writeFile(content), &error));
            CsvReader reader(lines);
            QStringList fields;
            int guard = 0;
            while (reader.next(&fields, &error) != CsvReader::Status::End && ++guard < 100000) {
            }
            QVERIFY(guard < 100000);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
