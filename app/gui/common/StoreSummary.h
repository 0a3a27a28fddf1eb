#pragma once

#include <QStringList>

namespace es {

/// Whole-store facts the jobs view needs besides the rows: the empty state and the filter choices.
struct StoreSummary
{
    qint64 totalJobs = -1; ///< -1: not read yet
    QStringList clusters;
    QStringList states;
    QStringList users;
    QStringList partitions;
};

} // namespace es
