#include "ui/messages/export_session.h"

#include "ui/cluster_bridge.h"

#include <map>

namespace es {

namespace {

struct Started {
    std::shared_ptr<RecordExport> job;
    std::string error;
};

} // namespace

ExportSession::ExportSession(ClusterBridge &bridge, RecordExportSpec spec, QObject *parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ExportSession::poll);
    bridge.run(
        this,
        [spec = std::move(spec)](Connection &connection) {
            auto started = RecordExport::start(connection, spec);
            if (!started)
                return Started{nullptr, started.status().message()};
            return Started{std::shared_ptr<RecordExport>(std::move(*started)), {}};
        },
        [this](Started started) {
            if (!started.job) {
                finish(QString::fromStdString(started.error));
                return;
            }
            m_export = std::move(started.job);
            if (m_cancel)
                m_export->cancel();
            m_timer.start();
        });
}

ExportSession::ExportSession(std::shared_ptr<RecordReader> reader, std::string topic,
                             std::vector<RowRef> rows, std::string path, RecordFileFormat format,
                             QObject *parent)
    : QObject(parent), m_total(rows.size())
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ExportSession::poll);
    m_rowsThread = std::thread([this, reader = std::move(reader), topic = std::move(topic),
                                rows = std::move(rows), path = std::move(path), format] {
        auto fail = [this](std::string why) {
            m_rowsError = std::move(why);
            m_rowsDone = true;
        };
        auto writer = RecordFileWriter::create(path, format);
        if (!writer)
            return fail(writer.status().message());
        // One page read serves every selected row in it.
        std::map<std::pair<std::int32_t, std::int64_t>, RecordPagePtr> pages;
        for (const RowRef &row : rows) {
            if (m_cancel)
                return fail({});
            const auto key = std::make_pair(row.partition, RecordPage::firstOf(row.offset));
            auto it = pages.find(key);
            if (it == pages.end()) {
                auto page = readRecordPage(*reader, {topic, row.partition}, key.second, m_stop.get_token());
                if (!page && m_cancel)
                    return fail({});
                if (!page)
                    return fail(page.status().message());
                if (pages.size() > 64)
                    pages.clear();
                it = pages.emplace(key, std::move(*page)).first;
            }
            if (const FetchedRecord *r = it->second->find(row.offset)) {
                if (Status s = (*writer)->write(*r); !s.isOk())
                    return fail(s.message());
            }
            ++m_rowsWritten;
        }
        Status s = (*writer)->close();
        fail(s.isOk() ? std::string() : s.message());
    });
    m_timer.start();
}

ExportSession::~ExportSession()
{
    m_cancel = true;
    m_stop.request_stop();
    if (m_rowsThread.joinable())
        m_rowsThread.join();
}

void ExportSession::cancel()
{
    m_cancel = true;
    m_stop.request_stop();
    if (m_export)
        m_export->cancel();
}

void ExportSession::poll()
{
    if (m_finished)
        return;
    if (m_export) {
        const RecordExportProgress p = m_export->progress();
        m_written = p.writtenRecords;
        m_total = p.totalRecords;
        // The bar follows what was scanned: with a filter, fewer records are written.
        emit progressed(p.scannedRecords, p.totalRecords);
        if (!p.done)
            return;
        QString error;
        if (!p.error.isOk())
            error = QString::fromStdString(p.error.message());
        else if (p.cancelled)
            error = tr("Cancelled; the file holds the records written before.");
        else if (!p.partitionErrors.empty())
            error = tr("Partition %1 was skipped: %2")
                        .arg(p.partitionErrors.begin()->first)
                        .arg(QString::fromStdString(p.partitionErrors.begin()->second));
        finish(error);
        return;
    }
    m_written = m_rowsWritten;
    emit progressed(m_written, m_total);
    if (!m_rowsDone)
        return;
    QString error = QString::fromStdString(m_rowsError);
    if (m_cancel && error.isEmpty())
        error = tr("Cancelled; the file holds the records written before.");
    finish(error);
}

void ExportSession::finish(const QString &error)
{
    m_timer.stop();
    m_finished = true;
    emit finished(error);
}

} // namespace es
