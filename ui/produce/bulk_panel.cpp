#include "ui/produce/bulk_panel.h"

#include "ui/cluster_bridge.h"
#include "ui/read_only_text.h"
#include "ui/topics/inline_problem_label.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace es {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kPollMs = 200;

} // namespace

BulkPanel::BulkPanel(ClusterBridge &bridge, std::function<std::optional<ProduceDraft>()> draft,
                     std::function<std::int64_t(std::int64_t)> reserveSequence, QWidget *parent)
    : QGroupBox(tr("Send many"), parent),
      m_bridge(bridge),
      m_draft(std::move(draft)),
      m_reserveSequence(std::move(reserveSequence))
{
    m_countMode = new QRadioButton(tr("N&umber of records:"), this);
    m_countMode->setObjectName(QStringLiteral("countMode"));
    m_countMode->setChecked(true);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("bulkCount"));
    m_count->setRange(1, 100'000'000);
    m_count->setValue(1000);
    m_count->setGroupSeparatorShown(true);
    m_count->setToolTip(tr("How many records to render from the template and send, as fast as the "
                           "cluster takes them."));

    m_rateMode = new QRadioButton(tr("&Rate:"), this);
    m_rateMode->setObjectName(QStringLiteral("rateMode"));
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("bulkRate"));
    m_rate->setRange(1, 1'000'000);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" records/s"));
    m_rate->setGroupSeparatorShown(true);
    m_rate->setToolTip(tr("Records per second, spread evenly, as a steady producer would send them."));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("bulkDuration"));
    m_duration->setRange(1, 24 * 3600);
    m_duration->setValue(10);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("For how long to send at that rate."));
    auto *forLabel = new QLabel(tr("for"), this);

    m_fileMode = new QRadioButton(tr("&From file:"), this);
    m_fileMode->setObjectName(QStringLiteral("fileMode"));
    m_fileMode->setToolTip(tr("Sends every record of a JSON Lines or CSV file, such as one the Messages "
                              "view exported, keeping keys, values, headers and timestamps."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A .jsonl or .csv file"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));

    m_start = new QPushButton(tr("St&art"), this);
    m_start->setObjectName(QStringLiteral("bulkStart"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_cancel->setToolTip(tr("Stops sending; records already sent stay in the topic."));
    m_cancel->setEnabled(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("bulkProblem"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_countMode, 0, 0);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    grid->addLayout(countRow, 0, 1);
    grid->addWidget(m_rateMode, 1, 0);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(forLabel);
    rateRow->addWidget(m_duration);
    rateRow->addStretch(1);
    grid->addLayout(rateRow, 1, 1);
    grid->addWidget(m_fileMode, 2, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    grid->addLayout(fileRow, 2, 1);
    grid->setColumnStretch(1, 1);

    // The run's progress and outcome sit beside what starts it, not under it, so that they
    // stay in view in a short window; the lines they take are kept free while empty, so that
    // text appearing there moves nothing.
    const int twoLines = 2 * fontMetrics().lineSpacing();
    m_status->setFixedHeight(twoLines);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problem->setFixedHeight(twoLines);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QSizePolicy keepRoom = m_problem->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_problem->setSizePolicy(keepRoom);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *run = new QVBoxLayout;
    run->addLayout(buttons);
    run->addWidget(m_progress);
    run->addWidget(m_status);
    run->addWidget(m_problem);
    run->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(grid, 3);
    layout->addSpacing(12);
    layout->addLayout(run, 2);

    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &BulkPanel::poll);
    connect(m_start, &QPushButton::clicked, this, &BulkPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPanel::cancel);
    connect(m_browse, &QPushButton::clicked, this, &BulkPanel::chooseFile);
    for (QRadioButton *r : {m_countMode, m_rateMode, m_fileMode})
        connect(r, &QRadioButton::toggled, this, &BulkPanel::updateModes);
    updateModes();
}

BulkPanel::~BulkPanel() { m_slot->close(); }

void BulkPanel::updateModes()
{
    const bool idle = !running();
    for (QWidget *w : {static_cast<QWidget *>(m_countMode), static_cast<QWidget *>(m_rateMode),
                       static_cast<QWidget *>(m_fileMode)})
        w->setEnabled(idle);
    m_count->setEnabled(idle && m_countMode->isChecked());
    m_rate->setEnabled(idle && m_rateMode->isChecked());
    m_duration->setEnabled(idle && m_rateMode->isChecked());
    m_path->setEnabled(idle && m_fileMode->isChecked());
    m_browse->setEnabled(idle && m_fileMode->isChecked());
    m_start->setEnabled(idle && !m_bridge.capabilities().readOnly && m_blocked.isEmpty());
    m_start->setToolTip(m_bridge.capabilities().readOnly ? readOnlyToolTip(m_bridge.connectionName())
                        : !m_blocked.isEmpty()           ? m_blocked
                                                         : tr("Starts sending to the chosen topic."));
    m_cancel->setEnabled(!idle);
}

void BulkPanel::setBlocked(const QString &reason)
{
    m_blocked = reason;
    updateModes();
}

void BulkPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import records"), m_path->text(),
                                                      tr("Records (*.jsonl *.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void BulkPanel::start()
{
    if (running() || !m_blocked.isEmpty())
        return;
    m_problem->setProblem({});
    m_status->clear();
    m_progress->setValue(0);
    if (!m_bridge.running()) {
        m_problem->setProblem(tr("The cluster is not running."));
        return;
    }
    std::shared_ptr<JobSlot> slot = m_slot;
    if (m_fileMode->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty()) {
            m_problem->setProblem(tr("Choose a file to import."));
            return;
        }
        if (m_topic.trimmed().isEmpty()) {
            m_problem->setProblem(tr("Choose the topic to import into."));
            return;
        }
        m_expected = 0;
        m_bridge.run(
            this,
            [slot, path = path.toStdString(), topic = m_topic.trimmed().toStdString()](
                Connection &connection) { return startImportJob(connection, *slot, path, topic); },
            [this](const std::string &error) { finishStart(error); });
    } else {
        const std::optional<ProduceDraft> draft = m_draft();
        if (!draft) {
            m_problem->setProblem(tr("Fix the record above first."));
            return;
        }
        if (draft->topic.empty()) {
            m_problem->setProblem(tr("Choose or type a topic to send to."));
            return;
        }
        const bool paced = m_rateMode->isChecked();
        const double rate = paced ? m_rate->value() : 0.0;
        m_expected =
            paced ? static_cast<std::int64_t>(m_rate->value()) * m_duration->value() : m_count->value();
        const std::int64_t first = m_reserveSequence(m_expected);
        m_bridge.run(
            this,
            [slot, draft = *draft, expected = m_expected, first, rate](Connection &connection) {
                return startTemplateJob(connection, *slot, draft, expected, first, rate, BulkSendOptions{});
            },
            [this](const std::string &error) { finishStart(error); });
    }
    m_starting = true;
    m_meter.reset();
    m_clock.start();
    updateModes();
    emit runningChanged(true);
}

void BulkPanel::finishStart(const std::string &error)
{
    m_starting = false;
    if (!error.empty()) {
        m_problem->setProblem(QString::fromStdString(error));
        updateModes();
        emit runningChanged(false);
        return;
    }
    m_timer->start();
    poll();
}

void BulkPanel::cancel()
{
    if (BulkSend *job = m_slot->get())
        job->cancel();
    m_cancel->setEnabled(false);
}

void BulkPanel::poll()
{
    BulkSend *job = m_slot->get();
    if (!job) {
        m_timer->stop();
        return;
    }
    const BulkSendProgress p = job->progress();
    m_meter.sample(m_clock.elapsed(), p.delivered);
    m_progress->setValue(static_cast<int>(std::lround(p.fraction * kProgressSteps)));
    const QLocale locale;
    QString text = m_expected > 0
                       ? tr("%1 of %2 records delivered")
                             .arg(locale.toString(static_cast<qlonglong>(p.delivered)),
                                  locale.toString(static_cast<qlonglong>(m_expected)))
                       : tr("%1 records delivered").arg(locale.toString(static_cast<qlonglong>(p.delivered)));
    text += tr(" · %1 records/s").arg(locale.toString(m_meter.perSecond(), 'f', 0));
    if (p.failed > 0)
        text += tr(" · %1 failed").arg(locale.toString(static_cast<qlonglong>(p.failed)));
    m_status->setText(text);
    if (p.finished)
        finish();
}

void BulkPanel::finish()
{
    m_timer->stop();
    BulkSend *job = m_slot->get();
    const BulkSendProgress p = job->progress();
    const Status outcome = job->outcome();
    m_slot->clear();
    const QLocale locale;
    const double seconds = static_cast<double>(p.elapsedMs) / 1000.0;
    const double average = seconds > 0 ? static_cast<double>(p.delivered) / seconds : 0.0;
    if (outcome.isOk()) {
        m_progress->setValue(kProgressSteps);
        m_status->setText(tr("Done: %1 records in %2 s (%3 records/s on average).")
                              .arg(locale.toString(static_cast<qlonglong>(p.delivered)),
                                   locale.toString(seconds, 'f', seconds < 10 ? 2 : 1),
                                   locale.toString(average, 'f', 0)));
    } else if (outcome.code() == StatusCode::Cancelled) {
        m_status->setText(
            tr("Cancelled after %1 records.").arg(locale.toString(static_cast<qlonglong>(p.delivered))));
    } else {
        m_status->setText(
            tr("%1 records delivered.").arg(locale.toString(static_cast<qlonglong>(p.delivered))));
        m_problem->setProblem(QString::fromStdString(outcome.message()));
    }
    updateModes();
    emit runningChanged(false);
}

} // namespace es
