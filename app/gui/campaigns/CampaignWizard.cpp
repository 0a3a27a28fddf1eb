// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignWizard.h"

#include "CampaignDesign.h"
#include "CampaignWorkload.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace es {
namespace {

/// A page that can go on only when its check holds (the preview page: a valid campaign).
class CheckedPage final : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> check) : m_check(std::move(check)) {}
    bool isComplete() const override { return m_check(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_check;
};

QSpinBox *spinBox(int min, int max, int value, const QString &suffix = QString())
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QDoubleSpinBox *doubleBox(double min, double max, double value, const QString &suffix = QString())
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(2);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

CampaignWizard::CampaignWizard(const QStringList &profiles, const PowerByProfile &power, QWidget *parent)
    : QWizard(parent), m_power(power), m_workloads(new QListWidget), m_duration(spinBox(1, 86400, 30, tr(" s"))),
      m_command(new QLineEdit), m_fomRegex(new QLineEdit), m_fomUnit(new QLineEdit), m_name(new QLineEdit),
      m_profile(new QComboBox), m_nodes(new QLineEdit(QStringLiteral("1,2"))), m_frequencies(new QLineEdit),
      m_partition(new QLineEdit), m_repeats(spinBox(1, 1000, 3)), m_timeLimit(spinBox(1, 525600, 15, tr(" min"))),
      m_samplerInterval(spinBox(0, 3600, 5, tr(" s"))), m_exclusive(new QCheckBox(tr("Whole nodes (--exclusive)"))),
      m_preview(new QPlainTextEdit), m_arrival(new QGroupBox(tr("Arrival mode: a simulated load instead of every "
                                                                "combination"))),
      m_simulatedHours(doubleBox(0.01, 8760, 24, tr(" h"))), m_compress(doubleBox(1, 3600, 48, tr(" x"))),
      m_dayRate(doubleBox(0, 1e5, 10, tr(" per h"))), m_nightRate(doubleBox(0, 1e5, 2, tr(" per h"))),
      m_burstProbability(doubleBox(0, 1, 0.1))
{
    setWindowTitle(tr("New benchmark campaign"));
    m_profile->addItems(profiles);
    m_exclusive->setChecked(true);
    addPage(workloadsPage());
    addPage(designPage());
    addPage(previewPage());
    resize(720, 560);
}

QWizardPage *CampaignWizard::workloadsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Workloads"));
    page->setSubTitle(tr("Real benchmarks, run on every node of each job with all of its CPUs. Each job checks "
                         "that the programs are on its nodes before it starts."));
    for (const CampaignWorkload &w : CampaignWorkloads::all()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(w.id, w.description), m_workloads);
        item->setData(Qt::UserRole, w.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(w.id == QLatin1String("sysbench-cpu") ? Qt::Checked : Qt::Unchecked);
    }
    m_command->setPlaceholderText(tr("./my-benchmark --size 4096"));
    m_fomRegex->setPlaceholderText(tr("GFLOPS: ([0-9.]+)"));
    m_fomUnit->setPlaceholderText(tr("GFLOPS"));
    auto *form = new QFormLayout;
    form->addRow(tr("Seconds of work (built-in workloads):"), m_duration);
    form->addRow(tr("Your command:"), m_command);
    form->addRow(tr("Figure of merit (regular expression, one group):"), m_fomRegex);
    form->addRow(tr("Its unit:"), m_fomUnit);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_workloads);
    layout->addLayout(form);
    return page;
}

QWizardPage *CampaignWizard::designPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Design"));
    page->setSubTitle(tr("Every workload runs on every node count at every CPU frequency, each cell as many times "
                         "as repeated, in a random order per repetition."));
    m_name->setPlaceholderText(tr("letters, digits, '_', '.', '-'"));
    m_frequencies->setPlaceholderText(tr("empty: Slurm's default; or low,high or kHz values"));
    m_partition->setPlaceholderText(tr("empty: the cluster's default"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Cluster profile:"), m_profile);
    form->addRow(tr("Node counts:"), m_nodes);
    form->addRow(tr("CPU frequencies:"), m_frequencies);
    form->addRow(tr("Partition:"), m_partition);
    form->addRow(tr("Repeats:"), m_repeats);
    form->addRow(tr("Time limit per job:"), m_timeLimit);
    form->addRow(tr("Sampler interval (0: none):"), m_samplerInterval);
    form->addRow(QString(), m_exclusive);
    form->addRow(arrivalBox());
    return page;
}

QGroupBox *CampaignWizard::arrivalBox()
{
    m_arrival->setCheckable(true);
    m_arrival->setChecked(false);
    m_arrival->setToolTip(tr("Poisson job arrivals, faster in working hours (8 to 18) than at night, with bursts, of "
                             "60% short (30 s), 30% regular (120 s) and 10% long (600 s on 2 nodes) jobs, each "
                             "submitted with --begin at its time. The workloads must take a duration."));
    auto *form = new QFormLayout(m_arrival);
    form->addRow(tr("Simulated time:"), m_simulatedHours);
    form->addRow(tr("Faster than real time:"), m_compress);
    form->addRow(tr("Arrivals in working hours:"), m_dayRate);
    form->addRow(tr("Arrivals at night:"), m_nightRate);
    form->addRow(tr("Chance of a burst:"), m_burstProbability);
    connect(m_arrival, &QGroupBox::toggled, this, [this](bool on) {
        m_nodes->setEnabled(!on);
        m_repeats->setEnabled(!on);
        if (on)
            m_exclusive->setChecked(false); // a real load shares nodes
    });
    return m_arrival;
}

std::optional<CampaignArrival> CampaignWizard::arrival() const
{
    if (!m_arrival->isChecked())
        return std::nullopt;
    CampaignArrival a;
    a.simulatedHours = m_simulatedHours->value();
    a.compress = m_compress->value();
    a.dayRatePerH = m_dayRate->value();
    a.nightRatePerH = m_nightRate->value();
    a.burstProbability = m_burstProbability->value();
    a.burstSize = 3;
    return a;
}

QWizardPage *CampaignWizard::previewPage()
{
    auto *page = new CheckedPage([this] {
        QString error;
        return spec(&error).has_value();
    });
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("What the campaign costs. Finish stores it; Start on the Campaigns tab submits it."));
    page->setFinalPage(true);
    m_preview->setReadOnly(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_preview);
    connect(this, &QWizard::currentIdChanged, this, [this, page](int id) {
        if (id == 2) {
            updatePreview();
            page->recheck();
        }
    });
    return page;
}

