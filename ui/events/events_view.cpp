#include "ui/events/events_view.h"

#include "ui/cluster_bridge.h"
#include "ui/events/event_filter_model.h"
#include "ui/events/event_table_model.h"
#include "ui/events/event_text.h"
#include "ui/layout_memory.h"
#include "ui/table_context_menu.h"

#include "connection/connection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace es {

EventsView::EventsView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    setObjectName(QStringLiteral("eventsView"));
    m_model = new EventTableModel(this);
    m_filter = new EventFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("eventKindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (EventKind kind : EventText::allKinds()) {
        m_kind->addItem(EventText::kindName(kind), static_cast<int>(kind));
        m_kind->setItemData(m_kind->count() - 1, EventText::kindExplanation(kind), Qt::ToolTipRole);
    }
    m_kind->setToolTip(tr("Show only events of this kind."));
    auto *kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kind);

    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("eventSubjectFilter"));
    m_subject->setPlaceholderText(tr("broker 2, orders, billing…"));
    m_subject->setClearButtonEnabled(true);
    m_subject->setToolTip(
        tr("Show only events whose subject (a broker, topic, partition, group or link) contains "
           "this text."));
    auto *subjectLabel = new QLabel(tr("&Subject:"));
    subjectLabel->setBuddy(m_subject);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("eventCount"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Cluster events"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(
        EventTableModel::Time,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 24);
    m_table->setColumnWidth(EventTableModel::Kind,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("topic config changed")) +
                                24);
    m_table->setColumnWidth(EventTableModel::Subject,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("partition orders-12")) +
                                40);
    m_table->setToolTip(tr("Press Enter or double-click to go to the broker or topic of an event; "
                           "right-click to copy events."));
    LayoutMemory::rememberColumns(m_table, QStringLiteral("events/table"));
    TableContextMenu::install(m_table, [this](QMenu &menu, const QModelIndex &row) {
        const QString text = goToText(row);
        if (text.isEmpty())
            return;
        QAction *goTo = menu.addAction(text);
        goTo->setObjectName(QStringLiteral("goToSubject"));
        connect(goTo, &QAction::triggered, this, [this, row = QPersistentModelIndex(row)] {
            if (row.isValid())
                activate(row);
        });
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(subjectLabel);
    filters->addWidget(m_subject, 1);
    filters->addSpacing(12);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(m_kind->currentData().toInt());
        updateCount();
    });
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSubjectText(text);
        updateCount();
    });
    connect(m_table, &QAbstractItemView::activated, this, &EventsView::activate);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventsView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventsView::updateCount);

    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &EventsView::flushLive);
    connect(&m_bridge, &ClusterBridge::eventRecorded, this, &EventsView::queueLive);
    connect(&m_bridge, &ClusterBridge::started, this, &EventsView::loadHistory);
    if (m_bridge.running())
        loadHistory();

    setTabOrder(m_kind, m_subject);
    setTabOrder(m_subject, m_table);
    updateCount();
}

void EventsView::loadHistory()
{
    EventQuery query;
    query.limit = kHistoryLimit;
    m_bridge.run(
        this,
        [query](Connection &connection) {
            auto events = connection.events(query);
            return events ? std::move(*events) : std::vector<EventRecord>{};
        },
        [this](std::vector<EventRecord> events) {
            m_historyLoaded = true;
            events.insert(events.end(), m_pending.begin(), m_pending.end());
            m_pending.clear();
            m_model->addEvents(std::move(events));
        });
}

void EventsView::queueLive(const EventRecord &event)
{
    m_pending.push_back(event);
    if (m_historyLoaded && !m_batch.isActive())
        m_batch.start();
}

void EventsView::flushLive()
{
    m_model->addEvents(std::move(m_pending));
    m_pending.clear();
}

// "broker:2" as ("broker", "2").
std::pair<QString, QString> EventsView::subjectOf(const QModelIndex &index)
{
    const QString subject = index.data(EventTableModel::SubjectRole).toString();
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    return {subject.left(colon), subject.mid(colon + 1)};
}

QString EventsView::goToText(const QModelIndex &index)
{
    const auto [type, name] = subjectOf(index);
    if (type == QLatin1String("broker"))
        return tr("Go to &broker %1").arg(name);
    if (type == QLatin1String("topic"))
        return tr("Go to &topic %1").arg(name);
    if (type == QLatin1String("partition"))
        return tr("Go to &topic %1").arg(name.left(name.lastIndexOf(QLatin1Char('-'))));
    if (type == QLatin1String("group"))
        return tr("Go to &group %1").arg(name);
    if (type == QLatin1String("link")) {
        const auto [a, b] = EventText::linkNodes(name);
        if (a > 0 || b > 0)
            return tr("Go to &broker %1").arg(a > 0 ? a : b);
    }
    return {};
}

void EventsView::activate(const QModelIndex &index)
{
    const auto [type, name] = subjectOf(index);
    if (type == QLatin1String("broker")) {
        emit brokerActivated(name.toInt());
    } else if (type == QLatin1String("topic")) {
        emit topicActivated(name);
    } else if (type == QLatin1String("partition")) {
        // "orders-3": the topic is everything before the last dash.
        emit topicActivated(name.left(name.lastIndexOf(QLatin1Char('-'))));
    } else if (type == QLatin1String("group")) {
        emit groupActivated(name);
    } else if (type == QLatin1String("link")) {
        // The first broker of the link.
        const auto [a, b] = EventText::linkNodes(name);
        if (a > 0 || b > 0)
            emit brokerActivated(a > 0 ? a : b);
    }
}

void EventsView::updateCount() { m_count->setText(tr("%n event(s)", nullptr, m_filter->rowCount())); }

} // namespace es
