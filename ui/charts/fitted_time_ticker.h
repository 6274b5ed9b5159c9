#pragma once

#include <qcustomplot.h>

namespace es {

// A date-time ticker that puts no more labels on the axis than fit side by side. QCustomPlot
// picks the step from round ones (1 minute, 2.5, 5...) closest to the asked count, which
// can mean nearly twice as many labels as asked, overlapping on a narrow chart.
class FittedTimeTicker : public QCPAxisTickerDateTime {
public:
    // Ticks at least `pixels` apart (a label and the room around it) on an axis `axisPixels`
    // long.
    void setSpacing(int pixels, int axisPixels);

protected:
    double getTickStep(const QCPRange &range) override;

private:
    double m_maxSteps = 6; // steps of the axis's length, so ticks are far enough apart
};

} // namespace es
