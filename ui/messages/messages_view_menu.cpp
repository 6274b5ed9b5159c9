// The Messages view's context menu, and the copies of the selected records it offers.

#include "ui/messages/messages_view.h"

#include "ui/cluster_bridge.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/record_text.h"
#include "ui/read_only_text.h"
#include "ui/row_copy.h"
#include "ui/table_context_menu.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

#include <map>
#include <utility>

namespace es {

namespace {

// More than this is an export's work: every row's page would be read on the GUI's behalf.
constexpr qsizetype kMaxCopiedRecords = 10'000;

QString bytesText(const std::optional<Bytes> &bytes)
{
    if (!bytes)
        return {};
    const QByteArray raw(reinterpret_cast<const char *>(bytes->data()),
                         static_cast<qsizetype>(bytes->size()));
    return RecordText::isValidUtf8(ByteView(bytes->data(), bytes->size()))
               ? QString::fromUtf8(raw)
               : QStringLiteral("0x") + QString::fromLatin1(raw.toHex());
}

} // namespace

void MessagesView::createContextMenu()
{
    TableContextMenu *menu =
        TableContextMenu::install(m_table, [this](QMenu &m, const QModelIndex &) { fillContextMenu(m); });
    menu->copyAction()->setToolTip(tr("Copy the selected records as rows of tab-separated cells, whole keys "
                                      "and values, as spreadsheets paste them (Ctrl+C)."));
    menu->setCopy([this] { copySelected(CopyWhat::Rows); });
}

void MessagesView::fillContextMenu(QMenu &menu)
{
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QAction *action = menu.addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("Copy &value"), "copyValue", [this] {
        copySelected(CopyWhat::Values);
    })->setToolTip(tr("Copy the values of the selected records, one a line."));
    add(tr("Copy &key"), "copyKey", [this] {
        copySelected(CopyWhat::Keys);
    })->setToolTip(tr("Copy the keys of the selected records, one a line."));
    add(tr("Copy as &JSON"), "copyAsJson", [this] {
        copySelected(CopyWhat::Json);
    })->setToolTip(m_copy->toolTip());
    menu.addSeparator();
    QAction *exportSelected =
        add(tr("&Export selected…"), "exportSelected", [this] { chooseExportFile(false); });
    exportSelected->setEnabled(m_exportSelection->isEnabled());
    exportSelected->setToolTip(m_exportSelection->toolTip());
    QAction *republish =
        add(tr("&Re-publish selected…"), "republishSelected", [this] { republishSelected(); });
    // Re-publishing writes records: not on a read-only connection.
    if (m_bridge.capabilities().readOnly) {
        republish->setEnabled(false);
        republish->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
    } else {
        republish->setToolTip(tr("Copy the selected records (from the first to the last selected offset of "
                                 "each partition) into a topic, in the Replay view."));
    }
    menu.addSeparator();
    const QString topic = m_model->topic();
    QAction *showTopic = add(tr("Show in &partition log"), "showInPartitionLog",
                             [this, topic] { emit topicRequested(topic); });
    showTopic->setToolTip(
        tr("Open the topic's partitions and the drawing of their logs in the Topics view."));
}

QList<QModelIndex> MessagesView::selectedRecordRows(QString *refusal) const
{
    qsizetype count = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        count += range.height();
    if (count > kMaxCopiedRecords) {
        *refusal = tr("%L1 records are selected: copy at most %L2, or export them.")
                       .arg(count)
                       .arg(kMaxCopiedRecords);
        return {};
    }
    return RowCopy::selectedRowIndexes(*m_table);
}

void MessagesView::copySelected(CopyWhat what)
{
    QString refusal;
    const QList<QModelIndex> rows = selectedRecordRows(&refusal);
    if (!refusal.isEmpty()) {
        RowCopy::tell(*this, refusal);
        setProblem(refusal);
        return;
    }
    // Rows whose page is not read yet are asked for (record() does) and left out, and said so.
    QList<QModelIndex> loaded;
    std::vector<const FetchedRecord *> records;
    int waiting = 0;
    for (const QModelIndex &row : rows) {
        bool absent = false;
        if (const FetchedRecord *r = m_model->record(row.row(), &absent)) {
            loaded << row;
            records.push_back(r);
        } else if (!absent) {
            ++waiting;
        }
    }
    if (records.empty() && waiting == 0)
        return;
    QString text;
    switch (what) {
    case CopyWhat::Rows: text = RowCopy::rows(*m_table, loaded); break;
    case CopyWhat::Json:
        if (records.size() == 1) { // one record as an object, as the detail's Copy always did
            text = QString::fromUtf8(RecordText::toJson(*records.front()));
        } else {
            QByteArray array = "[";
            for (std::size_t i = 0; i < records.size(); ++i)
                array += (i ? ",\n" : "\n") + RecordText::toJson(*records[i]);
            text = QString::fromUtf8(array + "\n]");
        }
        break;
    case CopyWhat::Keys:
    case CopyWhat::Values: {
        QStringList lines;
        for (const FetchedRecord *r : records)
            lines << bytesText(what == CopyWhat::Keys ? r->key : r->value);
        text = lines.join(QLatin1Char('\n'));
        break;
    }
    }
    if (!records.empty())
        QGuiApplication::clipboard()->setText(text);
    const int copied = static_cast<int>(records.size());
    QString said = what == CopyWhat::Json     ? tr("Copied %n record(s) as JSON.", nullptr, copied)
                   : what == CopyWhat::Keys   ? tr("Copied the keys of %n record(s).", nullptr, copied)
                   : what == CopyWhat::Values ? tr("Copied the values of %n record(s).", nullptr, copied)
                                              : tr("Copied %n record(s).", nullptr, copied);
    if (waiting > 0)
        said +=
            QLatin1Char(' ') +
            tr("%n selected record(s) were still loading and are not in the copy: copy again in a moment.",
               nullptr, waiting);
    RowCopy::tell(*this, said);
}

void MessagesView::copyRecordAsJson() { copySelected(CopyWhat::Json); }

void MessagesView::republishSelected()
{
    QString refusal;
    const QList<QModelIndex> rows = selectedRecordRows(&refusal);
    if (!refusal.isEmpty()) {
        setProblem(refusal);
        return;
    }
    if (rows.isEmpty())
        return;
    std::map<std::int32_t, std::pair<std::int64_t, std::int64_t>> spans; // first and last offset
    for (const QModelIndex &row : rows) {
        const RowRef ref = m_model->rowRef(row.row());
        auto [it, fresh] = spans.try_emplace(ref.partition, ref.offset, ref.offset);
        if (!fresh)
            it->second = {std::min(it->second.first, ref.offset), std::max(it->second.second, ref.offset)};
    }
    QStringList ranges;
    for (const auto &[partition, span] : spans)
        ranges << QStringLiteral("%1:%2-%3").arg(partition).arg(span.first).arg(span.second);
    emit republishRequested(m_model->topic(), ranges.join(QStringLiteral(", ")));
}

} // namespace es
