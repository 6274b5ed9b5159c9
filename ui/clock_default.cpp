#include "ui/clock_default.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>

namespace es {

ClockDefault::ClockDefault(QDateTimeEdit *edit, std::chrono::seconds offset, std::function<bool()> mayRefresh)
    : QObject(edit), m_edit(edit), m_offset(offset), m_mayRefresh(std::move(mayRefresh))
{
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_setting)
            m_edited = true;
    });
    m_edit->installEventFilter(this);
    refresh();
}

void ClockDefault::refresh()
{
    if (m_edited || (m_mayRefresh && !m_mayRefresh()))
        return;
    QDateTime now = QDateTime::currentDateTime().addSecs(m_offset.count());
    // What the field does not show it must not hold: leaving the field would read the
    // shown text back, and that change would count as an edit.
    if (!m_edit->displayFormat().contains(QLatin1Char('z')))
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    m_setting = true;
    m_edit->setDateTime(now);
    m_setting = false;
}

void ClockDefault::follow()
{
    m_edited = false;
    refresh();
}

bool ClockDefault::eventFilter(QObject *watched, QEvent *event)
{
    // Shown (its view, tab or page came up) or enabled (its checkbox or mode was chosen).
    if (watched == m_edit &&
        (event->type() == QEvent::Show || (event->type() == QEvent::EnabledChange && m_edit->isEnabled())))
        refresh();
    return QObject::eventFilter(watched, event);
}

} // namespace es
