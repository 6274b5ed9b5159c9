#include "ui/events/event_table_model.h"

#include "ui/events/event_message.h"
#include "ui/events/event_text.h"

#include <QDateTime>

#include <algorithm>

namespace es {

namespace {

bool newerFirst(const EventRecord &a, const EventRecord &b)
{
    return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.id > b.id;
}

} // namespace

void EventTableModel::addEvents(std::vector<EventRecord> events)
{
    std::erase_if(events, [this](const EventRecord &e) { return m_ids.contains(e.id); });
    if (events.empty())
        return;
    std::sort(events.begin(), events.end(), newerFirst);
    for (const auto &e : events)
        m_ids.insert(e.id);

    // The usual case, live events newer than everything shown: insert them at the top.
    if (m_events.empty() || !newerFirst(m_events.front(), events.back())) {
        beginInsertRows({}, 0, static_cast<int>(events.size()) - 1);
        m_events.insert(m_events.begin(), events.begin(), events.end());
        endInsertRows();
    } else {
        beginResetModel();
        std::deque<EventRecord> merged;
        std::merge(m_events.begin(), m_events.end(), events.begin(), events.end(), std::back_inserter(merged),
                   newerFirst);
        m_events = std::move(merged);
        endResetModel();
    }
    if (m_events.size() > static_cast<std::size_t>(kMaxEvents)) {
        beginRemoveRows({}, kMaxEvents, static_cast<int>(m_events.size()) - 1);
        while (m_events.size() > static_cast<std::size_t>(kMaxEvents)) {
            m_ids.remove(m_events.back().id);
            m_explanations.remove(m_events.back().id);
            m_events.pop_back();
        }
        endRemoveRows();
    }
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EventRecord &e = m_events[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case Kind: return EventText::kindName(e.kind);
        case Subject: return EventText::subjectText(QString::fromStdString(e.subject));
        case Explanation: return explanation(e);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return EventText::kindExplanation(e.kind);
        if (index.column() == Explanation)
            return explanation(e);
        return {};
    case KindRole: return static_cast<int>(e.kind);
    case SubjectRole: return QString::fromStdString(e.subject);
    default: return {};
    }
}

QString EventTableModel::explanation(const EventRecord &event) const
{
    auto it = m_explanations.constFind(event.id);
    if (it == m_explanations.constEnd())
        it = m_explanations.insert(event.id, EventMessage::text(event));
    return it.value();
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Time: return tr("Time");
        case Kind: return tr("Kind");
        case Subject: return tr("Subject");
        case Explanation: return tr("Explanation");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Time: return tr("When it happened, by this computer's clock.");
        case Kind: return tr("What kind of change it was.");
        case Subject: return tr("The broker, topic, partition, group or link it is about.");
        case Explanation: return tr("What happened, in one line.");
        default: return {};
        }
    }
    return {};
}

} // namespace es
