#pragma once

#include <QString>

class QAbstractItemView;
class QSplitter;
class QTableView;
class QWidget;

namespace es {

// The layout as the user left it, kept between runs in the application's QSettings (beside
// the theme and the language) under "layout/<key>/": the window's size and place, where
// splitters stand, the widths the user gave a table's columns and its sort order, the row
// last selected in a list. What a restore reads is checked against the widget as it is now
// (another number of columns or panes after an update, a topic deleted since) and left
// alone, the widget keeping its defaults, where the two do not agree.
//
// Each remember*() restores at once and saves the user's changes from then on: a moment
// after each change, when the widget is destroyed and when the application quits. Call it
// once the widget has its model, columns or children. GUI thread only.
//
// The application turns it on at start. Until then nothing is read or written, so the
// windows that tests and tools build start from the defaults every time.
class LayoutMemory {
public:
    static void setEnabled(bool enabled);
    [[nodiscard]] static bool isEnabled();

    // The window's size, place and maximised state.
    static void rememberWindow(QWidget *window, const QString &key);
    // The sizes of the splitter's panes, kept while it has as many panes.
    static void rememberSplitter(QSplitter *splitter, const QString &key);
    // The widths of the columns the user sized (user_column_widths.h; the others stay fitted
    // or at their defaults) and, where the table sorts, its sort column and order; kept while
    // the table has as many columns.
    static void rememberColumns(QTableView *table, const QString &key);
    // The row last selected on its own, by the text of its `role` data in column 0 (a
    // topic's name). It is selected again once the model has rows; if the first rows do not
    // have it, it is quietly forgotten, and a selection the user makes first wins.
    static void rememberSelection(QAbstractItemView *view, int role, const QString &key);

    // `key` for one connection: the topic selected on one cluster means nothing on another.
    [[nodiscard]] static QString connectionKey(const QString &connectionName, const QString &key);
};

} // namespace es
