#include "ui/replay/reset_offsets_panel.h"

#include "ui/clock_default.h"
#include "ui/cluster_bridge.h"
#include "ui/elided_label.h"
#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/read_only_text.h"
#include "ui/replay/group_text.h"
#include "ui/replay/range_text.h"
#include "ui/replay/reset_preview_model.h"
#include "ui/topics/inline_problem_label.h"

#ifndef Q_MOC_RUN
#include "connection/connection.h"
#endif

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace es {

namespace {

struct PreviewOutcome {
    std::optional<OffsetResetPlan> plan;
    std::string error;
};

QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

} // namespace

ResetOffsetsPanel::ResetOffsetsPanel(ClusterBridge &bridge, QWidget *parent)
    : QWidget(parent), m_bridge(bridge)
{
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("resetGroup"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->setMinimumContentsLength(24);
    m_group->lineEdit()->setPlaceholderText(tr("a group id"));
    m_group->setToolTip(tr("A consumer group: consumers sharing a group id split the partitions and share "
                           "committed offsets. Type a new id to give a group its first offsets."));
    m_groupState = new ElidedLabel(this);
    m_groupState->setObjectName(QStringLiteral("groupState"));
    // One line (a wrapping label in a form layout takes odd heights), cut short with "…";
    // the tooltip has it all.
    m_groupState->setMinimumWidth(1);
    m_groupState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("resetTopic"));
    m_topic->addItem(tr("Every topic the group has offsets for"), QString());
    m_topic->setToolTip(tr("Which topic's partitions to reset; by default those the group has committed "
                           "offsets for."));
    m_partitions = new QLineEdit(this);
    m_partitions->setObjectName(QStringLiteral("resetPartitions"));
    m_partitions->setPlaceholderText(tr("all partitions, or e.g. 0, 2, 5"));
    m_partitions->setToolTip(tr("Partitions of the chosen topic to reset; empty for all of them."));
    m_partitions->setClearButtonEnabled(true);
    m_partitions->setEnabled(false);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("resetMode"));
    m_mode->addItem(tr("Earliest (log start)"), int(OffsetResetMode::ToEarliest));
    m_mode->addItem(tr("Latest (high watermark)"), int(OffsetResetMode::ToLatest));
    m_mode->addItem(tr("Date and time"), int(OffsetResetMode::ToTimestamp));
    m_mode->addItem(tr("Offset"), int(OffsetResetMode::ToOffset));
    m_mode->addItem(tr("Shift by"), int(OffsetResetMode::ShiftBy));
    m_mode->setToolTip(tr("Where the group's consumers start reading after the reset. New offsets are kept "
                          "between each partition's log start and high watermark, as Kafka does."));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("resetValue"));
    m_value->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[-+]?\\d{1,18}")), m_value));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_time->setObjectName(QStringLiteral("resetTime"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_time->setToolTip(tr("Each partition moves to its first record with a timestamp at or after this time "
                          "(your local time)."));
    // An hour ago as of when the field is shown, held still while a plan for it is shown.
    new ClockDefault(m_time, std::chrono::hours(-1), [this] { return !m_havePlan && !m_busy; });
    auto *value = new QHBoxLayout;
    value->addWidget(m_mode);
    value->addWidget(m_value, 1);
    value->addWidget(m_time, 1);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewReset"));
    m_previewButton->setToolTip(tr("Compute the new offset of every partition without changing anything."));
    m_applyButton = new QPushButton(tr("&Apply reset…"), this);
    m_applyButton->setObjectName(QStringLiteral("applyReset"));
    m_applyButton->setToolTip(tr("Write the new offsets as the group's committed offsets."));
    // A read-only connection still previews a reset; it never writes one.
    if (m_bridge.capabilities().readOnly)
        m_applyButton->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
    m_applyButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(QString(), m_groupState);
    auto *partitionsRow = new QHBoxLayout;
    partitionsRow->addWidget(m_topic, 1);
    partitionsRow->addWidget(m_partitions, 1);
    form->addRow(tr("&Topic:"), partitionsRow);
    form->addRow(tr("&Reset to:"), value);
    static_cast<QLabel *>(form->labelForField(partitionsRow))->setBuddy(m_topic);
    static_cast<QLabel *>(form->labelForField(value))->setBuddy(m_mode);

    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("resetProblem"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resetSummary"));
    m_summary->setWordWrap(true);

    m_model = new ResetPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resetPreview"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("replay/resetPreview"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addStretch(1);
    buttons->addWidget(m_applyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    setTabOrder(m_group, m_topic);
    setTabOrder(m_topic, m_partitions);
    setTabOrder(m_partitions, m_mode);
    setTabOrder(m_mode, m_value);
    setTabOrder(m_value, m_time);
    setTabOrder(m_time, m_previewButton);
    setTabOrder(m_previewButton, m_applyButton);
    setTabOrder(m_applyButton, m_table);

    connect(m_group, &QComboBox::currentTextChanged, this, [this] {
        updateGroupState();
        invalidatePlan();
    });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        m_partitions->setEnabled(!m_topic->currentData().toString().isEmpty());
        invalidatePlan();
    });
    connect(m_partitions, &QLineEdit::textChanged, this, &ResetOffsetsPanel::invalidatePlan);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeFields();
        invalidatePlan();
    });
    connect(m_value, &QLineEdit::textChanged, this, &ResetOffsetsPanel::invalidatePlan);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ResetOffsetsPanel::invalidatePlan);
    connect(m_value, &QLineEdit::returnPressed, this, &ResetOffsetsPanel::preview);
    connect(m_partitions, &QLineEdit::returnPressed, this, &ResetOffsetsPanel::preview);
    connect(m_previewButton, &QPushButton::clicked, this, &ResetOffsetsPanel::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &ResetOffsetsPanel::apply);
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &ResetOffsetsPanel::onSnapshot);

    updateModeFields();
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
    updateGroupState();
}

