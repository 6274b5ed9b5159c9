#include "ui/bots/bots_panel.h"

#include "ui/bots/bot_host.h"
#include "ui/bots/bot_settings_dialog.h"
#include "ui/bots/bots_model.h"
#include "ui/bots/group_bot_dialog.h"
#include "ui/bots/producer_bot_dialog.h"
#include "ui/cluster_bridge.h"
#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/read_only_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace es {

BotsPanel::BotsPanel(ClusterBridge &bridge, BotHost &host, QWidget *parent)
    : QWidget(parent), m_bridge(bridge), m_host(host)
{
    m_model = new BotsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("botsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BotsModel::Target, QHeaderView::Stretch);
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("groups/bots"));
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Simulated clients"));

    auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_addProducer = button(tr("Add &producer…"), QStringLiteral("addProducerBot"),
                           tr("Start a simulated producer that writes records to a topic at a steady rate."));
    m_addGroup =
        button(tr("Add consumer gro&up…"), QStringLiteral("addGroupBot"),
               tr("Start simulated consumers that join a consumer group and process its partitions."));
    m_edit = button(tr("Ch&ange…"), QStringLiteral("editBot"),
                    tr("Change the rate, processing time or error rate while the bot runs."));
    m_addMember = button(tr("Add &member"), QStringLiteral("addMember"),
                         tr("Another consumer joins the group: the group rebalances its partitions."));
    m_removeMember =
        button(tr("Remo&ve member"), QStringLiteral("removeMember"),
               tr("The newest member leaves the group cleanly (LeaveGroup): it rebalances at once."));
    m_crashMember = button(tr("Cras&h member"), QStringLiteral("crashMember"),
                           tr("The newest member dies without leaving: the group rebalances once its session "
                              "times out (6 s)."));
    m_startStop =
        button(tr("&Stop"), QStringLiteral("startStopBot"), tr("Stop the bot; it stays in the list."));
    m_demo = button(tr("Start &demo"), QStringLiteral("startDemoBots"),
                    tr("Creates the topics orders, payments and clicks if they are missing, and starts the "
                       "demo's simulated producers and consumer groups (again, if they were stopped)."));
    m_remove =
        button(tr("&Remove"), QStringLiteral("removeBot"), tr("Stop the bot and remove it from the list."));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("botsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QHBoxLayout;
    add->addWidget(m_addProducer);
    add->addWidget(m_addGroup);
    add->addStretch(1);
    add->addWidget(m_demo);
    // Two rows, the bot's and its group members', so that the tab fits 900 px in German
    // beside the Consumer groups tab, which shares its width.
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_startStop, m_remove})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *members = new QHBoxLayout;
    for (QPushButton *b : {m_addMember, m_removeMember, m_crashMember})
        members->addWidget(b);
    members->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(add);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(members);
    layout->addWidget(m_status);

    connect(m_addProducer, &QPushButton::clicked, this, [this] {
        ProducerBotDialog dialog(topicNames(), this);
        if (dialog.exec() == QDialog::Accepted)
            addProducer(dialog.config());
    });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        GroupBotDialog dialog(topicNames(), this);
        if (dialog.exec() == QDialog::Accepted)
            addGroup(dialog.config());
    });
    connect(m_edit, &QPushButton::clicked, this, &BotsPanel::editSelected);
    connect(m_addMember, &QPushButton::clicked, this,
            [this] { runOnSelected([](BotRegistry &r, std::int64_t id) { return r.addMember(id); }); });
    connect(m_removeMember, &QPushButton::clicked, this,
            [this] { runOnSelected([](BotRegistry &r, std::int64_t id) { return r.removeMember(id); }); });
    connect(m_crashMember, &QPushButton::clicked, this,
            [this] { runOnSelected([](BotRegistry &r, std::int64_t id) { return r.crashMember(id); }); });
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        const BotStatus *bot = m_model->bot(selectedId());
        if (!bot)
            return;
        if (bot->running)
            runOnSelected([](BotRegistry &r, std::int64_t id) { return r.stop(id); });
        else
            runOnSelected([](BotRegistry &r, std::int64_t id) { return r.start(id); });
    });
    connect(m_demo, &QPushButton::clicked, this, &BotsPanel::startDemo);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { runOnSelected([](BotRegistry &r, std::int64_t id) { return r.remove(id); }); });
    connect(m_table, &QTableView::doubleClicked, this, &BotsPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BotsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BotsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BotsPanel::updateButtons);
    connect(&m_host, &BotHost::botsChanged, this, &BotsPanel::refresh);
    connect(&m_host, &BotHost::readyChanged, this, [this] {
        updateButtons();
        refresh();
        if (!m_host.storeProblem().isEmpty())
            m_status->setText(m_host.storeProblem());
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    updateButtons();
}

void BotsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void BotsPanel::refresh()
{
    // Keeps the selection across a reset (a bot added or removed), by id.
    const std::int64_t selected = selectedId();
    m_model->setStatus(m_host.status());
    if (selected > 0 && selectedId() != selected)
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(BotsModel::BotIdRole).toLongLong() == selected)
                m_table->selectRow(row);
}

