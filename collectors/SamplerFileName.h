// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace es {

/// A sampler file left on the cluster by resources/sampler/es-sampler-job.sh: `JOBID.NODE.samples` (srun's
/// `%j.%N.samples`), as the fetch lists it (`SIZE NAME`, one per line, from `find -printf '%s %f\n'`). Pure.
struct SamplerFileName
{
    Q_DECLARE_TR_FUNCTIONS(es::SamplerFileName)

public:
    QString fileName; ///< "1234.node17.samples"
    QString jobId;    ///< Slurm's numeric job id (%j: an array task's own id, not 12_3)
    QString node;     ///< the node name as Slurm knows it (%N)
    qint64 sizeBytes = 0;

    static constexpr QStringView Suffix = u".samples";

    /// Splits a file name; std::nullopt with *error when it is not `JOBID.NODE.samples` (JOBID digits, NODE
    /// [A-Za-z0-9._-]+, at most 255 bytes).
    static std::optional<SamplerFileName> parse(QStringView fileName, QString *error);
    /// One line of the listing, `SIZE NAME`.
    static std::optional<SamplerFileName> parseListingLine(QStringView line, QString *error);
};

} // namespace es
