// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliCommands.h"

#include "AdviseCommands.h"
#include "AlertCommands.h"
#include "CampaignCommands.h"
#include "CarbonCommands.h"
#include "CliApp.h"
#include "ClusterCommands.h"
#include "HarvestCommands.h"
#include "MetricsCommands.h"
#include "MlCommands.h"
#include "OpenMetricsCommand.h"
#include "PrometheusCommands.h"
#include "ProxmoxCommands.h"
#include "ReportCommands.h"
#include "SampleCommands.h"

#include <QCoreApplication>

namespace es {

const QList<CliCommand> &cliCommands()
{
    // One line per command; the implementing file declares its run function in its own header.
    static const QList<CliCommand> commands{
        {"profile", "profile add|list|remove ...         cluster connection profiles (see profile --help)",
         runProfileCommand},
        {"clusters", "clusters list | rename OLD NEW | delete NAME --yes  the store's clusters (datasets)",
         runClustersCommand},
        {"harvest", "harvest --profile NAME [--full]     harvest jobs and node state over SSH", runHarvestCommand},
        {"sample", "sample live|fetch|import|install ... node samples from the on-node sampler", runSampleCommand},
        {"harvest-prometheus", "harvest-prometheus --url URL ...    node metrics from Prometheus (node_exporter)",
         runHarvestPrometheusCommand},
        {"proxmox", "proxmox harvest|map|unmap|unpin ... Proxmox hosts and VMs as node samples", runProxmoxCommand},
        {"metrics", "metrics derive [--cluster NAME]     derive job metrics and energy from node samples",
         runMetricsCommand},
        {"alerts", "alerts check|list|set-threshold ... thermal, energy and job failure alerts (alerts --help)",
         runAlertsCommand},
        {"train", "train --target T | --csv FILE ...   train and validate models (see train --help)", runTrainCommand},
        {"models", "models list | show ID | remove ID   the model registry", runModelsCommand},
        {"predict", "predict --model ID FEATURE=VALUE... predict with a stored model", runPredictCommand},
        {"forecast", "forecast --horizon MIN              forecast cluster load (busy CPUs)", runForecastCommand},
        {"advise", "advise --cluster C --script F | replay  where to run a job for less energy (advise --help)",
         runAdviseCommand},
        {"campaign", "campaign plan|start|status|export ... benchmark campaigns (see campaign --help)",
         runCampaignCommand},
        {"import-carbon", "import-carbon FILE --name ZONE      store a carbon-intensity time series (CSV)",
         runImportCarbonCommand},
        {"report", "report --since T --until T --out F  energy report as PDF or HTML", runReportCommand},
    };
    return commands;
}

const QList<CliCommand> &cliExportCommands()
{
    static const QList<CliCommand> commands{
        {"openmetrics",
         "export openmetrics --out DIR/F.prom    recent job energy for node_exporter's textfile collector",
         runExportOpenMetricsCommand},
    };
    return commands;
}

QString cliCommandsHelp()
{
    if (cliCommands().isEmpty())
        return QString();
    QString text = CliApp::tr("\nMore commands:\n");
    for (const CliCommand &command : cliCommands())
        text += QStringLiteral("  ") + CliApp::tr(command.synopsis) + u'\n';
    for (const CliCommand &command : cliExportCommands())
        text += QStringLiteral("  ") + CliApp::tr(command.synopsis) + u'\n';
    return text;
}

} // namespace es
