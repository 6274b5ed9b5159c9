#include "ui/charts/chart_legend.h"

#include <qcustomplot.h>

#include <QPalette>

#include <algorithm>
#include <vector>

namespace es {

namespace {

constexpr int kRightMargin = 8;

// The widest entry of each column when `widths` fill rows of `columns` entries.
int rowWidth(const std::vector<int> &widths, int columns, int spacing)
{
    int total = (columns - 1) * spacing;
    for (int c = 0; c < columns; ++c) {
        int widest = 0;
        for (std::size_t i = static_cast<std::size_t>(c); i < widths.size();
             i += static_cast<std::size_t>(columns))
            widest = std::max(widest, widths[i]);
        total += widest;
    }
    return total;
}

} // namespace

ChartLegend::ChartLegend(QCustomPlot &plot, int row) : QObject(&plot), m_plot(plot)
{
    QCPLegend *legend = plot.legend;
    if (legend->layout())
        legend->layout()->take(legend);
    // The legend in a band with an empty element to its right: the band spans the plot's
    // width while the legend keeps to its entries' width, so the entries start at the left.
    auto *band = new QCPLayoutGrid;
    plot.plotLayout()->insertRow(row);
    plot.plotLayout()->addElement(row, 0, band);
    band->addElement(0, 0, legend);
    band->addElement(0, 1, new QCPLayoutElement(&plot));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    legend->setWrap(0);
    legend->setAutoMargins(QCP::msNone);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(10);
    legend->setIconTextPadding(5);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setSelectableParts(QCPLegend::spNone);

    connect(&plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *event) {
                if (item && event->button() == Qt::LeftButton)
                    toggle(item);
            });
    // Before the layout of each replot, so the rows are those of the plot's current width.
    connect(&plot, &QCustomPlot::beforeReplot, this, &ChartLegend::wrap);
}

void ChartLegend::graphsChanged()
{
    for (int i = 0; i < m_plot.plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_plot.plottable(i);
        p->setVisible(!m_hidden.contains(p->name()));
    }
    styleItems();
    m_columns = 0; // the entries are new: lay them out again
}

void ChartLegend::applyPalette(const QPalette &palette)
{
    m_text = palette.color(QPalette::Text);
    m_muted = palette.color(QPalette::PlaceholderText);
    m_plot.legend->setTextColor(m_text);
    styleItems();
}

void ChartLegend::toggle(QCPAbstractLegendItem *item)
{
    auto *entry = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!entry)
        return;
    QCPAbstractPlottable *p = entry->plottable();
    const bool hide = p->visible();
    p->setVisible(!hide);
    if (hide)
        m_hidden.insert(p->name());
    else
        m_hidden.remove(p->name());
    styleItems();
    emit visibilityChanged();
    m_plot.replot();
}

void ChartLegend::styleItems()
{
    QFont struck = m_plot.legend->font();
    struck.setStrikeOut(true);
    for (int i = 0; i < m_plot.plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_plot.plottable(i);
        QCPPlottableLegendItem *item = m_plot.legend->itemWithPlottable(p);
        if (!item)
            continue;
        // A hidden line's entry stays, struck through and dimmed, to be clicked again.
        item->setFont(p->visible() ? m_plot.legend->font() : struck);
        item->setTextColor(p->visible() ? m_text : m_muted);
    }
}

void ChartLegend::wrap()
{
    QCPLegend *legend = m_plot.legend;
    std::vector<int> widths;
    for (int i = 0; i < m_plot.plottableCount(); ++i) {
        QCPLayoutElement *item = legend->itemWithPlottable(m_plot.plottable(i));
        if (!item)
            continue;
        // Entries no wider than their text: a column is as wide as its widest entry.
        item->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
        const QSize hint = item->minimumOuterSizeHint();
        item->setMaximumSize(hint);
        widths.push_back(hint.width());
    }
    // Lined up with the axis rect's left edge (as the last layout placed it).
    const int left = m_plot.axisRect()->margins().left();
    legend->setMargins(QMargins(left, 2, kRightMargin, 4));
    const int available = m_plot.viewport().width() - left - kRightMargin;
    int columns = std::max<int>(1, static_cast<int>(widths.size()));
    while (columns > 1 && rowWidth(widths, columns, legend->columnSpacing()) > available)
        --columns;
    if (columns == m_columns)
        return;
    m_columns = columns;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

} // namespace es
