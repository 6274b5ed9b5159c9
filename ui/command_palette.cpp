#include "ui/command_palette.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace es {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kMaxShown = 200; // a cluster's 10,000 topics need not all be listed at once

// True when every word of `query` is in `text`.
bool matches(const QString &text, const QStringList &words)
{
    for (const QString &w : words)
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace

CommandPalette::CommandPalette(std::vector<Entry> entries, QWidget *parent)
    : QDialog(parent), m_entries(std::move(entries))
{
    setWindowTitle(tr("Go to"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setPlaceholderText(tr("A view, topic, group, broker or action"));
    m_query->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    resize(520, 420);

    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    // Up and down move through the list while the typing stays in the field.
    m_query->installEventFilter(this);
    filter({});
}

QStringList CommandPalette::shown() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void CommandPalette::filter(const QString &query)
{
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (std::size_t i = 0; i < m_entries.size() && m_list->count() < kMaxShown; ++i) {
        const Entry &e = m_entries[i];
        const QString label = tr("%1 — %2").arg(e.text, e.category);
        if (!matches(label, words))
            continue;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(kEntryRole, static_cast<qulonglong>(i));
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto index = static_cast<std::size_t>(item->data(kEntryRole).toULongLong());
    std::function<void()> run = m_entries[index].run;
    accept();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace es
