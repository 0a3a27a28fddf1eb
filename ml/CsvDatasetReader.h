// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Dataset.h"
#include "DatasetLoader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace es::ml {

/// DatasetLoader::fromCsv's reader: a CSV file with a header into a Dataset (see DatasetLoader::CsvOptions). Every
/// record is read as text first, so that a feature's kind (unless its request names one) is decided on all of its
/// values. Errors name file:line and the column. Pure apart from reading the file; usable from any thread.
class CsvDatasetReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::CsvDatasetReader)
public:
    static std::optional<Dataset> read(const QString &path, const DatasetLoader::CsvOptions &options,
                                       QStringList *notes, QString *error);
};

} // namespace es::ml
