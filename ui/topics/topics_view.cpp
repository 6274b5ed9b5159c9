#include "ui/topics/topics_view.h"

#include "ui/cluster_bridge.h"
#include "ui/delete_many.h"
#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/read_only_text.h"
#include "ui/stack_sizing.h"
#include "ui/table_context_menu.h"
#include "ui/topics/inline_problem_label.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_detail.h"
#include "ui/topics/topics_filter_model.h"
#include "ui/topics/topics_model.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

TopicsView::TopicsView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    m_model = new TopicsModel(this);
    m_proxy = new TopicsFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_actions = new TopicActions(bridge, this);
    for (QAction *a : {m_actions->create(), m_actions->remove(), m_actions->addPartitions(),
                       m_actions->moveReplicas(), m_actions->editConfigs(), m_actions->deleteRecords()})
        addAction(a); // so their shortcuts work anywhere in the view
    m_browse = new QAction(tr("&Browse messages"), this);
    m_browse->setObjectName(QStringLiteral("browseMessages"));
    m_browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_browse->setToolTip(tr("Open the topic's records in the Messages view (Ctrl+B)."));
    connect(m_browse, &QAction::triggered, this, [this] { emit browseRequested(selectedTopic()); });
    m_produce = new QAction(tr("&Produce to topic"), this);
    m_produce->setObjectName(QStringLiteral("produceToTopic"));
    m_produce->setToolTip(tr("Publish test records to the topic in the Produce view."));
    connect(m_produce, &QAction::triggered, this, [this] { emit produceRequested(selectedTopic()); });
    addAction(m_browse);
    m_copyNames = new QAction(tr("Copy &name(s)"), this);
    m_copyNames->setObjectName(QStringLiteral("copyTopicNames"));
    m_copyNames->setToolTip(tr("Copy the names of the selected topics, one a line."));
    connect(m_copyNames, &QAction::triggered, this, &TopicsView::copyNames);

    // -- the list page ------------------------------------------------------------------
    auto *list = new QWidget(this);
    m_filter = new QLineEdit(list);
    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setPlaceholderText(tr("Filter topics by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        showList();
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_showInternal = new QCheckBox(tr("Show &internal topics"), list);
    m_showInternal->setObjectName(QStringLiteral("showInternal"));
    m_showInternal->setToolTip(
        tr("Also list the cluster's own topics, such as __consumer_offsets where groups "
           "commit their offsets."));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_showInternal);
    toolbar->addSpacing(12);
    QList<QToolButton *> buttons;
    QList<QAction *> toolbarActions{m_actions->create(),      m_actions->addPartitions(),
                                    m_actions->editConfigs(), m_actions->deleteRecords(),
                                    m_actions->remove(),      m_browse,
                                    m_produce};
    QList<QAction *> detailActions{m_actions->addPartitions(),
                                   m_actions->moveReplicas(),
                                   m_actions->electLeaders(),
                                   m_actions->editConfigs(),
                                   m_actions->deleteRecords(),
                                   m_actions->remove(),
                                   m_browse,
                                   m_produce};
    // Those that do not fit a narrow window (or longer German labels) move into the
    // toolbar's » menu rather than being cut or widening the view.
    auto *actionBar = new QToolBar(list);
    actionBar->setObjectName(QStringLiteral("topicListActions"));
    actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actionBar->setMovable(false);
    for (QAction *a : toolbarActions) {
        actionBar->addAction(a);
        if (auto *b = qobject_cast<QToolButton *>(actionBar->widgetForAction(a))) {
            b->setAutoRaise(false); // drawn as buttons, as the other views' actions are
            buttons << b;
        }
    }
    toolbar->addWidget(actionBar);
    // The filter keeps room to type in; the buttons give way first.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 14);

    m_problem = new InlineProblemLabel(list);
    m_problem->setObjectName(QStringLiteral("actionProblem"));

    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("topicsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TopicsModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TopicsModel::Name, QHeaderView::Stretch);
    keepColumnsFitted(m_table);
    m_table->setToolTip(tr("Double-click or press Enter to see a topic's partitions; right-click for what "
                           "you can do with it."));
    TableContextMenu::install(m_table, [this](QMenu &menu, const QModelIndex &) { fillListMenu(menu); });
    // What a cluster reached over the network does not tell is not drawn.
    m_table->setColumnHidden(TopicsModel::Size, !bridge.capabilities().logDetails);
    for (int column : {TopicsModel::BytesIn, TopicsModel::RecordsOut, TopicsModel::BytesOut})
        m_table->setColumnHidden(column, !bridge.capabilities().brokerMetrics);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("topics/list"));
    LayoutMemory::rememberSelection(
        m_table, TopicsModel::NameRole,
        LayoutMemory::connectionKey(bridge.connectionName(), QStringLiteral("topics")));

    auto *listLayout = new QVBoxLayout(list);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_problem);
    listLayout->addWidget(m_table, 1);

    // -- the detail page ----------------------------------------------------------------
    m_detail = new TopicDetail(this);
    m_detail->setObjectName(QStringLiteral("topicDetail"));
    m_detail->setLogDetailsShown(bridge.capabilities().logDetails);
    for (QAction *a : detailActions)
        m_detail->addButton(a);
    connect(m_detail, &TopicDetail::backRequested, this, &TopicsView::showList);
    TableContextMenu::install(m_detail->partitionsTable(),
                              [this](QMenu &menu, const QModelIndex &row) { fillPartitionMenu(menu, row); });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(list);
    m_pages->addWidget(m_detail);
    // The list's row of buttons does not hold the detail wide, nor the other way round.
    sizeStackByCurrentPage(m_pages);
    // What the last action changed, under both pages, until the next action.
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("actionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addWidget(m_notice);

    setTabOrder(m_filter, m_showInternal);
    QWidget *previous = m_showInternal;
    for (QToolButton *b : buttons) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_table);
    setFocusProxy(m_table);

    // -- behaviour ----------------------------------------------------------------------
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showInternal, &QCheckBox::toggled, m_proxy, &TopicsFilterModel::setShowInternal);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { showTopic(index.data(TopicsModel::NameRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicsView::updateActions);
    // A topic created or deleted resets the model; keep the user's selection across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeReset = selectedTopic(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_proxy->sort(m_proxy->sortColumn(), m_proxy->sortOrder());
        // A topic just created wins over the old selection once the snapshot lists it.
        if (!m_createdTopic.isEmpty() && m_model->topic(m_createdTopic)) {
            selectTopic(m_createdTopic);
            m_createdTopic.clear();
        } else {
            selectTopic(m_selectionBeforeReset);
        }
    });
    connect(m_actions, &TopicActions::created, this, [this](const QString &name) {
        m_problem->setProblem({});
        if (m_model->topic(name))
            selectTopic(name);
        else
            m_createdTopic = name;
    });
    connect(m_actions, &TopicActions::removed, this, [this](const QString &name) {
        m_problem->setProblem({});
        if (m_pages->currentWidget() == m_detail && m_detail->topic() == name)
            showList();
    });
    connect(m_actions, &TopicActions::failed, m_problem, &InlineProblemLabel::setProblem);
    connect(DeleteMany::install(m_bridge, m_table, DeleteMany::Kind::Topics, TopicsModel::NameRole),
            &DeleteMany::finished, m_problem,
            [this](const QStringList &, const QString &problem) { m_problem->setProblem(problem); });
    connect(m_actions, &TopicActions::failed, m_notice, &QLabel::hide);
    connect(m_actions, &TopicActions::configsApplied, this, [this](const QString &message) {
        m_problem->setProblem({});
        m_notice->setText(message);
        m_notice->show();
    });
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &TopicsView::onSnapshot);
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
}

