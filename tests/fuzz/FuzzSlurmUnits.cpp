// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: the value parsers of SlurmUnits on each whitespace-separated word. A value must come back in
// range, and never with the malformed flag set.
#include "CheckedNumbers.h"
#include "FuzzInput.h"
#include "SlurmUnits.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(es::fuzz::bytes(data, size));
    for (const QStringView word : QStringView(text).split(u' ')) {
        bool malformed = false, range = false, perCpu = false, perNode = false;
        if (const auto d = es::slurm::parseDurationS(word, &malformed, &range);
            d && (malformed || *d < 0 || *d > double(es::checked::kMaxDurationS) + 1))
            std::abort();
        if (const auto m = es::slurm::parseMemoryMb(word, &malformed, &perCpu, &perNode, &range);
            m && (malformed || !std::isfinite(*m)))
            std::abort();
        if (const auto f = es::slurm::parseFrequencyMhz(word, &malformed, &range); f && !std::isfinite(*f))
            std::abort();
        if (const auto s = es::slurm::parseScaledNumber(word, &malformed, &range); s && !std::isfinite(*s))
            std::abort();
        if (const auto t = es::slurm::parseTimestamp(word, 7200, &malformed, &range);
            t && (malformed || !es::checked::isEpochS(*t)))
            std::abort();
        std::optional<int> code, signal;
        es::slurm::parseExitCode(word, &code, &signal);
        es::slurm::boundedCount(word, 1000000);
        es::slurm::normalizeState(word);
    }
    return 0;
}