QStringList BotsPanel::topicNames() const
{
    QStringList out;
    if (auto snap = m_bridge.snapshot())
        for (const auto &t : snap->topics)
            if (!t.internal)
                out << QString::fromStdString(t.name);
    return out;
}

std::int64_t BotsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(BotsModel::BotIdRole).toLongLong();
}

void BotsPanel::updateButtons()
{
    const BotStatus *bot = m_model->bot(selectedId());
    const bool running = bot && bot->running;
    const bool group = running && bot->kind == BotKind::ConsumerGroup;
    // Simulated clients write records and commit offsets: not on a read-only connection.
    const bool readOnly = m_bridge.capabilities().readOnly;
    m_addProducer->setEnabled(m_host.ready() && !readOnly);
    m_addGroup->setEnabled(m_host.ready() && !readOnly);
    if (readOnly) {
        m_addProducer->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
        m_addGroup->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
    }
    m_edit->setEnabled(running);
    m_addMember->setEnabled(group);
    m_removeMember->setEnabled(group && bot->members > 0);
    m_crashMember->setEnabled(group && bot->members > 0);
    m_startStop->setEnabled(bot != nullptr && (running || !readOnly));
    m_startStop->setText(bot && !running ? tr("St&art") : tr("&Stop"));
    m_startStop->setToolTip(bot && !running ? tr("Start the bot again, with the settings it had.")
                                            : tr("Stop the bot; it stays in the list."));
    m_remove->setEnabled(bot != nullptr);
    m_demo->setEnabled(m_host.ready() && !readOnly && !m_startingDemo);
}

void BotsPanel::report(const Status &status, const QString &done)
{
    m_status->setText(status.isOk() ? done : tr("Failed: %1").arg(QString::fromStdString(status.message())));
}

void BotsPanel::addProducer(const ProducerBotConfig &config)
{
    const QString topic = QString::fromStdString(config.topic);
    m_host.run(
        this,
        [config](BotRegistry &r, Connection &) {
            auto id = r.addProducer(config);
            return id.status();
        },
        [this, topic](const Status &s) { report(s, tr("Producer bot started on %1.").arg(topic)); });
}

void BotsPanel::addGroup(const ConsumerGroupBotConfig &config)
{
    const QString group = QString::fromStdString(config.groupId);
    m_host.run(
        this,
        [config](BotRegistry &r, Connection &) {
            auto id = r.addConsumerGroup(config);
            return id.status();
        },
        [this, group](const Status &s) { report(s, tr("Consumer group bot %1 started.").arg(group)); });
}

void BotsPanel::startDemo()
{
    m_startingDemo = true;
    updateButtons();
    m_host.startDemo(this, [this](const Status &s) {
        m_startingDemo = false;
        updateButtons();
        report(s, tr("The demo runs: producers feed orders, payments and clicks; billing, analytics and "
                     "fraud-check consume them."));
    });
}

void BotsPanel::runOnSelected(const std::function<Status(BotRegistry &, std::int64_t)> &command)
{
    const std::int64_t id = selectedId();
    if (id <= 0)
        return;
    m_host.run(
        this, [command, id](BotRegistry &r, Connection &) { return command(r, id); },
        [this](const Status &s) { report(s, tr("Done.")); });
}

void BotsPanel::editSelected()
{
    const BotStatus *bot = m_model->bot(selectedId());
    if (!bot || !bot->running)
        return;
    BotSettingsDialog dialog(*bot, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::int64_t id = bot->id;
    if (bot->kind == BotKind::Producer) {
        const double rate = dialog.rate();
        m_host.run(
            this, [id, rate](BotRegistry &r, Connection &) { return r.setProducerRate(id, rate); },
            [this](const Status &s) { report(s, tr("Rate changed.")); });
    } else {
        const double processing = dialog.processingMs();
        const double errors = dialog.errorRate();
        m_host.run(
            this,
            [id, processing, errors](BotRegistry &r, Connection &) {
                Status s = r.setProcessingMs(id, processing);
                return s.isOk() ? r.setErrorRate(id, errors) : s;
            },
            [this](const Status &s) { report(s, tr("Processing changed.")); });
    }
}

} // namespace es
