// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"
#include "CampaignStore.h"
#include "CampaignSummary.h"
#include "CampaignWizard.h"
#include "CampaignsView.h"
#include "ClusterProfile.h"
#include "EnergyFormat.h"
#include "ProposalDialog.h"
#include "Store.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace es;

/// The Campaigns tab as a person sees it, offscreen: a stored campaign's runs and per-cell results, and the "New
/// campaign" wizard from its first page to the stored plan. The runs' results are SYNTHETIC (no cluster here; the
/// lab test TestCampaignLab runs real ones).
class TestCampaignsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("campaigns.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        ClusterProfile profile;
        profile.name = QStringLiteral("lab");
        profile.host = QStringLiteral("127.0.0.1");
        profile.user = QStringLiteral("eslab");
        QVERIFY2(ClusterProfiles(store).save(profile, &error), qPrintable(error));
        CampaignSpec spec;
        spec.name = QStringLiteral("scan");
        spec.profile = QStringLiteral("lab");
        spec.workloadEntries = {QJsonObject{{QStringLiteral("id"), QStringLiteral("sysbench-cpu")}}};
        spec.nodeCounts = {1, 2};
        spec.repeats = 3;
        CampaignStore campaigns(store);
        const auto id = campaigns.create(spec, QStringLiteral("lab"), CampaignDesign(spec), 1000, &error);
        QVERIFY2(id, qPrintable(error));
        // SYNTHETIC results: the first five runs completed, the last one failed.
        auto runs = *campaigns.runs(*id, &error);
        for (int i = 0; i < runs.size(); ++i) {
            CampaignRunRecord &r = runs[i];
            r.slurmJobId = QString::number(100 + i);
            if (i < 5) {
                r.state = QStringLiteral("completed");
                r.energyJ = 1000.0 * r.cell.value(QStringLiteral("nodes")).toInt() + 10 * i;
                r.energySource = QStringLiteral("slurm");
                r.durationS = 30;
                r.fom = 1100 + i;
                r.fomUnit = QStringLiteral("events/s");
            } else {
                r.state = QStringLiteral("failed");
                r.message = QStringLiteral("FAILED (exit 3:0): missing sysbench on node2");
            }
            QVERIFY2(campaigns.update(r, &error), qPrintable(error));
        }
    }

    void showsRunsAndCells()
    {
        CampaignsView view;
        QSignalSpy loaded(&view, &CampaignsView::loaded);
        view.setLocation(m_db);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.shownCampaign(), QStringLiteral("scan"));
        QCOMPARE(view.runsTable()->rowCount(), 6);
        QVERIFY2(view.statusText().contains(QStringLiteral("scan: 5 completed, 1 failed")),
                 qPrintable(view.statusText()));
        QCOMPARE(view.cellsTable()->rowCount(), 2);
        // The table's medians are the summary's, computed from the stored runs.
        Store store;
        QString error;
        QVERIFY(store.open(m_db, &error));
        CampaignStore campaigns(store);
        const auto cells = CampaignSummary::cells(*campaigns.runs(campaigns.campaign(u"scan"_qs, &error)->id, &error));
        // Energies in the unit of the energy setting (under Automatic, the one of the largest 95th percentile).
        double largestJ = 0;
        for (const CampaignCellSummary &cell : cells)
            largestJ = std::max(largestJ, cell.energyP95J.value_or(0.0));
        const EnergyUnit unit = EnergyFormat::instance().resolved(largestJ);
        QVERIFY(view.cellsTable()->horizontalHeaderItem(5)->text().endsWith(
            QStringLiteral("(%1)").arg(EnergyFormat::symbol(unit))));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(view.cellsTable()->item(row, 1)->text(), QString::number(cells[row].nodes));
            QCOMPARE(view.cellsTable()->item(row, 5)->text(), EnergyFormat::number(*cells[row].energyMedianJ, unit));
        }
        bool failedShown = false;
        for (int row = 0; row < 6; ++row)
            failedShown |= view.runsTable()->item(row, 13)->text().contains(QStringLiteral("missing sysbench"));
        QVERIFY(failedShown);
    }

    void wizardPreviewsAndStores()
    {
        CampaignsView view;
        QSignalSpy loaded(&view, &CampaignsView::loaded);
        view.setLocation(m_db);
        QVERIFY(loaded.wait(10000));
        CampaignWizard *wizard = view.openWizard();
        wizard->setWorkloads({QStringLiteral("sysbench-cpu"), QStringLiteral("fio-randrw")}, 20);
        wizard->setDesign(QStringLiteral("bad"), QStringLiteral("0"), QString(), 2);
        wizard->next();
        wizard->next();
        QVERIFY2(wizard->previewText().contains(QStringLiteral("cannot be stored")), qPrintable(wizard->previewText()));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->back();
        wizard->setDesign(QStringLiteral("io-scan"), QStringLiteral("1,2,4"), QStringLiteral("low,high"), 2);
        wizard->next();
        // 2 workloads x 3 node counts x 2 frequencies, twice.
        QVERIFY2(wizard->previewText().contains(QStringLiteral("12 cells × 2 repeats = 24 jobs")),
                 qPrintable(wizard->previewText()));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->accept();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.shownCampaign(), QStringLiteral("io-scan"));
        QCOMPARE(view.runsTable()->rowCount(), 24);
        Store store;
        QString error;
        QVERIFY(store.open(m_db, &error));
        QCOMPARE(CampaignStore(store).campaigns(&error)->size(), 2);
    }

    /// Arrival mode from the wizard: the preview counts the simulated arrivals, the stored campaign has one run each.
    void wizardArrivalMode()
    {
        CampaignsView view;
        QSignalSpy loaded(&view, &CampaignsView::loaded);
        view.setLocation(m_db);
        QVERIFY(loaded.wait(10000));
        CampaignWizard *wizard = view.openWizard();
        wizard->setWorkloads({QStringLiteral("sysbench-cpu")}, 20);
        wizard->setDesign(QStringLiteral("load-day"), QStringLiteral("1"), QString(), 1);
        wizard->setArrival(12, 60, 10, 2);
        wizard->next();
        wizard->next();
        QString error;
        const auto spec = wizard->spec(&error);
        QVERIFY2(spec && spec->arrival, qPrintable(error));
        const int arrivals = int(CampaignDesign(*spec).runs().size());
        QVERIFY(arrivals > 10);
        QVERIFY2(wizard->previewText().contains(QStringLiteral("%1 simulated job arrivals").arg(arrivals)),
                 qPrintable(wizard->previewText()));
        QVERIFY(!spec->exclusive);
        wizard->accept();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.shownCampaign(), QStringLiteral("load-day"));
        QCOMPARE(view.runsTable()->rowCount(), arrivals);
    }

    /// Active mode from the tab: the never-measured 4-node cell of "scan" comes first and is chosen; planning the
    /// follow-up stores a campaign of exactly the chosen cells.
    void proposalDialogPlansTheFollowUp()
    {
        CampaignsView view;
        QSignalSpy loaded(&view, &CampaignsView::loaded);
        view.setLocation(m_db);
        QVERIFY(loaded.wait(10000));
        view.setShownCampaign(QStringLiteral("scan"));
        QVERIFY(loaded.wait(10000));
        ProposalDialog *dialog = view.openProposal();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("coresPerNode"))->setValue(4);
        dialog->requestProposal();
        QVERIFY(loaded.wait(10000));
        QTableWidget *table = dialog->candidatesTable();
        QCOMPARE(table->rowCount(), 3); // 1, 2 and 4 nodes
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("0"));
        int chosen = 0;
        for (int row = 0; row < 3; ++row)
            chosen += table->item(row, 0)->text().isEmpty() ? 0 : 1;
        QVERIFY(chosen >= 1);
        QSignalSpy planned(dialog, &ProposalDialog::planRequested);
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
            if (b->text().contains(QStringLiteral("follow-up")))
                b->click();
        QCOMPARE(planned.size(), 1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.shownCampaign(), QStringLiteral("scan-next"));
        QCOMPARE(view.runsTable()->rowCount(), chosen);
    }

    void cellSummaryQuantiles()
    {
        std::vector<double> v{5, 1, 4, 2, 3};
        QCOMPARE(CampaignSummary::quantile(v, 0.5), 3.0);
        QCOMPARE(CampaignSummary::quantile(v, 0.05), 1.2);
        QCOMPARE(CampaignSummary::quantile(v, 1.0), 5.0);
    }
};

QTEST_MAIN(TestCampaignsView)
#include "TestCampaignsView.moc"
