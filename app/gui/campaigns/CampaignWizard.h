// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignSpec.h"

#include <QHash>
#include <QWizard>

#include <optional>

class QCheckBox;
class QPlainTextEdit;
class QLineEdit;
class QListWidget;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

namespace es {

/// "New campaign": workloads, then the design (profile, node counts, CPU frequencies, repeats, limits; or the
/// arrival mode's simulated load), then a preview of what it costs (runs, node-hours, energy from the cluster's
/// measured jobs). accept() only when the campaign is valid; the caller stores spec() (in a worker: the wizard touches
/// no store).
///
/// Threading: GUI thread only.
class CampaignWizard final : public QWizard
{
    Q_OBJECT
public:
    using PowerByProfile = QHash<QString, std::pair<std::optional<double>, qint64>>;

    CampaignWizard(const QStringList &profiles, const PowerByProfile &power, QWidget *parent = nullptr);

    /// The campaign the pages describe, or std::nullopt with *error.
    std::optional<CampaignSpec> spec(QString *error) const;
    /// The preview page's text (what a user reads before finishing).
    QString previewText() const;

    // For tests and screenshots: fill the pages as a user would.
    void setWorkloads(const QStringList &ids, int durationS);
    void setDesign(const QString &name, const QString &nodes, const QString &cpuFrequencies, int repeats);
    /// Arrival mode with the given simulated hours, speed-up and rates (the default job mix).
    void setArrival(double simulatedHours, double compress, double dayRatePerH, double nightRatePerH);

private:
    QWizardPage *workloadsPage();
    QWizardPage *designPage();
    QWizardPage *previewPage();
    QGroupBox *arrivalBox();
    /// The arrival mode's settings, when its box is checked.
    std::optional<CampaignArrival> arrival() const;
    void updatePreview();

    PowerByProfile m_power;
    QListWidget *m_workloads;
    QSpinBox *m_duration;
    QLineEdit *m_command;
    QLineEdit *m_fomRegex;
    QLineEdit *m_fomUnit;
    QLineEdit *m_name;
    QComboBox *m_profile;
    QLineEdit *m_nodes;
    QLineEdit *m_frequencies;
    QLineEdit *m_partition;
    QSpinBox *m_repeats;
    QSpinBox *m_timeLimit;
    QSpinBox *m_samplerInterval;
    QCheckBox *m_exclusive;
    QPlainTextEdit *m_preview;
    QGroupBox *m_arrival;
    QDoubleSpinBox *m_simulatedHours;
    QDoubleSpinBox *m_compress;
    QDoubleSpinBox *m_dayRate;
    QDoubleSpinBox *m_nightRate;
    QDoubleSpinBox *m_burstProbability;
};

} // namespace es
