// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: SacctJsonParser on any bytes (sacct --json of Slurm 22.05 and of the later data_parser shape).
#include "CheckedNumbers.h"
#include "FuzzInput.h"
#include "SacctJsonParser.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto result = es::SacctJsonParser::parse(es::fuzz::bytes(data, size).toByteArray(), &error);
    if (!result)
        return 0;
    for (const auto &entry : result->jobs) {
        for (const auto &ts : {entry.job.submitTs, entry.job.startTs, entry.job.endTs}) {
            if (ts && !es::checked::isEpochS(*ts))
                std::abort();
        }
        if (entry.job.jobId.isEmpty())
            std::abort();
        for (const es::JobStep &step : entry.steps) {
            if (step.energyJ && !std::isfinite(*step.energyJ))
                std::abort();
        }
    }
    return 0;
}
