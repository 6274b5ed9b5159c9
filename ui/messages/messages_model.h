#pragma once

#ifndef Q_MOC_RUN
#include "browse/page_loader.h"
#include "browse/partition_range.h"
#endif

#include <QAbstractTableModel>
#include <QString>

#include <list>
#include <map>
#include <memory>
#include <vector>

namespace es {

// The records of one topic as a virtual table that never holds the topic: rows know only
// their partition and offset, and record data comes from an LRU cache of pages (256
// offsets each) that a PageLoader fills off the GUI thread. data() never waits: a row whose
// page is not cached shows a placeholder, asks for the page, and is repainted (one coarse
// dataChanged per page) when it arrives.
//
// Three shapes of row list:
// - a range of one partition, rows = offsets [start, end), at most kMaxRangeRows of them
//   (Qt's row header keeps 8 bytes per row and builds them on the GUI thread); offsets
//   without a record (compaction, deletion, transaction markers) keep their row and are
//   marked. A range that reaches the partition's end grows with it and then slides: its
//   oldest rows leave so that it never holds more than the limit;
// - a list of row refs appended over time (the merged view of several partitions), at most
//   kMaxListRows; a live list slides as a range does;
// - a list of records appended over time (search results, which the search has read
//   anyway), at most kMaxListedRecords.
//
// Rows are shown in log order (the model's default) or newest first (the view's): the lists above are kept in
// log order, and a row of the table maps to them from the end or from the start. Newest
// first, new rows come in at the top and leaving rows go at the bottom.
//
// GUI thread only. The loader is shared with its worker threads, which post back here.
class MessagesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Partition, Offset, Timestamp, Key, Value, Headers, Size, ColumnCount };
    enum Role { LoadedRole = Qt::UserRole + 1 }; // bool: the row's record (or its absence) is known

    static constexpr std::size_t kMaxCachedPages = 384;
    static constexpr std::size_t kMaxListRows = 2'000'000;
    static constexpr std::int64_t kMaxRangeRows = 2'000'000;
    static constexpr std::size_t kMaxListedRecords = 100'000;

    explicit MessagesModel(QObject *parent = nullptr);
    ~MessagesModel() override;

    // Newest first, or in log order (the default). Changing it resets the model.
    void setNewestFirst(bool newestFirst);
    [[nodiscard]] bool newestFirst() const { return m_newestFirst; }

    // Starts loading through `reader` (made on the bridge's worker: it keeps the Cluster).
    void setReader(std::shared_ptr<RecordReader> reader);
    // The loader, for short reader tasks of the view; nullptr before setReader().
    [[nodiscard]] PageLoader *loader() const { return m_loader.get(); }

    // Rows for offsets [start, end), or for the first kMaxRangeRows of them.
    void showRange(const QString &topic, std::int32_t partition, std::int64_t start, std::int64_t end);
    // Range mode: the partition now ends at `end`. A range that reached the old end gets
    // rows for the new offsets, its oldest leaving beyond kMaxRangeRows.
    void extendRange(std::int64_t end);
    void showList(const QString &topic);
    // List mode: adds rows at the end. Beyond kMaxListRows, with `slide` (new records of a
    // live list) the oldest rows leave in steps of kMaxListRows / 8; without it the rows are
    // not added and the list stays cut (false then, and on every later call).
    bool appendRows(const std::vector<RowRef> &rows, bool slide = false);
    // Records mode: shows records held here, not loaded by pages.
    void showRecords(const QString &topic);
    // Records mode: adds records at the end (beyond kMaxListedRecords they are not added;
    // false then).
    bool appendRecords(std::vector<FetchedRecord> records);
    void clear();

    [[nodiscard]] QString topic() const { return m_topic; }
    [[nodiscard]] bool isRange() const { return m_range; }
    [[nodiscard]] std::int64_t rangeStart() const { return m_start; }
    [[nodiscard]] std::int64_t rangeEnd() const { return m_end; }
    // Range mode: the shown offsets stop before the partition's end as known.
    [[nodiscard]] bool rangeCut() const { return m_range && m_end < m_partitionEnd; }
    // Rows that left the front of a sliding range or list since it was shown: a row r
    // before a slide is row r - (droppedRows() after - before) after it.
    [[nodiscard]] std::int64_t droppedRows() const { return m_dropped; }
    // How far the rows kept moved since the list was shown: a row r before rows came or left
    // is row r + (rowShift() after - before) after it. In log order only leaving rows move
    // them (up); newest first only new ones do (down).
    [[nodiscard]] std::int64_t rowShift() const { return m_shift; }
    // The table's rows of the newest and the oldest record (-1 when empty).
    [[nodiscard]] int newestRow() const;
    [[nodiscard]] int oldestRow() const;
    [[nodiscard]] RowRef rowRef(int row) const;
    // The row showing `offset` of `partition`, -1 when none does.
    [[nodiscard]] int rowOf(std::int32_t partition, std::int64_t offset) const;
    // The record of `row` when its page is cached, else nullptr (and the page is asked for).
    // `absent` is set when the page is cached and holds no record at that offset.
    [[nodiscard]] const FetchedRecord *record(int row, bool *absent = nullptr) const;
    // The last page error, empty when none.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A page arrived (rows [first, last] may have changed), for views that show a selection.
    void pageLoaded(int first, int last);
    void loadFailed(const QString &error);

private:
    struct PageKey {
        std::int32_t partition = 0;
        std::int64_t first = 0;
        auto operator<=>(const PageKey &) const = default;
    };
    struct CachedPage {
        RecordPagePtr page;
        std::list<PageKey>::iterator lru;
    };
    void accept(const PageResult &result);
    // A cell as Copy takes it (RowCopy::CopyRole), invalid where the display will do.
    [[nodiscard]] QVariant copyText(const QModelIndex &index) const;
    // Between log order (the lists' index) and the table's rows.
    [[nodiscard]] std::int64_t logIndex(int row) const;
    [[nodiscard]] int tableRow(std::int64_t logIndex) const;
    // Row signals for `n` rows joining after the newest, or the oldest `n` leaving.
    void beginAddNewest(int n);
    void beginDropOldest(int n);
    void reset(const QString &topic, bool range, std::int32_t partition, std::int64_t start,
               std::int64_t end);
    [[nodiscard]] const RecordPage *page(const RowRef &ref) const;
    void ask(const RowRef &ref) const;

    std::unique_ptr<PageLoader> m_loader; // joined by the destructor, before this object goes
    QString m_topic;
    std::string m_topicStd;
    bool m_range = true;
    std::int32_t m_partition = 0;
    std::int64_t m_start = 0;
    std::int64_t m_end = 0;
    std::int64_t m_partitionEnd = 0; // range mode: where the partition ends, past m_end when cut
    std::int64_t m_dropped = 0;
    std::int64_t m_shift = 0;
    bool m_newestFirst = false;
    bool m_listCut = false;
    std::vector<RowRef> m_rows;        // list and records modes
    std::vector<FetchedRecord> m_records; // records mode: one per row
    bool m_holdsRecords = false;
    QString m_lastError;
    // The cache is filled from const data() (lookups refresh recency).
    mutable std::map<PageKey, CachedPage> m_pages;
    mutable std::list<PageKey> m_lru; // most recent first
};

} // namespace es
