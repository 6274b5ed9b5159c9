#include "ui/metrics/metrics_chart.h"

#include "ui/charts/chart_legend.h"
#include "ui/charts/fitted_time_ticker.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace es {

namespace {

bool sameLines(const std::vector<MetricsCharts::Line> &a, const std::vector<MetricsCharts::Line> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.label == y.label && x.style == y.style && x.color == y.color && x.keys == y.keys &&
               x.values == y.values;
    });
}

} // namespace

MetricsChart::MetricsChart(const MetricsCharts::Spec &spec, QWidget *parent)
    : QCustomPlot(parent), m_spec(spec)
{
    setObjectName(spec.objectName);
    setAccessibleName(spec.title);
    setToolTip(spec.toolTip);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(230);

    plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title = new QCPTextElement(this, spec.title, titleFont);
    plotLayout()->addElement(0, 0, m_title);

    m_timeTicker.reset(new FittedTimeTicker);
    m_timeTicker->setDateTimeSpec(Qt::LocalTime);
    xAxis->setTicker(m_timeTicker);
    connect(this, &QCustomPlot::beforeReplot, this, &MetricsChart::fitTimeTicks);

    switch (spec.unit) {
    case MetricsCharts::Unit::PerSecond: yAxis->setLabel(tr("records/s")); break;
    case MetricsCharts::Unit::BytesPerSecond: yAxis->setLabel(tr("bytes/s")); break;
    case MetricsCharts::Unit::Milliseconds: yAxis->setLabel(tr("ms")); break;
    case MetricsCharts::Unit::Partitions: {
        yAxis->setLabel(tr("partitions"));
        // Whole partitions: no 2.5 on the axis.
        QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
        whole->setTickStep(1);
        whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        yAxis->setTicker(whole);
        break;
    }
    }

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setVisible(true);
    legend->setFont(small);
    legend->setIconSize(18, 8);
    // Between the title and the plot, so it never covers a line.
    m_legend = new ChartLegend(*this, 1);
    connect(m_legend, &ChartLegend::visibilityChanged, this, &MetricsChart::rescaleValues);
    // No room above the plot for the (hidden) top axis: just enough for the highest value's
    // label, so the legend sits close to the lines it names.
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    axisRect()->setMargins(QMargins(0, QFontMetrics(yAxis->tickLabelFont()).height() / 2 + 2, 0, 0));

    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No data in this range yet"));
    m_empty->setClipToAxisRect(true);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_settingRange) {
            keepOnData();
            emit userChangedTimeRange();
        }
        // The value axis follows what is in view, so zooming into a quiet stretch shows it.
        rescaleValues();
    });

    applyPalette();
    yAxis->setRange(0, 1);
}

int MetricsChart::pointCount() const
{
    int n = 0;
    for (const auto &l : m_lines)
        n += static_cast<int>(l.keys.size());
    return n;
}

bool MetricsChart::setLines(const std::vector<MetricsCharts::Line> &lines)
{
    if (sameLines(lines, m_lines))
        return false;
    m_lines = lines;

    double largest = 0;
    for (const auto &l : m_lines)
        for (double v : l.values)
            largest = std::max(largest, v);
    m_valueScale = 1;
    if (m_spec.unit == MetricsCharts::Unit::BytesPerSecond) {
        static const char *const units[] = {QT_TR_NOOP("bytes/s"), QT_TR_NOOP("kB/s"), QT_TR_NOOP("MB/s"),
                                            QT_TR_NOOP("GB/s")};
        int u = 0;
        while (u < 3 && largest / m_valueScale >= 1000) {
            m_valueScale *= 1000;
            ++u;
        }
        yAxis->setLabel(tr(units[u]));
    }

    clearGraphs();
    for (const auto &l : m_lines) {
        QCPGraph *g = addGraph();
        QVector<double> values = l.values;
        for (double &v : values)
            v /= m_valueScale;
        g->setData(l.keys, values, true);
        g->setName(l.label);
        g->setPen(QPen(l.color.isValid() ? l.color : palette().color(QPalette::Text), 1.6, l.style));
    }
    m_legend->graphsChanged();
    m_empty->setVisible(pointCount() == 0);
    legend->setVisible(!m_lines.empty());
    rescaleValues();
    return true;
}

bool MetricsChart::setWindow(double fromSec, double toSec, const QString &timeFormat)
{
    const bool formatChanged = m_timeTicker->dateTimeFormat() != timeFormat;
    m_timeTicker->setDateTimeFormat(timeFormat);
    m_windowFrom = fromSec;
    m_windowTo = toSec;
    if (m_zoomed)
        return formatChanged;
    applyXRange(fromSec, toSec);
    return true;
}

void MetricsChart::resetZoom()
{
    m_zoomed = false;
    applyXRange(m_windowFrom, m_windowTo);
    replot();
}

