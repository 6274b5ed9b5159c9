#include "ui/messages/browse_bar.h"

#include "ui/clock_default.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>

namespace es {

BrowseBar::BrowseBar(QWidget *parent) : QWidget(parent)
{
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setMinimumContentsLength(16);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setPlaceholderText(tr("Choose a topic"));
    m_topic->setToolTip(
        tr("The topic to browse: a named stream of records, split into partitions (Ctrl+L)."));
    auto *topicLabel = new QLabel(tr("&Topic:"), this);
    topicLabel->setBuddy(m_topic);

    m_partitions = new QLineEdit(this);
    m_partitions->setObjectName(QStringLiteral("partitions"));
    m_partitions->setPlaceholderText(tr("all"));
    m_partitions->setMaximumWidth(110);
    m_partitions->setToolTip(
        tr("Partitions to browse, e.g. 0, 2, 5-7; empty for all. One partition shows its records in offset "
           "order; several are merged by timestamp."));
    auto *partitionsLabel = new QLabel(tr("&Partitions:"), this);
    partitionsLabel->setBuddy(m_partitions);

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->addItem(tr("Earliest"), static_cast<int>(StartKind::Earliest));
    m_start->addItem(tr("Latest N"), static_cast<int>(StartKind::LatestN));
    m_start->addItem(tr("Offset"), static_cast<int>(StartKind::Offset));
    m_start->addItem(tr("Timestamp"), static_cast<int>(StartKind::Timestamp));
    m_start->addItem(tr("Group's position"), static_cast<int>(StartKind::GroupPosition));
    m_start->addItem(tr("Live tail"), static_cast<int>(StartKind::LiveTail));
    m_start->setCurrentIndex(m_start->findData(static_cast<int>(StartKind::LatestN)));
    m_start->setToolTip(tr(
        "Where to start: the log start (earliest offset still kept), the last N records of each partition, "
        "an offset, the first record at or after a time, the offset a consumer group committed, or only "
        "new records (live tail)."));
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);

    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("latestCount"));
    m_count->setRange(1, 1'000'000);
    m_count->setValue(100);
    m_count->setToolTip(tr("How many of the newest records of each partition to show."));
    m_offset = new QLineEdit(this);
    m_offset->setObjectName(QStringLiteral("startOffset"));
    m_offset->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), m_offset));
    m_offset->setPlaceholderText(tr("offset"));
    m_offset->setToolTip(tr("The first offset to show in each partition (clamped to what the log holds)."));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_time->setObjectName(QStringLiteral("startTime"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_time->setCalendarPopup(true);
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) +
        m_time->fontMetrics().height() * 3);
    m_time->setToolTip(tr("Show records from the first one stamped at or after this time."));
    // An hour before the time it is when the field is shown, unless it is the start the
    // table shows now (then it stays what was opened).
    new ClockDefault(m_time, std::chrono::hours(-1),
                     [this] { return !m_applied || m_applied->start != StartKind::Timestamp; });
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("startGroup"));
    m_group->setMinimumContentsLength(12);
    m_group->setToolTip(tr("A consumer group: start where it committed its position in each partition, "
                           "i.e. at the records it has not processed yet."));
    m_none = new QWidget(this);
    m_argument = new QStackedWidget(this);
    for (QWidget *w : {m_none, static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_offset),
                       static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_group)})
        m_argument->addWidget(w);

    m_follow = new QCheckBox(tr("&Follow"), this);
    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setToolTip(
        tr("Keep adding records as they arrive, and scroll to them unless you scrolled away."));

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setDefault(true);
    m_open->setToolTip(tr("Show the records from the chosen start (F5 opens again)."));

    // What to browse, then from where: side by side when the width allows, otherwise the
    // second under the first (German labels at 900 pixels), never a line that scrolls sideways.
    m_what = new QHBoxLayout;
    m_what->addWidget(topicLabel);
    m_what->addWidget(m_topic, 2);
    m_what->addWidget(partitionsLabel);
    m_what->addWidget(m_partitions);
    m_from = new QHBoxLayout;
    m_from->addWidget(startLabel);
    m_from->addWidget(m_start);
    m_from->addWidget(m_argument, 1);
    m_from->addWidget(m_follow);
    m_from->addWidget(m_open);
    m_rows = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addLayout(m_what, 2);
    m_rows->addLayout(m_from, 3);

    setTabOrder(m_topic, m_partitions);
    setTabOrder(m_partitions, m_start);
    setTabOrder(m_start, m_argument);
    setTabOrder(m_argument, m_follow);
    setTabOrder(m_follow, m_open);

    connect(m_start, &QComboBox::currentIndexChanged, this, &BrowseBar::updateStartFields);
    connect(m_open, &QPushButton::clicked, this, &BrowseBar::openRequested);
    connect(m_partitions, &QLineEdit::returnPressed, this, &BrowseBar::openRequested);
    connect(m_offset, &QLineEdit::returnPressed, this, &BrowseBar::openRequested);

    // Choices apply at once, typed values once typed; the rest shows as not applied.
    connect(m_topic, &QComboBox::activated, this, &BrowseBar::chooseTopic);
    connect(m_start, &QComboBox::activated, this, &BrowseBar::chooseStart);
    connect(m_group, &QComboBox::activated, this, &BrowseBar::openRequested);
    connect(m_follow, &QCheckBox::clicked, this, &BrowseBar::openRequested);
    connect(m_partitions, &QLineEdit::editingFinished, this, &BrowseBar::applyTyped);
    connect(m_offset, &QLineEdit::editingFinished, this, &BrowseBar::applyTyped);
    connect(m_count, &QSpinBox::editingFinished, this, &BrowseBar::applyTyped);
    connect(m_time, &QDateTimeEdit::editingFinished, this, &BrowseBar::applyTyped);

    connect(m_topic, &QComboBox::currentIndexChanged, this, &BrowseBar::updatePending);
    connect(m_partitions, &QLineEdit::textChanged, this, &BrowseBar::updatePending);
    connect(m_start, &QComboBox::currentIndexChanged, this, &BrowseBar::updatePending);
    connect(m_count, &QSpinBox::valueChanged, this, &BrowseBar::updatePending);
    connect(m_offset, &QLineEdit::textChanged, this, &BrowseBar::updatePending);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &BrowseBar::updatePending);
    connect(m_group, &QComboBox::currentIndexChanged, this, &BrowseBar::updatePending);
    connect(m_follow, &QCheckBox::toggled, this, &BrowseBar::updatePending);
    updateStartFields();
}

