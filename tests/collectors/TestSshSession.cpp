// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LabSsh.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "TestStores.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace es;

namespace {

/// Records what it was asked and answers as configured.
class RecordingPrompter final : public SshPrompter
{
public:
    bool accept = false;
    int hostKeyQuestions = 0;
    QString lastFingerprint;
    bool acceptUnknownHostKey(const QString &, int, const QString &, const QString &fingerprint) override
    {
        ++hostKeyQuestions;
        lastFingerprint = fingerprint;
        return accept;
    }
    std::optional<QString> keyPassphrase(const QString &) override { return std::nullopt; }
    std::optional<QString> password(const QString &, const QString &) override { return std::nullopt; }
    std::optional<QStringList> keyboardInteractive(const QString &, const QString &, const QStringList &,
                                                   const QList<bool> &) override
    {
        return std::nullopt;
    }
};

} // namespace

/// The SSH transport against a real sshd (tests/lab/sshd.sh) on 127.0.0.1.
class TestSshSession : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SSHD_ENV");
        if (m_lab.isEmpty())
            QSKIP("no lab sshd for this run (run through ctest)");
    }

    void runsQuotedCommands()
    {
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        const QStringList args{QStringLiteral("printf"), QStringLiteral("%s\\n"), QStringLiteral("a b"),
                               QStringLiteral("it's"),   QStringLiteral("$(id)"), QStringLiteral("caf\u00e9|x")};
        QByteArray out;
        QVERIFY2(ssh.run(shell::join(args), &out, &error), qPrintable(error));
        QCOMPARE(QString::fromUtf8(out), QStringLiteral("a b\nit's\n$(id)\ncaf\u00e9|x\n"));
    }

    void streamsLargeOutputAndKeepsStatus()
    {
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        qint64 bytes = 0;
        int chunks = 0;
        SshSession::ExitInfo exit;
        QVERIFY2(ssh.exec(
                     QStringLiteral("head -c 20000000 /dev/zero; echo oops >&2; exit 3"),
                     [&](QByteArrayView chunk) {
                         bytes += chunk.size();
                         ++chunks;
                         return true;
                     },
                     &exit, &error),
                 qPrintable(error));
        QCOMPARE(bytes, qint64(20000000));
        QVERIFY(chunks > 1); // delivered as it arrives, not at the end
        QCOMPARE(exit.exitStatus, 3);
        QCOMPARE(exit.standardError, QByteArray("oops\n"));
        QByteArray out;
        QVERIFY(!ssh.run(QStringLiteral("ls /no/such/dir"), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("exited with status 2")) && error.contains(QStringLiteral("/no/such")),
                 qPrintable(error));
    }

    void unknownHostKeyIsAskedAndRemembered()
    {
        SshEndpoint e = test::labSshEndpoint(m_lab);
        e.knownHostsFile = m_dir.filePath(QStringLiteral("sub/known_hosts"));
        RecordingPrompter prompter;
        SshSession ssh;
        QString error;
        QVERIFY(!ssh.connect(e, prompter, &error));
        QCOMPARE(prompter.hostKeyQuestions, 1);
        QCOMPARE(prompter.lastFingerprint, m_lab.value(QStringLiteral("LAB_HOST_KEY_FINGERPRINT")));
        QVERIFY2(error.contains(QStringLiteral("not accepted")), qPrintable(error));
        QVERIFY(!QFile::exists(e.knownHostsFile));

        prompter.accept = true;
        QVERIFY2(ssh.connect(e, prompter, &error), qPrintable(error));
        QCOMPARE(prompter.hostKeyQuestions, 2);
        QVERIFY(QFile::exists(e.knownHostsFile));
        // Known now: no question.
        QVERIFY2(ssh.connect(e, prompter, &error), qPrintable(error));
        QCOMPARE(prompter.hostKeyQuestions, 2);
    }

    void changedHostKeyIsRefused()
    {
        SshEndpoint e = test::labSshEndpoint(m_lab);
        e.knownHostsFile = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        QFile other(m_lab.value(QStringLiteral("LAB_OTHER_HOST_KEY")) + QStringLiteral(".pub"));
        QVERIFY(other.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = other.readAll().trimmed().split(' ');
        QFile known(e.knownHostsFile);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write("# another host\nexample.org " + parts[0] + ' ' + parts[1] + '\n');
        known.write(QStringLiteral("[%1]:%2 ").arg(e.host).arg(e.port).toUtf8() + parts[0] + ' ' + parts[1] + '\n');
        known.close();
        RecordingPrompter prompter;
        prompter.accept = true; // even a careless user is not asked: a changed key is refused
        SshSession ssh;
        QString error;
        QVERIFY(!ssh.connect(e, prompter, &error));
        QCOMPARE(prompter.hostKeyQuestions, 0);
        QVERIFY2(error.contains(QStringLiteral("CHANGED")), qPrintable(error));
        QVERIFY2(error.contains(e.knownHostsFile + QStringLiteral(":3")), qPrintable(error)); // the entry's line
        QVERIFY2(error.contains(m_lab.value(QStringLiteral("LAB_HOST_KEY_FINGERPRINT"))), qPrintable(error));
    }

    void wrongKeyIsAClearAuthenticationError()
    {
        SshEndpoint e = test::labSshEndpoint(m_lab);
        e.keyFile = m_lab.value(QStringLiteral("LAB_OTHER_HOST_KEY")); // a valid key the server does not know
        NonInteractivePrompter prompter;
        SshSession ssh;
        QString error;
        QVERIFY(!ssh.connect(e, prompter, &error));
        QVERIFY2(error.contains(QStringLiteral("authentication to")) && error.contains(QStringLiteral("publickey")),
                 qPrintable(error));
        e.keyFile = m_dir.filePath(QStringLiteral("absent_key"));
        QVERIFY(!ssh.connect(e, prompter, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }

    void refusedConnection()
    {
        SshEndpoint e = test::labSshEndpoint(m_lab);
        e.port = 1; // nothing listens there
        NonInteractivePrompter prompter;
        SshSession ssh;
        QString error;
        QVERIFY(!ssh.connect(e, prompter, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
    }

    void cancelStopsALongCommand()
    {
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        std::atomic_bool cancel{false};
        QThread *canceller = QThread::create([&cancel] {
            QThread::msleep(300);
            cancel = true;
        });
        canceller->start();
        SshSession::ExitInfo exit;
        const bool ok = ssh.exec(
            QStringLiteral("sleep 30"), [](QByteArrayView) { return true; }, &exit, &error, &cancel);
        canceller->wait();
        delete canceller;
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void droppedConnectionIsReported()
    {
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        // The remote shell prints the pid of its sshd session process; the test kills that process mid-command.
        SshSession::ExitInfo exit;
        const bool ok = ssh.exec(
            QStringLiteral("echo $PPID; sleep 20"),
            [](QByteArrayView chunk) {
                const pid_t pid = pid_t(chunk.toByteArray().trimmed().toLong());
                if (pid > 1)
                    ::kill(pid, SIGKILL);
                return true;
            },
            &exit, &error, nullptr, 15);
        QVERIFY(!ok || exit.exitStatus != 0);
        if (!ok)
            QVERIFY2(error.contains(QStringLiteral("lost")) || error.contains(QStringLiteral("sent nothing")),
                     qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
