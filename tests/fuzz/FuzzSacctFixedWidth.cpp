// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: sacct's default fixed-width output as SacctDumpReader drives it: a header line, a rule of
// dashes, then each line cut into columns (SacctFixedWidth) and parsed by SacctParser.
#include "FuzzInput.h"
#include "SacctFixedWidth.h"
#include "SacctParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto lines = es::fuzz::lines(es::fuzz::bytes(data, size));
    if (lines.size() < 2)
        return 0;
    const auto layout = es::SacctFixedWidth::fromHeader(QString::fromUtf8(lines[0]), QString::fromUtf8(lines[1]));
    if (!layout)
        return 0;
    es::SacctParser parser(es::SacctFixedWidth::delimiter());
    QString error;
    if (!parser.setFields(layout->fieldNames(), &error))
        return 0;
    es::Job job;
    es::JobStep step;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        QStringList cut;
        const QString delimited = layout->toDelimited(QString::fromUtf8(lines[i]), &cut, &error);
        if (delimited.isEmpty())
            continue;
        // A cut value is never passed on: every field is shorter than its column or completed.
        if (delimited.split(es::SacctFixedWidth::delimiter()).size() != layout->fieldNames().size())
            std::abort();
        (void)parser.parseLine(delimited, &job, &step, &error);
    }
    return 0;
}
