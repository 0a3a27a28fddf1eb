// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignCsv.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace es {
namespace {

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

} // namespace

QStringList CampaignCsv::columns()
{
    return {QStringLiteral("campaign"),         QStringLiteral("workload"),   QStringLiteral("nodes"),
            QStringLiteral("cpu_freq"),         QStringLiteral("repeat"),     QStringLiteral("attempt"),
            QStringLiteral("cell_hash"),        QStringLiteral("job_id"),     QStringLiteral("state"),
            QStringLiteral("slurm_state"),      QStringLiteral("energy_j"),   QStringLiteral("energy_source"),
            QStringLiteral("sampler_energy_j"), QStringLiteral("duration_s"), QStringLiteral("fom"),
            QStringLiteral("fom_unit"),         QStringLiteral("node_list"),  QStringLiteral("message")};
}

bool CampaignCsv::write(QIODevice *device, const QString &campaign, const QList<CampaignRunRecord> &runs,
                        QString *error)
{
    CsvWriter csv(device);
    csv.writeRow(columns());
    for (const CampaignRunRecord &r : runs)
        csv.writeRow(
            {campaign, r.cell.value(QStringLiteral("workload")).toObject().value(QStringLiteral("id")).toString(),
             QString::number(r.cell.value(QStringLiteral("nodes")).toInt()),
             r.cell.value(QStringLiteral("cpu_freq")).toString(), QString::number(r.repeatIndex),
             QString::number(r.attempt), r.cellHash, r.slurmJobId, r.state, r.slurmState, text(r.energyJ),
             r.energySource, text(r.samplerEnergyJ), text(r.durationS), text(r.fom), r.fomUnit, r.nodeList, r.message});
    if (!csv.flush()) {
        *error = QCoreApplication::translate("CampaignCsv", "cannot write the runs: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace es
