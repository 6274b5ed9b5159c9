#include "ui/replay/republish_panel.h"

#include "ui/clock_default.h"
#include "ui/cluster_bridge.h"
#include "ui/read_only_text.h"
#include "ui/replay/range_text.h"
#include "ui/replay/republish_target.h"
#include "ui/topics/admin_error_text.h"
#include "ui/topics/inline_problem_label.h"

#ifndef Q_MOC_RUN
#include "connection/connection.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <thread>

namespace es {

namespace {

struct StartOutcome {
    std::shared_ptr<Republisher> job;
    std::string error;
    std::optional<AdminResult> createFailed; // the new target topic could not be created
};

// Creates `r.targetTopic` with the source's partition count and the cluster's default
// replication factor, and waits (a few seconds at most) until the connection knows it.
std::optional<AdminResult> createTarget(Connection &connection, const RepublishRequest &r)
{
    const Result<std::int32_t> partitions = connection.partitionCount(r.sourceTopic);
    if (!partitions)
        return AdminResult{ErrorCode::UnknownTopicOrPartition, partitions.status().message()};
    CreateTopicSpec spec;
    spec.name = r.targetTopic;
    spec.partitions = *partitions;
    spec.replicationFactor = -1;
    if (AdminResult created = connection.createTopic(spec); !created.ok())
        return created;
    for (int i = 0; i < 100 && !connection.partitionCount(r.targetTopic); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return std::nullopt;
}

QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

void setTopics(QComboBox *combo, const QStringList &topics)
{
    QStringList listed;
    for (int i = 0; i < combo->count(); ++i)
        listed << combo->itemText(i);
    if (topics == listed)
        return;
    const QString current = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItems(topics);
    combo->setCurrentIndex(std::max(0, combo->findText(current)));
}

} // namespace

RepublishPanel::RepublishPanel(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("republishSource"));
    m_source->setToolTip(tr("The topic whose records are copied."));

