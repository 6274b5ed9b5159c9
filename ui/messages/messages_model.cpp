#include "ui/messages/messages_model.h"

#include "ui/messages/record_text.h"
#include "ui/row_copy.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>
#include <tuple>
#include <utility>

namespace es {

MessagesModel::MessagesModel(QObject *parent) : QAbstractTableModel(parent) {}

MessagesModel::~MessagesModel()
{
    // Joins the loader's threads while this object (their delivery target) still exists.
    m_loader.reset();
}

void MessagesModel::setReader(std::shared_ptr<RecordReader> reader)
{
    m_loader = std::make_unique<PageLoader>(std::move(reader), [this](PageResult result) {
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { accept(result); }, Qt::QueuedConnection);
    });
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MessagesModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    beginResetModel();
    m_newestFirst = newestFirst;
    m_shift = 0;
    endResetModel();
}

std::int64_t MessagesModel::logIndex(int row) const { return m_newestFirst ? rowCount() - 1 - row : row; }

int MessagesModel::tableRow(std::int64_t logIndex) const
{
    return static_cast<int>(m_newestFirst ? rowCount() - 1 - logIndex : logIndex);
}

int MessagesModel::newestRow() const { return rowCount() == 0 ? -1 : tableRow(rowCount() - 1); }

int MessagesModel::oldestRow() const { return rowCount() == 0 ? -1 : tableRow(0); }

void MessagesModel::beginAddNewest(int n)
{
    if (m_newestFirst) {
        beginInsertRows({}, 0, n - 1);
        m_shift += n;
    } else {
        beginInsertRows({}, rowCount(), rowCount() + n - 1);
    }
}

void MessagesModel::beginDropOldest(int n)
{
    if (m_newestFirst) {
        beginRemoveRows({}, rowCount() - n, rowCount() - 1);
    } else {
        beginRemoveRows({}, 0, n - 1);
        m_shift -= n;
    }
}

void MessagesModel::reset(const QString &topic, bool range, std::int32_t partition, std::int64_t start,
                          std::int64_t end)
{
    // One reset per change: with millions of rows each costs the view real time.
    beginResetModel();
    if (topic != m_topic) {
        m_pages.clear();
        m_lru.clear();
    }
    m_topic = topic;
    m_topicStd = topic.toStdString();
    m_range = range;
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_records.clear();
    m_records.shrink_to_fit();
    m_holdsRecords = false;
    m_dropped = 0;
    m_shift = 0;
    m_listCut = false;
    m_partition = partition;
    m_start = start;
    m_partitionEnd = std::max(start, end);
    m_end = range ? std::min(m_partitionEnd, start + kMaxRangeRows) : m_partitionEnd;
    m_lastError.clear();
    endResetModel();
}

void MessagesModel::showRange(const QString &topic, std::int32_t partition, std::int64_t start,
                              std::int64_t end)
{
    reset(topic, true, partition, start, end);
}

void MessagesModel::extendRange(std::int64_t end)
{
    if (!m_range || end <= m_partitionEnd)
        return;
    const bool atEnd = m_end == m_partitionEnd;
    m_partitionEnd = end;
    if (!atEnd)
        return; // a cut range shows older offsets: nothing new joins it
    // The oldest rows leave in steps of an eighth of the limit, so that a partition that
    // grows fast is not cut at every snapshot.
    constexpr std::int64_t kStep = kMaxRangeRows / 8;
    if (end - m_start > kMaxRangeRows) {
        const std::int64_t start = m_start + (end - m_start - kMaxRangeRows + kStep - 1) / kStep * kStep;
        const std::int64_t leaving = std::min(start, m_end) - m_start; // rows shown now that go
        if (leaving > 0)
            beginDropOldest(static_cast<int>(leaving));
        m_start = start;
        m_end = std::max(m_end, start);
        m_dropped += std::max<std::int64_t>(leaving, 0);
        if (leaving > 0)
            endRemoveRows();
    }
    const int before = rowCount();
    const int after = static_cast<int>(end - m_start);
    if (after <= before)
        return;
    beginAddNewest(after - before);
    m_end = end;
    endInsertRows();
}

void MessagesModel::showList(const QString &topic) { reset(topic, false, 0, 0, 0); }

void MessagesModel::showRecords(const QString &topic)
{
    reset(topic, false, 0, 0, 0);
    m_holdsRecords = true;
}

