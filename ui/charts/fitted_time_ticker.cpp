#include "ui/charts/fitted_time_ticker.h"

#include <algorithm>
#include <cmath>

namespace es {

void FittedTimeTicker::setSpacing(int pixels, int axisPixels)
{
    m_maxSteps = std::max(1.0, static_cast<double>(axisPixels) / std::max(1, pixels));
}

double FittedTimeTicker::getTickStep(const QCPRange &range)
{
    // Fewer ticks asked until the round step QCustomPlot picks gives few enough.
    double step = range.size();
    for (int count = static_cast<int>(std::ceil(m_maxSteps)); count >= 1; --count) {
        setTickCount(count);
        step = QCPAxisTickerDateTime::getTickStep(range);
        if (step > 0 && range.size() / step <= m_maxSteps)
            break;
    }
    return step;
}

} // namespace es
