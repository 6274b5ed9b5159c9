// The Messages view's browsing: opening a topic at a start, following it, merging several
// partitions.

#include "ui/messages/messages_view.h"

#include "ui/cluster_bridge.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/filter_bar.h"
#include "browse/merge_job.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/search_session.h"
#include "ui/topics/inline_problem_label.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace es {

namespace {

// Rows the merge of several partitions keeps ready below the last one shown.
constexpr std::size_t kMergeAhead = 2000;

} // namespace

void MessagesView::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    ensureReader();
    m_browse->setSnapshot(snapshot);
}

void MessagesView::pollTail()
{
    if (m_tailAsked || m_opening || !m_following || !m_current || !m_model->isRange() || m_search ||
        m_ranges.size() != 1 || !m_model->loader())
        return;
    m_tailAsked = true;
    QPointer<MessagesView> self(this);
    const TopicPartition tp{m_current->topic.toStdString(), m_ranges.front().partition};
    m_model->loader()->post([self, serial = m_openSerial, tp](RecordReader &reader, std::stop_token stop) {
        auto bounds = reader.bounds(tp, stop);
        QMetaObject::invokeMethod(
            self,
            [self, serial, bounds = std::move(bounds)] {
                if (!self)
                    return;
                self->m_tailAsked = false;
                // A failed read is tried again at the next tick: the tail waits, as a
                // consumer would, for the leader to come back.
                if (!bounds || serial != self->m_openSerial || !self->m_following || self->m_search ||
                    !self->m_model->isRange())
                    return;
                self->slideKeepingView([&] { self->m_model->extendRange(bounds->highWatermark); });
                self->m_ranges.front().end = std::max(self->m_ranges.front().end, bounds->highWatermark);
                self->showRangeSummary();
                if (self->m_autoScroll)
                    self->scrollToNewest();
            },
            Qt::QueuedConnection);
    });
}

void MessagesView::showRangeSummary()
{
    if (m_ranges.size() != 1)
        return;
    const PartitionRange &r = m_ranges.front();
    const QLocale locale;
    if (m_model->rangeCut())
        m_summary->setText(
            tr("Partition %1: offsets %2 to %3 of %4 (the table shows %5 offsets at a time: start at a "
               "later offset for the rest)")
                .arg(r.partition)
                .arg(locale.toString(static_cast<qlonglong>(r.start)),
                     locale.toString(static_cast<qlonglong>(m_model->rangeEnd())),
                     locale.toString(static_cast<qlonglong>(r.end)),
                     locale.toString(static_cast<qlonglong>(MessagesModel::kMaxRangeRows))));
    else
        m_summary->setText(tr("Partition %1: offsets %2 to %3%4")
                               .arg(r.partition)
                               .arg(locale.toString(static_cast<qlonglong>(m_model->rangeStart())),
                                    locale.toString(static_cast<qlonglong>(r.end)),
                                    m_following ? tr(", following new records") : QString()));
}

void MessagesView::showTopic(const QString &topic)
{
    m_browse->setTopic(topic);
    m_browse->setPartitions({});
    m_browse->setStart(StartKind::LatestN);
    m_browse->setLatestCount(100);
    m_browse->setFollow(false);
    open();
}

void MessagesView::showPartitionAt(const QString &topic, int partition, qint64 offset)
{
    m_browse->setTopic(topic);
    m_browse->setPartitions(QString::number(partition));
    m_browse->setStart(StartKind::Offset);
    m_browse->setOffset(offset);
    m_browse->setFollow(false);
    open();
}

