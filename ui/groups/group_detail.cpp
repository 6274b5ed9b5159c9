#include "ui/groups/group_detail.h"

#include "connection/group_lag_tracker.h"
#include "connection/lag_history_job.h"
#include "ui/cluster_bridge.h"
#include "ui/fitted_columns.h"
#include "ui/groups/group_members_model.h"
#include "ui/groups/group_partitions_model.h"
#include "ui/groups/groups_model.h"
#include "ui/groups/lag_chart_lines.h"
#include "ui/groups/lag_chart_pens.h"
#include "ui/layout_memory.h"
#include "ui/metrics/metrics_chart.h"
#include "ui/read_only_text.h"
#include "ui/table_context_menu.h"

#ifndef Q_MOC_RUN
#include "connection/connection.h"
#endif

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace es {

namespace {

struct RangeSpec {
    std::int64_t spanMs;
    int refreshMs;
    const char *timeFormat;
};

// A day of seconds takes the catalog about a third of a second to read. Such a range is
// first read as minute averages (the catalog's 1-minute rows, 60 times fewer), shown at
// once, then read again at one point a second.
constexpr std::int64_t kCoarseFirstOverMs = 60LL * 60 * 1000;
constexpr std::int64_t kMinuteMs = 60'000;

RangeSpec rangeSpec(int range)
{
    switch (range) {
    case GroupDetail::OneHour: return {60LL * 60 * 1000, 5'000, "hh:mm"};
    case GroupDetail::OneDay: return {24LL * 60 * 60 * 1000, 30'000, "ddd hh:mm"};
    default: return {5LL * 60 * 1000, 1'000, "hh:mm:ss"};
    }
}

QString duration(double seconds)
{
    const auto s = static_cast<qlonglong>(std::ceil(seconds));
    if (s < 60)
        return GroupDetail::tr("%n s", nullptr, static_cast<int>(s));
    if (s < 3600)
        return GroupDetail::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 48 * 3600)
        return GroupDetail::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return GroupDetail::tr("%n days", nullptr, static_cast<int>(s / 86400));
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    keepColumnsFitted(view);
    LayoutMemory::rememberColumns(view, QStringLiteral("groups/") + name);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

GroupDetail::GroupDetail(ClusterBridge &bridge, const GroupLagTracker &tracker, QWidget *parent)
    : QWidget(parent), m_bridge(bridge), m_tracker(tracker)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("groupState"));
    m_coordinator = new QLabel(this);
    m_coordinator->setToolTip(tr("The broker that manages this group's membership and stores its offsets."));
    m_catchUp = new QLabel(this);
    m_catchUp->setObjectName(QStringLiteral("catchUp"));
    m_catchUp->setWordWrap(true);
    m_catchUp->setToolTip(tr("Lag divided by how much faster the group consumes than producers append, "
                             "over the last 20 seconds."));
    m_reset = new QAction(tr("&Reset offsets…"), this);
    m_reset->setObjectName(QStringLiteral("resetOffsets"));
    m_reset->setToolTip(
        tr("Move the group's committed offsets (to replay or skip records) in the Replay view."));
    connect(m_reset, &QAction::triggered, this, [this] {
        if (!m_groupId.isEmpty())
            emit resetRequested(m_groupId);
    });

    // The group's actions: those that do not fit a narrow window (or longer German labels)
    // move into the toolbar's » menu rather than being cut or widening the view.
    m_buttons = new QToolBar(this);
    m_buttons->setObjectName(QStringLiteral("groupActions"));
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->setMovable(false);
    addButton(m_reset);

    // The coordinator on the line below, beside the time to catch up: in a narrow window
    // beside the group list, one line does not hold the group, its state and the buttons.
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_buttons);
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_coordinator, 0, Qt::AlignTop);
    facts->addSpacing(12);
    facts->addWidget(m_catchUp, 1);
    // Resetting offsets writes them: not on a read-only connection.
    if (bridge.capabilities().readOnly) {
        m_reset->setEnabled(false);
        m_reset->setToolTip(readOnlyToolTip(bridge.connectionName()));
    }

    m_partitions = new GroupPartitionsModel(this);
    m_members = new GroupMembersModel(this);
    m_partitionsView = makeTable(m_partitions, QStringLiteral("groupPartitions"), this);
    m_membersView = makeTable(m_members, QStringLiteral("groupMembers"), this);
    // Commit times come from the coordinator's own records: a remote cluster's OffsetFetch
    // does not return them.
    m_partitionsView->setColumnHidden(GroupPartitionsModel::LastCommit, !bridge.isEmbedded());
    m_partitionsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableContextMenu::install(m_partitionsView,
                              [this](QMenu &menu, const QModelIndex &row) { fillPartitionMenu(menu, row); });
    m_membersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableContextMenu::install(m_membersView);
    auto *tables = new QTabWidget(this);
    tables->addTab(m_partitionsView, tr("&Partitions"));
    tables->addTab(m_membersView, tr("&Members"));

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("lagRange"));
    m_range->addItem(tr("Last 5 minutes"), FiveMinutes);
    m_range->addItem(tr("Last hour"), OneHour);
    m_range->addItem(tr("Last 24 hours"), OneDay);
    auto *rangeLabel = new QLabel(tr("Lag &over:"), this);
    rangeLabel->setBuddy(m_range);
    m_chartStatus = new QLabel(this);
    m_chartStatus->setObjectName(QStringLiteral("chartStatus"));
    m_chartStatus->setWordWrap(true); // the German hints are longer than a narrow window
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(rangeLabel);
    chartBar->addWidget(m_range);
    chartBar->addSpacing(12);
    chartBar->addWidget(m_chartStatus, 1);

    m_chart = new MetricsChart({QStringLiteral("groupLagChart"), tr("Lag"),
                                tr("The group's lag over time, in total and per partition (wheel or +/− to "
                                   "zoom; double-click or 0 to reset the zoom)"),
                                MetricsCharts::Unit::PerSecond},
                               this);
    m_chart->yAxis->setLabel(tr("records behind"));
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    LayoutMemory::rememberSplitter(split, QStringLiteral("groups/detailSplit"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(facts);
    layout->addWidget(split, 1);

    setTabOrder(m_buttons, tables);
    setTabOrder(tables, m_partitionsView);
    setTabOrder(m_partitionsView, m_range);
    setTabOrder(m_range, m_chart);

    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &GroupDetail::refreshChart);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(50);
    connect(m_pollTimer, &QTimer::timeout, this, &GroupDetail::pollChart);
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setRange(static_cast<Range>(m_range->currentData().toInt())); });
    setRange(FiveMinutes);
    setGroup({});
}

