#pragma once

#include "ui/messages/browse_request.h"

#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace es {

// The line above the Messages table: which topic, which partitions, where to start (the
// newest records of each partition unless chosen otherwise) and whether to follow new
// records. Topic and group lists come from the snapshots.
//
// A choice the user makes (a topic, a start, a group, follow) asks to open at once; a value
// typed (partitions, offset, count, time) when Enter is pressed or the field is left. Until
// then pendingChanged() says that the fields are not applied yet. Setters do not ask to open.
// GUI thread only.
class BrowseBar : public QWidget {
    Q_OBJECT

public:
    explicit BrowseBar(QWidget *parent = nullptr);

    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // What the fields say, or an error in words (bad partitions or offset).
    [[nodiscard]] std::optional<BrowseRequest> request(QString *error) const;
    // What the table shows now; fields that say otherwise are not applied yet.
    void setApplied(const BrowseRequest &request);
    [[nodiscard]] bool changesPending() const;

    void setTopic(const QString &topic);
    void setPartitions(const QString &text);
    void setStart(StartKind kind);
    void setOffset(std::int64_t offset);
    void setTimestamp(std::int64_t ms);
    void setGroup(const QString &group);
    void setLatestCount(int count);
    void setFollow(bool follow);

    [[nodiscard]] QSize minimumSizeHint() const override;

    [[nodiscard]] QComboBox *topicBox() const { return m_topic; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }

signals:
    void openRequested();
    // The fields say something else than what is shown (or stopped doing so).
    void pendingChanged(bool pending);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateStartFields();
    void chooseTopic();
    void chooseStart();
    void applyTyped();
    void updatePending();

    QComboBox *m_topic = nullptr;
    QLineEdit *m_partitions = nullptr;
    QComboBox *m_start = nullptr;
    QStackedWidget *m_argument = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_offset = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QComboBox *m_group = nullptr;
    QWidget *m_none = nullptr;
    QCheckBox *m_follow = nullptr;
    QPushButton *m_open = nullptr;
    QBoxLayout *m_rows = nullptr;
    QHBoxLayout *m_what = nullptr; // topic and partitions
    QHBoxLayout *m_from = nullptr; // start, its value, follow and open
    std::optional<BrowseRequest> m_applied;
    bool m_pendingShown = false;
};

} // namespace es
