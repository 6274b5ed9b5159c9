// The Messages view's actions on what is open: search, export, copy.

#include "ui/messages/messages_view.h"

#include "ui/messages/browse_bar.h"
#include "ui/messages/export_session.h"
#include "ui/messages/filter_bar.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/record_detail.h"
#include "ui/messages/record_text.h"
#include "ui/messages/search_scope.h"
#include "ui/messages/search_session.h"
#include "ui/topics/inline_problem_label.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace es {

bool MessagesView::searchRunning() const { return m_searchPending || (m_search && m_search->running()); }

bool MessagesView::exportRunning() const { return m_export != nullptr; }

void MessagesView::search()
{
    QString error;
    auto filter = m_filter->filter(&error);
    if (!filter) {
        setProblem(error);
        return;
    }
    if (!m_opening && m_browse->changesPending()) {
        // The search is of what the browse line shows, not of what was opened before.
        open();
        if (!m_opening)
            return; // the line has an error, now shown
    }
    if (m_opening) {
        // The search is of what is being opened: it starts when the open is done.
        m_searchPending = true;
        setProblem({});
        return;
    }
    if (!m_current || m_ranges.empty() || !m_reader) {
        setProblem(tr("Open a topic first: the search scans what is open, from its start."));
        return;
    }
    setProblem({});
    const BrowseRequest request = *m_current;
    const std::vector<PartitionRange> ranges = m_ranges;
    stopJobs();
    m_following = false;

    RecordSearchSpec spec;
    spec.topic = request.topic.toStdString();
    for (const PartitionRange &r : ranges) {
        spec.partitions.push_back(r.partition);
        spec.startOffsets[r.partition] = r.start;
    }
    spec.filter = std::move(*filter);
    spec.maxKeptMatches = MessagesModel::kMaxListedRecords;
    m_model->showRecords(request.topic);
    m_summary->setText(SearchScope::describe(request, ranges));
    m_search = new SearchSession(m_bridge, std::move(spec), this);
    m_filter->setRunning(true);
    m_filter->setClearable(true);
    m_filter->setStatus(tr("Searching…"));
    connect(m_search, &SearchSession::matchesFound, this, [this](const std::vector<FetchedRecord> &records) {
        const bool first = m_model->rowCount() == 0;
        if (!m_model->appendRecords(records))
            setProblem(tr("Only the first %L1 matches are listed; the export of the search result writes "
                          "them all.")
                           .arg(static_cast<qulonglong>(MessagesModel::kMaxListedRecords)));
        if (first)
            m_table->setCurrentIndex(m_model->index(0, MessagesModel::Offset));
    });
    connect(m_search, &SearchSession::progressed, this, [this] {
        const RecordSearchProgress &p = m_search->progress();
        m_filter->setProgress(p.scannedRecords, p.totalRecords, p.matchedRecords, p.capped);
    });
    connect(m_search, &SearchSession::finished, this, [this](const QString &failure) {
        m_filter->setRunning(false);
        const RecordSearchProgress &p = m_search->progress();
        const QLocale locale;
        QString text = tr("%1 scanned, %2 matched")
                           .arg(locale.toString(static_cast<qulonglong>(p.scannedRecords)),
                                locale.toString(static_cast<qulonglong>(p.matchedRecords)));
        if (p.cancelled)
            text = tr("Cancelled: %1").arg(text);
        m_filter->setStatus(text);
        for (const PartitionSearchProgress &part : p.partitions)
            if (!part.error.empty())
                setProblem(tr("Partition %1 was not searched: %2")
                               .arg(part.partition)
                               .arg(QString::fromStdString(part.error)));
        if (!failure.isEmpty())
            setProblem(tr("The search failed: %1").arg(failure));
        updateActions();
    });
    updateActions();
}

void MessagesView::cancelSearch()
{
    m_searchPending = false;
    if (m_search)
        m_search->cancel();
}

void MessagesView::clearSearch()
{
    m_searchPending = false;
    if (!m_current)
        return;
    stopJobs();
    m_filter->setStatus({});
    open();
}

