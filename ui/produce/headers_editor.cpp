#include "ui/produce/headers_editor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

HeadersEditor::HeadersEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    m_table->setToolTip(tr("Headers are name/value pairs carried next to the record's key and value, "
                           "e.g. a content type or a trace id."));

    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addHeader"));
    add->setText(tr("A&dd header"));
    add->setToolTip(tr("Adds an empty header row."));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeHeader"));
    m_remove->setText(tr("Remove &header"));
    m_remove->setToolTip(tr("Removes the selected header row."));
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, &HeadersEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &HeadersEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &HeadersEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

std::vector<std::pair<std::string, std::string>> HeadersEditor::headers() const
{
    std::vector<std::pair<std::string, std::string>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString n = name ? name->text() : QString();
        const QString v = value ? value->text() : QString();
        if (n.isEmpty() && v.isEmpty())
            continue;
        out.emplace_back(n.toStdString(), v.toStdString());
    }
    return out;
}

void HeadersEditor::setHeaders(const std::vector<std::pair<std::string, std::string>> &headers)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const auto &[name, value] : headers) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(name)));
            m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
        }
    }
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit changed();
}

void HeadersEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, 0);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, 0));
}

void HeadersEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit changed();
}

} // namespace es