void ResetOffsetsPanel::setGroup(const QString &groupId)
{
    m_group->setCurrentText(groupId);
    m_mode->setFocus(Qt::OtherFocusReason);
}

void ResetOffsetsPanel::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    // The lists change rarely; rebuilding them only then keeps what the user is typing.
    QStringList groups;
    for (const GroupView &g : snapshot->groups)
        if (g.group.state != GroupState::Dead)
            groups << QString::fromStdString(g.group.groupId);
    groups.sort();
    QStringList known;
    for (int i = 0; i < m_group->count(); ++i)
        known << m_group->itemText(i);
    if (groups != known) {
        const QString text = m_group->currentText();
        const QSignalBlocker block(m_group);
        m_group->clear();
        m_group->addItems(groups);
        m_group->setCurrentText(text);
    }

    QStringList topics;
    for (const TopicSnapshot &t : snapshot->topics)
        if (!t.internal)
            topics << QString::fromStdString(t.name);
    topics.sort();
    QStringList listed;
    for (int i = 1; i < m_topic->count(); ++i)
        listed << m_topic->itemText(i);
    if (topics != listed) {
        const QString current = m_topic->currentData().toString();
        const QSignalBlocker block(m_topic);
        while (m_topic->count() > 1)
            m_topic->removeItem(1);
        for (const QString &t : topics)
            m_topic->addItem(t, t);
        m_topic->setCurrentIndex(std::max(0, m_topic->findData(current)));
    }
    updateGroupState();
}

void ResetOffsetsPanel::updateGroupState()
{
    const QString id = m_group->currentText().trimmed();
    const QString text = GroupText::state(id, GroupText::find(m_snapshot, id));
    m_groupState->setText(text);
    m_groupState->setToolTip(text);
}

void ResetOffsetsPanel::updateModeFields()
{
    const auto mode = static_cast<OffsetResetMode>(m_mode->currentData().toInt());
    m_time->setVisible(mode == OffsetResetMode::ToTimestamp);
    m_value->setVisible(mode == OffsetResetMode::ToOffset || mode == OffsetResetMode::ShiftBy);
    if (mode == OffsetResetMode::ToOffset) {
        m_value->setPlaceholderText(tr("an offset, e.g. 1200"));
        m_value->setToolTip(tr("An offset is a record's position in its partition, counted from 0."));
    } else {
        m_value->setPlaceholderText(tr("records to move, e.g. -100 or +50"));
        m_value->setToolTip(
            tr("Moves each partition's committed offset back (negative) or forward (positive) "
               "by this many offsets."));
    }
}

void ResetOffsetsPanel::invalidatePlan()
{
    ++m_requestSerial; // an answer to the old inputs must not come back as the new plan
    m_previewStop.request_stop();
    m_havePlan = false;
    m_model->clear();
    m_summary->clear();
    m_problem->setProblem({});
    m_applyButton->setEnabled(false);
    m_previewButton->setEnabled(true);
    m_busy = false;
}