void MessagesView::open()
{
    QString error;
    auto request = m_browse->request(&error);
    if (!request) {
        setProblem(error);
        return;
    }
    if (!m_snapshot || !m_reader) {
        // The cluster is starting: open as soon as the reader is there.
        m_openPending = true;
        setProblem({});
        m_summary->setText(tr("Waiting for the cluster…"));
        ensureReader();
        return;
    }
    auto plan = BrowseResolver::plan(*m_snapshot, *request, &error);
    if (!plan) {
        setProblem(error);
        return;
    }
    setProblem({});
    // What is shown stays, following included, until the new bounds are there.
    const int serial = ++m_openSerial;
    m_opening = true;
    m_browse->setApplied(*request);
    m_summary->setText(tr("Reading where the partitions start and end…"));
    QPointer<MessagesView> self(this);
    m_model->loader()->post([self, serial, request = *request,
                             plan = std::move(*plan)](RecordReader &reader, std::stop_token stop) {
        auto ranges = BrowseResolver::ranges(reader, request, plan.targets, stop);
        QMetaObject::invokeMethod(
            self,
            [self, serial, request, note = plan.note, ranges = std::move(ranges)]() mutable {
                if (!self || serial != self->m_openSerial)
                    return;
                self->m_opening = false;
                if (!ranges) {
                    self->m_searchPending = false;
                    if (self->m_current)
                        self->m_browse->setApplied(*self->m_current);
                    self->setProblem(tr("Cannot read where the partitions start and end: %1")
                                         .arg(QString::fromStdString(ranges.status().message())));
                    return;
                }
                self->openResolved(request, std::move(*ranges), note);
                if (std::exchange(self->m_searchPending, false))
                    self->search();
            },
            Qt::QueuedConnection);
    });
}

void MessagesView::stopJobs()
{
    m_merge.reset();
    if (m_search) {
        m_search->disconnect(this);
        m_search->deleteLater();
        m_search = nullptr;
    }
    m_poll.stop();
    m_tail.stop();
    m_filter->setRunning(false);
    m_filter->setClearable(false);
}

void MessagesView::openResolved(const BrowseRequest &request, std::vector<PartitionRange> ranges,
                                const QString &note)
{
    stopJobs();
    m_filter->setStatus({});
    m_current = request;
    m_browse->setApplied(request);
    m_ranges = std::move(ranges);
    m_following = request.follow;
    m_autoScroll = true;
    const bool toEnd = request.start == StartKind::LatestN || request.start == StartKind::LiveTail;
    std::int64_t total = 0;
    for (const auto &r : m_ranges)
        total += r.end - r.start;
    const QLocale locale;
    if (m_ranges.size() == 1) {
        const PartitionRange &r = m_ranges.front();
        m_model->showRange(request.topic, r.partition, r.start, r.end);
        showRangeSummary();
    } else {
        m_model->showList(request.topic);
        const std::size_t keepLast =
            request.start == StartKind::LatestN ? static_cast<std::size_t>(request.count) : 0;
        m_merge = std::make_unique<MergeJob>(m_reader, request.topic.toStdString(), m_ranges, m_following,
                                             keepLast);
        m_merge->want(kMergeAhead);
        const QString following = m_following ? tr(", following new records") : QString();
        if (keepLast > 0)
            m_summary->setText(tr("%n partition(s) merged by timestamp, their newest %1 record(s)%2", nullptr,
                                  static_cast<int>(m_ranges.size()))
                                   .arg(locale.toString(static_cast<qlonglong>(
                                            std::min<std::int64_t>(total, static_cast<std::int64_t>(keepLast)))),
                                        following));
        else
            m_summary->setText(tr("%n partition(s) merged by timestamp, %1 record(s) from the start%2", nullptr,
                                  static_cast<int>(m_ranges.size()))
                                   .arg(locale.toString(static_cast<qlonglong>(total)), following));
        m_poll.start();
    }
    if (m_following && m_ranges.size() == 1)
        m_tail.start();
    if (!note.isEmpty())
        setProblem(note);
    // From a start, the view begins there (at the bottom when newest first); at the newest
    // records, it shows them and stays with them.
    if (toEnd) {
        scrollToNewest();
    } else {
        scrollToOldest();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(m_model->oldestRow(), MessagesModel::Offset));
    }
    updateActions();
}

