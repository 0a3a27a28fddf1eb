// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelListLoader.h"

#include "Store.h"

namespace es {

ModelListLoader::ModelListLoader(const QString &location, qint64 removeId, QObject *parent)
    : QThread(parent), m_location(location), m_removeId(removeId)
{}

ModelListLoader::~ModelListLoader()
{
    wait();
}

void ModelListLoader::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    ml::ModelRegistry registry(store);
    if (m_removeId > 0 && !registry.remove(m_removeId, &m_error))
        return;
    if (const auto entries = registry.list(&m_error))
        m_entries = *entries;
}

} // namespace es
