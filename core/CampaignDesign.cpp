// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"

#include <QCryptographicHash>
#include <QHash>
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
    if (spec.arrival) {
        addArrivals(spec);
        return;
    }
    if (!spec.cells.isEmpty()) {
        for (const CampaignCellChoice &c : spec.cells)
            addCell(spec, c.workloadIndex, spec.workloadEntries[c.workloadIndex], c.nodes, c.cpuFrequency);
    } else {
        const QStringList frequencies = spec.cpuFrequencies.isEmpty() ? QStringList{QString()} : spec.cpuFrequencies;
        for (int w = 0; w < spec.workloadEntries.size(); ++w)
            for (int nodes : spec.nodeCounts)
                for (const QString &frequency : frequencies)
                    addCell(spec, w, spec.workloadEntries[w], nodes, frequency);
    }
    addBlocks(spec);
}

int CampaignDesign::addCell(const CampaignSpec &spec, int workloadIndex, const QJsonObject &entry, int nodes,
                            const QString &frequency)
{
    CampaignCell cell;
    cell.json = {{QStringLiteral("workload"), entry}, {QStringLiteral("nodes"), nodes}};
    if (!frequency.isEmpty())
        cell.json.insert(QStringLiteral("cpu_freq"), frequency);
    cell.hash = cellHash(cell.json);
    for (int i = 0; i < m_cells.size(); ++i)
        if (m_cells[i].hash == cell.hash)
            return i;
    cell.workloadIndex = workloadIndex;
    cell.nodes = nodes;
    cell.cpuFrequency = frequency;
    cell.workS =
        entry.contains(QStringLiteral("duration_s"))
            ? entry.value(QStringLiteral("duration_s")).toDouble()
            : (entry.value(QStringLiteral("id")).toString() == QLatin1String("command") ? spec.timeLimitMin * 60.0
                                                                                        : 30.0);
    m_cells << cell;
    return int(m_cells.size() - 1);
}

void CampaignDesign::addBlocks(const CampaignSpec &spec)
{
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

void CampaignDesign::addArrivals(const CampaignSpec &spec)
{
    const QString frequency = spec.cpuFrequencies.isEmpty() ? QString() : spec.cpuFrequencies.first();
    QHash<int, int> repeatsOfCell;
    for (const CampaignArrivalEvent &event : spec.arrival->schedule(spec.seed, int(spec.workloadEntries.size()))) {
        const CampaignArrivalClass &kind = spec.arrival->classes[event.classIndex];
        QJsonObject entry = spec.workloadEntries[event.workloadIndex];
        entry.insert(QStringLiteral("duration_s"), kind.durationS);
        const int cell = addCell(spec, event.workloadIndex, entry, kind.nodes, frequency);
        m_runs << CampaignPlannedRun{cell, repeatsOfCell[cell]++, int(m_runs.size()), event.offsetS};
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
        p.arrivalSpanS = std::max(p.arrivalSpanS, run.beginOffsetS);
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
