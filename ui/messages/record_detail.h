#pragma once

#ifndef Q_MOC_RUN
#include "client/fetched_record.h"
#endif

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace es {

class ContentViewer;

// The selected record in full: where it is (partition, offset, time, size), its value, its
// key and its headers, each in the format the user picks (ContentViewer). Everything is
// shown as plain text. GUI thread only.
class RecordDetail : public QWidget {
    Q_OBJECT

public:
    explicit RecordDetail(QWidget *parent = nullptr);

    // Shows `record`; nullopt shows a line saying why there is none (`why`).
    void setRecord(const std::optional<FetchedRecord> &record, const QString &why = {});
    [[nodiscard]] const std::optional<FetchedRecord> &record() const { return m_record; }

    [[nodiscard]] ContentViewer *keyViewer() const { return m_key; }
    [[nodiscard]] ContentViewer *valueViewer() const { return m_value; }
    [[nodiscard]] ContentViewer *headerViewer() const { return m_headerValue; }
    [[nodiscard]] QTableWidget *headerTable() const { return m_headers; }

private:
    void showHeader(int row);

    std::optional<FetchedRecord> m_record;
    QLabel *m_where = nullptr;
    QTabWidget *m_tabs = nullptr;
    ContentViewer *m_value = nullptr;
    ContentViewer *m_key = nullptr;
    QTableWidget *m_headers = nullptr;
    ContentViewer *m_headerValue = nullptr;
};

} // namespace es
