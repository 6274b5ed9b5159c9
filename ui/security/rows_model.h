#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class QTableView;

namespace es {

// A table of text rows, each with a key that names it across refreshes (an ACL's
// description, a user's name). The Security view's tables poll every two seconds: rows whose
// keys are unchanged are updated in place, so selection and scroll stay; otherwise the
// model is reset and selectKeys() puts the selection back. GUI thread only.
class RowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int KeyRole = Qt::UserRole + 1;

    struct Row {
        QStringList cells;
        QString key;
        QString toolTip = {}; // the whole row's; empty: each cell's text
    };

    RowsModel(QStringList headers, QObject *parent);

    void setRows(std::vector<Row> rows);
    [[nodiscard]] const std::vector<Row> &rows() const { return m_rows; }
    // The row of `key` in this model, or -1.
    [[nodiscard]] int rowOf(const QString &key) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

// Gives `model` (shown by `view`, maybe through a proxy) new rows, keeping the selected
// rows and where the view was scrolled to.
void setRowsKeepingView(RowsModel *model, QTableView *view, std::vector<RowsModel::Row> rows);
// The keys of the rows selected in `view` (whose model, or its source, is a RowsModel).
QStringList selectedKeys(const QTableView *view);
// Selects the rows of `keys` (the first one current and scrolled to when `scroll`); false
// when none of them is there.
bool selectKeys(QTableView *view, const QStringList &keys, bool scroll = false);

} // namespace es