GroupDetail::~GroupDetail()
{
    // Joins the query's thread before the members it reports to go.
    m_job.reset();
}

void GroupDetail::addButton(QAction *action)
{
    m_buttons->addAction(action);
    // Drawn as buttons, as the other views' actions are, not flat toolbar entries; named as
    // their action, so that tests and the read-only checks find them.
    if (auto *button = qobject_cast<QToolButton *>(m_buttons->widgetForAction(action))) {
        button->setAutoRaise(false);
        button->setObjectName(action->objectName());
    }
}

void GroupDetail::fillPartitionMenu(QMenu &menu, const QModelIndex &row)
{
    const QString topic = row.data(GroupPartitionsModel::TopicRole).toString();
    const int partition = row.data(GroupPartitionsModel::PartitionRole).toInt();
    const qint64 committed = row.data(GroupPartitionsModel::CommittedRole).toLongLong();
    QAction *browse = menu.addAction(tr("&Browse from committed offset"));
    browse->setObjectName(QStringLiteral("browseFromCommitted"));
    if (committed < 0) {
        browse->setEnabled(false);
        browse->setToolTip(tr("The group has committed no offset for this partition."));
    } else {
        browse->setToolTip(
            tr("Open %1-%2 in the Messages view at offset %3: the next record the group reads.")
                .arg(topic)
                .arg(partition)
                .arg(committed));
    }
    connect(browse, &QAction::triggered, this,
            [this, topic, partition, committed] { emit browseRequested(topic, partition, committed); });
    QAction *goTo = menu.addAction(tr("Go to &topic %1").arg(topic));
    goTo->setObjectName(QStringLiteral("goToTopic"));
    connect(goTo, &QAction::triggered, this, [this, topic] { emit topicRequested(topic); });
    menu.addSeparator();
    // What the header's button does, with its state (off on a read-only connection).
    QAction *reset = menu.addAction(m_reset->text());
    reset->setObjectName(QStringLiteral("resetOffsetsFromMenu"));
    reset->setEnabled(m_reset->isEnabled());
    reset->setToolTip(m_reset->toolTip());
    connect(reset, &QAction::triggered, m_reset, &QAction::trigger);
}

