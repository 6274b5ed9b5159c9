#include "ui/produce/produce_view.h"

#include "ui/clock_default.h"
#include "ui/cluster_bridge.h"
#include "ui/produce/bulk_panel.h"
#include "ui/produce/headers_editor.h"
#include "ui/produce/template_bar.h"
#include "ui/read_only_text.h"
#include "ui/topics/inline_problem_label.h"

#ifndef Q_MOC_RUN
#include "produce/record_generator.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <random>

namespace es {

namespace {

constexpr int kSendPollMs = 50;

QString bytesText(const std::optional<Bytes> &b)
{
    return b ? QString::fromUtf8(reinterpret_cast<const char *>(b->data()), static_cast<qsizetype>(b->size()))
             : QStringLiteral("null");
}

} // namespace

ProduceView::ProduceView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    auto *content = new QWidget;
    m_templates = new TemplateBar(
        bridge.settings().dataDir, [this] { return editedSet(); }, content);

    // -- where to --------------------------------------------------------------------------
    m_topic = new QComboBox(content);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setMinimumContentsLength(20);
    m_topic->lineEdit()->setPlaceholderText(tr("Choose or type a topic"));
    m_topic->setToolTip(tr("The topic to send to: a named stream of records. A topic that does not exist "
                           "is created when the cluster allows auto-creation."));
    m_partition = new QComboBox(content);
    m_partition->setObjectName(QStringLiteral("partition"));
    m_partition->setToolTip(
        tr("A topic is split into partitions. Automatic picks one from the key's hash, so "
           "records with the same key stay in order on one partition."));
    auto *partitionLabel = new QLabel(tr("&Partition:"), content);
    partitionLabel->setBuddy(m_partition);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_topic, 2);
    whereRow->addWidget(partitionLabel);
    whereRow->addWidget(m_partition, 1);
    m_topicProblem = new InlineProblemLabel(content);
    m_topicProblem->setObjectName(QStringLiteral("topicProblem"));
    auto *whereBox = new QVBoxLayout;
    whereBox->setSpacing(2);
    whereBox->addLayout(whereRow);
    whereBox->addWidget(m_topicProblem); // right under the topic it is about

    m_chooseTime = new QCheckBox(tr("Chosen t&ime instead of now:"), content);
    m_chooseTime->setObjectName(QStringLiteral("chooseTime"));
    m_chooseTime->setToolTip(tr("Unchecked, each record carries the time it is sent. Checked, it carries the "
                                "time chosen here (consumers and retention read it)."));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime(), content);
    m_time->setObjectName(QStringLiteral("timestamp"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_time->setCalendarPopup(true);
    m_time->setEnabled(false);
    new ClockDefault(m_time, std::chrono::seconds(0)); // now when ticked, until the user sets it
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_chooseTime);
    timeRow->addWidget(m_time);
    timeRow->addStretch(1);

    // -- what ------------------------------------------------------------------------------
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_key = new QLineEdit(content);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setFont(mono);
    m_key->setPlaceholderText(tr("Empty: no key (null)"));
    m_key->setToolTip(
        tr("The record's key decides its partition; records with the same key keep their order."));
    m_value = new QPlainTextEdit(content);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setFont(mono);
    m_value->setTabChangesFocus(true);
    m_value->setPlaceholderText(tr("The record's value, e.g. JSON. Placeholders: {{seq}} {{uuid}} {{now}} "
                                   "{{now_iso}} {{int 1 100}} {{pick a|b|c}} {{words 5}}"));
    m_value->setMinimumHeight(90);
    m_headers = new HeadersEditor(content);
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setMinimumHeight(90);
    m_headers->setMaximumHeight(150);

    m_preview = new QPlainTextEdit(content);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFont(mono);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setMaximumHeight(110);
    m_preview->setToolTip(tr("A sample of the record as the next send would render it."));
    m_preview->viewport()->setBackgroundRole(QPalette::AlternateBase); // read-only look, any theme
    m_problem = new InlineProblemLabel(content);
    m_problem->setObjectName(QStringLiteral("templateProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("T&opic:"), whereBox);
    form->addRow(tr("Timestamp:"), timeRow);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("Headers:"), m_headers);
    auto *previewBox = new QVBoxLayout;
    previewBox->setSpacing(2);
    previewBox->addWidget(m_preview);
    previewBox->addWidget(m_problem); // right under the sample it replaces
    form->addRow(tr("Preview:"), previewBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(whereBox)))
        label->setBuddy(m_topic);

    m_send = new QPushButton(tr("S&end"), content);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_result = new QLabel(content);
    m_result->setObjectName(QStringLiteral("result"));
    // After a send, a link to the record written (in the Messages view).
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_result, &QLabel::linkActivated, this, [this](const QString &link) {
        const QStringList parts = link.split(QLatin1Char('/'));
        if (parts.size() == 3 && parts[0] == QLatin1String("record"))
            emit recordRequested(m_sentTopic, parts[1].toInt(), parts[2].toLongLong());
    });
    m_sendProblem = new InlineProblemLabel(content);
    m_sendProblem->setObjectName(QStringLiteral("sendProblem"));
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_result, 1);

    m_bulk = new BulkPanel(
        bridge, [this] { return draft(); }, [this](std::int64_t n) { return reserveSequence(n); }, this);
    m_bulk->setObjectName(QStringLiteral("bulk"));

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_templates);
    layout->addLayout(form);
    layout->addLayout(sendRow);
    layout->addWidget(m_sendProblem);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    // Below the scrolled form, so that a run's progress and outcome are in view however
    // short the window.
    outer->addWidget(m_bulk);
    setFocusProxy(m_topic);

    m_sendTimer = new QTimer(this);
    m_sendTimer->setInterval(kSendPollMs);

    // -- behaviour -------------------------------------------------------------------------
    connect(m_sendTimer, &QTimer::timeout, this, &ProduceView::pollSend);
    connect(m_send, &QPushButton::clicked, this, &ProduceView::send);
    connect(m_chooseTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_topic, &QComboBox::currentTextChanged, this, [this](const QString &topic) {
        fillPartitions();
        m_bulk->setTopic(topic);
        if (!m_deletedTopic.isEmpty()) { // the user chose again: send where they say
            m_deletedTopic.clear();
            updateSendButton();
        }
    });
    connect(m_key, &QLineEdit::textChanged, this, &ProduceView::updatePreview);
    connect(m_value, &QPlainTextEdit::textChanged, this, &ProduceView::updatePreview);
    connect(m_headers, &HeadersEditor::changed, this, &ProduceView::updatePreview);
    connect(m_templates, &TemplateBar::chosen, this, &ProduceView::loadTemplate);
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &ProduceView::onSnapshot);

    m_templates->choose(QString::fromStdString(TemplateStore::builtIns().front().name));
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
    fillPartitions();
}

