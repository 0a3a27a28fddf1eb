// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerFileName.h"
#include "SamplerParser.h"
#include "SamplerStreamParser.h"
#include "TestStores.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace es;

/// The incremental sampler reader (live SSH streams, files read from an offset) and the names of the in-job sampler
/// files: chunking never changes the result, garbage and truncation give clear errors and lose no good line.
class TestSamplerStreamParser : public QObject
{
    Q_OBJECT
private:
    static QByteArray realOutput()
    {
        QFile file(test::dataFile(QStringLiteral("sampler/this-machine.txt")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read tests/data/sampler/this-machine.txt");
        return file.readAll();
    }

    static QList<NodeSampleRecord> feedInChunks(QByteArrayView text, qsizetype chunk, SamplerStreamParser *parser)
    {
        QList<NodeSampleRecord> out;
        for (qsizetype at = 0; at < text.size(); at += chunk)
            parser->feed(text.sliced(at, std::min(chunk, text.size() - at)), &out);
        parser->finish();
        return out;
    }

    static QList<qint64> times(const QList<NodeSampleRecord> &records)
    {
        QList<qint64> out;
        for (const NodeSampleRecord &r : records)
            out.append(r.tsEpochS);
        return out;
    }

private slots:
    void chunkingChangesNothing_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 7, 64, 1000, 1 << 20})
            QTest::addRow("%d bytes", chunk) << chunk;
    }

    void chunkingChangesNothing()
    {
        QFETCH(int, chunk);
        const QByteArray text = realOutput();
        const SamplerOutput whole = SamplerParser::parseText(text);
        QVERIFY(whole.errors.isEmpty());
        SamplerStreamParser parser;
        const QList<NodeSampleRecord> records = feedInChunks(text, chunk, &parser);
        QVERIFY2(parser.errors().isEmpty(), qPrintable(parser.errors().join(u'\n')));
        QCOMPARE(times(records), times(whole.samples));
        QCOMPARE(records.size(), 5);
        QCOMPARE(parser.missing().size(), whole.missing.size());
        QVERIFY(parser.header());
        QCOMPARE(parser.header()->host, QStringLiteral("vm"));
        QCOMPARE(parser.completeBytes(), text.size());
        QVERIFY(!parser.truncatedTail());
        QCOMPARE(records.last().memUsedMb, whole.samples.last().memUsedMb);
    }

    /// Cut anywhere: every complete line before the cut is read, the cut line is a truncated tail, never an error;
    /// reading on from completeBytes() (as a fetch does) gives exactly the rest.
    void truncatedAnywhereThenResumed()
    {
        const QByteArray text = realOutput();
        const QList<qint64> all = times(SamplerParser::parseText(text).samples);
        for (qsizetype cut = 0; cut <= text.size(); cut += 13) {
            SamplerStreamParser first;
            const QList<NodeSampleRecord> before = feedInChunks(text.first(cut), 100, &first);
            QVERIFY2(first.errors().isEmpty(), qPrintable(first.errors().join(u'\n')));
            const qsizetype lastNewline = text.first(cut).lastIndexOf('\n');
            QCOMPARE(first.completeBytes(), lastNewline + 1);
            QCOMPARE(first.truncatedTail(), cut > lastNewline + 1);
            SamplerStreamParser rest(1, first.completeBytes() > 0);
            const QList<NodeSampleRecord> after =
                feedInChunks(QByteArrayView(text).sliced(first.completeBytes()), 57, &rest);
            QVERIFY2(rest.errors().isEmpty(), qPrintable(rest.errors().join(u'\n')));
            QCOMPARE(times(before) + times(after), all);
        }
    }

    void garbage_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 4711u})
            QTest::addRow("seed %u", seed) << seed;
    }

    /// Random bytes, alone and between good lines: no crash, errors name the line, good lines after the garbage
    /// are still read, the error list stays bounded.
    void garbage()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        QByteArray junk(200000, Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        {
            SamplerStreamParser parser;
            const QList<NodeSampleRecord> records = feedInChunks(junk, 4096, &parser);
            QVERIFY(records.isEmpty());
            QVERIFY(!parser.errors().isEmpty() || parser.truncatedTail());
            QVERIFY(parser.errors().size() <= 1000);
        }
        const QByteArray header = "#es-sampler v1 host=n1 interval=1 start=100 ncpu=2\n";
        const QByteArray good = "S 101 dt_s=1.000 cpu_util_pct=50.0 power_w.cray=100 energy_j.cray=100 $\n";
        const QByteArray later = "S 102 dt_s=1.000 cpu_util_pct=60.0 power_w.cray=110 energy_j.cray=110 $\n";
        QByteArray mixed = header + good + junk.first(5000).replace('\n', ' ') + '\n' + later;
        SamplerStreamParser parser;
        const QList<NodeSampleRecord> records = feedInChunks(mixed, 333, &parser);
        QCOMPARE(times(records), (QList<qint64>{101, 102}));
        QCOMPARE(parser.errors().size(), 1);
        QVERIFY2(parser.errors().first().startsWith(QStringLiteral("line 3: ")), qPrintable(parser.errors().first()));
    }

    void overlongLineIsSkipped()
    {
        SamplerStreamParser parser;
        QList<NodeSampleRecord> records;
        parser.feed("#es-sampler v1 host=n1\n", &records);
        const QByteArray huge(SamplerStreamParser::MaxLineBytes * 3, 'x');
        for (qsizetype at = 0; at < huge.size(); at += 1000)
            parser.feed(QByteArrayView(huge).sliced(at, std::min<qsizetype>(1000, huge.size() - at)), &records);
        parser.feed("\nS 5 load1=1 $\n", &records);
        parser.finish();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().tsEpochS, 5);
        QCOMPARE(parser.errors().size(), 1);
        QVERIFY(parser.errors().first().contains(QStringLiteral("line 2: longer than")));
        QCOMPARE(parser.completeBytes(), qint64(23 + huge.size() + 1 + 14));
    }

    void unknownMajorVersionIsRefused()
    {
        SamplerStreamParser parser;
        QList<NodeSampleRecord> records;
        QVERIFY(!parser.feed("#es-sampler v2 host=n1\nS 1 load1=1 $\n", &records));
        QVERIFY(parser.refused());
        QVERIFY(records.isEmpty());
        QVERIFY(parser.errors().first().contains(QStringLiteral("v2 is not supported")));
        QVERIFY(!parser.feed("S 2 load1=1 $\n", &records)); // refused for good
        QVERIFY(records.isEmpty());
    }

    void samplesWithoutHeader()
    {
        SamplerStreamParser fresh;
        QList<NodeSampleRecord> records;
        fresh.feed("S 1 load1=1 $\n", &records);
        QVERIFY(records.isEmpty());
        QVERIFY(fresh.errors().first().contains(QStringLiteral("no #es-sampler header")));
        SamplerStreamParser resumed(40, true); // a fetch resuming after the header
        resumed.feed("S 1 load1=1 $\n", &records);
        QCOMPARE(records.size(), 1);
        resumed.feed("bad\n", &records);
        QVERIFY(resumed.errors().first().startsWith(QStringLiteral("line 41: ")));
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("jobId");
        QTest::addColumn<QString>("node");
        QTest::newRow("plain") << "1234.node17.samples"
                               << "1234"
                               << "node17";
        QTest::newRow("dotted node") << "7.cn-01.cluster.samples"
                                     << "7"
                                     << "cn-01.cluster";
        QTest::newRow("underscore") << "99.gpu_a.samples"
                                    << "99"
                                    << "gpu_a";
        QTest::newRow("no job") << ".node1.samples"
                                << ""
                                << "";
        QTest::newRow("array id") << "12_3.node1.samples"
                                  << ""
                                  << "";
        QTest::newRow("no node") << "12..samples"
                                 << ""
                                 << "";
        QTest::newRow("wrong suffix") << "12.node1.txt"
                                      << ""
                                      << "";
        QTest::newRow("slash") << "12.a/b.samples"
                               << ""
                               << "";
        QTest::newRow("space") << "12.a b.samples"
                               << ""
                               << "";
        QTest::newRow("dash first") << "12.-rf.samples"
                                    << ""
                                    << "";
        QTest::newRow("log") << "12.node1.samples.log"
                             << ""
                             << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, jobId);
        QFETCH(QString, node);
        QString error;
        const auto parsed = SamplerFileName::parse(name, &error);
        if (jobId.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(error.contains(QStringLiteral("not a sampler file")), qPrintable(error));
            return;
        }
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->jobId, jobId);
        QCOMPARE(parsed->node, node);
    }

    void listingLines()
    {
        QString error;
        const auto ok = SamplerFileName::parseListingLine(u"2847 5.node1.samples", &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->sizeBytes, 2847);
        QCOMPARE(ok->node, QStringLiteral("node1"));
        for (const char *bad : {"", "5.node1.samples", "x 5.node1.samples", "-1 5.node1.samples",
                                "99999999999999999999 5.node1.samples", "12 ", "12 5.node1"}) {
            error.clear();
            QVERIFY2(!SamplerFileName::parseListingLine(QString::fromUtf8(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
        QRandomGenerator rng(9);
        for (int i = 0; i < 2000; ++i) {
            QByteArray junk(int(rng.bounded(300)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            const auto parsed = SamplerFileName::parseListingLine(QString::fromUtf8(junk), &error);
            if (parsed) // only if it happens to be well formed
                QVERIFY(parsed->fileName.endsWith(QStringLiteral(".samples")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSamplerStreamParser)
#include "TestSamplerStreamParser.moc"
