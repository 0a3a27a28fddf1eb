// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: SacctParser as Importer drives it: the first line is the header (its delimiter detected), then
// one record per line; jobs and steps through SacctJobAssembler.
#include "CheckedNumbers.h"
#include "FuzzInput.h"
#include "SacctJobAssembler.h"
#include "SacctParser.h"

#include <cmath>
#include <cstdlib>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto lines = es::fuzz::lines(es::fuzz::bytes(data, size));
    if (lines.isEmpty())
        return 0;
    const QString header = QString::fromUtf8(lines.front());
    static const QTimeZone paris(QByteArray("Europe/Paris")); // local times with a daylight-saving change
    es::SacctParser parser(es::SacctParser::detectDelimiter(header), paris);
    QString error;
    if (!parser.parseHeader(header, &error))
        return 0;
    es::SacctJobAssembler assembler([](es::Job &job, const QList<es::JobStep> &, QString *) {
        if (job.totalCpuS && !std::isfinite(*job.totalCpuS))
            std::abort();
        return true;
    });
    es::Job job;
    es::JobStep step;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        switch (parser.parseLine(QString::fromUtf8(lines[i]), &job, &step, &error)) {
        case es::SacctParser::LineKind::Job:
            for (const auto &ts : {job.submitTs, job.startTs, job.endTs}) {
                if (ts && !es::checked::isEpochS(*ts))
                    std::abort();
            }
            if (job.reqMemMb && !std::isfinite(*job.reqMemMb))
                std::abort();
            assembler.addJob(job, &error);
            break;
        case es::SacctParser::LineKind::Step: {
            bool orphan = false;
            assembler.addStep(step, &orphan, &error);
            break;
        }
        case es::SacctParser::LineKind::Blank:
        case es::SacctParser::LineKind::Error:
            break;
        }
    }
    assembler.finish(&error);
    return 0;
}
