#include "ui/groups/groups_view.h"

#include "ui/bots/bot_host.h"
#include "ui/bots/bots_panel.h"
#include "ui/cluster_bridge.h"
#include "ui/delete_many.h"
#include "ui/fitted_columns.h"
#include "ui/groups/group_actions.h"
#include "ui/groups/group_detail.h"
#include "ui/groups/groups_model.h"
#include "ui/layout_memory.h"
#include "ui/read_only_text.h"
#include "ui/table_context_menu.h"
#include "ui/topics/inline_problem_label.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace es {

GroupsView::GroupsView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    m_bots = new BotHost(bridge, this);
    m_model = new GroupsModel(bridge.lagTracker(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GroupsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(GroupsModel::Group);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("groupsFilter"));
    m_filter->setPlaceholderText(tr("Filter groups"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter groups"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("groupsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupsModel::Group, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("groups/list"));
    LayoutMemory::rememberSelection(
        m_table, GroupsModel::GroupIdRole,
        LayoutMemory::connectionKey(bridge.connectionName(), QStringLiteral("groups")));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &GroupsView::fitListWidth);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &GroupsView::fitListWidth);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Consumer groups"));
    TableContextMenu::install(m_table, [this](QMenu &menu, const QModelIndex &) { fillContextMenu(menu); });

    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("groupActionProblem"));

    m_empty =
        new QLabel(tr("No consumer groups yet. Consumers that join a group appear here; start some under "
                      "\"Simulated clients\"."),
                   this);
    m_empty->setObjectName(QStringLiteral("groupsEmpty"));
    m_empty->setWordWrap(true);

    auto *list = new QWidget(this);
    m_list = list;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_problem);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty);

    m_detail = new GroupDetail(bridge, bridge.lagTracker(), this);
    connect(m_detail, &GroupDetail::resetRequested, this, &GroupsView::resetRequested);
    connect(m_detail, &GroupDetail::browseRequested, this, &GroupsView::browseRequested);
    connect(m_detail, &GroupDetail::topicRequested, this, &GroupsView::topicRequested);
    m_actions = new GroupActions(bridge, this);
    m_detail->addButton(m_actions->deleteOffsets());
    m_detail->addButton(m_actions->deleteGroup());
    connect(m_actions, &GroupActions::failed, m_problem, &InlineProblemLabel::setProblem);
    auto *many = DeleteMany::install(bridge, m_table, DeleteMany::Kind::Groups, GroupsModel::GroupIdRole);
    connect(many, &DeleteMany::finished, this,
            [this, many](const QStringList &deleted, const QString &problem) {
                // The detail keeps a group that is still there, the first the problem names.
                const QStringList selected = many->selectedNames();
                for (const QString &id : selected)
                    if (!deleted.contains(id)) {
                        selectGroup(id);
                        break;
                    }
                if (deleted.contains(m_detail->groupId()))
                    m_deleted = m_detail->groupId();
                m_problem->setProblem(problem);
            });
    connect(m_actions, &GroupActions::groupDeleted, this, [this](const QString &groupId) {
        m_problem->setProblem({});
        m_deleted = groupId;
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(list);
    split->addWidget(m_detail);
    // Half each: the list's group, state, lag and trend stay in view in a 900 px window.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 600});
    LayoutMemory::rememberSplitter(split, QStringLiteral("groups/split"));

    m_botsPanel = new BotsPanel(bridge, *m_bots, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("groupsTabs"));
    m_tabs->addTab(split, tr("Consumer &groups"));
    m_tabs->addTab(m_botsPanel, tr("Simulated &clients"));
    m_tabs->setTabToolTip(
        1, tr("Producers and consumer groups run inside Eventscope to generate traffic and lag."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsView::onSelectionChanged);
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &GroupsView::onSnapshot);
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
}

GroupsView::~GroupsView() = default;

void GroupsView::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const QString selected = m_detail->groupId();
    m_model->setSnapshot(snapshot);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_detail->setSnapshot(snapshot);
    // A group the user deleted leaves the detail once it is gone; the first row follows.
    if (!m_deleted.isEmpty() && !m_model->group(m_deleted)) {
        if (m_detail->groupId() == m_deleted)
            m_detail->setGroup({});
        m_deleted.clear();
    }
    // A reset of the model loses the selection: restore it by id.
    if (!m_wanted.isEmpty() && m_model->group(m_wanted))
        selectGroup(std::exchange(m_wanted, {}));
    else if (!selected.isEmpty() && m_table->selectionModel()->selectedRows().isEmpty() &&
             m_model->group(selected))
        selectGroup(selected);
    else if (m_detail->groupId().isEmpty() && m_model->rowCount() > 0 && m_wanted.isEmpty())
        m_table->selectRow(0);
    m_actions->setCurrent(snapshot, m_detail->groupId());
}

// The detail beside the list asks for much of a narrow window: the list keeps the width of
// the columns a user watches (group, state, lag) and its scroll bar when it has one, up to a
// cap, so that list and detail fit 900 px; the trend and the rest scroll inside the list.
void GroupsView::fitListWidth()
{
    if (!m_list)
        return; // still being built
    const QScrollBar *rows = m_table->verticalScrollBar();
    int width = 2 * m_table->frameWidth() + (rows->maximum() > 0 ? rows->sizeHint().width() : 0);
    for (int column : {GroupsModel::Group, GroupsModel::State, GroupsModel::Lag})
        width += m_table->columnWidth(column);
    m_list->setMinimumWidth(std::min(width, m_table->fontMetrics().averageCharWidth() * 40));
}

void GroupsView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return; // a reset in progress; onSnapshot restores it
    const QString groupId = rows.front().data(GroupsModel::GroupIdRole).toString();
    if (groupId != m_detail->groupId())
        m_problem->setProblem({}); // it spoke of another group
    m_detail->setGroup(groupId);
    m_actions->setCurrent(m_bridge.snapshot(), groupId);
}

// The row right-clicked is selected by now, so the detail and the actions are its.
void GroupsView::fillContextMenu(QMenu &menu)
{
    const QString groupId = m_detail->groupId();
    QAction *reset = menu.addAction(tr("&Reset offsets…"));
    reset->setObjectName(QStringLiteral("resetGroupOffsets"));
    // Resetting writes offsets: off on a read-only connection, as the detail's button is.
    if (m_bridge.capabilities().readOnly) {
        reset->setEnabled(false);
        reset->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
    } else {
        reset->setToolTip(tr("Move the group's committed offsets in the Replay view."));
    }
    connect(reset, &QAction::triggered, this, [this, groupId] { emit resetRequested(groupId); });
    menu.addSeparator();
    auto *many = DeleteMany::of(m_table);
    menu.addActions({m_actions->deleteOffsets(),
                     many->selectedNames().size() > 1 ? many->action() : m_actions->deleteGroup()});
}

void GroupsView::selectGroup(const QString &groupId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(GroupsModel::GroupIdRole).toString() == groupId) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

void GroupsView::showGroup(const QString &groupId)
{
    m_tabs->setCurrentIndex(0);
    if (m_model->group(groupId)) {
        m_filter->clear();
        selectGroup(groupId);
    } else {
        m_wanted = groupId;
    }
}

void GroupsView::showBots() { m_tabs->setCurrentIndex(1); }

} // namespace es
