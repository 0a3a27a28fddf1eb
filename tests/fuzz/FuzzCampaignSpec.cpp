// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: CampaignSpec::fromJson on a campaign file; what it accepts must validate, give its workloads and
// come back the same through toJson; an arrival
// schedule must stay within its max_runs.
#include "CampaignSpec.h"
#include "FuzzInput.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto spec = es::CampaignSpec::fromJson(es::fuzz::bytes(data, size).toByteArray(), &error);
    if (!spec)
        return 0;
    if (!spec->validate(&error))
        std::abort();
    spec->workloads();
    if (spec->arrival &&
        spec->arrival->schedule(spec->seed, int(spec->workloadEntries.size())).size() > spec->arrival->maxRuns)
        std::abort();
    const auto again = es::CampaignSpec::fromJson(QJsonDocument(spec->toJson()).toJson(), &error);
    if (!again || again->toJson() != spec->toJson())
        std::abort();
    return 0;
}