    m_byOffsets = new QRadioButton(tr("Off&sets"), this);
    m_byOffsets->setObjectName(QStringLiteral("byOffsets"));
    m_byOffsets->setChecked(true);
    m_byOffsets->setToolTip(tr("Copy ranges of offsets (positions of records in their partitions)."));
    m_ranges = new QLineEdit(this);
    m_ranges->setObjectName(QStringLiteral("republishRanges"));
    m_ranges->setClearButtonEnabled(true);
    m_ranges->setPlaceholderText(tr("all partitions, whole logs; or e.g. 0, 1:100-500, 2:950-"));
    m_ranges->setToolTip(tr("Partitions, each with an optional range of offsets from-to, both included: "
                            "1:100-500 copies 401 records. A missing start is the log start, a missing end "
                            "the last record when the copy starts."));
    auto *rangeEnds = new QLabel(tr("ends included"), this);
    rangeEnds->setObjectName(QStringLiteral("republishRangeEnds"));
    rangeEnds->setForegroundRole(QPalette::PlaceholderText);
    rangeEnds->setToolTip(m_ranges->toolTip());
    m_byTime = new QRadioButton(tr("Time &window"), this);
    m_byTime->setObjectName(QStringLiteral("byTime"));
    m_byTime->setToolTip(tr("Copy the records whose timestamps fall in a time window."));
    m_windowPartitions = new QLineEdit(this);
    m_windowPartitions->setObjectName(QStringLiteral("windowPartitions"));
    m_windowPartitions->setClearButtonEnabled(true);
    m_windowPartitions->setPlaceholderText(tr("all partitions, or e.g. 0, 2"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_from->setObjectName(QStringLiteral("windowFrom"));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_to->setObjectName(QStringLiteral("windowTo"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setToolTip(tr("Your local time; the window includes its start and excludes its end."));
    }
    // The last hour as of when the window is chosen, until the user sets either end.
    new ClockDefault(m_from, std::chrono::hours(-1));
    new ClockDefault(m_to, std::chrono::seconds(0));

    m_target = new RepublishTarget(this);

    m_pacing = new QComboBox(this);
    m_pacing->setObjectName(QStringLiteral("republishPacing"));
    m_pacing->addItem(tr("As fast as possible"));
    m_pacing->addItem(tr("Original pacing, at speed"));
    m_pacing->setToolTip(tr("Keep the gaps between the records' timestamps (divided by the speed factor), or "
                            "copy without waiting."));
    m_speed = new QDoubleSpinBox(this);
    m_speed->setObjectName(QStringLiteral("republishSpeed"));
    m_speed->setRange(0.01, 1000);
    m_speed->setDecimals(2);
    m_speed->setValue(1);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setToolTip(tr("2× replays twice as fast as the records were produced, 0.5× at half speed."));

    m_keepHeaders = new QCheckBox(tr("Keep &headers"), this);
    m_keepHeaders->setObjectName(QStringLiteral("keepHeaders"));
    m_keepHeaders->setChecked(true);
    m_keepHeaders->setToolTip(
        tr("Headers are key-value pairs a producer attaches to a record, e.g. a trace id."));

    m_keyMode = new QComboBox(this);
    m_keyMode->setObjectName(QStringLiteral("republishKeyMode"));
    m_keyMode->addItem(tr("Keep the key"), int(RepublishKeyMode::Keep));
    m_keyMode->addItem(tr("No key (null)"), int(RepublishKeyMode::Null));
    m_keyMode->addItem(tr("New key from a template"), int(RepublishKeyMode::Template));
    m_keyMode->setToolTip(tr("The key decides a record's partition. Kept keys keep each record in the "
                             "partition it came from when the target has it."));
    m_keyTemplate = new QLineEdit(this);
    m_keyTemplate->setObjectName(QStringLiteral("republishKeyTemplate"));
    m_keyTemplate->setPlaceholderText(tr("e.g. user-{{int 1 100}}"));
    m_keyTemplate->setToolTip(
        tr("Text with placeholders rendered for each record: {{seq}}, {{uuid}}, {{now}}, "
           "{{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}."));

    m_start = new QPushButton(tr("Sta&rt copy"), this);
    m_start->setObjectName(QStringLiteral("startRepublish"));
    m_cancel = new QPushButton(tr("&Cancel copy"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRepublish"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("republishProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("republishStatus"));
    m_status->setWordWrap(true);
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("republishProblem"));

    auto *range = new QGridLayout;
    range->addWidget(m_byOffsets, 0, 0);
    range->addWidget(m_ranges, 0, 1, 1, 3);
    range->addWidget(rangeEnds, 0, 4);
    range->addWidget(m_byTime, 1, 0);
    range->addWidget(m_windowPartitions, 1, 1);
    auto *fromLabel = new QLabel(tr("&from"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel, 1, 2);
    auto *window = new QHBoxLayout;
    window->addWidget(m_from, 1);
    window->addWidget(toLabel);
    window->addWidget(m_to, 1);
    range->addLayout(window, 1, 3, 1, 2);
    range->setColumnStretch(1, 1);
    range->setColumnStretch(3, 2);

    auto *pacing = new QHBoxLayout;
    pacing->addWidget(m_pacing);
    pacing->addWidget(m_speed);
    pacing->addStretch(1);
    auto *key = new QHBoxLayout;
    key->addWidget(m_keyMode);
    key->addWidget(m_keyTemplate, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("So&urce topic:"), m_source);
    form->addRow(tr("Records:"), range);
    form->addRow(tr("&Target topic:"), m_target);
    form->addRow(tr("&Pacing:"), pacing);
    form->addRow(tr("&Key:"), key);
    form->addRow(QString(), m_keepHeaders);
    static_cast<QLabel *>(form->labelForField(pacing))->setBuddy(m_pacing);
    static_cast<QLabel *>(form->labelForField(key))->setBuddy(m_keyMode);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    setTabOrder(m_source, m_byOffsets);
    setTabOrder(m_byOffsets, m_ranges);
    setTabOrder(m_ranges, m_byTime);
    setTabOrder(m_byTime, m_windowPartitions);
    setTabOrder(m_windowPartitions, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_target->comboBox());
    setTabOrder(m_target->comboBox(), m_pacing);
    setTabOrder(m_pacing, m_speed);
    setTabOrder(m_speed, m_keyMode);
    setTabOrder(m_keyMode, m_keyTemplate);
    setTabOrder(m_keyTemplate, m_keepHeaders);
    setTabOrder(m_keepHeaders, m_start);
    setTabOrder(m_start, m_cancel);

    m_poll = new QTimer(this);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &RepublishPanel::pollProgress);
    for (QRadioButton *b : {m_byOffsets, m_byTime})
        connect(b, &QRadioButton::toggled, this, &RepublishPanel::updateFields);
    connect(m_pacing, &QComboBox::currentIndexChanged, this, &RepublishPanel::updateFields);
    connect(m_source, &QComboBox::currentTextChanged, this, &RepublishPanel::updateSource);
    connect(m_target, &RepublishTarget::changed, this, &RepublishPanel::updateFields);
    connect(m_keyMode, &QComboBox::currentIndexChanged, this, &RepublishPanel::updateFields);
    connect(m_start, &QPushButton::clicked, this, &RepublishPanel::startCopy);
    connect(m_cancel, &QPushButton::clicked, this, &RepublishPanel::cancelCopy);
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &RepublishPanel::onSnapshot);
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
    updateFields();
}

RepublishPanel::~RepublishPanel() { releaseJob(); }

void RepublishPanel::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    QStringList topics;
    for (const TopicSnapshot &t : snapshot->topics)
        if (!t.internal)
            topics << QString::fromStdString(t.name);
    topics.sort();
    setTopics(m_source, topics);
    m_target->setTopics(topics);
    updateSource();
}

void RepublishPanel::updateSource()
{
    int partitions = 0;
    const std::string source = m_source->currentText().toStdString();
    if (const ClusterSnapshotPtr snapshot = m_bridge.snapshot())
        for (const TopicSnapshot &t : snapshot->topics)
            if (t.name == source)
                partitions = static_cast<int>(t.partitions.size());
    m_target->setSource(m_source->currentText(), partitions);
}

void RepublishPanel::updateFields()
{
    const bool idle = !m_job && !m_starting;
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_byOffsets, m_byTime, m_target, m_pacing,
                                                       m_keepHeaders, m_keyMode})
        w->setEnabled(idle);
    m_ranges->setEnabled(idle && m_byOffsets->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *>{m_windowPartitions, m_from, m_to})
        w->setEnabled(idle && m_byTime->isChecked());
    m_speed->setEnabled(idle && m_pacing->currentIndex() == 1);
    m_keyTemplate->setVisible(static_cast<RepublishKeyMode>(m_keyMode->currentData().toInt()) ==
                              RepublishKeyMode::Template);
    m_keyTemplate->setEnabled(idle);
    const bool readOnly = m_bridge.capabilities().readOnly;
    const QString targetProblem = m_target->problem();
    m_start->setEnabled(idle && !readOnly && targetProblem.isEmpty());
    m_start->setToolTip(readOnly ? readOnlyToolTip(m_bridge.connectionName())
                        : !targetProblem.isEmpty()
                            ? targetProblem
                            : tr("Copies the chosen records into \"%1\".").arg(m_target->name()));
    m_cancel->setEnabled(m_job != nullptr);
}

