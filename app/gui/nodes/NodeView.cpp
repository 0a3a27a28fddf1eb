// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeView.h"

#include "DateTimeField.h"
#include "NodeListItems.h"
#include "NodePlotStack.h"
#include "PlotExporter.h"
#include "PlotPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace es {
NodeView::NodeView(QWidget *parent)
    : QWidget(parent), m_loader(new NodeLoader(this)), m_cluster(new QComboBox(this)),
      m_nodeList(new QListWidget(this)), m_range(new QComboBox(this)), m_from(new DateTimeField(this)),
      m_to(new DateTimeField(this)), m_live(new QCheckBox(tr("&Live"), this)), m_status(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_plots(new NodePlotStack(this)), m_emptyLabel(new QLabel(this))
{
    configureWidgets();
    QToolButton *exportButton = createExportButton();
    auto *checkAll = new QToolButton(this);
    checkAll->setText(tr("All"));
    checkAll->setToolTip(tr("Check every node in the list"));
    auto *checkNone = new QToolButton(this);
    checkNone->setText(tr("None"));
    checkNone->setToolTip(tr("Uncheck every node"));

    layOut(exportButton, checkAll, checkNone);
    connectSignals(checkAll, checkNone);
    m_loader->start();
    showEmpty(tr("Open a store to see the samples of its nodes."));
}

void NodeView::configureWidgets()
{
    setObjectName(QStringLiteral("nodeView"));
    m_cluster->setObjectName(QStringLiteral("nodeCluster"));
    m_nodeList->setObjectName(QStringLiteral("nodeList"));
    m_range->setObjectName(QStringLiteral("nodeRange"));
    m_range->addItem(tr("Last hour"), int(RangePreset::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(RangePreset::LastDay));
    m_range->addItem(tr("Last 7 days"), int(RangePreset::LastWeek));
    m_range->addItem(tr("All samples"), int(RangePreset::All));
    m_range->addItem(tr("Custom…"), int(RangePreset::Custom));
    m_range->setCurrentIndex(int(RangePreset::All));
    for (DateTimeField *edit : {m_from, m_to})
        edit->setVisible(false);
    m_live->setToolTip(
        tr("Read new samples every %n second(s) and keep the newest in view", nullptr, kPollIntervalMs / 1000));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setObjectName(QStringLiteral("nodeEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_nodeList->setSelectionMode(QAbstractItemView::NoSelection);
    m_nodeList->setUniformItemSizes(true);
}

QToolButton *NodeView::createExportButton()
{
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    const QString plotNames[NodePlotStack::PlotCount] = {tr("Temperature Plot…"), tr("Power Plot…"),
                                                         tr("CPU Frequency Plot…"), tr("Utilisation Plot…")};
    for (int i = 0; i < NodePlotStack::PlotCount; ++i) {
        exportMenu->addAction(plotNames[i], this, [this, i] {
            const PlotCaption caption = NodeListItems::exportCaption(
                NodeListItems::plotTitle(i), m_nodes, checkedNodes(), m_plots->xLower(), m_plots->xUpper());
            PlotExporter::exportInteractively(m_plots->plot(i), QStringLiteral("nodes-") + NodePlotStack::plotKey(i),
                                              caption, this);
        });
    }
    exportButton->setMenu(exportMenu);
    return exportButton;
}

void NodeView::layOut(QToolButton *exportButton, QToolButton *checkAll, QToolButton *checkNone)
{
    auto *clusterLabel = new QLabel(tr("Cl&uster:"), this);
    clusterLabel->setBuddy(m_cluster);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *clusterRow = new QHBoxLayout;
    clusterRow->addWidget(clusterLabel);
    clusterRow->addWidget(m_cluster, 1);
    sideLayout->addLayout(clusterRow);
    sideLayout->addWidget(m_nodeList, 1);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkAll);
    checkRow->addWidget(checkNone);
    checkRow->addStretch(1);
    sideLayout->addLayout(checkRow);

    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_live);
    controls->addStretch(1);
    controls->addWidget(m_status);
    controls->addWidget(exportButton);

    m_stack->addWidget(m_plots);
    m_stack->addWidget(m_emptyLabel);
    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(controls);
    mainLayout->addWidget(m_stack, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(side);
    split->addWidget(main);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({190, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void NodeView::connectSignals(QToolButton *checkAll, QToolButton *checkNone)
{
    m_loadDelay.setSingleShot(true);
    m_loadDelay.setInterval(150); // several check boxes toggled in a row make one load
    m_detailDelay.setSingleShot(true);
    m_detailDelay.setInterval(400);
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_loadDelay, &QTimer::timeout, this, &NodeView::startLoad);
    connect(&m_detailDelay, &QTimer::timeout, this, &NodeView::loadVisibleDetail);
    connect(&m_pollTimer, &QTimer::timeout, this, &NodeView::poll);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        fillNodeList();
        scheduleLoad();
    });
    connect(m_nodeList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(NodeListItems::NodeIdRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        scheduleLoad();
    });
    connect(checkAll, &QToolButton::clicked, this, [this] { setAllChecked(true); });
    connect(checkNone, &QToolButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeEditors();
        scheduleLoad();
    });
    connect(m_from, &DateTimeField::dateTimeChanged, this, &NodeView::scheduleLoad);
    connect(m_to, &DateTimeField::dateTimeChanged, this, &NodeView::scheduleLoad);
    connect(m_live, &QCheckBox::toggled, this, [this](bool live) {
        if (live) {
            m_plots->clearUserRange();
            followNewest();
            poll();
            m_pollTimer.start();
        } else {
            m_pollTimer.stop();
        }
    });
    connect(m_plots, &NodePlotStack::jobClicked, this, &NodeView::jobActivated);
    connect(m_plots, &NodePlotStack::userRangeChanged, this, [this] { m_detailDelay.start(); });
    connect(m_plots, &NodePlotStack::rangeResetRequested, this, [this] {
        if (isLiveMode()) {
            followNewest();
            return;
        }
        m_keepRangeOnLoad = false;
        startLoad();
    });
    connect(m_loader, &NodeLoader::nodesListed, this, &NodeView::onNodesListed, Qt::QueuedConnection);
    connect(m_loader, &NodeLoader::loaded, this, &NodeView::onLoaded, Qt::QueuedConnection);
    connect(m_loader, &NodeLoader::polled, this, &NodeView::onPolled, Qt::QueuedConnection);
    connect(m_loader, &NodeLoader::failed, this, &NodeView::onFailed, Qt::QueuedConnection);
}

void NodeView::setAllChecked(bool checked)
{
    {
        const QSignalBlocker block(m_nodeList);
        for (int row = 0; row < m_nodeList->count(); ++row) {
            QListWidgetItem *item = m_nodeList->item(row);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            const qint64 id = item->data(NodeListItems::NodeIdRole).toLongLong();
            if (checked)
                m_checked.insert(id);
            else
                m_checked.remove(id);
        }
    }
    scheduleLoad();
}

NodeView::~NodeView() = default; // m_loader's destructor stops and joins its thread

void NodeView::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    m_checked.clear();
    m_firstList = true;
    m_data.reset();
    m_plots->setData(nullptr);
    reload();
}

void NodeView::reload()
{
    m_stale = true;
    startListIfNeeded();
}

void NodeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    startListIfNeeded();
}

