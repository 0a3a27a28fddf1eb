// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ReportData.h"
#include "ReportRenderer.h"

#include <QImage>
#include <QMap>
#include <QThread>

#include <atomic>
#include <optional>

namespace es {

/// The database and file halves of File > Export Report, in their own thread: Build collects the figures
/// (ReportBuilder, with the thread's own es::Store); Write composes the HTML or PDF and writes the file. Plots are
/// QCustomPlot widgets, so the caller renders them on the GUI thread in between (ReportRenderer::renderPlots(),
/// a fraction of a second).
///
/// Threading: construct, start() and cancel() from the GUI thread; results may be read once QThread::finished()
/// has been delivered.
class ReportWorker final : public QThread
{
    Q_OBJECT
public:
    /// Build step.
    ReportWorker(const QString &location, const ReportRequest &request, QObject *parent = nullptr);
    /// Write step.
    ReportWorker(const ReportData &data, const QMap<QString, QImage> &plots, const QString &path,
                 ReportRenderer::Format format, QObject *parent = nullptr);
    ~ReportWorker() override;
    Q_DISABLE_COPY_MOVE(ReportWorker)

    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }
    /// Build: the figures. Write: the data it wrote.
    const std::optional<ReportData> &data() const { return m_data; }
    int pages() const { return m_pages; }

protected:
    void run() override;

private:
    enum class Step
    {
        Build,
        Write
    };
    const Step m_step;
    const QString m_location;
    const ReportRequest m_request;
    std::optional<ReportData> m_data;
    const QMap<QString, QImage> m_plots;
    const QString m_path;
    const ReportRenderer::Format m_format = ReportRenderer::Format::Pdf;
    std::atomic_bool m_cancel = false;
    bool m_ok = false;
    int m_pages = 0;
    QString m_error;
};

} // namespace es