void GroupDetail::setRange(Range range)
{
    if (m_range->currentData().toInt() != range)
        m_range->setCurrentIndex(m_range->findData(range)); // comes back here through the signal
    m_refreshTimer->start(rangeSpec(range).refreshMs);
    m_dirty = true;
    m_haveHistory = false;
    m_coarseShown = false;
    m_chart->resetZoom();
    refreshChart();
}

void GroupDetail::setGroup(const QString &groupId)
{
    if (groupId != m_groupId) {
        m_groupId = groupId;
        m_dirty = true;
        m_haveHistory = false;
        m_coarseShown = false;
        m_chart->setLines({});
        m_chart->replot();
        m_chartStatus->clear();
    }
    m_reset->setEnabled(!m_groupId.isEmpty() && !m_bridge.capabilities().readOnly);
    m_range->setEnabled(!m_groupId.isEmpty());
    setSnapshot(m_snapshot);
    refreshChart();
}

void GroupDetail::setSnapshot(const ClusterSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    const GroupView *group = nullptr;
    if (m_snapshot && !m_groupId.isEmpty())
        for (const auto &g : m_snapshot->groups)
            if (QString::fromStdString(g.group.groupId) == m_groupId)
                group = &g;
    updateHeader(group);
    if (!isVisible() && group)
        return; // the tables catch up when shown
    m_partitions->setGroup(group, m_snapshot ? m_snapshot->timeMs : 0);
    m_members->setGroup(group);
}

void GroupDetail::updateHeader(const GroupView *group)
{
    if (m_groupId.isEmpty()) {
        m_title->setText(tr("No group selected"));
        m_state->clear();
        m_coordinator->clear();
        m_catchUp->setText(tr("Select a consumer group to see its members, partitions and lag over time."));
        return;
    }
    m_title->setText(m_groupId);
    if (!group) {
        m_state->setText(tr("gone"));
        m_state->setToolTip(tr("The group no longer exists in the cluster."));
        m_coordinator->clear();
        m_catchUp->clear();
        return;
    }
    // Kafka's DescribeConsumerGroups (as librdkafka 2.0 reads it) does not tell the generation.
    m_state->setText(m_bridge.isEmbedded() ? tr("%1, generation %2")
                                                 .arg(GroupsModel::stateText(group->group.state))
                                                 .arg(group->group.generation)
                                           : GroupsModel::stateText(group->group.state));
    m_state->setToolTip(GroupsModel::stateToolTip(group->group.state));
    m_coordinator->setText(group->coordinator >= 0 ? tr("Coordinator: broker %1").arg(group->coordinator)
                                                   : tr("No coordinator"));
    const std::string id = m_groupId.toStdString();
    const QLocale locale;
    const QString lag = locale.toString(static_cast<qlonglong>(group->totalLag));
    const auto rates = m_tracker.rates(id);
    const auto eta = m_tracker.secondsToCatchUp(id);
    if (group->totalLag == 0)
        m_catchUp->setText(tr("Caught up: no lag."));
    else if (rates && static_cast<double>(group->totalLag) <= std::max(1.0, rates->producePerSec))
        m_catchUp->setText(
            tr("Keeping up: lag %1 records, less than a second of what producers append (%2/s).")
                .arg(lag, locale.toString(rates->producePerSec, 'f', 1)));
    else if (!rates)
        m_catchUp->setText(tr("Lag %1 records; measuring the consume rate…").arg(lag));
    else if (eta)
        m_catchUp->setText(
            tr("Lag %1 records; catching up in about %2 (consuming %3/s, producers appending %4/s).")
                .arg(lag, duration(*eta), locale.toString(rates->consumePerSec, 'f', 1),
                     locale.toString(rates->producePerSec, 'f', 1)));
    else
        m_catchUp->setText(tr("Lag %1 records; not catching up (consuming %2/s, producers appending %3/s).")
                               .arg(lag, locale.toString(rates->consumePerSec, 'f', 1),
                                    locale.toString(rates->producePerSec, 'f', 1)));
}

