// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Dataset.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace es {
class Store;
}

namespace es::ml {

/// Builds Datasets from a CSV file or from the store's jobs joined with their job metrics. Loaders report what they
/// left out (rows without a target, features dropped) in *notes, one sentence each, and fail with a message fit
/// for the user (`file:line: reason` for CSV) instead of keeping bad values.
class DatasetLoader final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::DatasetLoader)
public:
    struct CsvOptions
    {
        QString targetColumn;
        /// Feature columns, each optionally suffixed ":cat" (categorical), ":num" (numeric), ":after" (known only
        /// after the job ran); without :cat/:num the kind is numeric when every non-empty value is a number.
        QStringList features;
        QString timeColumn;      ///< epoch seconds; enables time-ordered splits
        QString groupColumn;     ///< baseline groups; default: job_type when the file has it
        QString requestedColumn; ///< requested run time in seconds (duration baseline)
        QString foldColumn;      ///< a given fold per row, 0..K-1 (shares a split with another tool)
        QChar separator = u',';
    };

    struct StoreOptions
    {
        QString target;                ///< energy_j, duration_s, temp_peak_c or the name of a numeric store feature
        QString cluster;               ///< empty: every cluster
        bool afterRunFeatures = false; ///< also use what is known only after a job ran (temperatures, power...)
        /// Only these features (names of storeFeatures(), or "feature:NAME" for a numeric dataset feature kept by
        /// an import in job_features); empty: every feature of storeFeatures() of the phases asked for, no dataset
        /// feature (a kept column may well be known only after the run: it is used only when named). Naming an
        /// after-run feature here uses it whatever afterRunFeatures says.
        QStringList features;
        /// May be set from any thread; checked every kRowsPerCheck rows read (from the loading thread): fromStore()
        /// then fails with "cancelled".
        const std::atomic_bool *cancel = nullptr;
        /// Called from the loading thread every kRowsPerCheck rows read, with the rows read so far.
        std::function<void(qint64 rowsRead)> progress;
    };

    /// Rows read between two checks of StoreOptions::cancel and calls of StoreOptions::progress (a few ms of SQLite).
    static constexpr qint64 kRowsPerCheck = 4096;

    /// A feature fromStore() can read: its name, kind, phase and the SQL expression over the aliases
    /// j (jobs), c (clusters) and m (job_metrics, LEFT JOINed).
    struct StoreFeature
    {
        QString name;
        FeatureKind kind = FeatureKind::Numeric;
        FeaturePhase phase = FeaturePhase::BeforeRun;
        QString sql;
        /// Derived after the read from other rows (sql is NULL): not a target. user_recent_runtime_s is the mean
        /// run time of the same user's last two jobs that had ended when the job was submitted.
        bool derived = false;
    };

    /// The derived feature's name: the user's recent run times (RunTimeBaselines::userLastTwoMeanS).
    static inline const QString kUserRecentRuntime = QStringLiteral("user_recent_runtime_s");

    static std::optional<Dataset> fromCsv(const QString &path, const CsvOptions &options, QStringList *notes,
                                          QString *error);
    static std::optional<Dataset> fromStore(Store &store, const StoreOptions &options, QStringList *notes,
                                            QString *error);
    /// "feature:": the prefix of a dataset feature's name (job_features.name after it).
    static inline const QString kDatasetFeaturePrefix = QStringLiteral("feature:");
    static bool isDatasetFeature(const QString &name);
    /// The StoreFeature of a dataset feature "feature:NAME": numeric, its SQL a subquery of job_features with one
    /// placeholder for NAME.
    static StoreFeature datasetFeature(const QString &name);
    /// The dataset features stored (of one cluster, or of all when empty), as "feature:NAME", sorted.
    static std::optional<QStringList> datasetFeatureNames(Store &store, const QString &cluster, QString *error);
    /// The targets fromStore() knows.
    static QStringList storeTargets();
    /// Every feature fromStore() knows, before-run ones first.
    static const QList<StoreFeature> &storeFeatures();
    /// The SQL expression of a store target (one of storeTargets() or a numeric feature of storeFeatures()) over the
    /// aliases j, c and m; empty for an unknown target.
    static QString targetSql(const QString &target);
};

} // namespace es::ml
