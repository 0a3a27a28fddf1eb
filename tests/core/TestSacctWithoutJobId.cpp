// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Importer.h"
#include "SacctParser.h"
#include "Store.h"
#include "TestStores.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// sacct dumps without a JobID field (other tools' reports, such as kabre's): every line is a job with an id made up
/// from the line, said in a warning, and importing the file again merges. The file is the real OSC dump with its
/// JobID column taken out (real values, the layout SYNTHETIC: no such file is in the shared data).
class TestSacctWithoutJobId : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// The OSC dump without its first column; the number of distinct record lines it has.
    QString withoutJobId(int *distinctLines)
    {
        QFile in(test::dataFile(QStringLiteral("sacct/osc_ood-sacct_test_sacct.txt")));
        if (!in.open(QIODevice::ReadOnly))
            return QString();
        QByteArray out;
        QSet<QByteArray> lines;
        bool header = true;
        for (const QByteArray &line : in.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QByteArray rest = line.mid(line.indexOf('|') + 1);
            out += rest + '\n';
            if (!header)
                lines.insert(rest);
            header = false;
        }
        *distinctLines = int(lines.size());
        const QString path = m_dir.filePath(QStringLiteral("no-jobid.txt"));
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(out) == out.size() ? path : QString();
    }

private slots:
    void parserMakesIdsFromTheLine()
    {
        SacctParser parser;
        QString error;
        QVERIFY2(parser.parseHeader(u"JobName|State|Elapsed|AllocCPUS", &error), qPrintable(error));
        QVERIFY(parser.synthesizesJobIds());
        Job a, b, c;
        JobStep step;
        QCOMPARE(parser.parseLine(u"sim|COMPLETED|00:10:00|8", &a, &step, &error), SacctParser::LineKind::Job);
        QCOMPARE(parser.parseLine(u"sim|COMPLETED|00:10:00|8", &b, &step, &error), SacctParser::LineKind::Job);
        QCOMPARE(parser.parseLine(u"sim|FAILED|00:00:03|8", &c, &step, &error), SacctParser::LineKind::Job);
        QVERIFY(a.jobId.startsWith(QStringLiteral("noid-")));
        QCOMPARE(a.jobId.size(), 17);
        QCOMPARE(a.jobId, b.jobId); // the same line, the same job
        QVERIFY(a.jobId != c.jobId);
        QCOMPARE(a.name, QStringLiteral("sim"));
        QCOMPARE(c.state, QStringLiteral("FAILED"));
        // A header of fields sacct does not write is still no header.
        QVERIFY(!parser.parseHeader(u"Foo|Bar|Baz", &error));
        QVERIFY(!SacctParser::looksLikeHeader(u"JobName|State", u"|"));
    }

    void importWarnsAndMergesOnReimport()
    {
        int distinct = 0;
        const QString path = withoutJobId(&distinct);
        QVERIFY(!path.isEmpty());
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));
        ImportOptions options;
        options.clusterName = QStringLiteral("osc");
        for (int round = 0; round < 2; ++round) {
            ImportReport report;
            QVERIFY2(Importer(store).importFile(Importer::Format::Sacct, path, options, &report, &error),
                     qPrintable(error));
            QCOMPARE(report.written.jobsNew, qint64(round == 0 ? distinct : 0));
            QVERIFY(std::any_of(report.warnings.cbegin(), report.warnings.cend(),
                                [](const QString &w) { return w.contains(QStringLiteral("no JobID field")); }));
        }
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(alloc_cpus) FROM jobs")) && q.next());
        QCOMPARE(q.value(0).toInt(), distinct);
        QVERIFY(q.value(1).toLongLong() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM jobs WHERE name = '_mb_bot240520ps_' AND account = "
                                      "'mc4sa9p' AND alloc_cpus = 32")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSacctWithoutJobId)
#include "TestSacctWithoutJobId.moc"
