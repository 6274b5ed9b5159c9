#pragma once

#include <QSortFilterProxyModel>

namespace es {

// Keeps the events of one kind (or all) whose subject contains a text, case-insensitively;
// the text matches the engine's subject ("broker:2") and the shown one ("broker 2").
class EventFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // -1: every kind.
    void setKind(int kind);
    void setSubjectText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    QString m_subject;
};

} // namespace es
