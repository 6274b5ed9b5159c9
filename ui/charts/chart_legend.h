#pragma once

#include <QColor>
#include <QObject>
#include <QSet>
#include <QString>

class QCPAbstractLegendItem;
class QCustomPlot;
class QPalette;

namespace es {

// A QCustomPlot's legend as rows of entries between the title and the axis rect, where it
// never covers a line: the entries fill a row as wide as the plot and wrap onto more rows
// when it is narrow (re-laid out before every replot, so a resize or new lines re-wrap it).
// A click on an entry hides its line or shows it again; what is hidden is remembered by the
// line's name, so it stays hidden when the owner replaces the graphs with new data.
//
// The plot owns this object and must have a plot layout whose row `row` is free. GUI thread
// only.
class ChartLegend : public QObject {
    Q_OBJECT

public:
    ChartLegend(QCustomPlot &plot, int row);

    // After the plot's graphs were replaced: hides those the user hid and restyles the
    // entries. The next replot wraps them.
    void graphsChanged();
    void applyPalette(const QPalette &palette);
    // Whether the user hid the line named `name`.
    [[nodiscard]] bool isHidden(const QString &name) const { return m_hidden.contains(name); }

signals:
    // A line was hidden or shown by a click; the plot is replotted after this.
    void visibilityChanged();

private:
    void toggle(QCPAbstractLegendItem *item);
    void styleItems();
    // As many entries per row as fit the plot's width.
    void wrap();

    QCustomPlot &m_plot;
    QSet<QString> m_hidden;
    QColor m_text;
    QColor m_muted;
    int m_columns = 0; // entries per row as last laid out (0: not yet)
};

} // namespace es