QSize BrowseBar::minimumSizeHint() const
{
    // As narrow as the wider of the two parts: below one line's width they stack.
    const int width = std::max(m_what->minimumSize().width(), m_from->minimumSize().width());
    return {width, m_rows->minimumSize().height()};
}

void BrowseBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int oneLine = m_what->sizeHint().width() + m_rows->spacing() + m_from->sizeHint().width();
    const auto direction = width() >= oneLine ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_rows->direction() != direction) {
        m_rows->setDirection(direction);
        updateGeometry(); // one line's height, or two
    }
}

void BrowseBar::chooseTopic()
{
    // Partitions are the old topic's: another topic opens with all of its own.
    if (m_applied && m_applied->topic != m_topic->currentText())
        m_partitions->clear();
    emit openRequested();
}

void BrowseBar::chooseStart()
{
    // A start that needs a value waits for it.
    if (static_cast<StartKind>(m_start->currentData().toInt()) == StartKind::Offset &&
        m_offset->text().isEmpty()) {
        m_offset->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit openRequested();
}

void BrowseBar::applyTyped()
{
    if (changesPending())
        emit openRequested();
}

void BrowseBar::setApplied(const BrowseRequest &request)
{
    m_applied = request;
    updatePending();
}

bool BrowseBar::changesPending() const
{
    if (m_topic->currentText().isEmpty())
        return false;
    QString error;
    const auto shown = request(&error);
    return !shown || !m_applied || !showsTheSame(*shown, *m_applied);
}

void BrowseBar::updatePending()
{
    if (const bool pending = changesPending(); pending != m_pendingShown) {
        m_pendingShown = pending;
        emit pendingChanged(pending);
    }
}

void BrowseBar::updateStartFields()
{
    const auto kind = static_cast<StartKind>(m_start->currentData().toInt());
    switch (kind) {
    case StartKind::LatestN: m_argument->setCurrentWidget(m_count); break;
    case StartKind::Offset: m_argument->setCurrentWidget(m_offset); break;
    case StartKind::Timestamp: m_argument->setCurrentWidget(m_time); break;
    case StartKind::GroupPosition: m_argument->setCurrentWidget(m_group); break;
    default: m_argument->setCurrentWidget(m_none); break;
    }
    m_argument->setFocusProxy(m_argument->currentWidget());
    m_follow->setEnabled(kind != StartKind::LiveTail);
}

void BrowseBar::setSnapshot(const ClusterSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    QStringList topics;
    for (const auto &t : snapshot->topics)
        if (!t.internal)
            topics << QString::fromStdString(t.name);
    topics.sort();
    QStringList current;
    for (int i = 0; i < m_topic->count(); ++i)
        current << m_topic->itemText(i);
    if (topics != current) {
        const QString keep = m_topic->currentText();
        const QSignalBlocker block(m_topic);
        m_topic->clear();
        m_topic->addItems(topics);
        // Nothing chosen stays so: the placeholder asks for a topic.
        m_topic->setCurrentIndex(keep.isEmpty() ? -1 : std::max(0, m_topic->findText(keep)));
    }
    QStringList groups;
    for (const auto &g : snapshot->groups)
        groups << QString::fromStdString(g.group.groupId);
    groups.sort();
    QStringList currentGroups;
    for (int i = 0; i < m_group->count(); ++i)
        currentGroups << m_group->itemText(i);
    if (groups != currentGroups) {
        const QString keep = m_group->currentText();
        const QSignalBlocker block(m_group);
        m_group->clear();
        m_group->addItems(groups);
        if (!keep.isEmpty())
            m_group->setCurrentIndex(std::max(0, m_group->findText(keep)));
    }
}

std::optional<BrowseRequest> BrowseBar::request(QString *error) const
{
    BrowseRequest r;
    r.topic = m_topic->currentText();
    auto partitions = BrowseResolver::parsePartitions(m_partitions->text(), error);
    if (!partitions)
        return std::nullopt;
    r.partitions = std::move(*partitions);
    r.start = static_cast<StartKind>(m_start->currentData().toInt());
    r.count = m_count->value();
    if (r.start == StartKind::Offset) {
        if (m_offset->text().isEmpty()) {
            *error = tr("Enter the offset to start at.");
            return std::nullopt;
        }
        r.offset = m_offset->text().toLongLong();
    }
    r.timestampMs = m_time->dateTime().toMSecsSinceEpoch();
    r.group = m_group->currentText();
    r.follow = r.start == StartKind::LiveTail || m_follow->isChecked();
    return r;
}

void BrowseBar::setTopic(const QString &topic)
{
    int i = m_topic->findText(topic);
    if (i < 0) {
        m_topic->addItem(topic); // the next snapshot lists it, or the open says it is unknown
        i = m_topic->count() - 1;
    }
    m_topic->setCurrentIndex(i);
}

void BrowseBar::setPartitions(const QString &text) { m_partitions->setText(text); }

void BrowseBar::setStart(StartKind kind)
{
    m_start->setCurrentIndex(m_start->findData(static_cast<int>(kind)));
}

void BrowseBar::setOffset(std::int64_t offset) { m_offset->setText(QString::number(offset)); }

void BrowseBar::setTimestamp(std::int64_t ms) { m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(ms)); }

void BrowseBar::setGroup(const QString &group)
{
    int i = m_group->findText(group);
    if (i < 0) {
        m_group->addItem(group);
        i = m_group->count() - 1;
    }
    m_group->setCurrentIndex(i);
}

void BrowseBar::setLatestCount(int count) { m_count->setValue(count); }

void BrowseBar::setFollow(bool follow) { m_follow->setChecked(follow); }

} // namespace es
