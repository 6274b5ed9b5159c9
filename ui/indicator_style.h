#pragma once

#include <QProxyStyle>

namespace es {

// Fusion, with the boxes of check boxes and radio buttons outlined in a colour that stands
// out from a dark window: Fusion draws them dark on dark, nearly invisible. Light palettes
// are drawn as Fusion draws them.
class IndicatorStyle : public QProxyStyle {
public:
    IndicatorStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace es
