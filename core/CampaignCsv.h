// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignStore.h"

#include <QList>
#include <QString>

class QIODevice;

namespace es {

/// A campaign's runs as CSV, one row per run and attempt (docs/campaign-format.md, "Results"): the dataset that
/// `train --csv` and `advise replay` read. Shared by `campaign export` and the Campaigns tab.
class CampaignCsv final
{
public:
    static QStringList columns();
    /// False (with *error) when the device fails (disk full, closed pipe).
    static bool write(QIODevice *device, const QString &campaign, const QList<CampaignRunRecord> &runs, QString *error);
};

} // namespace es