void NodeView::startListIfNeeded()
{
    if (!m_stale || m_location.isEmpty() || !isVisible())
        return;
    m_stale = false;
    m_status->setText(tr("Reading the nodes…"));
    // One counter for lists and loads, so that an error answer names exactly one request.
    m_listGeneration = ++m_generation;
    m_loader->listNodes(m_listGeneration, m_location);
}

void NodeView::onNodesListed(quint64 generation, const QList<NodeInfo> &nodes)
{
    if (generation != m_listGeneration)
        return;
    m_nodes = nodes;
    m_colourIndex.clear();
    QSet<qint64> known;
    for (const NodeInfo &node : nodes) {
        known.insert(node.nodeId);
        if (node.samples > 0)
            m_colourIndex.insert(node.nodeId, int(m_colourIndex.size()));
    }
    m_checked.intersect(known);
    if (m_firstList) {
        m_firstList = false;
        // A first look: the first few nodes with samples, all of one cluster so that their times line up.
        QString cluster;
        for (const NodeInfo &node : nodes) {
            if (node.samples == 0 || (!cluster.isEmpty() && node.cluster != cluster))
                continue;
            cluster = node.cluster;
            if (m_checked.size() < kDefaultCheckedNodes)
                m_checked.insert(node.nodeId);
        }
    }
    QHash<qint64, QColor> colours;
    for (auto it = m_colourIndex.cbegin(); it != m_colourIndex.cend(); ++it)
        colours.insert(it.key(), PlotPalette::category(it.value()));
    m_plots->setNodeColours(colours);
    fillClusters();
    fillNodeList();
    m_status->clear();
    Q_EMIT nodesLoaded();
    startLoad();
}

