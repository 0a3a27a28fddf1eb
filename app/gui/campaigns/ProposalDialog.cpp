// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProposalDialog.h"

#include "EnergyFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace es {
namespace {

QString joinedNodeCounts(const CampaignSpec &spec)
{
    QStringList counts;
    for (int n : spec.nodeCounts)
        counts << QString::number(n);
    for (const CampaignCellChoice &c : spec.cells)
        if (!counts.contains(QString::number(c.nodes)))
            counts << QString::number(c.nodes);
    // One more than the largest measured: the first extrapolation a user asks about.
    int largest = 1;
    for (const QString &c : counts)
        largest = std::max(largest, c.toInt());
    counts << QString::number(largest * 2);
    return counts.join(u',');
}

} // namespace

ProposalDialog::ProposalDialog(const QString &campaign, const CampaignSpec &spec, QWidget *parent)
    : QDialog(parent), m_campaign(campaign), m_budget(new QDoubleSpinBox),
      m_nodes(new QLineEdit(joinedNodeCounts(spec))), m_frequencies(new QLineEdit(spec.cpuFrequencies.join(u','))),
      m_repeats(new QSpinBox), m_coresPerNode(new QSpinBox), m_name(new QLineEdit(campaign + QStringLiteral("-next"))),
      m_table(new QTableWidget(0, 7)), m_status(new QLabel),
      m_planButton(new QPushButton(tr("&Plan the follow-up campaign")))
{
    setWindowTitle(tr("What to measure next: %1").arg(campaign));
    m_budget->setRange(0.001, 1e6);
    m_budget->setDecimals(3);
    m_budget->setValue(1);
    m_budget->setSuffix(tr(" core-hours"));
    m_repeats->setRange(1, 1000);
    m_repeats->setValue(1);
    m_coresPerNode->setObjectName(QStringLiteral("coresPerNode"));
    m_coresPerNode->setRange(0, 100000);
    m_coresPerNode->setSpecialValueText(tr("as harvested"));
    m_frequencies->setPlaceholderText(tr("empty: Slurm's default; or low,high or kHz values"));
    m_table->setHorizontalHeaderLabels({tr("Chosen"), tr("Workload"), tr("Nodes"), tr("CPU freq."), tr("Runs"),
                                        tr("Energy, 90% interval"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setText(tr("Cells where the measured runs predict energy least well come first: never measured, far "
                         "from what was measured, or noisy. Each is chosen while the budget lasts."));
    m_planButton->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Budget:"), m_budget);
    form->addRow(tr("Node counts to consider:"), m_nodes);
    form->addRow(tr("CPU frequencies to consider:"), m_frequencies);
    form->addRow(tr("Runs per chosen cell:"), m_repeats);
    form->addRow(tr("Cores per node:"), m_coresPerNode);
    form->addRow(tr("Follow-up campaign name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *proposeButton = buttons->addButton(tr("P&ropose"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_planButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(proposeButton, &QPushButton::clicked, this, &ProposalDialog::requestProposal);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_planButton, &QPushButton::clicked, this, [this] {
        CampaignSpec next = m_followUp;
        next.name = m_name->text().trimmed();
        QString error;
        if (!next.validate(&error)) {
            showError(error);
            return;
        }
        Q_EMIT planRequested(next);
        accept();
    });
    resize(900, 520);
}

std::optional<ml::ProposalOptions> ProposalDialog::options(QString *error) const
{
    ml::ProposalOptions o;
    o.budgetCoreHours = m_budget->value();
    o.repeats = m_repeats->value();
    o.coresPerNode = m_coresPerNode->value(); // 0: the worker reads the harvested nodes
    for (const QString &n : m_nodes->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = n.trimmed().toInt(&ok);
        if (!ok || count < 1 || count > 100000) {
            *error = tr("Node counts: '%1' is not a node count").arg(n.trimmed());
            return std::nullopt;
        }
        if (!o.nodeCounts.contains(count))
            o.nodeCounts << count;
    }
    for (const QString &f : m_frequencies->text().split(u',', Qt::SkipEmptyParts))
        o.cpuFrequencies << f.trimmed();
    return o;
}

void ProposalDialog::requestProposal()
{
    QString error;
    const auto o = options(&error);
    if (!o) {
        showError(error);
        return;
    }
    m_status->setText(tr("Reading the measured runs of %1 and the campaigns of its cluster...").arg(m_campaign));
    Q_EMIT proposeRequested(*o);
}

void ProposalDialog::showError(const QString &error)
{
    m_status->setText(tr("Error: %1").arg(error));
}

void ProposalDialog::showProposal(const QList<ml::ProposalCandidate> &candidates, const CampaignSpec &followUp)
{
    m_followUp = followUp;
    m_table->setRowCount(int(candidates.size()));
    int chosen = 0;
    double costCoreHours = 0;
    for (int row = 0; row < candidates.size(); ++row) {
        const ml::ProposalCandidate &c = candidates[row];
        const EnergyFormat &format = EnergyFormat::instance();
        const QString energy =
            c.energyJ ? tr("%1 (%2 to %3)")
                            .arg(format.text(*c.energyJ), format.text(*c.energyLowerJ), format.text(*c.energyUpperJ))
                      : tr("unknown");
        const QStringList cells{c.chosen ? tr("yes") : QString(),
                                c.workload,
                                QString::number(c.nodes),
                                c.cpuFrequency.isEmpty() ? tr("default") : c.cpuFrequency,
                                QString::number(c.measuredRuns),
                                energy,
                                c.why};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        chosen += c.chosen ? 1 : 0;
        costCoreHours += c.chosen ? c.coreHours * m_repeats->value() : 0;
    }
    m_table->resizeColumnsToContents();
    m_planButton->setEnabled(chosen > 0);
    m_status->setText(chosen > 0 ? tr("%n cell(s) chosen, about %1 core-hours: plan them as a follow-up campaign, "
                                      "then Start it on the Campaigns tab.",
                                      nullptr, chosen)
                                       .arg(costCoreHours, 0, 'f', 3)
                                 : tr("No cell fits in the budget."));
}

} // namespace es
