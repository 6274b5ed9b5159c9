#pragma once

class QCustomPlot;

namespace es {

// Makes every graph of `plot` draw with a 1-pixel cosmetic pen, keeping colour and style.
// QCustomPlot strokes wider pens segment by segment: for a day of 1-second points that is
// a replot of hundreds of milliseconds instead of a few. GUI thread only.
void useHairlines(QCustomPlot &plot);

} // namespace es