QColor NodeView::colourOf(qint64 nodeId) const
{
    const auto index = m_colourIndex.constFind(nodeId);
    return index == m_colourIndex.cend() ? palette().color(QPalette::Mid) : PlotPalette::category(*index);
}

void NodeView::fillClusters()
{
    NodeListItems::fillClusters(m_cluster, m_nodes);
}

void NodeView::fillNodeList()
{
    NodeListItems::fillNodeList(
        m_nodeList, m_nodes, m_cluster->currentData().toString(), m_checked,
        [this](qint64 nodeId) { return colourOf(nodeId); }, palette());
}

QList<qint64> NodeView::checkedNodes() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_nodeList->count(); ++row) {
        const QListWidgetItem *item = m_nodeList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(NodeListItems::NodeIdRole).toLongLong());
    }
    return ids;
}

void NodeView::setCluster(const QString &cluster)
{
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(cluster)));
}

void NodeView::setCheckedNodes(const QList<qint64> &nodeIds)
{
    m_checked = QSet<qint64>(nodeIds.cbegin(), nodeIds.cend());
    fillNodeList();
    startLoad();
}

void NodeView::setRangePreset(RangePreset preset)
{
    m_range->setCurrentIndex(m_range->findData(int(preset)));
}

NodeView::RangePreset NodeView::rangePreset() const
{
    return RangePreset(m_range->currentData().toInt());
}

void NodeView::setCustomRange(qint64 fromTs, qint64 toTs)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_range);
        m_from->setDateTime(QDateTime::fromSecsSinceEpoch(fromTs));
        m_to->setDateTime(QDateTime::fromSecsSinceEpoch(toTs));
        m_range->setCurrentIndex(m_range->findData(int(RangePreset::Custom)));
    }
    updateRangeEditors();
    startLoad();
}

void NodeView::setLiveMode(bool live)
{
    m_live->setChecked(live);
}

bool NodeView::isLiveMode() const
{
    return m_live->isChecked();
}