void MetricsChart::showRange(const QCPRange &range)
{
    m_zoomed = true;
    applyXRange(range.lower, range.upper);
    replot(rpQueuedReplot);
}

std::optional<QCPRange> MetricsChart::dataExtent() const
{
    std::optional<QCPRange> extent;
    for (const auto &l : m_lines) {
        if (l.keys.isEmpty())
            continue;
        const auto [first, last] = std::minmax_element(l.keys.begin(), l.keys.end());
        extent = extent ? QCPRange(std::min(extent->lower, *first), std::max(extent->upper, *last))
                        : QCPRange(*first, *last);
    }
    return extent;
}

void MetricsChart::keepOnData()
{
    const QCPRange asked = xAxis->range();
    const double size = asked.size();
    if (size >= m_windowTo - m_windowFrom) {
        // Zoomed out to the whole window: follow it again.
        m_zoomed = false;
        applyXRange(m_windowFrom, m_windowTo);
        return;
    }
    m_zoomed = true;
    // Where the data is within the window (all of the window when there is none): a day's
    // window may hold a few minutes of it, and a zoom into the empty rest shows nothing.
    QCPRange onData(m_windowFrom, m_windowTo);
    if (const auto extent = dataExtent())
        onData = QCPRange(std::clamp(extent->lower, m_windowFrom, m_windowTo),
                          std::clamp(extent->upper, m_windowFrom, m_windowTo));
    // A view narrower than the data stays within it; a wider one holds all of it. Either
    // way it moves as little as it must from where the wheel or the drag put it.
    const double least = size <= onData.size() ? onData.lower : std::max(onData.upper - size, m_windowFrom);
    const double most =
        size <= onData.size() ? onData.upper - size : std::min(onData.lower, m_windowTo - size);
    const double lower = std::clamp(asked.lower, least, std::max(least, most));
    if (lower != asked.lower)
        applyXRange(lower, lower + size);
}

void MetricsChart::applyXRange(double lower, double upper)
{
    m_settingRange = true;
    xAxis->setRange(lower, upper);
    m_settingRange = false;
}

void MetricsChart::rescaleValues()
{
    double largest = 0;
    const QCPRange x = xAxis->range();
    for (int i = 0; i < graphCount(); ++i) {
        if (!graph(i)->visible())
            continue; // hidden from the legend: the others get the height
        bool found = false;
        const QCPRange r = graph(i)->getValueRange(found, QCP::sdBoth, x);
        if (found)
            largest = std::max(largest, r.upper);
    }
    yAxis->setRange(0, largest > 0 ? largest * 1.15 : 1);
}

void MetricsChart::fitTimeTicks()
{
    // As many time labels as fit side by side with room between them (the plot's width is
    // the last layout's; a resize lays out again).
    const QFontMetrics metrics(xAxis->tickLabelFont());
    const int label = metrics.horizontalAdvance(
        QLocale().toString(QDateTime::currentDateTime(), m_timeTicker->dateTimeFormat()));
    m_timeTicker->setSpacing(label + 20, std::min(axisRect()->width(), 6 * (label + 20)));
}

void MetricsChart::keyPressEvent(QKeyEvent *event)
{
    const QCPRange r = xAxis->range();
    switch (event->key()) {
    case Qt::Key_Left: xAxis->moveRange(-r.size() * 0.1); break;
    case Qt::Key_Right: xAxis->moveRange(r.size() * 0.1); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: xAxis->scaleRange(0.8, r.center()); break;
    case Qt::Key_Minus: xAxis->scaleRange(1.25, r.center()); break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        emit userChangedTimeRange();
        return;
    default: QCustomPlot::keyPressEvent(event); return;
    }
    replot();
}

void MetricsChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    // Quick clicks on the legend hide and show a line; they are no reset.
    if (event->button() != Qt::LeftButton || legend->outerRect().contains(event->position().toPoint()))
        return;
    resetZoom();
    emit userChangedTimeRange();
}

void MetricsChart::paintEvent(QPaintEvent *event)
{
    QCustomPlot::paintEvent(event);
    if (hasFocus()) {
        // QCustomPlot draws no focus indicator; keyboard users need to see where they are.
        QPainter p(this);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void MetricsChart::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot();
    }
}

void MetricsChart::applyPalette()
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_title->setTextColor(text);
    m_empty->setColor(pal.color(QPalette::PlaceholderText));
    m_legend->applyPalette(pal);
    // Lines in the text colour take the new one at once, not with the next data.
    for (std::size_t i = 0; i < m_lines.size() && static_cast<int>(i) < graphCount(); ++i) {
        if (m_lines[i].color.isValid())
            continue;
        QCPGraph *g = graph(static_cast<int>(i));
        QPen pen = g->pen(); // its width may have been changed since (hairlines)
        pen.setColor(text);
        g->setPen(pen);
    }
}

} // namespace es
