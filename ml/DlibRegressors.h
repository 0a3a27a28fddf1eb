// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Regressor.h"

#include <memory>

namespace es::ml {

/// The dlib-backed regressors (random forest, kernel ridge and SVR with an RBF kernel). dlib stays inside
/// DlibRegressors.cpp: this header exposes plain Regressor objects only. Returns nullptr for Algorithm::Ridge.
std::unique_ptr<Regressor> createDlibRegressor(Algorithm algorithm, const QJsonObject &hyperparameters);
/// The dlib version compiled in, "19.24.0" (for the About box).
QString dlibVersion();

} // namespace es::ml