void RepublishPanel::setSource(const QString &topic, const QString &ranges)
{
    m_source->setCurrentText(topic);
    m_byOffsets->setChecked(true);
    m_ranges->setText(ranges);
    updateFields();
}

std::optional<RepublishRequest> RepublishPanel::request(QString *error) const
{
    RepublishRequest r;
    r.sourceTopic = m_source->currentText().toStdString();
    r.targetTopic = m_target->name().toStdString();
    if (r.sourceTopic.empty() || r.targetTopic.empty()) {
        *error = tr("Choose a source and a target topic.");
        return std::nullopt;
    }
    if (m_byOffsets->isChecked()) {
        std::optional<std::vector<RepublishRange>> ranges = RangeText::parseRanges(m_ranges->text(), error);
        if (!ranges)
            return std::nullopt;
        r.ranges = std::move(*ranges);
    } else {
        const std::optional<std::vector<std::int32_t>> partitions =
            RangeText::parsePartitions(m_windowPartitions->text(), error);
        if (!partitions)
            return std::nullopt;
        for (std::int32_t p : *partitions)
            r.ranges.push_back({p, std::nullopt, std::nullopt});
        r.window =
            RepublishTimeWindow{m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()};
        if (r.window->fromMs >= r.window->toMs) {
            *error = tr("The time window ends before it starts.");
            return std::nullopt;
        }
    }
    r.speed = m_pacing->currentIndex() == 1 ? m_speed->value() : 0;
    r.keepHeaders = m_keepHeaders->isChecked();
    r.keyMode = static_cast<RepublishKeyMode>(m_keyMode->currentData().toInt());
    r.keyTemplate = m_keyTemplate->text().toStdString();
    return r;
}

