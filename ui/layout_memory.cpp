#include "ui/layout_memory.h"

#include "ui/user_column_widths.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace es {

namespace {

bool g_enabled = false;

// Changes are written a moment after the last of a series (a splitter dragged, the arrow
// keys held in a list), not at each step: each write rewrites the settings file.
constexpr int kWriteDelayMs = 500;

// One widget's remembered layout under "layout/<key>/". It owns what it has not written yet
// and writes it on its own, without the widget: it may outlive it by a moment in the
// widget's destruction.
class Memory : public QObject {
public:
    Memory(QObject *widget, const QString &key)
        : QObject(widget), m_prefix(QStringLiteral("layout/") + key + QLatin1Char('/'))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(kWriteDelayMs);
        connect(&m_timer, &QTimer::timeout, this, &Memory::write);
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &Memory::write);
    }
    ~Memory() override { write(); }

protected:
    [[nodiscard]] QVariant read(const QString &name) const { return QSettings().value(m_prefix + name); }
    void stage(const QString &name, const QVariant &value)
    {
        m_staged.insert(name, value);
        m_timer.start();
    }

private:
    void write()
    {
        m_timer.stop();
        if (m_staged.isEmpty())
            return;
        QSettings settings;
        for (auto it = m_staged.cbegin(); it != m_staged.cend(); ++it)
            settings.setValue(m_prefix + it.key(), it.value());
        m_staged.clear();
    }

    QString m_prefix;
    QHash<QString, QVariant> m_staged;
    QTimer m_timer;
};

// Integers from a list QSettings read back (an INI file gives strings); empty unless all are.
QList<int> intsFrom(const QVariant &value)
{
    QList<int> ints;
    for (const QVariant &v : value.toList()) {
        bool ok = false;
        ints << v.toInt(&ok);
        if (!ok)
            return {};
    }
    return ints;
}

class WindowMemory : public Memory {
public:
    WindowMemory(QWidget *window, const QString &key) : Memory(window, key), m_window(window)
    {
        const QByteArray geometry = read(QStringLiteral("geometry")).toByteArray();
        if (!geometry.isEmpty())
            m_window->restoreGeometry(geometry);
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Taken while the window is on screen: a hidden window's place is not where the user left it.
        const auto type = event->type();
        if ((type == QEvent::Resize || type == QEvent::Move || type == QEvent::WindowStateChange) &&
            m_window->isVisible())
            stage(QStringLiteral("geometry"), m_window->saveGeometry());
        return Memory::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
};

class SplitterMemory : public Memory {
public:
    SplitterMemory(QSplitter *splitter, const QString &key) : Memory(splitter, key)
    {
        const QList<int> saved = intsFrom(read(QStringLiteral("sizes")));
        if (saved.size() == splitter->count() &&
            std::all_of(saved.begin(), saved.end(), [](int size) { return size >= 0; }))
            splitter->setSizes(saved);
        // Only the user moves a splitter's handle (splitterMoved is not emitted for setSizes).
        connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
            QVariantList sizes;
            for (int size : splitter->sizes())
                sizes << size;
            stage(QStringLiteral("sizes"), sizes);
        });
    }
};

class ColumnsMemory : public Memory {
public:
    ColumnsMemory(QTableView *table, const QString &key)
        : Memory(table, key), m_table(table), m_widths(UserColumnWidths::of(table->horizontalHeader()))
    {
        restore();
        connect(m_widths, &UserColumnWidths::changed, this, &ColumnsMemory::save);
        connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ColumnsMemory::save);
    }

private:
    void restore()
    {
        // Saved from a table with other columns (another version of the application): the
        // numbers would name other columns, so none of it applies.
        const int columns = m_table->model()->columnCount();
        if (read(QStringLiteral("columns")).toInt() != columns)
            return;
        const QList<int> widths = intsFrom(read(QStringLiteral("widths")));
        for (qsizetype i = 0; i + 1 < widths.size(); i += 2)
            m_widths->set(widths[i], widths[i + 1]);
        const QVariant sortColumn = read(QStringLiteral("sortColumn"));
        if (m_table->isSortingEnabled() && sortColumn.isValid()) {
            const int column = sortColumn.toInt();
            if (column >= 0 && column < columns)
                m_table->sortByColumn(column, read(QStringLiteral("sortOrder")).toString() ==
                                                      QLatin1String("descending")
                                                  ? Qt::DescendingOrder
                                                  : Qt::AscendingOrder);
        }
    }

    void save()
    {
        stage(QStringLiteral("columns"), m_table->model()->columnCount());
        QVariantList widths;
        for (auto it = m_widths->widths().cbegin(); it != m_widths->widths().cend(); ++it)
            widths << it.key() << it.value();
        stage(QStringLiteral("widths"), widths);
        if (!m_table->isSortingEnabled())
            return;
        const QHeaderView *header = m_table->horizontalHeader();
        stage(QStringLiteral("sortColumn"), header->sortIndicatorSection());
        stage(QStringLiteral("sortOrder"), header->sortIndicatorOrder() == Qt::DescendingOrder
                                               ? QStringLiteral("descending")
                                               : QStringLiteral("ascending"));
    }

    QTableView *m_table;
    UserColumnWidths *m_widths;
};

class SelectionMemory : public Memory {
public:
    SelectionMemory(QAbstractItemView *view, int role, const QString &key)
        : Memory(view, key), m_view(view), m_role(role), m_wanted(read(QStringLiteral("selected")).toString())
    {
        m_saved = m_wanted;
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &SelectionMemory::restore);
        connect(model, &QAbstractItemModel::rowsInserted, this, &SelectionMemory::restore);
        connect(model, &QAbstractItemModel::layoutChanged, this, &SelectionMemory::restore);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SelectionMemory::save);
        restore();
    }

private:
    void restore()
    {
        const QAbstractItemModel *model = m_view->model();
        if (m_wanted.isEmpty() || model->rowCount() == 0)
            return;
        const QString wanted = std::exchange(m_wanted, {});
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(m_role).toString() != wanted)
                continue;
            m_view->selectionModel()->select(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }

    void save()
    {
        // A selection made before the remembered row turned up wins over it.
        m_wanted.clear();
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return; // none (a model's reset on the way) or several: the last one alone stays
        const QString value = rows.front().data(m_role).toString();
        if (value.isEmpty() || value == m_saved)
            return;
        m_saved = value;
        stage(QStringLiteral("selected"), value);
    }

    QAbstractItemView *m_view;
    int m_role;
    QString m_wanted;
    QString m_saved;
};

} // namespace

void LayoutMemory::setEnabled(bool enabled) { g_enabled = enabled; }

bool LayoutMemory::isEnabled() { return g_enabled; }

void LayoutMemory::rememberWindow(QWidget *window, const QString &key)
{
    if (g_enabled)
        new WindowMemory(window, key);
}

void LayoutMemory::rememberSplitter(QSplitter *splitter, const QString &key)
{
    if (g_enabled)
        new SplitterMemory(splitter, key);
}

void LayoutMemory::rememberColumns(QTableView *table, const QString &key)
{
    if (g_enabled && table->model())
        new ColumnsMemory(table, key);
}

void LayoutMemory::rememberSelection(QAbstractItemView *view, int role, const QString &key)
{
    if (g_enabled && view->model())
        new SelectionMemory(view, role, key);
}

QString LayoutMemory::connectionKey(const QString &connectionName, const QString &key)
{
    // Any character may be in a connection's name; a slash would open a group of its own.
    return QStringLiteral("connections/") + QString::fromLatin1(QUrl::toPercentEncoding(connectionName)) +
           QLatin1Char('/') + key;
}

} // namespace es