void GroupDetail::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setSnapshot(m_snapshot);
    QTimer::singleShot(0, this, &GroupDetail::refreshChart);
}

void GroupDetail::refreshChart()
{
    if (!isVisible() || m_groupId.isEmpty() || m_job || m_starting || !m_snapshot)
        return;
    const RangeSpec spec = rangeSpec(m_range->currentData().toInt());
    LagHistoryRequest request;
    request.groupId = m_groupId.toStdString();
    request.toMs = (m_snapshot->timeMs / 1000 + 1) * 1000;
    request.fromMs = request.toMs - spec.spanMs;
    request.stepMs = 1000;
    m_windowStartMs = request.fromMs;
    // Seconds already charted are not read again, but for the last few (the catalog
    // commits metrics about once a second, so they may have been incomplete).
    constexpr std::int64_t kOverlapMs = 5000;
    m_incremental = m_haveHistory && !m_history.total.empty() &&
                    m_history.total.back().timeMs - kOverlapMs > request.fromMs;
    if (m_incremental) {
        request.fromMs = m_history.total.back().timeMs - kOverlapMs;
        request.maxPartitions = std::numeric_limits<std::size_t>::max(); // mergeLagHistory picks
    } else if (!m_coarseShown && spec.spanMs > kCoarseFirstOverMs) {
        request.stepMs = kMinuteMs;
    }
    m_starting = true;
    m_dirty = false;
    m_bridge.run(
        this, [request](Connection &c) { return std::make_shared<LagHistoryJob>(c, request); },
        [this](std::shared_ptr<LagHistoryJob> job) {
            m_starting = false;
            m_job = std::move(job);
            m_pollTimer->start();
        });
}

void GroupDetail::pollChart()
{
    if (!m_job) {
        m_pollTimer->stop();
        return;
    }
    auto result = m_job->takeResult();
    if (!result)
        return;
    const LagHistoryRequest request = m_job->request();
    m_job.reset();
    m_pollTimer->stop();
    // An answer for another group or range is dropped; the next refresh asks again.
    if (m_dirty || request.groupId != m_groupId.toStdString()) {
        refreshChart();
        return;
    }
    ++m_chartUpdates;
    if (!result->error.empty()) {
        m_chartStatus->setText(
            tr("Could not read the lag history: %1").arg(QString::fromStdString(result->error)));
        return;
    }
    if (m_incremental) {
        if (!mergeLagHistory(m_history, std::move(*result), request.fromMs, m_windowStartMs,
                             LagHistoryRequest{}.maxPartitions)) {
            m_haveHistory = false; // a partition appeared: read the whole range
            refreshChart();
            return;
        }
    }
    // Minute averages, shown while every second of the range is read.
    const bool coarse = !m_incremental && request.stepMs == kMinuteMs;
    if (coarse && result->total.empty()) {
        // Nothing older than this minute: the seconds come at once, and the chart keeps
        // what it shows until then.
        m_coarseShown = true;
        refreshChart();
        return;
    }
    if (!m_incremental) {
        m_history = std::move(*result);
        m_haveHistory = !coarse;
        m_coarseShown = m_coarseShown || coarse;
    }
    const LagHistory *history = &m_history;
    if (history->partitions.empty() && history->total.empty())
        m_chartStatus->setText(tr("No lag recorded in this range yet."));
    else if (coarse)
        m_chartStatus->setText(tr("Minute averages; loading every second…"));
    else
        m_chartStatus->setText(tr("Drag to pan, wheel to zoom. Double-click or press 0 to reset the zoom."));
    const bool moved = m_chart->setWindow(
        static_cast<double>(m_windowStartMs) / 1000.0, static_cast<double>(request.toMs) / 1000.0,
        QString::fromLatin1(rangeSpec(m_range->currentData().toInt()).timeFormat));
    const std::vector<MetricsCharts::Line> lines = lagChartLines(*history);
    const bool changed = m_chart->setLines(lines);
    if (changed)
        useHairlines(*m_chart);
    if (moved || changed)
        m_chart->replot();
    if (coarse)
        refreshChart();
}

} // namespace es
