// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: the CSV dataset path of Importer: CsvReader's record parsing, the header mapped by
// DatasetCsvColumns, then each record into a job and its metrics.
#include "CheckedNumbers.h"
#include "CsvReader.h"
#include "DatasetCsvColumns.h"
#include "FuzzInput.h"
#include "Job.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto lines = es::fuzz::lines(es::fuzz::bytes(data, size));
    if (lines.isEmpty())
        return 0;
    QStringList fields;
    QString error;
    if (!es::CsvReader::parseRecord(QString::fromUtf8(lines.front()), u',', &fields, &error))
        return 0;
    es::DatasetCsvColumns columns;
    QStringList ignored;
    if (!columns.mapHeader(fields, {}, QStringLiteral("fuzz.csv"), 1, &ignored, &error))
        return 0;
    const qsizetype width = fields.size();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!es::CsvReader::parseRecord(QString::fromUtf8(lines[i]), u',', &fields, &error) || fields.size() != width)
            continue;
        es::Job job;
        es::JobMetrics metrics;
        bool hasMetrics = false;
        if (!columns.parseRecord(fields, &job, &metrics, &hasMetrics).isEmpty())
            continue;
        if (job.endTs && !es::checked::isEpochS(*job.endTs))
            std::abort();
        if (metrics.energyJ && !std::isfinite(*metrics.energyJ))
            std::abort();
    }
    return 0;
}
