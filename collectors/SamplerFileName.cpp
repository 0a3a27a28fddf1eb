// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerFileName.h"

#include <QCoreApplication>

namespace es {
namespace {

bool isNodeChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' ||
           c == u'-';
}

} // namespace

std::optional<SamplerFileName> SamplerFileName::parse(QStringView fileName, QString *error)
{
    const QString shown = fileName.left(80).toString();
    if (fileName.size() > 255 || !fileName.endsWith(Suffix)) {
        *error = tr("'%1' is not a sampler file (JOBID.NODE%2)").arg(shown, Suffix);
        return std::nullopt;
    }
    const QStringView stem = fileName.chopped(Suffix.size());
    const qsizetype dot = stem.indexOf(u'.');
    const QStringView jobId = dot < 0 ? QStringView() : stem.left(dot);
    const QStringView node = dot < 0 ? QStringView() : stem.sliced(dot + 1);
    bool ok =
        !jobId.isEmpty() && jobId.size() <= 18 && !node.isEmpty() && !node.startsWith(u'.') && !node.startsWith(u'-');
    for (const QChar c : jobId)
        ok = ok && c >= u'0' && c <= u'9';
    for (const QChar c : node)
        ok = ok && isNodeChar(c);
    if (!ok) {
        *error = tr("'%1' is not a sampler file (JOBID.NODE%2)").arg(shown, Suffix);
        return std::nullopt;
    }
    SamplerFileName out;
    out.fileName = fileName.toString();
    out.jobId = jobId.toString();
    out.node = node.toString();
    return out;
}

std::optional<SamplerFileName> SamplerFileName::parseListingLine(QStringView line, QString *error)
{
    const qsizetype space = line.indexOf(u' ');
    const QStringView size = space < 0 ? QStringView() : line.left(space);
    bool ok = !size.isEmpty() && size.size() <= 18;
    for (const QChar c : size)
        ok = ok && c >= u'0' && c <= u'9';
    if (!ok) {
        *error = tr("not a 'SIZE NAME' listing line: '%1'").arg(line.left(80).toString());
        return std::nullopt;
    }
    auto out = parse(line.sliced(space + 1), error);
    if (out)
        out->sizeBytes = size.toLongLong();
    return out;
}

} // namespace es