bool MessagesModel::appendRecords(std::vector<FetchedRecord> records)
{
    if (!m_holdsRecords || records.empty())
        return m_holdsRecords;
    const std::size_t room = kMaxListedRecords - std::min(kMaxListedRecords, m_records.size());
    const std::size_t n = std::min(room, records.size());
    if (n > 0) {
        beginAddNewest(static_cast<int>(n));
        for (std::size_t i = 0; i < n; ++i) {
            m_rows.push_back({records[i].tp.partition, records[i].offset});
            m_records.push_back(std::move(records[i]));
        }
        endInsertRows();
    }
    return n == records.size();
}

bool MessagesModel::appendRows(const std::vector<RowRef> &rows, bool slide)
{
    if (m_range || m_holdsRecords || rows.empty())
        return !m_range && !m_holdsRecords;
    auto first = rows.begin();
    if (slide && !m_listCut) {
        // As a sliding range: the oldest rows leave in steps, not at every call.
        constexpr std::size_t kStep = kMaxListRows / 8;
        if (rows.size() > kMaxListRows)
            first = rows.end() - static_cast<std::ptrdiff_t>(kMaxListRows);
        const auto adding = static_cast<std::size_t>(rows.end() - first);
        if (m_rows.size() + adding > kMaxListRows) {
            const std::size_t over = m_rows.size() + adding - kMaxListRows;
            const std::size_t leaving = std::min(m_rows.size(), (over + kStep - 1) / kStep * kStep);
            beginDropOldest(static_cast<int>(leaving));
            m_rows.erase(m_rows.begin(), m_rows.begin() + static_cast<std::ptrdiff_t>(leaving));
            m_dropped += static_cast<std::int64_t>(leaving);
            endRemoveRows();
        }
    }
    const std::size_t room = m_listCut ? 0 : kMaxListRows - std::min(kMaxListRows, m_rows.size());
    const std::size_t n = std::min(room, static_cast<std::size_t>(rows.end() - first));
    if (n > 0) {
        beginAddNewest(static_cast<int>(n));
        m_rows.insert(m_rows.end(), first, first + static_cast<std::ptrdiff_t>(n));
        endInsertRows();
    }
    m_listCut = m_listCut || first + static_cast<std::ptrdiff_t>(n) != rows.end();
    return !m_listCut;
}

void MessagesModel::clear() { reset(m_topic, true, 0, 0, 0); }

RowRef MessagesModel::rowRef(int row) const
{
    const std::int64_t i = logIndex(row);
    if (m_range)
        return {m_partition, m_start + i};
    return m_rows[static_cast<std::size_t>(i)];
}

int MessagesModel::rowOf(std::int32_t partition, std::int64_t offset) const
{
    if (m_range)
        return partition == m_partition && offset >= m_start && offset < m_end ? tableRow(offset - m_start)
                                                                               : -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].partition == partition && m_rows[i].offset == offset)
            return tableRow(static_cast<std::int64_t>(i));
    return -1;
}

const RecordPage *MessagesModel::page(const RowRef &ref) const
{
    const PageKey key{ref.partition, RecordPage::firstOf(ref.offset)};
    auto it = m_pages.find(key);
    if (it == m_pages.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
    return it->second.page.get();
}

void MessagesModel::ask(const RowRef &ref) const
{
    if (m_loader)
        m_loader->request({m_topicStd, ref.partition}, RecordPage::firstOf(ref.offset));
}

const FetchedRecord *MessagesModel::record(int row, bool *absent) const
{
    if (absent)
        *absent = false;
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (m_holdsRecords)
        return &m_records[static_cast<std::size_t>(logIndex(row))];
    const RowRef ref = rowRef(row);
    const RecordPage *p = page(ref);
    if (!p || ref.offset >= p->readEnd) {
        // Not cached, or cached before the high watermark reached this offset.
        ask(ref);
        return nullptr;
    }
    const FetchedRecord *r = p->find(ref.offset);
    if (!r && absent)
        *absent = true;
    return r;
}

void MessagesModel::accept(const PageResult &result)
{
    if (result.tp.topic != m_topicStd)
        return;
    const PageKey key{result.tp.partition, result.first};
    if (!result.error.empty()) {
        m_lastError = QString::fromStdString(result.error);
        emit loadFailed(m_lastError);
        return;
    }
    if (result.page) {
        auto it = m_pages.find(key);
        if (it != m_pages.end()) {
            // A reload that found nothing new repaints nothing, so that rows past a
            // lagging high watermark do not ask again and again.
            const bool same = it->second.page->readEnd == result.page->readEnd;
            it->second.page = result.page;
            if (same)
                return;
            m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
        } else {
            m_lru.push_front(key);
            m_pages.emplace(key, CachedPage{result.page, m_lru.begin()});
            while (m_pages.size() > kMaxCachedPages) {
                m_pages.erase(m_lru.back());
                m_lru.pop_back();
            }
        }
    }
    // A dropped request repaints too: rows still visible ask again.
    if (rowCount() == 0)
        return;
    int first = 0;
    int last = rowCount() - 1;
    if (m_range) {
        if (key.partition != m_partition)
            return;
        first = static_cast<int>(std::clamp<std::int64_t>(key.first - m_start, 0, last));
        last =
            static_cast<int>(std::clamp<std::int64_t>(key.first + RecordPage::kRows - 1 - m_start, 0, last));
        if (key.first + RecordPage::kRows <= m_start || key.first - m_start > last)
            return;
        if (m_newestFirst)
            std::tie(first, last) = std::pair(tableRow(last), tableRow(first));
    }
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(first, last);
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_range)
        return static_cast<int>(m_end - m_start);
    return static_cast<int>(m_rows.size());
}

int MessagesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == Key || column == Value ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RowCopy::CopyRole)
        return copyText(index);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != LoadedRole)
        return {};
    const RowRef ref = rowRef(index.row());
    if (role == Qt::DisplayRole && column == Partition)
        return ref.partition;
    if (role == Qt::DisplayRole && column == Offset)
        return QLocale().toString(static_cast<qlonglong>(ref.offset));
    bool absent = false;
    const FetchedRecord *r = record(index.row(), &absent);
    if (role == LoadedRole)
        return r != nullptr || absent;
    if (role == Qt::ForegroundRole)
        return r ? QVariant()
                 : QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    if (!r) {
        if (role == Qt::ToolTipRole)
            return absent ? tr("No record at this offset: compaction or deletion removed it, or it holds a "
                               "transaction marker.")
                          : tr("Loading…");
        if (column == Key)
            return absent ? tr("(no record at this offset)") : tr("loading…");
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Timestamp:
            return tr("When the producer (or the broker, for LogAppendTime topics) stamped the record.");
        case Headers:
            return tr("Headers: key-value pairs a producer attaches to a record, besides its key and value.");
        case Size: return tr("The record's encoded size in its batch.");
        default: return {};
        }
    }
    switch (column) {
    case Timestamp: return RecordText::timestamp(r->timestamp);
    case Key: return RecordText::preview(r->key, 60);
    case Value: return RecordText::preview(r->value, 200);
    case Headers: return static_cast<int>(r->headers.size());
    case Size: return RecordText::size(r->sizeBytes);
    default: return {};
    }
}

// Copied cells are whole and plain: raw numbers, the whole key and value (binary as 0x and
// hex), the size in bytes. Cells of records not loaded copy their display.
QVariant MessagesModel::copyText(const QModelIndex &index) const
{
    const RowRef ref = rowRef(index.row());
    if (index.column() == Offset)
        return QString::number(ref.offset);
    const FetchedRecord *r = record(index.row());
    if (!r)
        return {};
    const auto whole = [](const std::optional<Bytes> &bytes) -> QVariant {
        if (!bytes)
            return {};
        const ByteView view(bytes->data(), bytes->size());
        const QByteArray raw(reinterpret_cast<const char *>(bytes->data()),
                             static_cast<qsizetype>(bytes->size()));
        return RecordText::isValidUtf8(view) ? QString::fromUtf8(raw)
                                             : QStringLiteral("0x") + QString::fromLatin1(raw.toHex());
    };
    switch (index.column()) {
    case Key: return whole(r->key);
    case Value: return whole(r->value);
    case Size: return QString::number(r->sizeBytes);
    default: return {};
    }
}

QVariant MessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Partition: return tr("Partition");
        case Offset: return tr("Offset");
        case Timestamp: return tr("Timestamp");
        case Key: return tr("Key");
        case Value: return tr("Value");
        case Headers: return tr("Headers");
        case Size: return tr("Size");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Partition: return tr("The partition: an ordered, append-only log that holds part of the topic.");
        case Offset: return tr("The offset: the record's position in its partition, assigned by the leader.");
        case Key: return tr("The key: records with the same key go to the same partition.");
        default: return {};
        }
    }
    return {};
}

} // namespace es