ProduceView::~ProduceView() { m_sendSlot->close(); }

void ProduceView::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    followChosenTopic(snapshot);
    m_snapshot = snapshot;
    QStringList names;
    for (const TopicSnapshot &t : snapshot->topics)
        if (!t.internal)
            names << QString::fromStdString(t.name);
    names.sort();
    QStringList current;
    for (int i = 0; i < m_topic->count(); ++i)
        current << m_topic->itemText(i);
    if (names != current) {
        const QString text = m_topic->currentText();
        const QSignalBlocker block(m_topic);
        m_topic->clear();
        m_topic->addItems(names);
        m_topic->setCurrentIndex(-1);
        m_topic->setEditText(text.isEmpty() && !names.isEmpty() ? names.front() : text);
        m_bulk->setTopic(m_topic->currentText());
    }
    fillPartitions();
}

void ProduceView::followChosenTopic(const ClusterSnapshotPtr &snapshot)
{
    const auto listed = [](const ClusterSnapshotPtr &s, const QString &name) {
        const std::string n = name.toStdString();
        return s && std::any_of(s->topics.begin(), s->topics.end(),
                                [&n](const TopicSnapshot &t) { return t.name == n; });
    };
    const QString chosen = m_topic->currentText().trimmed();
    QString deleted = m_deletedTopic;
    if (!chosen.isEmpty() && listed(m_snapshot, chosen) && !listed(snapshot, chosen))
        deleted = chosen;
    else if (!deleted.isEmpty() && listed(snapshot, deleted))
        deleted.clear(); // created again meanwhile
    if (deleted != m_deletedTopic) {
        m_deletedTopic = deleted;
        updateSendButton();
    }
}

void ProduceView::setTopic(const QString &topic, int partition)
{
    m_topic->setEditText(topic);
    fillPartitions();
    const int index = m_partition->findData(partition);
    m_partition->setCurrentIndex(index < 0 ? 0 : index);
}

void ProduceView::fillPartitions()
{
    int count = 0;
    const std::string topic = m_topic->currentText().trimmed().toStdString();
    if (m_snapshot)
        for (const TopicSnapshot &t : m_snapshot->topics)
            if (t.name == topic)
                count = static_cast<int>(t.partitions.size());
    if (m_partition->count() == count + 1)
        return;
    const int selected = m_partition->currentData().isValid() ? m_partition->currentData().toInt() : -1;
    const QSignalBlocker block(m_partition);
    m_partition->clear();
    m_partition->addItem(tr("Automatic (by key)"), -1);
    for (int p = 0; p < count; ++p)
        m_partition->addItem(QString::number(p), p);
    const int index = m_partition->findData(selected);
    m_partition->setCurrentIndex(index < 0 ? 0 : index);
}

void ProduceView::loadTemplate(const RecordTemplateSet &set)
{
    const QSignalBlocker blockKey(m_key);
    const QSignalBlocker blockValue(m_value);
    const QSignalBlocker blockHeaders(m_headers);
    m_key->setText(QString::fromStdString(set.key));
    m_value->setPlainText(QString::fromStdString(set.value));
    m_headers->setHeaders(set.headers);
    updatePreview(); // once for the whole record
}

RecordTemplateSet ProduceView::editedSet() const
{
    RecordTemplateSet set;
    set.key = m_key->text().toStdString();
    set.value = m_value->toPlainText().toStdString();
    set.headers = m_headers->headers();
    return set;
}

