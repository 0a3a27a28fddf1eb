// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// libFuzzer target: LineReader (and through it GzipReader and CsvReader) on a file holding the input, named .gz or
// not by the first byte. Reading must end, cleanly or with an error, and never yield a line over the limit.
#include "CsvReader.h"
#include "FuzzInput.h"
#include "LineReader.h"

#include <QDir>
#include <QFile>

#include <cstdlib>
#include <unistd.h>

namespace {

QString inputPath(bool gz)
{
    static const QString base = QDir::tempPath() + QStringLiteral("/es-fuzz-line-reader-%1").arg(getpid());
    return base + (gz ? QStringLiteral(".swf.gz") : QStringLiteral(".csv"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool gz = (data[0] & 1) != 0;
    const QString path = inputPath(gz);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    es::LineReader reader;
    QString error;
    if (reader.open(path, &error)) {
        if ((data[0] & 2) != 0) {
            es::CsvReader csv(reader);
            QStringList fields;
            while (csv.next(&fields, &error) != es::CsvReader::Status::End && !reader.hasError()) {
            }
        } else {
            QByteArray line;
            while (reader.readLine(&line)) {
                if (line.size() > es::LineReader::kMaxLineBytes)
                    std::abort();
            }
        }
    }
    QFile::remove(path);
    return 0;
}
