// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace es {
class Store;
}

namespace es::ml {

/// One stored job's features and targets, read with the same SQL expressions as DatasetLoader::fromStore(), so a
/// model trained on the store gets the inputs it was trained with.
///
/// Threading: uses the Store it is given, from that Store's thread.
class JobFeatureReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::JobFeatureReader)
public:
    struct JobFeatures
    {
        qint64 jobPk = 0; ///< jobs.id
        QString cluster;
        QString jobId;
        /// Feature name (DatasetLoader::storeFeatures()) -> value as text; a feature whose value is unknown (NULL)
        /// is absent.
        QHash<QString, QString> values;
        /// Target name (DatasetLoader::storeTargets() and the numeric features) -> value, for the values known now.
        QHash<QString, double> targets;
    };

    /// Reads job `jobId` (Slurm's id, with an array/het suffix if any) of `cluster`, or of whichever cluster has
    /// it when `cluster` is empty. Fails (*error) for an unknown job and for an id that several clusters have.
    static std::optional<JobFeatures> read(Store &store, const QString &cluster, const QString &jobId, QString *error);

private:
    /// Adds DatasetLoader::kUserRecentRuntime to job->values when the user had ended jobs at the submission.
    static bool readUserRecentRuntime(Store &store, JobFeatures *job, QString *error);
};

} // namespace es::ml
