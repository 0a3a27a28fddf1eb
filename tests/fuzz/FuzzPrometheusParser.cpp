// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: PrometheusResponseParser on an HTTP API answer body. Points must be finite and increasing.
#include "FuzzInput.h"
#include "PrometheusResponseParser.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = es::fuzz::bytes(data, size).toByteArray();
    QString error;
    es::PrometheusResponseParser::errorMessage(body);
    const auto matrix = es::PrometheusResponseParser::parseMatrix(body, &error);
    if (!matrix)
        return 0;
    for (const es::PrometheusSeries &series : matrix->series) {
        es::PrometheusResponseParser::describeLabels(series.labels);
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            if (!std::isfinite(series.points[i].value) || (i > 0 && series.points[i].ts <= series.points[i - 1].ts))
                std::abort();
        }
    }
    return 0;
}
