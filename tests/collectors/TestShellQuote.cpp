// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ShellQuote.h"

#include <QProcess>
#include <QTest>

using namespace es;

class TestShellQuote : public QObject
{
    Q_OBJECT
private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("sacct") << QStringLiteral("sacct");
        QTest::newRow("option") << QStringLiteral("--format=JobID,State") << QStringLiteral("--format=JobID,State");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("injection") << QStringLiteral("x; rm -rf /") << QStringLiteral("'x; rm -rf /'");
        QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    }
    void quote()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(shell::quote(argument), quoted);
    }

    // The real test: a POSIX shell reads every quoted argument back unchanged.
    void shellReadsArgumentsBack()
    {
        const QStringList arguments{QStringLiteral("plain"),  QStringLiteral("two words"),     QStringLiteral("it's"),
                                    QStringLiteral("$(id)"),  QStringLiteral("`id`"),          QStringLiteral("a\nb"),
                                    QStringLiteral("\"dq\""), QStringLiteral("back\\slash"),   QString(),
                                    QStringLiteral("*"),      QStringLiteral("caf\u00e9|\x1f")};
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + shell::join(arguments)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
        QByteArray out = sh.readAllStandardOutput();
        QVERIFY(out.endsWith('\0'));
        out.chop(1);
        QStringList back;
        for (const QByteArray &part : out.split('\0'))
            back << QString::fromUtf8(part);
        QCOMPARE(back, arguments);
    }

    void environment()
    {
        QCOMPARE(shell::withEnvironment({{QStringLiteral("SLURM_TIME_FORMAT"), QStringLiteral("%s")}},
                                        {QStringLiteral("sacct"), QStringLiteral("-P")}),
                 QStringLiteral("SLURM_TIME_FORMAT=%s sacct -P"));
        QCOMPARE(shell::withEnvironment({{QStringLiteral("TZ"), QStringLiteral("a b")}}, {QStringLiteral("date")}),
                 QStringLiteral("TZ='a b' date"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "TestShellQuote.moc"
