// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportWorker.h"

#include "ReportBuilder.h"
#include "Store.h"

namespace es {

ReportWorker::ReportWorker(const QString &location, const ReportRequest &request, QObject *parent)
    : QThread(parent), m_step(Step::Build), m_location(location), m_request(request)
{}

ReportWorker::ReportWorker(const ReportData &data, const QMap<QString, QImage> &plots, const QString &path,
                           ReportRenderer::Format format, QObject *parent)
    : QThread(parent), m_step(Step::Write), m_data(data), m_plots(plots), m_path(path), m_format(format)
{}

ReportWorker::~ReportWorker()
{
    cancel();
    wait();
}

void ReportWorker::run()
{
    if (m_step == Step::Build) {
        Store store;
        if (!store.open(m_location, &m_error))
            return;
        ReportBuilder builder(store);
        builder.setCancelFlag(&m_cancel);
        m_data = builder.build(m_request, &m_error);
        m_ok = m_data.has_value();
        return;
    }
    if (isCancelled())
        return;
    m_ok = ReportRenderer::write(*m_data, m_plots, m_path, m_format, &m_error, &m_pages);
}

} // namespace es