void ProduceView::updatePreview()
{
    auto generator = RecordGenerator::create(editedSet());
    if (!generator) {
        m_problemText = QString::fromStdString(generator.status().message());
        m_problem->setProblem(m_problemText);
        m_preview->clear();
        updateSendButton();
        return;
    }
    m_problemText.clear();
    m_problem->setProblem({});
    updateSendButton();
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    const std::int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count();
    TemplateContext context{m_nextSequence, nowMs, &rng};
    ProducerRecord sample;
    generator->render(context, sample);
    QString text = tr("key: %1").arg(bytesText(sample.key)) + QLatin1Char('\n') +
                   tr("value: %1").arg(bytesText(sample.value));
    for (const RecordHeader &h : sample.headers)
        text +=
            QLatin1Char('\n') + tr("header %1: %2").arg(QString::fromStdString(h.key), bytesText(h.value));
    m_preview->setPlainText(text);
}

void ProduceView::updateSendButton()
{
    const QString deleted =
        m_deletedTopic.isEmpty()
            ? QString()
            : tr("The topic \"%1\" was deleted. Choose another topic, or type its name again to have it "
                 "created anew.")
                  .arg(m_deletedTopic);
    m_topicProblem->setProblem(deleted);
    m_bulk->setBlocked(deleted);
    const bool readOnly = m_bridge.capabilities().readOnly;
    m_send->setEnabled(!m_sending && !readOnly && m_problemText.isEmpty() && deleted.isEmpty());
    // On a read-only connection the editor and its preview still work; only sending is off.
    m_send->setToolTip(readOnly             ? readOnlyToolTip(m_bridge.connectionName())
                       : !deleted.isEmpty() ? deleted
                                            : tr("Sends one record rendered from the editor (Ctrl+Enter)."));
}

std::optional<ProduceDraft> ProduceView::draft() const
{
    if (!m_problemText.isEmpty())
        return std::nullopt;
    ProduceDraft d;
    d.topic = m_topic->currentText().trimmed().toStdString();
    if (const int p = m_partition->currentData().toInt(); p >= 0)
        d.partition = p;
    if (m_chooseTime->isChecked())
        d.timestamp = m_time->dateTime().toMSecsSinceEpoch();
    d.set = editedSet();
    return d;
}

std::int64_t ProduceView::reserveSequence(std::int64_t count)
{
    const std::int64_t first = m_nextSequence;
    m_nextSequence += count;
    updatePreview(); // the sample shows the next number
    return first;
}

void ProduceView::send()
{
    if (m_sending)
        return;
    m_result->clear();
    m_result->setToolTip({});
    m_sendProblem->setProblem({});
    std::optional<ProduceDraft> d = draft();
    if (!d) {
        // The reason is shown under the preview already; take the user to the editor.
        m_value->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (d->topic.empty()) {
        m_sendProblem->setProblem(tr("Choose or type a topic to send to."));
        return;
    }
    if (!m_deletedTopic.isEmpty()) // e.g. by its shortcut: the topic problem says why
        return;
    if (!m_bridge.running()) {
        m_sendProblem->setProblem(tr("The cluster is not running."));
        return;
    }
    const std::int64_t first = reserveSequence(1);
    m_sentTopic = QString::fromStdString(d->topic);
    m_sending = true;
    m_send->setEnabled(false);
    m_result->setText(tr("Sending…"));
    std::shared_ptr<JobSlot> slot = m_sendSlot;
    m_bridge.run(
        this,
        [slot, d = std::move(*d), first](Connection &connection) {
            return startTemplateJob(connection, *slot, d, 1, first, 0, singleSendOptions());
        },
        [this](const std::string &error) {
            if (!error.empty()) {
                m_sending = false;
                m_result->clear();
                m_sendProblem->setProblem(QString::fromStdString(error));
                updatePreview();
                return;
            }
            m_sendTimer->start();
        });
}

void ProduceView::pollSend()
{
    BulkSend *job = m_sendSlot->get();
    if (!job || !job->finished())
        return;
    m_sendTimer->stop();
    const BulkSendProgress p = job->progress();
    const Status outcome = job->outcome();
    const std::string failure = job->firstError();
    m_sendSlot->clear();
    m_sending = false;
    if (outcome.isOk() && p.lastPartition >= 0) {
        const QString when = QDateTime::fromMSecsSinceEpoch(p.lastTimestamp).toString(Qt::ISODateWithMs);
        const QString sent = tr("Sent to partition %1 at offset %2 (timestamp %3).")
                                 .arg(p.lastPartition)
                                 .arg(p.lastOffset)
                                 .arg(when);
        m_result->setText(QStringLiteral("<a href=\"record/%1/%2\">%3</a>")
                              .arg(p.lastPartition)
                              .arg(p.lastOffset)
                              .arg(sent.toHtmlEscaped()));
        m_result->setToolTip(tr("Open this record in the Messages view."));
    } else {
        m_result->clear();
        m_sendProblem->setProblem(
            tr("Not sent: %1").arg(QString::fromStdString(failure.empty() ? outcome.message() : failure)));
    }
    updatePreview();
}

} // namespace es