void MessagesView::slideKeepingView(const std::function<void()> &change)
{
    const int top = m_autoScroll ? -1 : m_table->rowAt(0);
    const std::int64_t shift = m_model->rowShift();
    change();
    const std::int64_t moved = m_model->rowShift() - shift;
    if (top < 0 || moved == 0 || top + moved < 0)
        return; // at the newest rows, nothing moved, or the rows looked at left
    m_scrolling = true;
    m_table->scrollTo(m_model->index(static_cast<int>(top + moved), std::max(0, m_table->columnAt(0))),
                      QAbstractItemView::PositionAtTop);
    m_scrolling = false;
}

void MessagesView::scrollToNewest()
{
    m_scrolling = true;
    if (m_model->newestFirst())
        m_table->scrollToTop();
    else
        m_table->scrollToBottom();
    m_scrolling = false;
    m_autoScroll = true;
}

void MessagesView::scrollToOldest()
{
    m_scrolling = true;
    if (m_model->newestFirst())
        m_table->scrollToBottom();
    else
        m_table->scrollToTop();
    m_scrolling = false;
    m_autoScroll = atNewest();
}

bool MessagesView::atNewest() const
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    return m_model->newestFirst() ? bar->value() <= bar->minimum() + 1 : bar->value() >= bar->maximum() - 1;
}

void MessagesView::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst->isChecked() != newestFirst)
        m_newestFirst->setChecked(newestFirst);
    if (m_model->newestFirst() == newestFirst)
        return;
    const QModelIndex current = m_table->currentIndex();
    const std::optional<RowRef> ref =
        current.isValid() ? std::optional(m_model->rowRef(current.row())) : std::nullopt;
    const bool wasAtNewest = m_autoScroll;
    // The reset clears the selection: the current record is chosen again where it now is.
    m_model->setNewestFirst(newestFirst);
    if (ref) {
        const int row = m_model->rowOf(ref->partition, ref->offset);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, std::max(0, current.column())));
    }
    if (wasAtNewest || !ref)
        scrollToNewest();
    else if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
}

void MessagesView::poll()
{
    if (!m_merge)
        return;
    std::vector<RowRef> rows = m_merge->take();
    if (!rows.empty()) {
        const bool first = m_model->rowCount() == 0;
        // New records of a live list slide it; a list cut while catching up stays cut.
        const bool slide = m_following && m_merge->caughtUp();
        bool added = true;
        slideKeepingView([&] { added = m_model->appendRows(rows, slide); });
        if (!added)
            setProblem(tr("Only the first %L1 records are listed; start later to see more.")
                           .arg(static_cast<qulonglong>(MessagesModel::kMaxListRows)));
        const bool toEnd = m_following || (m_current && m_current->start == StartKind::LatestN);
        if (first && m_current && m_current->start != StartKind::LatestN &&
            m_current->start != StartKind::LiveTail) {
            if (!toEnd)
                scrollToOldest();
            m_table->setCurrentIndex(m_model->index(m_model->oldestRow(), MessagesModel::Offset));
        }
        if (toEnd && m_autoScroll)
            scrollToNewest();
    }
    if (const std::string error = m_merge->error(); !error.empty())
        setProblem(tr("Cannot read records: %1").arg(QString::fromStdString(error)));
    // Keep rows ready beyond the newest shown, so scrolling towards newer records never
    // waits long.
    int beyond = 0;
    if (m_model->newestFirst()) {
        beyond = std::max(0, m_table->rowAt(0));
    } else {
        const int lastShown = m_table->rowAt(m_table->viewport()->height());
        beyond = lastShown < 0 ? 0 : m_model->rowCount() - lastShown;
    }
    if (beyond < static_cast<int>(kMergeAhead) / 2)
        m_merge->want(static_cast<std::size_t>(m_model->rowCount()) + kMergeAhead);
    if (m_merge->done())
        m_poll.stop();
}

} // namespace es
