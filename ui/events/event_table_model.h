#pragma once

#ifndef Q_MOC_RUN
#include "catalog/catalog_types.h"
#endif

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <deque>
#include <vector>

namespace es {

// The timeline, newest first. Events come from the catalog (the history, once) and live
// from the bridge; an event seen both ways is kept once (by id). At most kMaxEvents are
// kept; the oldest go. GUI thread only.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Kind, Subject, Explanation, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1;    // int(EventKind)
    static constexpr int SubjectRole = Qt::UserRole + 2; // "broker:2", as the engine names it
    static constexpr int kMaxEvents = 20'000;

    using QAbstractTableModel::QAbstractTableModel;

    // Adds events in any order; rows stay sorted newest first.
    void addEvents(std::vector<EventRecord> events);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // The event's message in the user's language, worked out once per event.
    [[nodiscard]] QString explanation(const EventRecord &event) const;

    std::deque<EventRecord> m_events; // newest first
    QSet<qint64> m_ids;
    mutable QHash<qint64, QString> m_explanations; // by event id, filled as rows are shown
};

} // namespace es
