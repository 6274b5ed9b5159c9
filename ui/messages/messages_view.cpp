#include "ui/messages/messages_view.h"

#include "ui/cluster_bridge.h"
#include "ui/layout_memory.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/export_session.h"
#include "ui/messages/filter_bar.h"
#include "browse/merge_job.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/record_detail.h"
#include "ui/messages/search_session.h"
#include "ui/theme.h"
#include "ui/topics/inline_problem_label.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace es {

namespace {

constexpr const char *kNewestFirstKey = "messages/newestFirst";

} // namespace

MessagesView::MessagesView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    m_browse = new BrowseBar(this);
    m_browse->setObjectName(QStringLiteral("browseBar"));
    m_filter = new FilterBar(this);
    m_filter->setObjectName(QStringLiteral("filterBar"));
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("messagesProblem"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("messagesSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Choose a topic: its newest records show at once."));
    // Beside the summary, not in the browse line: that one has no width to spare.
    m_pending = new QLabel(tr("Not applied yet: press Enter or Open."), this);
    m_pending->setObjectName(QStringLiteral("browsePending"));
    m_pending->setToolTip(tr("The table still shows what the line beside describes. Press Enter, leave the "
                             "field or click Open to show what the fields above say."));
    m_pending->hide();
    stylePending();

    m_model = new MessagesModel(this);
    const bool newestFirst = QSettings().value(QLatin1String(kNewestFirstKey), true).toBool();
    m_model->setNewestFirst(newestFirst);
    m_newestFirst = new QCheckBox(tr("Ne&west first"), this);
    m_newestFirst->setObjectName(QStringLiteral("newestFirst"));
    m_newestFirst->setToolTip(tr("Show the newest records at the top. Unticked, the table shows them in log "
                                 "order, the oldest at the top."));
    m_newestFirst->setChecked(newestFirst);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("messagesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    // Millions of rows: fixed heights and widths, never sized to contents.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for the header's title and for typical content (in digits), no wider.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    auto fit = [&](int column, int digits) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        columns->resizeSection(column, std::max(columns->fontMetrics().horizontalAdvance(title) + 2 * digit,
                                                digit * digits + digit));
    };
    fit(MessagesModel::Partition, 3);
    fit(MessagesModel::Offset, 10);
    fit(MessagesModel::Timestamp, 23);
    fit(MessagesModel::Key, 14);
    fit(MessagesModel::Headers, 2);
    fit(MessagesModel::Size, 9);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(MessagesModel::Value, QHeaderView::Stretch);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("messages/table"));
    m_table->setToolTip(tr("Records of the topic. Select one to see it in full below; Shift or Ctrl "
                           "selects several to copy or export; right-click for what you can do with them."));

    m_detail = new RecordDetail(this);
    m_detail->setObjectName(QStringLiteral("recordDetail"));

    m_copy = new QPushButton(tr("&Copy as JSON"), this);
    m_copy->setObjectName(QStringLiteral("copyJson"));
    m_copy->setToolTip(tr("Copy the selected records (key, value, headers, where each is) as JSON: one "
                          "record as an object, several as an array (Ctrl+Shift+C)."));
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &MessagesView::copyRecordAsJson);
    addAction(copyAction);
    // Keyboard ways into the bars: Ctrl+F to the search text, Ctrl+L to the topic, F5 opens again.
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Find, [this] {
        m_filter->patternEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filter->patternEdit()->selectAll();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_L),
                [this] { m_browse->topicBox()->setFocus(Qt::ShortcutFocusReason); });
    addShortcut(QKeySequence::Refresh, [this] { open(); });
    m_exportSelection = new QPushButton(tr("&Export selection…"), this);
    m_exportSelection->setObjectName(QStringLiteral("exportSelection"));
    m_exportSelection->setToolTip(tr("Write the selected records to a JSON Lines or CSV file."));
    m_exportResult = new QPushButton(tr("Export search &result…"), this);
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setToolTip(tr("Write every record the search matched to a JSON Lines or CSV file."));
    m_cancelExport = new QPushButton(tr("Cancel e&xport"), this);
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_cancelExport->setToolTip(tr("Stop the export; the file keeps the records written so far."));
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setMaximumWidth(200);
    m_cancelExport->hide();
    m_exportProgress->hide();

    auto *right = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_exportSelection);
    buttons->addWidget(m_exportResult);
    buttons->addStretch(1);
    auto *exportLine = new QHBoxLayout;
    exportLine->addWidget(m_exportProgress, 1);
    exportLine->addWidget(m_cancelExport);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addLayout(exportLine);

    // The detail under the table: the table keeps the window's width, so that a value's
    // first characters show beside partition, offset, timestamp and key.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("messagesSplit"));
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({450, 300});
    split->setChildrenCollapsible(false);
    LayoutMemory::rememberSplitter(split, QStringLiteral("messages/split"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browse);
    layout->addWidget(m_filter);
    layout->addWidget(m_problem);
    auto *summaryLine = new QHBoxLayout;
    summaryLine->addWidget(m_pending);
    summaryLine->addWidget(m_summary, 1);
    summaryLine->addWidget(m_newestFirst);
    layout->addLayout(summaryLine);
    layout->addWidget(split, 1);

    setTabOrder(m_browse, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_copy);
    setTabOrder(m_copy, m_exportSelection);
    setTabOrder(m_exportSelection, m_exportResult);
    setTabOrder(m_exportResult, m_cancelExport);
    setFocusProxy(m_browse->topicBox());
    createContextMenu();

    connect(m_browse, &BrowseBar::openRequested, this, &MessagesView::open);
    connect(m_newestFirst, &QCheckBox::clicked, this, [this](bool checked) {
        QSettings().setValue(QLatin1String(kNewestFirstKey), checked);
        setNewestFirst(checked);
    });
    connect(m_browse, &BrowseBar::pendingChanged, m_pending, &QWidget::setVisible);
    connect(m_filter, &FilterBar::searchRequested, this, &MessagesView::search);
    connect(m_filter, &FilterBar::cancelRequested, this, &MessagesView::cancelSearch);
    connect(m_filter, &FilterBar::clearRequested, this, &MessagesView::clearSearch);
    connect(m_copy, &QPushButton::clicked, this, &MessagesView::copyRecordAsJson);
    connect(m_exportSelection, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_exportResult, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_cancelExport, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagesView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesView::updateActions);
    connect(m_model, &MessagesModel::pageLoaded, this, [this](int first, int last) {
        const int row = m_table->currentIndex().row();
        if (row >= first && row <= last)
            updateDetail();
    });
    connect(m_model, &MessagesModel::loadFailed, this,
            [this](const QString &error) { setProblem(tr("Cannot read records: %1").arg(error)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detailShown.reset();
        updateDetail();
        updateActions();
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        Q_UNUSED(value);
        if (!m_scrolling)
            m_autoScroll = atNewest();
    });

    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &MessagesView::poll);
    // As often as a merged tail looks for new records (MergeJob).
    m_tail.setInterval(200);
    connect(&m_tail, &QTimer::timeout, this, &MessagesView::pollTail);
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &MessagesView::onSnapshot);
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
    updateActions();
}