void TopicsView::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    if (m_pages->currentWidget() == m_detail)
        m_detail->setTopic(snapshot, m_detail->topic());
    updateActions();
}

QString TopicsView::selectedTopic() const
{
    if (m_pages->currentWidget() == m_detail)
        return m_detail->topic();
    // The actions act on one topic: with several selected, on none (Copy takes them all).
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() != 1 ? QString() : rows.first().data(TopicsModel::NameRole).toString();
}

void TopicsView::selectTopic(const QString &name)
{
    if (name.isEmpty())
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TopicsModel::NameRole).toString() == name) {
            m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

void TopicsView::updateActions()
{
    const QString topic = selectedTopic();
    m_actions->setCurrent(m_snapshot, topic);
    m_browse->setEnabled(!topic.isEmpty());
    // Producing writes into the cluster: not on a read-only connection.
    const bool readOnly = m_bridge.capabilities().readOnly;
    m_produce->setEnabled(!topic.isEmpty() && !readOnly);
    if (readOnly)
        m_produce->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
}

void TopicsView::showTopic(const QString &name)
{
    // A hidden internal topic asked for by name is shown anyway: the user asked for it.
    if (const TopicSnapshot *t = m_model->topic(name); t && t->internal && !m_showInternal->isChecked())
        m_showInternal->setChecked(true);
    selectTopic(name);
    m_detail->setTopic(m_snapshot, name);
    m_pages->setCurrentWidget(m_detail);
    m_detail->partitionsTable()->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void TopicsView::showList()
{
    m_pages->setCurrentWidget(m_pages->widget(0));
    m_table->setFocus(Qt::OtherFocusReason);
    updateActions();
}

} // namespace es