void MessagesView::chooseExportFile(bool searchResult)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, searchResult ? tr("Export the search result") : tr("Export the selected records"), {},
        tr("JSON Lines (*.jsonl);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
    if (searchResult)
        exportSearchResult(file);
    else
        exportSelection(file);
}

void MessagesView::exportSelection(const QString &path)
{
    if (m_export || !m_reader)
        return;
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        setProblem(tr("Select the records to export first."));
        return;
    }
    std::vector<int> rows;
    rows.reserve(static_cast<std::size_t>(selected.size()));
    for (const QModelIndex &i : selected)
        rows.push_back(i.row());
    std::sort(rows.begin(), rows.end());
    const std::string file = path.toStdString();
    const RecordFileFormat format = recordFileFormatForPath(file);
    const bool contiguous = rows.back() - rows.front() + 1 == static_cast<int>(rows.size());
    if (m_model->isRange() && contiguous) {
        // One offset range of one partition: the engine's export streams it with progress.
        RecordExportSpec spec;
        spec.topic = m_model->topic().toStdString();
        const RowRef first = m_model->rowRef(m_model->newestFirst() ? rows.back() : rows.front());
        const RowRef last = m_model->rowRef(m_model->newestFirst() ? rows.front() : rows.back());
        spec.partitions = {first.partition};
        spec.ranges[first.partition] = OffsetRange{first.offset, last.offset + 1};
        spec.path = file;
        spec.format = format;
        startExport(new ExportSession(m_bridge, std::move(spec), this), path);
        return;
    }
    std::vector<RowRef> refs;
    refs.reserve(rows.size());
    for (int row : rows)
        refs.push_back(m_model->rowRef(row));
    // The file lists records in log order, however the table shows them.
    if (m_model->newestFirst())
        std::reverse(refs.begin(), refs.end());
    startExport(
        new ExportSession(m_reader, m_model->topic().toStdString(), std::move(refs), file, format, this),
        path);
}

void MessagesView::exportSearchResult(const QString &path)
{
    if (m_export)
        return;
    if (!m_search) {
        setProblem(tr("Search first: there is no search result to export."));
        return;
    }
    // The same filter over the same ranges, streamed by the engine: every match is written,
    // also those beyond what the table lists.
    const RecordSearchSpec &search = m_search->spec();
    RecordExportSpec spec;
    spec.topic = search.topic;
    spec.partitions = search.partitions;
    for (const PartitionSearchProgress &p : m_search->progress().partitions)
        spec.ranges[p.partition] = OffsetRange{p.startOffset, p.endOffset};
    for (const auto &[partition, start] : search.startOffsets)
        if (!spec.ranges.contains(partition) || spec.ranges[partition].startOffset < 0)
            spec.ranges[partition].startOffset = start;
    spec.filter = search.filter;
    spec.path = path.toStdString();
    spec.format = recordFileFormatForPath(spec.path);
    startExport(new ExportSession(m_bridge, std::move(spec), this), path);
}

void MessagesView::startExport(ExportSession *session, const QString &path)
{
    m_export = session;
    setProblem({});
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setFormat(tr("Exporting to %1: %p%").arg(QFileInfo(path).fileName()));
    m_exportProgress->show();
    m_cancelExport->show();
    connect(session, &ExportSession::progressed, this, [this](quint64 done, quint64 total) {
        if (total == 0)
            return;
        m_exportProgress->setRange(0, 1000);
        m_exportProgress->setValue(static_cast<int>(std::min<quint64>(1000, done * 1000 / total)));
    });
    connect(session, &ExportSession::finished, this, [this, session, path](const QString &error) {
        m_exportProgress->hide();
        m_cancelExport->hide();
        if (error.isEmpty())
            m_summary->setText(
                tr("Exported %Ln record(s) to %1.", nullptr, static_cast<qlonglong>(session->written()))
                    .arg(QDir::toNativeSeparators(path)));
        else
            setProblem(tr("Export to %1: %2").arg(QDir::toNativeSeparators(path), error));
        session->deleteLater();
        m_export = nullptr;
        updateActions();
        emit exportFinished(error);
    });
    updateActions();
}

} // namespace es
