#pragma once

#ifndef Q_MOC_RUN
#include "browse/record_export.h"
#include "ui/messages/messages_model.h"
#include "browse/page_loader.h"
#endif

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <stop_token>
#include <thread>

namespace es {

class ClusterBridge;

// One export to a JSON Lines or CSV file, off the GUI thread, polled on a timer:
// - of offset ranges with an optional filter (RecordExport, with a record count progress),
//   for a contiguous selection of one partition or a search's whole result;
// - of scattered rows (a selection in the merged view), read by pages on a thread of its own.
// Destroying the session cancels it (the file keeps what was written). GUI thread only.
class ExportSession : public QObject {
    Q_OBJECT

public:
    ExportSession(ClusterBridge &bridge, RecordExportSpec spec, QObject *parent = nullptr);
    ExportSession(std::shared_ptr<RecordReader> reader, std::string topic, std::vector<RowRef> rows,
                  std::string path, RecordFileFormat format, QObject *parent = nullptr);
    ~ExportSession() override;

    void cancel();
    [[nodiscard]] std::uint64_t written() const { return m_written; }
    [[nodiscard]] std::uint64_t total() const { return m_total; }

signals:
    void progressed(quint64 written, quint64 total);
    // `error` empty on success; the file's path for the message.
    void finished(const QString &error);

private:
    void poll();
    void finish(const QString &error);

    std::shared_ptr<RecordExport> m_export;
    std::atomic<bool> m_cancel{false};
    std::stop_source m_stop; // cancel() ends a page read that a paused leader holds
    std::thread m_rowsThread;
    std::atomic<std::uint64_t> m_rowsWritten{0};
    std::atomic<bool> m_rowsDone{false};
    std::string m_rowsError; // written by the rows thread before m_rowsDone
    std::uint64_t m_written = 0;
    std::uint64_t m_total = 0;
    bool m_finished = false;
    QTimer m_timer;
};

} // namespace es
