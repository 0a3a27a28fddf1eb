// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: ScontrolNodeParser on each line of `scontrol show node -o` output.
#include "FuzzInput.h"
#include "ScontrolNodeParser.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::SlurmNode node;
    QString error;
    for (const QByteArrayView line : es::fuzz::lines(es::fuzz::bytes(data, size))) {
        if (!es::ScontrolNodeParser::parseLine(QString::fromUtf8(line), &node, &error))
            continue;
        if ((node.cpus && *node.cpus < 0) || (node.cpuLoad && !std::isfinite(*node.cpuLoad)))
            std::abort();
    }
    return 0;
}