MessagesView::~MessagesView()
{
    // Jobs first: they post to the model and read through the reader.
    m_merge.reset();
    delete m_search;
    delete m_export;
}

QString MessagesView::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void MessagesView::setProblem(const QString &problem) { m_problem->setProblem(problem); }

void MessagesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        stylePending();
}

void MessagesView::stylePending()
{
    const QString style =
        QStringLiteral("color: %1; font-weight: bold").arg(Theme::warning(palette()).name());
    if (m_pending->styleSheet() != style)
        m_pending->setStyleSheet(style);
}

void MessagesView::ensureReader()
{
    if (m_readerRequested)
        return;
    m_readerRequested = true;
    m_bridge.run(
        this, [](Connection &connection) { return std::shared_ptr<RecordReader>(connection.openReader()); },
        [this](std::shared_ptr<RecordReader> reader) {
            m_reader = std::move(reader);
            m_model->setReader(m_reader);
            if (m_openPending) {
                m_openPending = false;
                open();
            }
        });
}

void MessagesView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailShown.reset();
        m_detail->setRecord(std::nullopt);
        updateActions();
        return;
    }
    const RowRef ref = m_model->rowRef(current.row());
    bool absent = false;
    const FetchedRecord *record = m_model->record(current.row(), &absent);
    const auto key = std::make_pair(ref.partition, ref.offset);
    if (record) {
        if (m_detailShown != key) {
            m_detail->setRecord(*record);
            m_detailShown = key;
        }
    } else {
        m_detailShown.reset();
        m_detail->setRecord(
            std::nullopt, absent ? tr("Partition %1 has no record at offset %2: compaction or "
                                      "deletion removed it, or it holds a transaction marker.")
                                       .arg(ref.partition)
                                       .arg(ref.offset)
                                 : tr("Loading partition %1, offset %2…").arg(ref.partition).arg(ref.offset));
    }
    updateActions();
}

void MessagesView::updateActions()
{
    m_copy->setEnabled(m_detail->record().has_value() || m_table->selectionModel()->hasSelection());
    const bool busy = m_export != nullptr;
    m_exportSelection->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    m_exportResult->setEnabled(!busy && m_search != nullptr);
}

} // namespace es