std::optional<CampaignSpec> CampaignWizard::spec(QString *error) const
{
    CampaignSpec s;
    s.name = m_name->text().trimmed();
    s.profile = m_profile->currentText();
    s.partition = m_partition->text().trimmed();
    s.repeats = m_repeats->value();
    s.timeLimitMin = m_timeLimit->value();
    s.samplerIntervalS = m_samplerInterval->value();
    s.exclusive = m_exclusive->isChecked();
    for (int i = 0; i < m_workloads->count(); ++i) {
        const QListWidgetItem *item = m_workloads->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        QJsonObject entry{{QStringLiteral("id"), id}};
        if (id == QLatin1String("command")) {
            entry.insert(QStringLiteral("command"), m_command->text());
            entry.insert(QStringLiteral("fom_regex"), m_fomRegex->text());
            entry.insert(QStringLiteral("fom_unit"), m_fomUnit->text());
        } else {
            entry.insert(QStringLiteral("duration_s"), m_duration->value());
        }
        s.workloadEntries << entry;
    }
    s.arrival = arrival();
    if (!s.arrival)
        s.nodeCounts.clear();
    for (const QString &n : s.arrival ? QStringList() : m_nodes->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = n.trimmed().toInt(&ok);
        if (!ok || count < 1) {
            *error = tr("Node counts: '%1' is not a node count").arg(n.trimmed());
            return std::nullopt;
        }
        s.nodeCounts << count;
    }
    for (const QString &f : m_frequencies->text().split(u',', Qt::SkipEmptyParts))
        s.cpuFrequencies << f.trimmed();
    if (!s.validate(error))
        return std::nullopt;
    return s;
}

QString CampaignWizard::previewText() const
{
    return m_preview->toPlainText();
}

void CampaignWizard::updatePreview()
{
    QString error;
    const auto s = spec(&error);
    if (!s) {
        m_preview->setPlainText(tr("This campaign cannot be stored: %1").arg(error));
        return;
    }
    const CampaignDesign design(*s);
    const CampaignPreview p = design.preview();
    QString text =
        s->arrival
            ? tr("%1 simulated job arrivals of %2 cells on %3, over %4 h of real time (%5 simulated hours, %6 times "
                 "faster).\n\n")
                  .arg(p.runs)
                  .arg(p.cells)
                  .arg(s->profile)
                  .arg(p.arrivalSpanS / 3600.0, 0, 'f', 2)
                  .arg(s->arrival->simulatedHours)
                  .arg(s->arrival->compress)
            : tr("%1 cells × %2 repeats = %3 jobs on %4.\n\n").arg(p.cells).arg(s->repeats).arg(p.runs).arg(s->profile);
    text += tr("Node-hours: %1 of work; %2 reserved at most (a %3 min limit per job).\n")
                .arg(p.nodeHoursOfWork, 0, 'f', 2)
                .arg(p.nodeHoursAtLimit, 0, 'f', 2)
                .arg(s->timeLimitMin);
    const auto power = m_power.value(s->profile);
    if (power.first)
        text += tr("Energy: about %1 kWh, at the median %2 W per node of %3 jobs of this cluster with measured "
                   "energy.\n")
                    .arg(*power.first * p.nodeHoursOfWork / 1000.0, 0, 'f', 3)
                    .arg(*power.first, 0, 'f', 0)
                    .arg(power.second);
    else
        text += tr("Energy: no estimate yet (no job of this cluster has measured energy in the store).\n");
    text += tr("\nEach job: %1, one task per node with all of its CPUs, %2.\n")
                .arg(s->exclusive ? tr("whole nodes") : tr("shared nodes"),
                     s->samplerIntervalS > 0 ? tr("inside the on-node sampler every %1 s").arg(s->samplerIntervalS)
                                             : tr("without the on-node sampler"));
    text += tr("\nThe campaign file:\n%1").arg(QString::fromUtf8(QJsonDocument(s->toJson()).toJson()));
    m_preview->setPlainText(text);
}

void CampaignWizard::setWorkloads(const QStringList &ids, int durationS)
{
    for (int i = 0; i < m_workloads->count(); ++i) {
        QListWidgetItem *item = m_workloads->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_duration->setValue(durationS);
}

void CampaignWizard::setArrival(double simulatedHours, double compress, double dayRatePerH, double nightRatePerH)
{
    m_arrival->setChecked(true);
    m_simulatedHours->setValue(simulatedHours);
    m_compress->setValue(compress);
    m_dayRate->setValue(dayRatePerH);
    m_nightRate->setValue(nightRatePerH);
}

void CampaignWizard::setDesign(const QString &name, const QString &nodes, const QString &cpuFrequencies, int repeats)
{
    m_name->setText(name);
    m_nodes->setText(nodes);
    m_frequencies->setText(cpuFrequencies);
    m_repeats->setValue(repeats);
}

} // namespace es
