// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Importer.h"

#include <QWidget>

namespace es {

/// What the Jobs tab shows while the store has no jobs: the three ways to fill it (connect to a cluster, import a
/// file, open the sample data), each a button that says what it does. The window acts on the signals. GUI thread.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    /// The embedded sample data: 7,235 CRESCO6 jobs with measured energy (C6EnPLS, CC0-1.0).
    static QString sampleFile();
    /// Its import: cluster "cresco6-sample", energy in kWh (stored in J), run time, nodes, processes, mean power,
    /// the solver as job type and the matrix size as a job feature.
    static ImportOptions sampleImportOptions();

signals:
    void connectRequested();
    void importRequested();
    void sampleRequested();
};

} // namespace es
