#include "ui/topics/topic_detail.h"

#include "ui/elided_label.h"
#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/topics/config_value_words.h"
#include "ui/topics/partition_logs_widget.h"
#include "ui/topics/partitions_model.h"
#include "ui/topics/topic_format.h"
#include "ui/topics/topic_terms.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

TopicDetail::TopicDetail(QWidget *parent) : QWidget(parent)
{
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("backToTopics"));
    m_back->setText(tr("All topics"));
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setToolTip(tr("Back to the list of topics (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_back, &QToolButton::clicked, this, &TopicDetail::backRequested);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("topicTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Cut short in a narrow window rather than holding the window wide: the top row also
    // carries the topic's buttons.
    m_summary = new ElidedLabel(this);
    m_summary->setObjectName(QStringLiteral("topicSummary"));

    m_overrides = new ElidedLabel(this);
    m_overrides->setObjectName(QStringLiteral("topicOverrides"));

    // The topic's actions: those that do not fit a narrow window (or longer German labels)
    // move into the toolbar's » menu rather than being cut or widening the view.
    m_buttons = new QToolBar(this);
    m_buttons->setObjectName(QStringLiteral("topicActions"));
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->setMovable(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(8);
    top->addWidget(m_title);
    top->addSpacing(8);
    top->addWidget(m_summary, 1);
    top->addWidget(m_buttons);

    m_model = new PartitionsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("partitionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("topics/partitions"));

    m_logs = new PartitionLogsWidget(this);
    m_logs->setObjectName(QStringLiteral("partitionLogs"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_logs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *legend =
        new QLabel(tr("Each bar is a partition's log from its log start to its log end offset. Filled: "
                      "readable, below the high watermark. Light: written to the leader, not yet to every "
                      "in-sync replica. Orange: a consumer group's committed offset. Hover for details."),
                   this);
    legend->setWordWrap(true);
    legend->setToolTip(TopicTerms::highWatermark());

    auto *drawing = new QWidget(this);
    m_drawing = drawing;
    auto *drawingLayout = new QVBoxLayout(drawing);
    drawingLayout->setContentsMargins(0, 0, 0, 0);
    drawingLayout->addWidget(legend);
    drawingLayout->addWidget(scroll, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(drawing);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    LayoutMemory::rememberSplitter(split, QStringLiteral("topics/detailSplit"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_overrides);
    layout->addWidget(split, 1);

    setTabOrder(m_back, m_table);
}

void TopicDetail::setLogDetailsShown(bool shown)
{
    m_drawing->setVisible(shown);
    for (int column : {PartitionsModel::LogEnd, PartitionsModel::Size, PartitionsModel::Segments})
        m_table->setColumnHidden(column, !shown);
}

void TopicDetail::addButton(QAction *action)
{
    m_buttons->addAction(action);
    // Drawn as buttons, as the other views' actions are, not flat toolbar entries.
    if (auto *button = qobject_cast<QToolButton *>(m_buttons->widgetForAction(action)))
        button->setAutoRaise(false);
}

void TopicDetail::setTopic(const ClusterSnapshotPtr &snapshot, const QString &topic)
{
    m_topic = topic;
    m_title->setText(topic);
    const TopicSnapshot *t = nullptr;
    if (snapshot)
        for (const auto &candidate : snapshot->topics)
            if (QString::fromStdString(candidate.name) == topic)
                t = &candidate;
    m_model->setTopic(snapshot, t);
    m_logs->setTopic(snapshot, t);
    if (!t) {
        m_summary->setText(tr("This topic does not exist (any more)."));
        m_summary->setToolTip({});
        m_overrides->setText({});
        return;
    }
    QString summary = tr("partitions: %1 · replication factor: %2 · records: %3 · size: %4")
                          .arg(t->partitions.size())
                          .arg(t->replicationFactor)
                          .arg(QLocale().toString(static_cast<qlonglong>(t->records)))
                          .arg(formatBytes(t->sizeBytes));
    if (t->underReplicated > 0)
        summary += tr(" · under-replicated: %1").arg(t->underReplicated);
    if (t->offline > 0)
        summary += tr(" · offline: %1").arg(t->offline);
    m_summary->setText(summary);
    m_summary->setToolTip(summary);

    QStringList overrides;
    for (const ConfigEntry &c : t->configs) {
        if (c.isDefault)
            continue;
        const QString value = QString::fromStdString(c.value);
        const QString words = configValueInWords(c.name, value);
        overrides << (words.isEmpty() ? tr("%1 %2").arg(QString::fromStdString(c.name), value)
                                      : tr("%1 %2 (%3)").arg(QString::fromStdString(c.name), value, words));
    }
    const QString configs =
        overrides.isEmpty() ? tr("Configs: the cluster's defaults")
                            : tr("Configs set on this topic: %1").arg(overrides.join(QStringLiteral(" · ")));
    m_overrides->setText(configs);
    m_overrides->setToolTip(configs);
}

} // namespace es
