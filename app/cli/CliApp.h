// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace es {

/// energy-studio-cli: every headless step of the application. Global options come before the command; with
/// --json the command prints one JSON document on stdout while progress and messages go to stderr.
/// Exit codes: 0 ok, 1 bad input or a failed operation, 2 usage error.
///
/// The output devices are injected so that tests can run commands in-process; by default they are the process's
/// stdout and stderr.
class CliApp final
{
    Q_DECLARE_TR_FUNCTIONS(es::CliApp) // CliApp::tr(): the messages of every command share this context

public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

    CliApp(QIODevice *out = nullptr, QIODevice *err = nullptr);
    Q_DISABLE_COPY_MOVE(CliApp)

    int run(const QStringList &arguments);

    // For commands implemented in other files (see CliCommands.h).
    /// Parses a command's options after adding -h/--help (single-dash long options allowed). Returns the exit code
    /// when the command ends here (help printed: Ok; bad options, with the help: Usage), std::nullopt to go on.
    std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                        const QString &help);
    bool openStore(class Store &store);
    void print(const QString &text);
    /// A message on stderr (a newline is added when missing).
    void printError(const QString &text);
    void printJson(const QJsonObject &object);
    /// Prints the message and the command's help on stderr; returns Usage.
    int usageError(const QString &message, const QString &help);
    bool jsonOutput() const { return m_json; }
    bool errIsTerminal() const { return m_errIsTerminal; }
    QIODevice *out() const { return m_out; }
    QIODevice *err() const { return m_err; }

private:
    int runImport(const QStringList &args);
    int runExport(const QStringList &args);
    int runStats(const QStringList &args);
    static QString globalHelp();

    QFile m_stdout;
    QFile m_stderr;
    QIODevice *m_out;
    QIODevice *m_err;
    QString m_dbLocation;
    bool m_json = false;
    bool m_errIsTerminal = false;
};

} // namespace es
