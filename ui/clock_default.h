#pragma once

#include <QObject>

#include <chrono>
#include <functional>

class QDateTimeEdit;

namespace es {

// Keeps a date/time field that nobody has set at "now" (plus an offset, e.g. an hour ago):
// it shows the time it is when it is shown or enabled, not the time the application
// started. Once the field's value changes by any other means (the user's keys or calendar,
// a setter of the view), it keeps that value until follow() is called.
//
// `mayRefresh`, when given, can hold the default still for a while (e.g. while the value is
// the one the view shows results for). A child of `edit`; GUI thread only.
class ClockDefault : public QObject {
public:
    ClockDefault(QDateTimeEdit *edit, std::chrono::seconds offset, std::function<bool()> mayRefresh = {});

    // True once the value was set by something else than this default.
    [[nodiscard]] bool edited() const { return m_edited; }
    // Sets the field to now plus the offset, unless it was edited or is held still.
    void refresh();
    // Forgets the edit: the field follows the clock again, from now.
    void follow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateTimeEdit *m_edit;
    std::chrono::seconds m_offset;
    std::function<bool()> m_mayRefresh;
    bool m_edited = false;
    bool m_setting = false;
};

} // namespace es
