#pragma once

#include <QSortFilterProxyModel>

namespace es {

// Sorts TopicsModel by its raw values and hides rows whose name does not contain the
// filter text, and the cluster's internal topics unless asked for. GUI thread only.
class TopicsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TopicsFilterModel(QObject *parent = nullptr);

    void setShowInternal(bool show);
    [[nodiscard]] bool showInternal() const { return m_showInternal; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showInternal = false;
};

} // namespace es
