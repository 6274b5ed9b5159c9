#pragma once

#include <QMap>
#include <QObject>

class QHeaderView;

namespace es {

// The widths a user gave a table's columns by dragging their dividers. The automatic
// fitting (fitted_columns.h) leaves such a column alone from then on; a double-click on its
// divider gives it back to the fitting. Stretched columns (a Stretch section, a stretched
// last section) take what is left and have no width of their own. It lives as long as its
// header; GUI thread only.
class UserColumnWidths : public QObject {
    Q_OBJECT

public:
    // The header's, made on first use.
    static UserColumnWidths *of(QHeaderView *header);

    [[nodiscard]] bool isSet(int column) const { return m_widths.contains(column); }
    // Logical column -> width in pixels, for the columns the user sized.
    [[nodiscard]] const QMap<int, int> &widths() const { return m_widths; }
    // Gives `column` a width as the user would (a width saved from an earlier run).
    void set(int column, int width);

signals:
    // The user sized a column (once, at the end of the drag) or gave one back to the fitting.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit UserColumnWidths(QHeaderView *header);
    [[nodiscard]] bool isStretched(int column) const;
    void onSectionResized(int column, int width);
    void onHandleDoubleClicked(int column);

    QHeaderView *m_header;
    QMap<int, int> m_widths;
    bool m_pressed = false;
    bool m_sizedWhilePressed = false;
};

} // namespace es
