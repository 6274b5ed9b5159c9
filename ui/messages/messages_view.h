#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "ui/messages/browse_request.h"
#endif

#include <QList>
#include <QModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

namespace es {

class BrowseBar;
class ClusterBridge;
class ExportSession;
class FilterBar;
class InlineProblemLabel;
class MergeJob;
class MessagesModel;
class RecordReader;
class RecordDetail;
class SearchSession;

// The Messages view: browse any partitions of a topic from a start (earliest, latest N, an
// offset, a time, a group's committed position) or follow it live, in a virtual table that
// loads pages of records on demand off the GUI thread; see the selected record's key, value
// and headers in several formats; search in the engine with a filter; export a selection or
// a search result to JSON Lines or CSV; copy a record as JSON.
//
// One partition shows rows in offset order (every offset from the start to the high
// watermark has a row); several partitions are merged into one list ordered by timestamp.
// Newest first by default (the user's choice is kept in the settings), or in log order.
//
// GUI thread only. Long work runs in jobs with threads of their own (page loads, the merge,
// searches, exports), polled on timers; the view must be destroyed before the bridge.
class MessagesView : public QWidget {
    Q_OBJECT

public:
    explicit MessagesView(ClusterBridge &bridge, QWidget *parent = nullptr);
    ~MessagesView() override;

    [[nodiscard]] MessagesModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] RecordDetail *detail() const { return m_detail; }
    [[nodiscard]] BrowseBar *browseBar() const { return m_browse; }
    [[nodiscard]] FilterBar *filterBar() const { return m_filter; }
    // The problem shown under the bars (bad input, a failed load), empty when none.
    [[nodiscard]] QString problem() const;
    // A search runs, or waits for the open before it to finish.
    [[nodiscard]] bool searchRunning() const;
    // An open waits for the partitions' bounds (see open()).
    [[nodiscard]] bool opening() const { return m_opening; }
    [[nodiscard]] bool exportRunning() const;

public slots:
    // Opens `topic`, all partitions, at the newest 100 records of each.
    void showTopic(const QString &topic);
    // Opens one partition of `topic` at `offset`.
    void showPartitionAt(const QString &topic, int partition, qint64 offset);
    // Opens what the browse bar says: checked against the newest snapshot at once, shown once
    // the partitions' bounds, read through the reader on a loader thread, are there.
    void open();
    // Searches what is open, from its start, with the filter bar's filter; after an open
    // still reading bounds, what it opens.
    void search();
    void cancelSearch();
    // Back from search results to browsing.
    void clearSearch();
    // Writes the selected rows, or the whole search result (every match, not only the listed
    // ones), to `path` (JSON Lines, or CSV for *.csv) in the background.
    void exportSelection(const QString &path);
    void exportSearchResult(const QString &path);
    // Puts the selected records (their pages read) as JSON on the clipboard: one record as
    // an object, several as an array; the window's status bar says how many.
    void copyRecordAsJson();
    // Shows the rows newest first or in log order, keeping the current record and, when the
    // newest rows were in view, the newest rows.
    void setNewestFirst(bool newestFirst);

signals:
    // An export finished: `error` is empty on success.
    void exportFinished(const QString &error);
    // The user asked to see the topic's partitions, or to re-publish `ranges` ("0:5-9, 2:7-7").
    void topicRequested(const QString &topic);
    void republishRequested(const QString &topic, const QString &ranges);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    void ensureReader();
    void openResolved(const BrowseRequest &request, std::vector<PartitionRange> ranges, const QString &note);
    void stopJobs();
    void poll();
    // Following one partition: asks the reader for its high watermark, and grows the range.
    void pollTail();
    // "Partition P: offsets A to B": what one open partition shows, kept current while following.
    void showRangeSummary();
    // Runs `change`, which may slide the table (its oldest rows leave), keeping the rows a
    // user scrolled up to in view.
    void slideKeepingView(const std::function<void()> &change);
    // Scrolls to the newest rows (the top when newest first, else the bottom), or the oldest.
    void scrollToNewest();
    void scrollToOldest();
    // The newest rows are in view (to within a row), where new ones show.
    [[nodiscard]] bool atNewest() const;
    void updateDetail();
    void updateActions();
    void setProblem(const QString &problem);
    void stylePending();
    void startExport(ExportSession *session, const QString &path);
    void chooseExportFile(bool searchResult);
    // The context menu and its copies (messages_view_menu.cpp).
    enum class CopyWhat { Rows, Json, Keys, Values };
    void createContextMenu();
    void fillContextMenu(QMenu &menu);
    // The selected rows in table order; none, and `refusal` says why, when too many to copy.
    [[nodiscard]] QList<QModelIndex> selectedRecordRows(QString *refusal) const;
    void copySelected(CopyWhat what);
    void republishSelected();

    ClusterBridge &m_bridge;
    ClusterSnapshotPtr m_snapshot;
    std::shared_ptr<RecordReader> m_reader;
    bool m_readerRequested = false;
    bool m_openPending = false;   // open() waits for the reader
    bool m_opening = false;       // an open waits for its bounds
    bool m_searchPending = false; // search() waits for that open
    int m_openSerial = 0;         // discards answers of bound reads for an older open
    bool m_tailAsked = false;     // a read of the followed partition's bounds is under way

    std::optional<BrowseRequest> m_current; // what is open
    std::vector<PartitionRange> m_ranges;
    bool m_following = false;
    bool m_autoScroll = true; // following scrolls to new records unless the user scrolled up
    bool m_scrolling = false; // our own scrolling, not the user's
    std::unique_ptr<MergeJob> m_merge;
    QPointer<SearchSession> m_search;
    QPointer<ExportSession> m_export;
    std::optional<std::pair<std::int32_t, std::int64_t>> m_detailShown;

    BrowseBar *m_browse = nullptr;
    FilterBar *m_filter = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_pending = nullptr; // the browse line's fields are not applied yet
    QCheckBox *m_newestFirst = nullptr;
    MessagesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    RecordDetail *m_detail = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_exportSelection = nullptr;
    QPushButton *m_exportResult = nullptr;
    QPushButton *m_cancelExport = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QTimer m_poll;
    QTimer m_tail;
};

} // namespace es
