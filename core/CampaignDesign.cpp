// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>
#include <random>

namespace es {
namespace {

QString cellHash(const QJsonObject &cell)
{
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray text = QJsonDocument(cell).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

CampaignDesign::CampaignDesign(const CampaignSpec &spec) : m_timeLimitMin(spec.timeLimitMin)
{
    const QStringList frequencies = spec.cpuFrequencies.isEmpty() ? QStringList{QString()} : spec.cpuFrequencies;
    for (int w = 0; w < spec.workloadEntries.size(); ++w) {
        const QJsonObject &entry = spec.workloadEntries[w];
        const double workS =
            entry.contains(QStringLiteral("duration_s"))
                ? entry.value(QStringLiteral("duration_s")).toDouble()
                : (entry.value(QStringLiteral("id")).toString() == QLatin1String("command") ? spec.timeLimitMin * 60.0
                                                                                            : 30.0);
        for (int nodes : spec.nodeCounts) {
            for (const QString &frequency : frequencies) {
                CampaignCell cell;
                cell.json = {{QStringLiteral("workload"), entry}, {QStringLiteral("nodes"), nodes}};
                if (!frequency.isEmpty())
                    cell.json.insert(QStringLiteral("cpu_freq"), frequency);
                cell.hash = cellHash(cell.json);
                cell.workloadIndex = w;
                cell.nodes = nodes;
                cell.cpuFrequency = frequency;
                cell.workS = workS;
                m_cells << cell;
            }
        }
    }
    std::mt19937 random(spec.seed);
    std::vector<int> order(m_cells.size());
    for (int repeat = 0; repeat < spec.repeats; ++repeat) {
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::shuffle(order.begin(), order.end(), random);
        for (int cell : order)
            m_runs << CampaignPlannedRun{cell, repeat, int(m_runs.size())};
    }
}

CampaignPreview CampaignDesign::preview() const
{
    CampaignPreview p;
    p.cells = int(m_cells.size());
    p.runs = int(m_runs.size());
    for (const CampaignPlannedRun &run : m_runs) {
        const CampaignCell &cell = m_cells[run.cell];
        p.nodeHoursOfWork += cell.nodes * cell.workS / 3600.0;
        p.nodeHoursAtLimit += cell.nodes * m_timeLimitMin / 60.0;
    }
    return p;
}

QString CampaignDesign::jobName(const QString &campaign, const QString &cellHash, int repeatIndex, int attempt)
{
    return QStringLiteral("es-%1-%2-r%3a%4").arg(campaign, cellHash.left(8)).arg(repeatIndex).arg(attempt);
}

QString CampaignDesign::comment(const QString &campaign, const QString &cellHash, int repeatIndex, int attempt)
{
    return QStringLiteral("es-campaign:%1:%2:r%3a%4").arg(campaign, cellHash).arg(repeatIndex).arg(attempt);
}

} // namespace es
