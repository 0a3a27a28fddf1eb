// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: ProxmoxParser's three answers (cluster resources, node status, rrddata) on the same bytes.
#include "CheckedNumbers.h"
#include "FuzzInput.h"
#include "ProxmoxParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json = es::fuzz::bytes(data, size);
    QString error;
    es::ProxmoxParser::clusterResources(json, &error);
    es::ProxmoxParser::hostStatus(json, &error);
    if (const auto rows = es::ProxmoxParser::rrdData(json, &error)) {
        for (const es::ProxmoxRrdPoint &row : *rows) {
            if (!es::checked::isEpochS(row.ts))
                std::abort();
        }
    }
    return 0;
}
