// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonSeriesParser.h"
#include "GzipBytes.h"
#include "TestStores.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// CarbonSeriesParser on the real files of shared/data/carbon, on edge cases and on garbage.
class TestCarbonSeriesParser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    static QString shared(const char *relative)
    {
        return QStringLiteral(ES_SHARED_DATA_DIR "/carbon/") + QString::fromLatin1(relative);
    }

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// Parses `content`; on failure returns std::nullopt and the error in *error.
    std::optional<CarbonParseResult> parse(const QByteArray &content, QString *error, CarbonParseOptions options = {})
    {
        return CarbonSeriesParser::parseFile(write(content), options, error);
    }

private slots:
    void catsForecast()
    {
        QString error;
        const auto r = CarbonSeriesParser::parseFile(shared("cats_carbon_intensity_24h.csv"), {}, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points.size(), 96);
        QCOMPARE(r->timeColumn, QStringLiteral("time"));
        QCOMPARE(r->intensityColumn, QStringLiteral("intensity"));
        QCOMPARE(r->unit, QStringLiteral("g/kWh"));
        QCOMPARE(r->points.constFirst().ts, 1683203400); // 2023-05-04T12:30Z, from `time`, not `unix`
        QCOMPARE(r->points.constFirst().gramsPerKwh, 11.0);
        QCOMPARE(r->points.constLast().ts, 1683374400); // 2023-05-06T12:00Z
        QCOMPARE(r->points.constLast().gramsPerKwh, 40.0);
        QCOMPARE(r->stepS, 1800);
        QVERIFY(r->gaps.isEmpty());
        QCOMPARE(r->linesRead, 97);
        // The fixture's `unix` column is 3600 s early on every row: said, not used.
        QCOMPARE(r->notes.size(), 1);
        QVERIFY2(r->notes.constFirst().contains(QStringLiteral("96 of 96")), qPrintable(r->notes.constFirst()));
        QVERIFY2(r->notes.constFirst().contains(QStringLiteral("-3600")), qPrintable(r->notes.constFirst()));
    }

    void electricityMaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        // Ranges of the (direct) column as SOURCES.md gives them.
        QTest::newRow("GB") << shared("electricitymaps/GB_2023_hourly.csv") << 3.57 << 282.34;
        QTest::newRow("DE") << shared("electricitymaps/DE-LU_2023_hourly.csv") << 84.40 << 639.97;
        QTest::newRow("CISO") << shared("electricitymaps/US-CAL-CISO_2023_hourly.csv") << 54.47 << 331.67;
        QTest::newRow("ERCO") << shared("electricitymaps/US-TEX-ERCO_2023_hourly.csv") << 124.00 << 494.32;
        QTest::newRow("AU-NSW") << shared("electricitymaps/AU-NSW_2023_hourly.csv") << 140.02 << 719.78;
        QTest::newRow("SG") << shared("electricitymaps/SG_2023_hourly.csv") << 338.23 << 380.05;
    }
    void electricityMaps()
    {
        QFETCH(QString, file);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        QString error;
        const auto r = CarbonSeriesParser::parseFile(file, {}, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points.size(), 8760);
        QCOMPARE(r->timeColumn, QStringLiteral("Datetime (UTC)"));
        QCOMPARE(r->intensityColumn, QStringLiteral("Carbon Intensity gCO₂eq/kWh (direct)"));
        QCOMPARE(r->unit, QStringLiteral("g/kWh"));
        QCOMPARE(r->points.constFirst().ts, 1672531200);              // 2023-01-01 00:00:00 UTC
        QCOMPARE(r->points.constLast().ts, 1672531200 + 8759 * 3600); // 2023-12-31 23:00:00
        QCOMPARE(r->stepS, 3600);
        QVERIFY(r->gaps.isEmpty());
        QVERIFY(r->notes.isEmpty());
        double lo = 1e9;
        double hi = -1;
        for (const CarbonPoint &p : r->points) {
            lo = std::min(lo, p.gramsPerKwh);
            hi = std::max(hi, p.gramsPerKwh);
        }
        QCOMPARE(lo, minimum);
        QCOMPARE(hi, maximum);
    }

    void lifeCycleColumnOnRequest()
    {
        CarbonParseOptions options;
        options.intensityColumn = QStringLiteral("Carbon Intensity gCO₂eq/kWh (LCA)");
        QString error;
        const auto r = CarbonSeriesParser::parseFile(shared("electricitymaps/GB_2023_hourly.csv"), options, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points.constFirst().gramsPerKwh, 91.44);
    }

    void smallFixture()
    {
        // The first five lines of the CATS fixture, copied byte for byte (tests/data/SOURCES.md).
        QString error;
        const auto r =
            CarbonSeriesParser::parseFile(QStringLiteral(ES_TEST_DATA_DIR "/carbon/cats_head.csv"), {}, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points.size(), 4);
        QCOMPARE(r->points[3].ts, 1683203400 + 3 * 1800);
        QCOMPARE(r->points[3].gramsPerKwh, 18.0);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ts"); // -1: refused
        QTest::newRow("cats") << "2023-05-04T12:30Z" << qint64(1683203400);
        QTest::newRow("space") << "2023-05-04 12:30:00" << qint64(1683203400);
        QTest::newRow("seconds Z") << "2023-05-04T12:30:00Z" << qint64(1683203400);
        QTest::newRow("fraction") << "2023-05-04T12:30:00.000Z" << qint64(1683203400);
        QTest::newRow("offset") << "2023-05-04T13:30+01:00" << qint64(1683203400);
        QTest::newRow("offset compact") << "2023-05-04T07:00-0530" << qint64(1683203400);
        QTest::newRow("epoch") << "1683203400" << qint64(1683203400);
        QTest::newRow("leap day") << "2024-02-29T00:00Z" << qint64(1709164800);
        QTest::newRow("not leap") << "2023-02-29T00:00Z" << qint64(-1);
        QTest::newRow("hour 24") << "2023-05-04T24:00Z" << qint64(-1);
        QTest::newRow("date only") << "2023-05-04" << qint64(-1);
        QTest::newRow("ms epoch") << "1683203400000" << qint64(-1);
        QTest::newRow("compact date") << "20230504" << qint64(-1);
        QTest::newRow("junk after") << "2023-05-04T12:30Zx" << qint64(-1);
        QTest::newRow("bad zone") << "2023-05-04T12:30+25:00" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ts);
        const auto parsed = CarbonSeriesParser::parseTime(text);
        if (ts < 0)
            QVERIFY2(!parsed, qPrintable(text));
        else
            QCOMPARE(parsed.value_or(-1), ts);
    }

    void units()
    {
        QString error;
        auto r = parse("time,intensity (kg/kWh)\n2023-05-04T12:30Z,0.25\n", &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->unit, QStringLiteral("kg/kWh"));
        QCOMPARE(r->points[0].gramsPerKwh, 250.0);
        CarbonParseOptions gWh;
        gWh.unit = QStringLiteral("g/Wh");
        r = parse("time,intensity\n2023-05-04T12:30Z,0.3\n", &error, gWh);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points[0].gramsPerKwh, 300.0);
        r = parse("time,intensity_gco2_per_kwh\n2023-05-04T12:30Z,12\n", &error);
        QVERIFY2(r && r->unit == u"g/kWh", qPrintable(error));
        // Unknown units are refused, never guessed.
        QVERIFY(!parse("time,intensity (lb/MWh)\n2023-05-04T12:30Z,900\n", &error));
        QVERIFY2(error.contains(QStringLiteral("not known")), qPrintable(error));
        CarbonParseOptions bad;
        bad.unit = QStringLiteral("lb/MWh");
        QVERIFY(!parse("time,intensity\n2023-05-04T12:30Z,900\n", &error, bad));
        QVERIFY2(error.contains(QStringLiteral("lb/MWh")), qPrintable(error));
        // An option contradicting the header is refused.
        CarbonParseOptions kg;
        kg.unit = QStringLiteral("kg/kWh");
        QVERIFY(!parse("time,intensity (g/kWh)\n2023-05-04T12:30Z,90\n", &error, kg));
        QVERIFY2(error.contains(QStringLiteral("says g/kWh")), qPrintable(error));
        QCOMPARE(CarbonSeriesParser::unitFactor(u"t/MWh").value_or(0), 1000.0);
        QCOMPARE(CarbonSeriesParser::unitFactor(u"gCO2e/kWh").value_or(0), 1.0);
        QVERIFY(!CarbonSeriesParser::unitFactor(u"g"));
    }

    void explicitColumns()
    {
        CarbonParseOptions options;
        options.timeColumn = QStringLiteral("when");
        options.intensityColumn = QStringLiteral("CI");
        QString error;
        const auto r = parse("when,ci,other\n2023-05-04T12:30Z,42,x\n", &error, options);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points[0].gramsPerKwh, 42.0);
        options.intensityColumn = QStringLiteral("nope");
        QVERIFY(!parse("when,ci\n2023-05-04T12:30Z,42\n", &error, options));
        QVERIFY2(error.contains(QStringLiteral("'nope'")) && error.contains(QStringLiteral("'ci'")), qPrintable(error));
        QVERIFY(!parse("when,value\n2023-05-04T12:30Z,42\n", &error));
        QVERIFY2(error.contains(QStringLiteral("--time-column")), qPrintable(error));
        QVERIFY(!parse("time,intensity,intensity_lca\n2023-05-04T12:30Z,1,2\n", &error));
        QVERIFY2(error.contains(QStringLiteral("several")), qPrintable(error));
    }

    void lineErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // in the error, after "file:line: "
        const QByteArray head = "time,intensity\n2023-05-04T12:30Z,11\n";
        QTest::newRow("text") << head + "2023-05-04T13:00Z,high\n"
                              << ":3: column 'intensity': 'high' is not a number";
        QTest::newRow("empty value") << head + "2023-05-04T13:00Z,\n"
                                     << ":3: column 'intensity': empty";
        QTest::newRow("negative") << head + "2023-05-04T13:00Z,-4\n"
                                  << ":3: column 'intensity': negative";
        QTest::newRow("absurd") << head + "2023-05-04T13:00Z,5000.5\n"
                                << ":3: column 'intensity': intensity 5000.5";
        QTest::newRow("nan") << head + "2023-05-04T13:00Z,nan\n"
                             << ":3: column 'intensity': 'nan'";
        QTest::newRow("huge") << head + "2023-05-04T13:00Z,1e400\n"
                              << ":3: column 'intensity': '1e400'";
        QTest::newRow("repeated") << head + "2023-05-04T12:30Z,12\n"
                                  << ":3: column 'time': time 2023-05-04T12:30:00Z is "
                                     "repeated";
        QTest::newRow("backwards") << head + "2023-05-04T12:00Z,12\n"
                                   << ":3: column 'time': time 2023-05-04T12:00:00Z goes "
                                      "backwards";
        QTest::newRow("bad time") << head + "04/05/2023 13:00,12\n"
                                  << ":3: column 'time': '04/05/2023 13:00' is not a time";
        QTest::newRow("header again") << head + "time,intensity\n2023-05-04T13:00Z,12\n"
                                      << ":3: the header line is repeated";
        QTest::newRow("truncated") << head + "2023-05-04T13:0\n"
                                   << ":3: the line has 1 fields, the header 2";
        QTest::newRow("extra field") << head + "2023-05-04T13:00Z,1,2\n"
                                     << ":3: the line has 3 fields";
        QTest::newRow("open quote") << head + "\"2023-05-04T13:00Z,12\n"
                                    << ":3: unterminated quoted field";
        QTest::newRow("empty file") << QByteArray() << ": empty file";
        QTest::newRow("blank lines only") << QByteArray("\n\n\r\n") << ": empty file";
        QTest::newRow("header only") << QByteArray("time,intensity\n") << ": no data lines";
    }
    void lineErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parse(content, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(m_dir.path()), qPrintable(error)); // names the file
    }

    /// A `unix` column out of range (or not finite) is not compared with the time column: no overflow in the
    /// difference, no note.
    void unixColumnOutOfRange()
    {
        QString error;
        const auto result = parse("time,unix,intensity\n2023-05-04T12:30Z,1e300,11\n2023-05-04T13:00Z,-1e300,12\n"
                                  "2023-05-04T13:30Z,inf,13\n2023-05-04T14:00Z,-9223372036854775808,14\n",
                                  &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->points.size(), 4);
        QVERIFY2(result->notes.filter(QStringLiteral("unix")).isEmpty(), qPrintable(result->notes.join(u'\n')));
    }

    /// A gzipped series cut by its 8-byte trailer is refused whole, naming the file once.
    void truncatedGzipIsRefused()
    {
        QFile cats(test::dataFile(QStringLiteral("carbon/cats_head.csv")));
        QVERIFY(cats.open(QIODevice::ReadOnly));
        const QByteArray gz = test::gzip(cats.readAll());
        QString error;
        QVERIFY2(parse(gz, &error), qPrintable(error)); // gzip is read by content, whatever the name
        QVERIFY(!parse(gz.chopped(8), &error));
        QVERIFY2(error.contains(QStringLiteral("truncated gzip file")), qPrintable(error));
        QCOMPARE(error.count(m_dir.path()), 1);
    }

    void gapsAreReported()
    {
        QString error;
        const auto r = parse("time,intensity\n"
                             "2023-05-04T12:00Z,10\n2023-05-04T12:30Z,10\n2023-05-04T13:00Z,10\n"
                             "\n" // a blank line is skipped
                             "2023-05-04T14:30Z,10\n2023-05-04T15:00Z,10\n",
                             &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points.size(), 5); // nothing filled in
        QCOMPARE(r->stepS, 1800);
        QCOMPARE(r->gaps.size(), 1);
        QCOMPARE(r->gaps[0].afterTs, 1683205200);
        QCOMPARE(r->gaps[0].beforeTs, 1683210600);
        QCOMPARE(r->gaps[0].missingPoints, 2);
        QCOMPARE(r->notes.size(), 1);
        QVERIFY2(r->notes[0].contains(QStringLiteral("2 missing")), qPrintable(r->notes[0]));
    }

    void quotedAndBom()
    {
        QString error;
        const auto r = parse("\xEF\xBB\xBF\"time\",\"intensity\"\r\n\"2023-05-04T12:30Z\",\" 11.5 \"\r\n", &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->points[0].gramsPerKwh, 11.5);
    }

    void garbage()
    {
        QRandomGenerator random(20240501);
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            QString error;
            const auto r = parse(bytes, &error);
            QVERIFY2(!r, "random bytes must not parse as a series");
            QVERIFY(!error.isEmpty());
        }
        // Real header, then random bytes: the first bad line is named.
        QByteArray bytes = "time,intensity\n2023-05-04T12:30Z,11\n";
        for (int i = 0; i < 200; ++i)
            bytes += char(random.bounded(256));
        QString error;
        QVERIFY(!parse(bytes, &error));
        QVERIFY2(error.contains(QStringLiteral(":3:")), qPrintable(error));
        // Huge numbers and absurdly long fields.
        QVERIFY(!parse("time,intensity\n2023-05-04T12:30Z,99999999999999999999999999\n", &error));
        QVERIFY2(error.contains(QStringLiteral("over 5000")), qPrintable(error));
        QVERIFY(!parse("time,intensity\n99999999999999999999,1\n", &error));
        QVERIFY2(error.contains(QStringLiteral("not a time")), qPrintable(error));
        QVERIFY(!parse("time,intensity\n2023-05-04T12:30Z," + QByteArray(100000, '7') + "\n", &error));
        QVERIFY2(error.size() < 400, qPrintable(error)); // the value is cut in the message
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!CarbonSeriesParser::parseFile(m_dir.filePath(QStringLiteral("absent.csv")), {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCarbonSeriesParser)
#include "TestCarbonSeriesParser.moc"
