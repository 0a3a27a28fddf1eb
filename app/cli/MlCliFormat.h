// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "RegressionMetrics.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace es::mlcli {

/// A finite number as JSON, NaN or infinity as null.
QJsonValue jsonNumber(double v);
/// A number for a line of text: `precision` + 2 significant digits, "n/a" when not finite.
QString shortNumber(double v, int precision = 3);
/// "R² … MAE … RMSE … MAPE …%", with the zero targets MAPE leaves out, then the shares within 2x and under-predicted.
QString metricsLine(const ml::RegressionMetrics &m);
/// An option taking a value, without a description (the command's help text describes it).
QCommandLineOption valueOption(const char *name, const char *valueName);

} // namespace es::mlcli