void NodeView::updateRangeEditors()
{
    const bool custom = rangePreset() == RangePreset::Custom;
    if (custom && m_from->dateTime() >= m_to->dateTime()) {
        const QSignalBlocker b1(m_from), b2(m_to);
        const auto [fromTs, toTs] =
            m_data ? std::pair(m_data->fromTs, m_data->toTs)
                   : std::pair(QDateTime::currentSecsSinceEpoch() - 86400, QDateTime::currentSecsSinceEpoch());
        m_from->setDateTime(QDateTime::fromSecsSinceEpoch(fromTs));
        m_to->setDateTime(QDateTime::fromSecsSinceEpoch(toTs));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

std::pair<qint64, qint64> NodeView::requestedRange() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    switch (rangePreset()) {
    case RangePreset::LastHour:
        return {now - 3600, now};
    case RangePreset::LastDay:
        return {now - 86400, now};
    case RangePreset::LastWeek:
        return {now - 7 * 86400, now};
    case RangePreset::Custom:
        return {m_from->dateTime().toSecsSinceEpoch(), m_to->dateTime().toSecsSinceEpoch()};
    case RangePreset::All:
        break;
    }
    qint64 first = 0;
    qint64 last = 0;
    for (const NodeInfo &node : m_nodes) {
        if (!m_checked.contains(node.nodeId) || node.samples == 0)
            continue;
        first = first == 0 ? node.firstTs : std::min(first, node.firstTs);
        last = std::max(last, node.lastTs);
    }
    return {first, std::max(last, first + 60)};
}

int NodeView::bucketCount() const
{
    return std::max(200, m_plots->width() - 140); // about one bucket per pixel of the plots' data area
}

void NodeView::scheduleLoad()
{
    m_loadDelay.start();
}

void NodeView::startLoad()
{
    m_loadDelay.stop();
    if (m_location.isEmpty() || m_nodes.isEmpty()) {
        if (!m_location.isEmpty())
            showEmpty(tr("No nodes in this store yet.\n\nNode samples come from harvesting a cluster (Connections "
                         "tab: every harvest records each node's power and load as Slurm reports them) and from the "
                         "on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on "
                         "Live here to watch them arrive."));
        return;
    }
    const QList<qint64> ids = checkedNodes();
    if (ids.isEmpty()) {
        ++m_generation; // answers still on their way are for nodes no longer wanted
        m_data.reset();
        m_plots->setData(nullptr);
        showEmpty(tr("Check one or more nodes in the list to plot their temperature, power, CPU frequency and load "
                     "with the jobs they ran."));
        return;
    }
    NodeLoadRequest request;
    request.nodeIds.assign(ids.cbegin(), ids.cend());
    std::tie(request.fromTs, request.toTs) = requestedRange();
    request.buckets = bucketCount();
    m_keepRangeOnLoad = false;
    m_pollInFlight = false;
    m_status->setText(tr("Loading samples…"));
    m_loader->load(++m_generation, m_location, request);
}

void NodeView::loadVisibleDetail()
{
    // After a zoom into a downsampled range: read the visible part again, at the resolution the plots can show.
    if (!m_data || m_data->bucketS == 0 || isLiveMode())
        return;
    const auto fromTs = qint64(std::floor(m_plots->xLower()));
    const auto toTs = qint64(std::ceil(m_plots->xUpper()));
    const qint64 bucketS = std::max<qint64>(1, (toTs - fromTs + 1) / bucketCount());
    if (bucketS * 2 > m_data->bucketS && fromTs >= m_data->fromTs && toTs <= m_data->toTs)
        return; // already about as detailed as the screen shows
    NodeLoadRequest request;
    const QList<qint64> ids = checkedNodes();
    request.nodeIds.assign(ids.cbegin(), ids.cend());
    request.fromTs = fromTs;
    request.toTs = toTs;
    request.buckets = bucketCount();
    m_keepRangeOnLoad = true;
    m_status->setText(tr("Loading details…"));
    m_loader->load(++m_generation, m_location, request);
}

void NodeView::onLoaded(quint64 generation, const NodeSeriesDataPtr &data)
{
    if (generation != m_generation)
        return; // a newer load is on its way
    m_data = data;
    m_newestTs = data->newestTs;
    m_appendedSamples = 0;
    m_plots->setData(data);
    if (!m_keepRangeOnLoad) {
        m_plots->clearUserRange();
        if (isLiveMode())
            followNewest();
        else
            m_plots->setXRange(double(data->fromTs), double(data->toTs));
    }
    if (data->rawSamples == 0) {
        qint64 newest = 0;
        for (const NodeInfo &node : std::as_const(m_nodes)) {
            if (m_checked.contains(node.nodeId))
                newest = std::max(newest, node.lastTs);
        }
        bool anySamples = false;
        for (const NodeInfo &node : std::as_const(m_nodes))
            anySamples = anySamples || node.samples > 0;
        if (!anySamples)
            showEmpty(tr("No node samples in this store yet.\n\nThey come from harvesting a cluster (Connections "
                         "tab: every harvest records each node's power and load as Slurm reports them) and from the "
                         "on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on "
                         "Live here to watch them arrive."));
        else
            showEmpty(newest > 0
                          ? tr("No samples of the checked nodes from %1 to %2.\n\nTheir newest sample is from %3: "
                               "choose “All samples” or a longer range, or turn on Live to wait for new ones.")
                                .arg(NodeListItems::timeText(data->fromTs), NodeListItems::timeText(data->toTs),
                                     NodeListItems::timeText(newest))
                          : tr("The checked nodes have no samples yet. Check nodes with samples (their names are "
                               "not greyed out), or turn on Live to wait for new ones."));
    } else {
        showPlots();
    }
    QString status =
        tr("%1 samples, %n job span(s)", nullptr, int(data->spans.size())).arg(QLocale().toString(data->rawSamples));
    if (data->bucketS > 0)
        status += tr(" · min/max per %1 s").arg(QLocale().toString(data->bucketS));
    m_status->setText(status);
    Q_EMIT dataLoaded();
}

void NodeView::poll()
{
    if (!m_data || m_pollInFlight || m_location.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    NodeLoadRequest request;
    const QList<qint64> ids = checkedNodes();
    request.nodeIds.assign(ids.cbegin(), ids.cend());
    request.fromTs = std::max(m_newestTs, m_data->fromTs - 1) + 1;
    request.toTs = std::max(now, m_newestTs) + 3600; // a node clock slightly ahead still shows
    request.buckets = 0;
    request.spansFromTs = std::min(m_data->fromTs, qint64(std::floor(m_plots->xLower())));
    m_pollInFlight = true;
    m_loader->poll(m_generation, m_location, request);
}

void NodeView::onPolled(quint64 generation, const NodeSeriesDataPtr &data)
{
    if (generation != m_generation)
        return;
    m_pollInFlight = false;
    if (data->rawSamples > 0 && m_stack->currentWidget() != m_plots)
        showPlots();
    m_plots->appendData(*data);
    m_newestTs = std::max(m_newestTs, data->newestTs);
    m_appendedSamples += data->rawSamples;
    if (!m_plots->isUserRanged())
        followNewest();
    if (m_plots->pointCount() > kMaxLivePoints) {
        startLoad(); // too many raw points collected: read the range again, downsampled
        return;
    }
    if (data->rawSamples > 0)
        m_status->setText(tr("Live: newest sample %1").arg(NodeListItems::timeText(m_newestTs)));
    Q_EMIT dataAppended();
}

void NodeView::followNewest()
{
    if (!m_data)
        return;
    const double width = std::max(60.0, m_plots->xUpper() - m_plots->xLower());
    const double newest = double(std::max(m_newestTs, m_data->fromTs + 60));
    m_plots->setXRange(newest - 0.98 * width, newest + 0.02 * width); // a little room after the newest sample
}

void NodeView::onFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation && generation != m_listGeneration)
        return;
    m_pollInFlight = false;
    m_status->setText(error);
    Q_EMIT errorOccurred(error);
}

void NodeView::showEmpty(const QString &text)
{
    m_emptyLabel->setText(text);
    m_stack->setCurrentWidget(m_emptyLabel);
}

void NodeView::showPlots()
{
    m_stack->setCurrentWidget(m_plots);
}

bool NodeView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

QString NodeView::emptyStateText() const
{
    return m_emptyLabel->text();
}

QString NodeView::statusText() const
{
    return m_status->text();
}

} // namespace es
