// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;

/// Row counts of the store, per table and per cluster, for `stats` and the GUI's status line.
struct StoreStats
{
    struct ClusterCounts
    {
        QString cluster;
        qint64 jobs = 0;
        qint64 steps = 0;
        qint64 jobMetrics = 0;
        qint64 nodes = 0;
        qint64 samples = 0;
        std::optional<qint64> firstSubmitTs;
        std::optional<qint64> lastEndTs;
    };

    QList<std::pair<QString, qint64>> tables;
    QList<ClusterCounts> clusters;

    /// Reads the counts; std::nullopt with *error on a database error.
    static std::optional<StoreStats> read(Store &store, QString *error);
};

} // namespace es
