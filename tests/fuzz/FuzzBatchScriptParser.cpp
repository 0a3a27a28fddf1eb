// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: BatchScriptParser on a batch script. Counts stay positive, node ranges ordered.
#include "BatchScriptParser.h"
#include "FuzzInput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto script = es::BatchScriptParser::parse(QString::fromUtf8(es::fuzz::bytes(data, size)), &error);
    if (!script)
        return 0;
    if ((script->nodesMin && *script->nodesMin < 1) || (script->nodesMax && *script->nodesMax < *script->nodesMin))
        std::abort();
    if ((script->memMb && *script->memMb < 0) || (script->timeLimitS && *script->timeLimitS < 0))
        std::abort();
    return 0;
}
