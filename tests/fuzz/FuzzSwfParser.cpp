// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: SwfParser, one line at a time as Importer feeds it. A record must keep its invariants: times in
// the accepted range and in order of submit <= start <= end.
#include "CheckedNumbers.h"
#include "FuzzInput.h"
#include "SwfParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::SwfParser parser;
    es::Job job;
    QString error;
    for (const QByteArrayView line : es::fuzz::lines(es::fuzz::bytes(data, size))) {
        if (parser.parseLine(line, &job, &error) != es::SwfParser::LineKind::Record)
            continue;
        for (const auto &ts : {job.submitTs, job.startTs, job.endTs}) {
            if (ts && !es::checked::isEpochS(*ts))
                std::abort();
        }
        if (job.elapsedS && !es::checked::isDurationS(*job.elapsedS))
            std::abort();
        if ((job.startTs && *job.startTs < *job.submitTs) || (job.endTs && *job.endTs < *job.startTs))
            std::abort();
    }
    return 0;
}
