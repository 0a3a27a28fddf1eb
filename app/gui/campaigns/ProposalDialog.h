// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignProposer.h"
#include "CampaignSpec.h"

#include <QDialog>
#include <QList>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace es {

/// The active mode of a campaign in the GUI: the budget and the candidates' node counts and frequencies, then the
/// ranked candidates (widest 90% interval of energy first, the chosen ones marked) and a button that plans the
/// follow-up campaign of the chosen cells. The dialog computes nothing itself: the Campaigns tab runs the proposal
/// in its worker (proposeRequested) and shows it here (showProposal).
///
/// Threading: GUI thread.
class ProposalDialog final : public QDialog
{
    Q_OBJECT
public:
    ProposalDialog(const QString &campaign, const CampaignSpec &spec, QWidget *parent = nullptr);

    /// The candidates, and the follow-up campaign of the chosen ones (its cells empty when none fits the budget).
    void showProposal(const QList<ml::ProposalCandidate> &candidates, const CampaignSpec &followUp);
    void showError(const QString &error);
    QTableWidget *candidatesTable() const { return m_table; }
    /// For a screenshot or a test: asks for a proposal as the Propose button does.
    void requestProposal();

Q_SIGNALS:
    void proposeRequested(const ml::ProposalOptions &options);
    void planRequested(const CampaignSpec &followUp);

private:
    std::optional<ml::ProposalOptions> options(QString *error) const;

    QString m_campaign;
    QDoubleSpinBox *m_budget;
    QLineEdit *m_nodes;
    QLineEdit *m_frequencies;
    QSpinBox *m_repeats;
    QSpinBox *m_coresPerNode;
    QLineEdit *m_name;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_planButton;
    CampaignSpec m_followUp;
};

} // namespace es
