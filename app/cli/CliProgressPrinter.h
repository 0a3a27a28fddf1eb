// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace es {

class CliApp;

/// Progress of a long command on stderr, at most once a second (rewritten in place on a terminal, a line each
/// otherwise), so that --json output on stdout stays one document. Call it from the thread doing the work.
class CliProgressPrinter final
{
public:
    explicit CliProgressPrinter(CliApp &app);
    ~CliProgressPrinter();
    Q_DISABLE_COPY_MOVE(CliProgressPrinter)

    /// At most once a second, on stderr: "stage (done of total unit)", "stage (done unit)" when total <= 0 (a size
    /// not known yet), "stage" when both are 0; unit defaults to "fits".
    void operator()(const QString &stage, int done, int total);
    void setUnit(const QString &unit) { m_unit = unit; }

private:
    CliApp &m_app;
    QElapsedTimer m_timer;
    QString m_unit;
    bool m_printed = false;
};

} // namespace es
