// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// sacct's default fixed-width output. The lines are in sacct's layout (default widths, JobID left-justified, the
// rest right-justified, cut values ending in '+'); the values of the file test come from the real OSC dump.
#include "SacctFixedWidth.h"
#include "TestStores.h"

#include <QFile>
#include <QTest>

using namespace es;

namespace {

const QString kHeader = QStringLiteral("JobID           JobName  Partition    Account  AllocCPUS      State ExitCode ");
const QString kRule = QStringLiteral("------------ ---------- ---------- ---------- ---------- ---------- -------- ");

QStringList fieldsOf(const QString &delimited)
{
    return delimited.split(SacctFixedWidth::delimiter());
}

} // namespace

class TestSacctFixedWidth : public QObject
{
    Q_OBJECT
private slots:
    void columnsFromTheRule()
    {
        QVERIFY(SacctFixedWidth::isRule(kRule));
        QVERIFY(!SacctFixedWidth::isRule(QStringLiteral("---  ---")));
        QVERIFY(!SacctFixedWidth::isRule(QStringLiteral("JobID|State")));
        const auto layout = SacctFixedWidth::fromHeader(kHeader, kRule);
        QVERIFY(layout);
        QCOMPARE(layout->fieldNames(),
                 (QStringList{QStringLiteral("JobID"), QStringLiteral("JobName"), QStringLiteral("Partition"),
                              QStringLiteral("Account"), QStringLiteral("AllocCPUS"), QStringLiteral("State"),
                              QStringLiteral("ExitCode")}));
        QVERIFY(!SacctFixedWidth::fromHeader(QStringLiteral("JobName  State"), QStringLiteral("-------- -----")));
        QVERIFY(!SacctFixedWidth::fromHeader(kHeader, QStringLiteral("---- ----")));
    }

    void cutValues()
    {
        const auto layout = SacctFixedWidth::fromHeader(kHeader, kRule);
        QVERIFY(layout);
        QStringList cut;
        QString error;
        QStringList fields = fieldsOf(layout->toDelimited(
            QStringLiteral("2074737      _mb_bot24+        GPU    mc4sa9p         32  COMPLETED      0:0 "), &cut,
            &error));
        QCOMPARE(fields.value(0), QStringLiteral("2074737"));
        QCOMPARE(fields.value(1), QString()); // cut: left empty, never "_mb_bot24+"
        QCOMPARE(fields.value(2), QStringLiteral("GPU"));
        QCOMPARE(cut, QStringList{QStringLiteral("JobName")});

        cut.clear();
        fields = fieldsOf(layout->toDelimited(
            QStringLiteral("2074737.bat+      batch               mc4sa9p         32 CANCELLED+      0:0 "), &cut,
            &error));
        QCOMPARE(fields.value(0), QStringLiteral("2074737.batch"));
        QCOMPARE(fields.value(2), QString());
        QCOMPARE(fields.value(5), QStringLiteral("CANCELLED")); // "CANCELLED by 1000"
        QVERIFY(cut.isEmpty());

        // Laid out as sacct does: JobID left-justified in 12, the rest right-justified in 10 (ExitCode 8).
        const QString line = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 ")
                                 .arg(QStringLiteral("1234567.ext+"), -12)
                                 .arg(QStringLiteral("extern"), 10)
                                 .arg(QString(), 10)
                                 .arg(QStringLiteral("acc"), 10)
                                 .arg(QStringLiteral("1"), 10)
                                 .arg(QStringLiteral("OUT_OF_ME+"), 10)
                                 .arg(QStringLiteral("0:125"), 8);
        fields = fieldsOf(layout->toDelimited(line, &cut, &error));
        QCOMPARE(fields.value(0), QStringLiteral("1234567.extern"));
        QCOMPARE(fields.value(5), QStringLiteral("OUT_OF_MEMORY"));
    }

    void unrecoverableIdIsAnError()
    {
        const auto layout = SacctFixedWidth::fromHeader(kHeader, kRule);
        QVERIFY(layout);
        QStringList cut;
        QString error;
        QVERIFY(layout
                    ->toDelimited(QStringLiteral("12345678.12+     solver    compute        acc         48  COMPLETED "
                                                 "     0:0 "),
                                  &cut, &error)
                    .isEmpty());
        QVERIFY2(error.contains(QStringLiteral("--parsable2")), qPrintable(error));
    }

    // Whatever the line, the answer is an error or the seven fields, none of them a value sacct cut.
    void garbageGivesAnErrorOrSevenCleanFields()
    {
        const auto layout = SacctFixedWidth::fromHeader(kHeader, kRule);
        QVERIFY(layout);
        for (const QString &line : {QString(), QStringLiteral("+"), QString(200, u'+'), QStringLiteral("\x01\x02"),
                                    QStringLiteral("a.+"), QStringLiteral("            +"), QString(300, u' '),
                                    QStringLiteral("1\x1f"
                                                   "2")}) {
            QStringList cut;
            QString error;
            const QString delimited = layout->toDelimited(line, &cut, &error);
            if (delimited.isEmpty()) {
                QVERIFY2(!error.isEmpty(), qPrintable(line));
                continue;
            }
            const QStringList fields = fieldsOf(delimited);
            QCOMPARE(fields.size(), 7);
            // A short value may end in '+' (a name such as "a+"); one that fills its column is sacct's cut mark.
            const int widths[] = {12, 10, 10, 10, 10, 10, 8};
            for (int i = 0; i < 7; ++i)
                QVERIFY2(!(fields[i].size() >= widths[i] && fields[i].endsWith(u'+')), qPrintable(line));
        }
        QStringList cut;
        QString error;
        QVERIFY(layout
                    ->toDelimited(QStringLiteral("1\x1f"
                                                 "2"),
                                  &cut, &error)
                    .isEmpty()); // the reader's own delimiter
        QVERIFY2(error.contains(QStringLiteral("0x1f")), qPrintable(error));
        QVERIFY(!SacctFixedWidth::fromHeader(QString(), QString()));
        QVERIFY(!SacctFixedWidth::fromHeader(QStringLiteral("JobID"), QStringLiteral("-"))); // names "J": no JobID
        const auto narrow = SacctFixedWidth::fromHeader(QStringLiteral("JobID"), QStringLiteral("-----"));
        QVERIFY(narrow);
        QCOMPARE(narrow->fieldNames(), QStringList{QStringLiteral("JobID")});
    }
};

QTEST_GUILESS_MAIN(TestSacctFixedWidth)
#include "TestSacctFixedWidth.moc"
