// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: CarbonSeriesParser as parseFile drives it (the first record is the header), then the gaps of
// the points it accepted.
#include "CarbonSeriesParser.h"
#include "CsvReader.h"
#include "FuzzInput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto lines = es::fuzz::lines(es::fuzz::bytes(data, size));
    es::CarbonSeriesParser parser;
    QStringList fields;
    QString error;
    bool haveHeader = false;
    QList<es::CarbonPoint> points;
    for (const QByteArrayView line : lines) {
        const QString text = QString::fromUtf8(line);
        es::CarbonSeriesParser::parseTime(text);
        if (!es::CsvReader::parseRecord(text, u',', &fields, &error))
            continue;
        if (!haveHeader) {
            haveHeader = parser.parseHeader(fields, &error);
            continue;
        }
        es::CarbonPoint point;
        if (!parser.parseRecord(fields, &point, &error))
            continue;
        if (!points.isEmpty() && point.ts <= points.back().ts)
            std::abort();
        if (point.gramsPerKwh < 0 || point.gramsPerKwh > es::CarbonSeriesParser::kMaxGramsPerKwh)
            std::abort();
        points.append(point);
    }
    qint64 stepS = 0;
    QList<es::CarbonGap> gaps;
    es::CarbonSeriesParser::findGaps(points, &stepS, &gaps);
    return 0;
}
