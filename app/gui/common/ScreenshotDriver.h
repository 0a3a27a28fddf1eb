// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

namespace es {

class MainWindow;

/// What `energy-studio --tab NAME --connect PROFILE --screenshot FILE` does for the documentation's pictures: shows a
/// tab, optionally harvests a saved profile, and saves the window to FILE once the tab shows real content (each
/// view's "loaded" signal), then quits with 0 (saved), 1 (could not save) or 2 (nothing loaded in time).
///
/// Threading: GUI thread; everything happens in the event loop that app.exec() runs.
class ScreenshotDriver final
{
public:
    /// Tab names: jobs, correlations, dashboard, nodes, connections, models, alerts, advisor, campaigns; "import"
    /// shows the jobs tab and takes the picture of the import wizard (ES_SCREENSHOT_IMPORT=FILE). Unknown: jobs.
    static void showTab(MainWindow &window, const QString &tab);
    /// Selects the saved profile once the Connections tab has listed the profiles, and harvests it once.
    static void harvestAtStart(MainWindow &window, const QString &profile);
    /// Arms the screenshot of the current tab into `file`; with ES_SCREENSHOT_JOB_DETAIL=CLUSTER/JOB_ID, of that
    /// job's detail dialog instead. ES_SCREENSHOT_SIZE=WIDTHxHEIGHT (1024x768) sizes the window first.
    static void saveWhenLoaded(MainWindow &window, const QString &tab, const QString &file);
};

} // namespace es
