#pragma once

#include <QWidget>

#include <string>
#include <utility>
#include <vector>

class QTableWidget;
class QToolButton;

namespace es {

// An editable table of record headers (name, value), with buttons to add and remove
// rows. Names and values may hold template placeholders. GUI thread only.
class HeadersEditor : public QWidget {
    Q_OBJECT

public:
    explicit HeadersEditor(QWidget *parent = nullptr);

    // Rows in order; a row with an empty name and value is left out.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> headers() const;
    void setHeaders(const std::vector<std::pair<std::string, std::string>> &headers);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

public slots:
    void addRow();
    void removeCurrentRow();

signals:
    void changed();

private:
    QTableWidget *m_table = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace es
