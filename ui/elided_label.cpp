#include "ui/elided_label.h"

#include <QPainter>
#include <QStyle>

namespace es {

QSize ElidedLabel::minimumSizeHint() const
{
    // Squeezed, it still shows the start of the text: enough to say what it is.
    const QString start = text().left(kMinimumCharacters) + QStringLiteral("…");
    return {fontMetrics().horizontalAdvance(start) + 2 * margin(), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, QStyle::visualAlignment(layoutDirection(), alignment()), palette(),
                          isEnabled(), shown, foregroundRole());
}

} // namespace es
