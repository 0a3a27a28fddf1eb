// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: SbatchTestOnlyParser on the stderr of `sbatch --test-only`.
#include "CheckedNumbers.h"
#include "FuzzInput.h"
#include "SbatchTestOnlyParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto result = es::SbatchTestOnlyParser::parse(QString::fromUtf8(es::fuzz::bytes(data, size)), -3600, &error);
    if (result && !es::checked::isEpochS(result->startTs))
        std::abort();
    return 0;
}