std::optional<OffsetResetRequest> ResetOffsetsPanel::request(QString *error) const
{
    OffsetResetRequest r;
    r.groupId = m_group->currentText().trimmed().toStdString();
    if (r.groupId.empty()) {
        *error = tr("Choose a group, or type the id of a new one.");
        return std::nullopt;
    }
    r.mode = static_cast<OffsetResetMode>(m_mode->currentData().toInt());
    r.topic = m_topic->currentData().toString().toStdString();
    if (!r.topic.empty()) {
        const std::optional<std::vector<std::int32_t>> partitions =
            RangeText::parsePartitions(m_partitions->text(), error);
        if (!partitions)
            return std::nullopt;
        for (std::int32_t p : *partitions)
            r.partitions.push_back({r.topic, p});
    }
    if (r.mode == OffsetResetMode::ToTimestamp) {
        r.value = m_time->dateTime().toMSecsSinceEpoch();
    } else if (r.mode == OffsetResetMode::ToOffset || r.mode == OffsetResetMode::ShiftBy) {
        bool ok = false;
        r.value = m_value->text().toLongLong(&ok);
        if (!ok) {
            *error = r.mode == OffsetResetMode::ToOffset
                         ? tr("Type the offset to reset to.")
                         : tr("Type how many offsets to shift by, e.g. -100.");
            return std::nullopt;
        }
        if (r.mode == OffsetResetMode::ToOffset && r.value < 0) {
            *error = tr("An offset cannot be negative.");
            return std::nullopt;
        }
    }
    return r;
}

void ResetOffsetsPanel::preview()
{
    QString error;
    const std::optional<OffsetResetRequest> r = request(&error);
    invalidatePlan();
    if (!r) {
        m_problem->setProblem(error);
        return;
    }
    const int serial = m_requestSerial;
    m_busy = true;
    m_previewButton->setEnabled(false);
    m_summary->setText(tr("Computing the new offsets…"));
    // Aside from the window's other commands: a paused leader answers no read, and the
    // preview waits for it (until the inputs change or the panel goes).
    m_previewStop = m_bridge.runAside(
        this,
        [r = *r](Connection &connection, std::stop_token stop) {
            const std::unique_ptr<RecordReader> reader = connection.openReader();
            Result<OffsetResetPlan> plan = planOffsetReset(connection, *reader, r, std::move(stop));
            return plan ? PreviewOutcome{*plan, {}} : PreviewOutcome{std::nullopt, plan.status().message()};
        },
        [this, serial](PreviewOutcome outcome) {
            if (serial != m_requestSerial)
                return;
            m_busy = false;
            m_previewButton->setEnabled(true);
            m_summary->clear();
            if (!outcome.plan) {
                m_problem->setProblem(
                    tr("Cannot preview the reset: %1").arg(QString::fromStdString(outcome.error)));
                return;
            }
            showPlan(*outcome.plan);
        });
}

void ResetOffsetsPanel::showPlan(const OffsetResetPlan &plan)
{
    m_model->setPlan(plan);
    m_havePlan = true;
    const int n = static_cast<int>(plan.partitions.size());
    m_summary->setText(tr("%n partition(s): %1 records will be consumed again, %2 skipped.", "", n)
                           .arg(count(plan.totalReconsumed()), count(plan.totalSkipped())));
    m_problem->setProblem(GroupText::refusal(plan));
    m_applyButton->setEnabled(plan.groupIsEmpty() && n > 0 && !m_bridge.capabilities().readOnly);
}

void ResetOffsetsPanel::apply()
{
    if (!m_havePlan || m_busy)
        return;
    const OffsetResetPlan plan = m_model->plan();
    const QString question =
        tr("Reset the committed offsets of group %1 on %n partition(s)? Its consumers will read %2 records "
           "again and skip %3 when they next start.",
           "", static_cast<int>(plan.partitions.size()))
            .arg(QString::fromStdString(plan.groupId), count(plan.totalReconsumed()),
                 count(plan.totalSkipped()));
    if (QMessageBox::question(this, tr("Reset offsets"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const int serial = ++m_requestSerial;
    m_busy = true;
    m_applyButton->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_summary->setText(tr("Resetting…"));
    // Aside too: a paused coordinator would hold up every other command until it timed out.
    m_bridge.runAside(
        this,
        [plan](Connection &connection, std::stop_token stop) {
            return applyOffsetReset(connection, plan, std::move(stop));
        },
        [this, serial, groupId = QString::fromStdString(plan.groupId)](Status status) {
            if (serial != m_requestSerial)
                return;
            m_busy = false;
            m_previewButton->setEnabled(true);
            if (!status.isOk()) {
                m_summary->clear();
                m_problem->setProblem(
                    tr("The reset was refused: %1").arg(QString::fromStdString(status.message())));
                m_applyButton->setEnabled(true);
                return;
            }
            m_havePlan = false;
            m_summary->setText(tr("The offsets of group %1 were reset.").arg(groupId));
            emit applied(groupId);
        });
}

} // namespace es