void RepublishPanel::startCopy()
{
    if (m_job || m_starting)
        return;
    QString error;
    std::optional<RepublishRequest> r = request(&error);
    m_problem->setProblem(error);
    if (!r)
        return;
    const RepublishTarget::Kind target = m_target->kind();
    if (target == RepublishTarget::Kind::Source &&
        QMessageBox::question(this, tr("Copy a topic into itself"),
                              tr("Copy records of \"%1\" into \"%1\" itself? The copies are appended after "
                                 "its newest records, and its consumers will read them again as new records.")
                                  .arg(m_target->name()),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const bool create = target == RepublishTarget::Kind::New;
    m_starting = true;
    m_progress->setValue(0);
    m_status->setText(create ? tr("Creating the topic \"%1\"…").arg(m_target->name()) : tr("Starting…"));
    updateFields();
    m_bridge.run(
        this,
        [r = std::move(*r), create](Connection &connection) {
            if (create)
                if (std::optional<AdminResult> failed = createTarget(connection, r))
                    return StartOutcome{nullptr, {}, std::move(failed)};
            Result<std::unique_ptr<Republisher>> job = Republisher::start(connection, r);
            return job ? StartOutcome{std::shared_ptr<Republisher>(std::move(*job)), {}, std::nullopt}
                       : StartOutcome{nullptr, job.status().message(), std::nullopt};
        },
        [this, name = m_target->name()](StartOutcome outcome) {
            m_starting = false;
            if (outcome.createFailed) {
                m_status->clear();
                m_problem->setProblem(tr("Cannot create the topic \"%1\": %2")
                                          .arg(name, adminErrorText(outcome.createFailed->error,
                                                                    outcome.createFailed->message)));
                updateFields();
                return;
            }
            if (!outcome.job) {
                m_status->clear();
                m_problem->setProblem(
                    tr("Cannot start the copy: %1").arg(QString::fromStdString(outcome.error)));
                updateFields();
                return;
            }
            m_job = std::move(outcome.job);
            m_poll->start();
            updateFields();
            pollProgress();
        });
}

void RepublishPanel::cancelCopy()
{
    if (m_job)
        m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void RepublishPanel::pollProgress()
{
    if (!m_job)
        return;
    const RepublishProgress p = m_job->progress();
    if (p.total > 0)
        m_progress->setValue(static_cast<int>(std::min<std::int64_t>(1000, p.copied * 1000 / p.total)));
    const QString rate = tr("%1 records/s").arg(count(static_cast<std::int64_t>(p.recordsPerSec)));
    switch (p.state) {
    case RepublishState::Preparing: m_status->setText(tr("Finding the offsets of the range…")); break;
    case RepublishState::Copying:
        if (m_cancel->isEnabled())
            m_status->setText(tr("%1 of %2 records copied · %3").arg(count(p.copied), count(p.total), rate));
        break;
    case RepublishState::Done:
        m_progress->setValue(1000);
        m_status->setText(tr("Done: %1 records copied · %2").arg(count(p.copied), rate));
        break;
    case RepublishState::Cancelled:
        m_status->setText(tr("Cancelled after %1 of %2 records.").arg(count(p.copied), count(p.total)));
        break;
    case RepublishState::Failed:
        m_status->setText(tr("Stopped after %1 records.").arg(count(p.copied)));
        m_problem->setProblem(tr("The copy failed: %1").arg(QString::fromStdString(p.error)));
        break;
    }
    if (p.finished()) {
        m_poll->stop();
        releaseJob();
        updateFields();
    }
}

void RepublishPanel::releaseJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    // The job's destructor joins its thread, which may wait for the producer: let the
    // bridge's worker do that rather than the GUI thread.
    m_bridge.run(
        &m_bridge,
        [job = std::move(m_job)](Connection &) mutable {
            job.reset();
            return 0;
        },
        [](int) {});
    m_job.reset();
}

} // namespace es
