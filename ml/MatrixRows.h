// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <Eigen/Dense>
#include <vector>

namespace es::ml {

/// The rows `rows` of x, in that order (a copy).
inline Eigen::MatrixXd rowsOf(const Eigen::MatrixXd &x, const std::vector<qsizetype> &rows)
{
    Eigen::MatrixXd out(qsizetype(rows.size()), x.cols());
    for (size_t i = 0; i < rows.size(); ++i)
        out.row(qsizetype(i)) = x.row(rows[i]);
    return out;
}

/// The entries `rows` of v, in that order (a copy).
inline Eigen::VectorXd rowsOf(const Eigen::VectorXd &v, const std::vector<qsizetype> &rows)
{
    Eigen::VectorXd out(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        out(qsizetype(i)) = v(rows[i]);
    return out;
}

} // namespace es::ml
