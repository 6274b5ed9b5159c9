#pragma once

class QStackedWidget;

namespace es {

// Makes only the page on show decide how small `stack` may be: the hidden pages' size
// policies become Ignored while another page shows, and theirs again when they show. A
// QStackedWidget otherwise takes the largest minimum of all its pages, so one wide page
// (a row of buttons) makes every other one scroll sideways.
void sizeStackByCurrentPage(QStackedWidget *stack);

} // namespace es
