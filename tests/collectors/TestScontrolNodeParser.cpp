// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ScontrolNodeParser.h"
#include "TestStores.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace es;

class TestScontrolNodeParser : public QObject
{
    Q_OBJECT
private slots:
    // Real output of the lab (see tests/data/SOURCES.md); OS= holds spaces and '#'.
    void labOutput()
    {
        QFile file(test::dataFile(QStringLiteral("slurm/scontrol-show-node-lab.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        SlurmNode node;
        QString error;
        QVERIFY2(ScontrolNodeParser::parseLine(QString::fromUtf8(lines[0]), &node, &error), qPrintable(error));
        QCOMPARE(node.name, QStringLiteral("node1"));
        QCOMPARE(node.state, QStringLiteral("IDLE"));
        QCOMPARE(node.partitions, QStringList{QStringLiteral("batch")});
        QCOMPARE(*node.cpus, 2);
        QCOMPARE(*node.cpusAlloc, 0);
        QCOMPARE(*node.cpuLoad, 2.91);
        QCOMPARE(*node.realMemMb, 2000.0);
        QCOMPARE(*node.allocMemMb, 0.0);
        QCOMPARE(*node.currentWatts, 90.0);
        QCOMPARE(*node.aveWatts, 77.0);
        QVERIFY2(ScontrolNodeParser::parseLine(QString::fromUtf8(lines[1]), &node, &error), qPrintable(error));
        QCOMPARE(node.name, QStringLiteral("node2"));
        QCOMPARE(*node.currentWatts, 100.0);
    }

    void valuesWithSpacesAndMissingReadings()
    {
        SlurmNode node;
        QString error;
        QVERIFY2(ScontrolNodeParser::parseLine(
                     u"NodeName=c01 CPUTot=64 CPULoad=N/A State=DOWN+DRAIN Reason=Not responding [slurm@2024-01-01] "
                     u"Partitions=a,b RealMemory=256000 CurrentWatts=0 AveWatts=0",
                     &node, &error),
                 qPrintable(error));
        QCOMPARE(node.state, QStringLiteral("DOWN+DRAIN"));
        QVERIFY(!node.cpuLoad);
        QCOMPARE(node.partitions, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QString();
        QTest::newRow("other object") << QStringLiteral("PartitionName=batch Nodes=node[1-4]");
        QTest::newRow("bad number") << QStringLiteral("NodeName=n1 CPUTot=many");
        QTest::newRow("no name") << QStringLiteral("NodeName= CPUTot=2");
        QTest::newRow("CPUTot over int") << QStringLiteral("NodeName=n1 CPUTot=99999999999");
        QTest::newRow("CPUTot fraction") << QStringLiteral("NodeName=n1 CPUTot=2.5");
        QTest::newRow("CPUAlloc negative") << QStringLiteral("NodeName=n1 CPUAlloc=-1");
        QTest::newRow("CPULoad nan") << QStringLiteral("NodeName=n1 CPULoad=nan");
        QTest::newRow("CurrentWatts inf") << QStringLiteral("NodeName=n1 CurrentWatts=inf");
        QTest::newRow("RealMemory 1e400") << QStringLiteral("NodeName=n1 RealMemory=1e400");
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff NodeName=x");
    }
    void garbage()
    {
        QFETCH(QString, line);
        SlurmNode node;
        QString error;
        QVERIFY(!ScontrolNodeParser::parseLine(line, &node, &error));
        QVERIFY(!error.isEmpty());
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator rng(5);
        const QString alphabet = QStringLiteral("NodeName=CPULoad 0123456789.=,/#\u00e9");
        SlurmNode node;
        QString error;
        for (int i = 0; i < 5000; ++i) {
            QString line = i % 2 ? QStringLiteral("NodeName=n ") : QString();
            const int length = int(rng.bounded(100));
            for (int k = 0; k < length; ++k)
                line += alphabet[int(rng.bounded(int(alphabet.size())))];
            if (ScontrolNodeParser::parseLine(line, &node, &error))
                QVERIFY(!node.name.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestScontrolNodeParser)
#include "TestScontrolNodeParser.moc"
