// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SbatchTestOnlyParser.h"

#include "SlurmUnits.h"

#include <QCoreApplication>

#include <limits>

namespace es {
namespace {

/// Removes the program prefix sbatch's logger puts before every line ("sbatch: ").
QStringView withoutPrefix(QStringView line)
{
    for (const char *prefix : {"sbatch: ", "salloc: ", "srun: "}) {
        if (line.startsWith(QLatin1StringView(prefix)))
            return line.sliced(qsizetype(qstrlen(prefix)));
    }
    return line;
}

/// "Job 3 to start at T using 4 processors on nodes n1 in partition debug" into *result; false with *error when
/// the line has that shape but a part cannot be read.
bool parseStartLine(QStringView line, qint64 utcOffsetS, SbatchTestOnlyResult *result, QString *error)
{
    const QStringList words = line.toString().split(u' ', Qt::SkipEmptyParts);
    // Job ID to start at TIME using N processors on [nodes] NODELIST [in partition P]
    const qsizetype onAt = words.indexOf(QStringLiteral("on"));
    if (words.size() < 10 || words[0] != u"Job" || words[2] != u"to" || words[3] != u"start" || words[4] != u"at" ||
        words[6] != u"using" || words[8] != u"processors" || onAt != 9) {
        *error = SbatchTestOnlyParser::tr("cannot read sbatch's line '%1'").arg(line.toString());
        return false;
    }
    const auto jobId = slurm::boundedCount(words[1], std::numeric_limits<quint32>::max());
    const auto processors = slurm::boundedCount(words[7], std::numeric_limits<quint32>::max());
    bool malformed = false;
    const auto start = slurm::parseTimestamp(words[5], utcOffsetS, &malformed);
    if (!jobId || !processors) {
        *error = SbatchTestOnlyParser::tr("cannot read the job id or processor count in '%1'").arg(line.toString());
        return false;
    }
    if (!start || malformed) {
        *error =
            SbatchTestOnlyParser::tr("cannot read the start time '%1' (run sbatch with SLURM_TIME_FORMAT=standard)")
                .arg(words[5]);
        return false;
    }
    qsizetype next = 10;
    if (next < words.size() && words[next] == u"nodes")
        ++next;
    if (next >= words.size()) {
        *error = SbatchTestOnlyParser::tr("no node list in '%1'").arg(line.toString());
        return false;
    }
    result->jobId = *jobId;
    result->startTs = *start;
    result->processors = *processors;
    result->nodes = words[next++];
    if (next + 2 == words.size() && words[next] == u"in" && words[next + 1] == u"partition") {
        *error = SbatchTestOnlyParser::tr("no partition name after 'in partition' in '%1'").arg(line.toString());
        return false;
    }
    if (next + 3 == words.size() && words[next] == u"in" && words[next + 1] == u"partition") {
        result->partition = words[next + 2];
    } else if (next != words.size()) {
        *error = SbatchTestOnlyParser::tr("unexpected text after the node list in '%1'").arg(line.toString());
        return false;
    }
    return true;
}

} // namespace

std::optional<SbatchTestOnlyResult> SbatchTestOnlyParser::parse(QStringView text, qint64 utcOffsetS, QString *error)
{
    SbatchTestOnlyResult result;
    QStringList errors;
    bool started = false;
    for (QStringView raw : text.split(u'\n')) {
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const QStringView line = withoutPrefix(raw);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u"error: ")) {
            errors << line.sliced(7).trimmed().toString();
        } else if (line.startsWith(u"Job ") && line.contains(u" to start at ")) {
            if (started) {
                *error = tr("sbatch printed two start lines");
                return std::nullopt;
            }
            if (!parseStartLine(line.trimmed(), utcOffsetS, &result, error))
                return std::nullopt;
            started = true;
        } else if (line.trimmed().startsWith(u"Preempts:")) {
            for (QStringView id : line.trimmed().sliced(9).split(u',', Qt::SkipEmptyParts))
                result.preempts << id.trimmed().toString();
        } else {
            result.messages << raw.toString();
        }
    }
    if (!errors.isEmpty()) {
        *error = tr("sbatch --test-only refused the job: %1").arg(errors.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    if (!started) {
        *error = result.messages.isEmpty() ? tr("sbatch --test-only printed nothing")
                                           : tr("sbatch --test-only printed no 'to start at' line: %1")
                                                 .arg(result.messages.join(QStringLiteral(" / ")).left(300));
        return std::nullopt;
    }
    return result;
}

} // namespace es
