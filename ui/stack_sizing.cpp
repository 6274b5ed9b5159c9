#include "ui/stack_sizing.h"

#include <QList>
#include <QSizePolicy>
#include <QStackedWidget>

namespace es {

void sizeStackByCurrentPage(QStackedWidget *stack)
{
    QList<QSizePolicy> policies;
    for (int i = 0; i < stack->count(); ++i)
        policies << stack->widget(i)->sizePolicy();
    const auto sizeByCurrent = [stack, policies](int current) {
        for (int i = 0; i < stack->count() && i < policies.size(); ++i)
            stack->widget(i)->setSizePolicy(
                i == current ? policies.value(i) : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    };
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, sizeByCurrent);
    sizeByCurrent(stack->currentIndex());
}

} // namespace es
