// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "MlCliFormat.h"

#include "CliApp.h"

#include <QLocale>

#include <cmath>

namespace es::mlcli {

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString shortNumber(double v, int precision)
{
    if (!std::isfinite(v))
        return QStringLiteral("n/a");
    return QLocale::c().toString(v, 'g', precision + 2);
}

QString metricsLine(const ml::RegressionMetrics &m)
{
    QString line = CliApp::tr("R² %1  MAE %2  RMSE %3  MAPE %4%")
                       .arg(shortNumber(m.r2), shortNumber(m.mae), shortNumber(m.rmse), shortNumber(m.mapePct));
    if (m.mapeExcludedZeros > 0)
        line += CliApp::tr(" (MAPE leaves out %1 zero targets)").arg(m.mapeExcludedZeros);
    line += CliApp::tr("  within 2x %1%  under-predicted %2%")
                .arg(shortNumber(m.within2xPct, 1), shortNumber(m.underPredictedPct, 1));
    return line;
}

QCommandLineOption valueOption(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

} // namespace es::mlcli
