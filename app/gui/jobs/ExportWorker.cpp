// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ExportWorker.h"

#include "CsvExporter.h"
#include "CsvWriter.h"
#include "Store.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace es {
ExportWorker::ExportWorker(const QString &location, const JobQuery &query, const QString &path, QObject *parent)
    : QThread(parent), m_location(location), m_query(query), m_path(path)
{}

ExportWorker::~ExportWorker()
{
    cancel();
    wait();
}

void ExportWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return;
    }
    QVariantList binds;
    const QString sql = m_query.exportSql(&binds);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = tr("Cannot prepare the export: %1").arg(query.lastError().text());
        return;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        m_error = tr("The export query failed: %1").arg(query.lastError().text());
        return;
    }
    CsvWriter writer(&file);
    const QSqlRecord record = query.record();
    const int columns = record.count();
    for (int i = 0; i < columns; ++i)
        writer.addField(record.fieldName(i));
    writer.endRow();
    while (query.next()) {
        for (int i = 0; i < columns; ++i)
            writer.addField(CsvExporter::formatValue(query.value(i)));
        writer.endRow();
        if (++m_rows % 10000 == 0) {
            if (m_cancel.load()) {
                file.cancelWriting();
                m_error = tr("Export cancelled; %1 was not written").arg(m_path);
                return;
            }
            Q_EMIT progress(m_rows);
        }
    }
    if (query.lastError().isValid()) {
        file.cancelWriting();
        m_error = tr("Reading the jobs failed: %1").arg(query.lastError().text());
        return;
    }
    if (!writer.flush() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return;
    }
    m_ok = true;
}

} // namespace es
