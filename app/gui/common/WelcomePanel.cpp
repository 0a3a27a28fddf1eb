// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "WelcomePanel.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace es {

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *title = new QLabel(tr("<h2>Welcome to HPC Energy Studio</h2>"), this);
    auto *intro = new QLabel(tr("This store holds no jobs yet. Fill it in one of three ways; every tab then shows "
                                "what the jobs cost in energy and heat."),
                             this);
    intro->setWordWrap(true);

    auto *connectButton = new QCommandLinkButton(
        tr("Connect to a Cluster"),
        tr("Harvest the job history, node state and sensors of a Slurm cluster over SSH (the Connections tab)."), this);
    connectButton->setObjectName(QStringLiteral("welcomeConnect"));
    auto *importButton = new QCommandLinkButton(
        tr("Import a File…"),
        tr("A Slurm sacct dump, a Parallel Workloads Archive trace (SWF) or a per-job CSV dataset with energy."), this);
    importButton->setObjectName(QStringLiteral("welcomeImport"));
    auto *sampleButton = new QCommandLinkButton(
        tr("Open the Sample Data"),
        tr("7,235 real jobs of the CRESCO6 cluster with measured energy: energy, models and correlations at once."),
        this);
    sampleButton->setObjectName(QStringLiteral("welcomeSample"));
    auto *credit = new QLabel(tr("Sample data: C6EnPLS, Artioli et al., Future Internet 17 (2025) 203, "
                                 "doi:10.3390/fi17050203; CC0-1.0."),
                              this);
    credit->setWordWrap(true);
    credit->setForegroundRole(QPalette::PlaceholderText);

    connect(connectButton, &QCommandLinkButton::clicked, this, &WelcomePanel::connectRequested);
    connect(importButton, &QCommandLinkButton::clicked, this, &WelcomePanel::importRequested);
    connect(sampleButton, &QCommandLinkButton::clicked, this, &WelcomePanel::sampleRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(connectButton);
    column->addWidget(importButton);
    column->addWidget(sampleButton);
    column->addSpacing(12);
    column->addWidget(credit);
    auto *centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 3);
    centred->addStretch(1);
    column->insertStretch(0, 1);
    column->addStretch(2);
}

QString WelcomePanel::sampleFile()
{
    return QStringLiteral(":/sample/C6EnPLS_jobs_info.csv");
}

ImportOptions WelcomePanel::sampleImportOptions()
{
    ImportOptions options;
    options.clusterName = QStringLiteral("cresco6-sample");
    options.columnMap = {
        {QStringLiteral("jobid"), QStringLiteral("job_id")},
        {QStringLiteral("energy_from_delta_e"), QStringLiteral("energy_kwh")},
        {QStringLiteral("runtime"), QStringLiteral("duration_s")},
        {QStringLiteral("number_of_nodes"), QStringLiteral("node_count")},
        {QStringLiteral("total_proc"), QStringLiteral("alloc_cpus")},
        {QStringLiteral("mean_sys_power"), QStringLiteral("power_avg_w")},
        {QStringLiteral("algorithm"), QStringLiteral("job_type")},
        {QStringLiteral("matrix_size"), QStringLiteral("feature")},
    };
    return options;
}

} // namespace es
