#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QAction;
class QWidget;

namespace es {

class ClusterBridge;

// "Delete 3 topics…" / "Delete 2 groups…": deletes the rows selected in a table at once. Its
// action is enabled while two rows or more are selected on a writable connection (the single
// row's own Delete action serves one), and also answers the Delete key in the table. One
// confirmation lists the names (the cluster's internal topics are left out, and it says so;
// groups with members are marked as ones Kafka refuses). The deletes then run one after
// another off the GUI thread, and finished() says which failed and why. It is a child of the
// table and lives as long as it. GUI thread only.
class DeleteMany : public QObject {
    Q_OBJECT

public:
    enum class Kind { Topics, Groups };

    // `nameRole` gives a row's topic name or group id in the table's model.
    static DeleteMany *install(ClusterBridge &bridge, QAbstractItemView *table, Kind kind, int nameRole);
    // The one installed on `table`, nullptr when none is.
    [[nodiscard]] static DeleteMany *of(const QAbstractItemView *table);

    [[nodiscard]] QAction *action() const { return m_action; }
    // The selected rows' names, in the table's order.
    [[nodiscard]] QStringList selectedNames() const;

signals:
    // The deletes ended: `deleted` are gone; `problem` names each that was not deleted and
    // why (empty when all were).
    void finished(const QStringList &deleted, const QString &problem);

private:
    DeleteMany(ClusterBridge &bridge, QAbstractItemView *table, Kind kind, int nameRole);
    void update();
    void confirmAndRun();
    // Why `name` is not offered for deletion (an internal topic), empty when it is.
    [[nodiscard]] bool isInternalTopic(const QString &name) const;
    // The members `group` has now, 0 for none or an unknown group.
    [[nodiscard]] int membersOf(const QString &group) const;

    ClusterBridge &m_bridge;
    QAbstractItemView *m_table;
    Kind m_kind;
    int m_nameRole;
    QAction *m_action = nullptr;
};

} // namespace es
