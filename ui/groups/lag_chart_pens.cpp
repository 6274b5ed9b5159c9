#include "ui/groups/lag_chart_pens.h"

#include <qcustomplot.h>

namespace es {

void useHairlines(QCustomPlot &plot)
{
    for (int i = 0; i < plot.graphCount(); ++i) {
        QPen pen = plot.graph(i)->pen();
        pen.setWidthF(1.0); // QCustomPlot turns exactly 1.0 into a cosmetic pen when drawing
        plot.graph(i)->setPen(pen);
    }
}

} // namespace es
