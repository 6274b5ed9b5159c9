#pragma once

#include <QStyledItemDelegate>

#include <vector>

namespace es {

// Paints a sidebar entry as the style does (icon and view name), with its badges at the
// right: counts in rounded pills, red for an alarm (AlarmCountRole), amber for a warning
// (WarningCountRole), in the theme's colours for those meanings. A count of 0 shows nothing.
// The size asked for includes the pills shown. GUI thread only.
class SidebarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role { AlarmCountRole = Qt::UserRole + 1, WarningCountRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What a pill says: the count, or "999+" beyond.
    [[nodiscard]] static QString badgeText(int count);

private:
    struct Pill {
        QString text;
        QColor fill;
        int width = 0;
    };
    [[nodiscard]] static std::vector<Pill> pills(const QStyleOptionViewItem &option,
                                                 const QModelIndex &index);
    [[nodiscard]] static QFont badgeFont(const QFont &font);
    [[nodiscard]] static int pillHeight(const QFont &font);
    [[nodiscard]] static int pillsWidth(const std::vector<Pill> &pills, int gap);
};

} // namespace es
