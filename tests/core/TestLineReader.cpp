// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "GzipBytes.h"
#include "LineReader.h"
#include "TestStores.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// LineReader on plain and gzip files: a gzip file is checked as gzip checks it (every member's CRC-32 and length),
/// and no line, however long, makes memory grow without bound.
class TestLineReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray sample()
    {
        QFile file(test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no NASA sample");
        return file.readAll();
    }

    /// Every line of the file; *error is the reader's error at the end (empty when it read to a clean end).
    static QList<QByteArray> readAll(const QString &path, QString *error)
    {
        LineReader reader;
        QList<QByteArray> lines;
        if (!reader.open(path, error))
            return lines;
        QByteArray line;
        while (reader.readLine(&line))
            lines << line;
        *error = reader.errorString();
        return lines;
    }

private slots:
    void plainAndGzipGiveTheSameLines()
    {
        const QByteArray text = sample();
        QString error;
        const auto plain = readAll(write(QStringLiteral("a.swf"), text), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plain.size(), 256);
        const auto gz = readAll(write(QStringLiteral("a.swf.gz"), test::gzip(text)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(gz, plain);
        // Gzip content is recognised whatever the name.
        QCOMPARE(readAll(write(QStringLiteral("a.data"), test::gzip(text)), &error), plain);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Members one after the other (cat a.gz b.gz) read as one stream, as gzip reads them.
        const auto twice = readAll(write(QStringLiteral("b.swf.gz"), test::gzip(text) + test::gzip(text)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(twice.size(), 512);
        QCOMPARE(twice.mid(256), plain);
    }

    /// Cut short, or with a byte changed in the trailer, the data or the header: a read error naming the file, never
    /// a clean end of a shorter file.
    void damagedGzipIsAnError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray gz = test::gzip(sample());
        auto flipped = [&](qsizetype at, char mask = 0x01) {
            QByteArray bytes = gz;
            bytes[at] = char(bytes[at] ^ mask);
            return bytes;
        };
        QTest::newRow("trailer missing") << gz.chopped(8) << QStringLiteral("truncated gzip file");
        QTest::newRow("ISIZE missing") << gz.chopped(4) << QStringLiteral("truncated gzip file");
        QTest::newRow("one byte short") << gz.chopped(1) << QStringLiteral("truncated gzip file");
        QTest::newRow("half") << gz.first(gz.size() / 2) << QStringLiteral("truncated gzip file");
        QTest::newRow("header only") << gz.first(10) << QStringLiteral("truncated gzip file");
        QTest::newRow("CRC byte flipped") << flipped(gz.size() - 8) << QStringLiteral("incorrect data check");
        QTest::newRow("ISIZE byte flipped") << flipped(gz.size() - 2) << QStringLiteral("incorrect length check");
        QTest::newRow("data byte flipped") << flipped(gz.size() / 2) << QStringLiteral("gzip file: "); // corrupt or cut
        QTest::newRow("header flags flipped") << flipped(3, 0x20) << QStringLiteral("unknown header flags");
        QTest::newRow("trailing garbage") << gz + "garbage" << QStringLiteral("not another gzip member");
        QTest::newRow("second member cut") << gz + gz.first(20) << QStringLiteral("truncated gzip file");
        QTest::newRow("magic flipped") << flipped(1) << QStringLiteral("not a gzip file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a gzip file");
    }
    void damagedGzipIsAnError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = write(QStringLiteral("damaged.swf.gz"), content);
        QString error;
        readAll(path, &error);
        QVERIFY2(error.startsWith(path + u':') && error.contains(reason), qPrintable(error));
    }

    /// A real trace of the Parallel Workloads Archive (../shared/data/swf, see its SOURCES.md) cut by its 8-byte
    /// trailer: every line but the trailer's check reads, then the error.
    void realTraceWithoutTrailer()
    {
        QFile file(QStringLiteral(ES_SHARED_DATA_DIR "/swf/KTH-SP2-1996-2.1-cln.swf.gz"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/data is not beside the checkout");
        const QByteArray whole = file.readAll();
        QString error;
        const auto lines = readAll(write(QStringLiteral("kth.swf.gz"), whole), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto cut = readAll(write(QStringLiteral("kth-cut.swf.gz"), whole.chopped(8)), &error);
        QVERIFY2(error.contains(QStringLiteral("truncated gzip file")), qPrintable(error));
        QVERIFY(cut.size() <= lines.size());
    }

    /// A line of 100 MB (here inside 100 KB of gzip) stops the reading at LineReader::kMaxLineBytes with an error
    /// naming the line; memory stays near that bound, not the line's size.
    void hugeLineIsAnErrorWithBoundedMemory()
    {
        constexpr int kMiB = 1024 * 1024;
        const QByteArray chunk(kMiB, 'x');
        const QByteArray gz = test::gzipChunks(102, [&](int i) {
            return i == 0 ? QByteArray("first line\n") : i == 101 ? QByteArray("\nlast line\n") : chunk;
        });
        QVERIFY(gz.size() < 1024 * 1024);
        const QString path = write(QStringLiteral("huge.swf.gz"), gz);
        const qint64 before = test::peakRssKib();
        LineReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QByteArray line;
        QVERIFY(reader.readLine(&line));
        QCOMPARE(line, QByteArray("first line"));
        QVERIFY(!reader.readLine(&line));
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(":2: line longer than 16 MiB")),
                 qPrintable(reader.errorString()));
        const qint64 grownKib = test::peakRssKib() - before;
        QVERIFY2(grownKib < 3 * LineReader::kMaxLineBytes / 1024, qPrintable(QString::number(grownKib)));
        QVERIFY(!reader.readLine(&line)); // stays failed
    }

    /// The same limit on a plain file, and a line just under it is read.
    void longPlainLines()
    {
        QByteArray content = "a\n" + QByteArray(LineReader::kMaxLineBytes, 'y') + "\nb\n";
        QString error;
        auto lines = readAll(write(QStringLiteral("long.txt"), content), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].size(), LineReader::kMaxLineBytes);
        content = "a\n" + QByteArray(LineReader::kMaxLineBytes + 1, 'y') + "\nb\n";
        lines = readAll(write(QStringLiteral("too-long.txt"), content), &error);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(error.contains(QStringLiteral(":2: line longer than")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLineReader)
#include "TestLineReader.moc"
