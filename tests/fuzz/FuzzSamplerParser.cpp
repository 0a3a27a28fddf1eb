// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: SamplerParser::parseText on a whole output, and SamplerStreamParser on the same bytes cut into
// chunks: both must agree on the samples they keep.
#include "FuzzInput.h"
#include "SamplerParser.h"
#include "SamplerStreamParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text = es::fuzz::bytes(data, size);
    const es::SamplerOutput whole = es::SamplerParser::parseText(text);
    es::SamplerStreamParser stream;
    QList<es::NodeSampleRecord> samples;
    const qsizetype step = size > 0 ? 1 + data[0] % 64 : 1;
    for (qsizetype at = 0; at < text.size(); at += step)
        stream.feed(text.sliced(at, qMin(step, text.size() - at)), &samples);
    stream.finish();
    // The stream parser drops lines over its limit that parseText reads: compare only when no line is that long.
    bool longLine = false;
    for (const QByteArrayView line : es::fuzz::lines(text))
        longLine = longLine || line.size() > es::SamplerStreamParser::MaxLineBytes;
    // A last line without its '\n' is a sample for parseText but a truncated tail for the stream.
    if (!longLine && text.endsWith('\n') && samples.size() != whole.samples.size())
        std::abort();
    return 0;
}
