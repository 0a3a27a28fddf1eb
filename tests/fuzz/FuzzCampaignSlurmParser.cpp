// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: CampaignSlurmParser on sacct's and squeue's answers (the same bytes through both).
#include "CampaignSlurmParser.h"
#include "FuzzInput.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = es::fuzz::bytes(data, size).toByteArray();
    QString error;
    if (const auto jobs = es::CampaignSlurmParser::parseSacct(text, &error)) {
        for (const es::CampaignJobState &job : *jobs) {
            if ((job.elapsedS && !std::isfinite(*job.elapsedS)) || (job.energyJ && !std::isfinite(*job.energyJ)))
                std::abort();
        }
    }
    es::CampaignSlurmParser::parseSqueue(text, &error);
    return 0;
}
