// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ProxmoxRecords.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace es {

/// Parser of Proxmox VE API answers, pure (bytes in, records or an error out). Accepts both the REST form
/// (`{"data": ...}`) and pvesh's bare payload. An API error envelope (`"data": null` with `errors`) is an error
/// naming the fields. Garbage, truncated JSON and wrong types give a clear error and no partial result.
/// Unknown keys are ignored (every release adds some); a missing key leaves its value unset.
class ProxmoxParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::ProxmoxParser)
public:
    static std::optional<ProxmoxResources> clusterResources(QByteArrayView json, QString *error);
    static std::optional<ProxmoxHostStatus> hostStatus(QByteArrayView json, QString *error);
    /// Rows sorted by time; a row without `time` is an error.
    static std::optional<std::vector<ProxmoxRrdPoint>> rrdData(QByteArrayView json, QString *error);
};

} // namespace es
