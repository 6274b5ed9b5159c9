#include "ui/messages/record_detail.h"

#include "ui/messages/content_viewer.h"
#include "ui/messages/record_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace es {

RecordDetail::RecordDetail(QWidget *parent) : QWidget(parent)
{
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("recordWhere"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);

    // Made first, so that Tab reaches the tabs before what they show.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));

    m_value = new ContentViewer(tr("value"), this);
    m_value->setObjectName(QStringLiteral("valueViewer"));
    m_key = new ContentViewer(tr("key"), this);
    m_key->setObjectName(QStringLiteral("keyViewer"));

    auto *headersPage = new QSplitter(Qt::Vertical, this);
    m_headers = new QTableWidget(0, 2, headersPage);
    m_headers->setObjectName(QStringLiteral("headerTable"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_headers->setTabKeyNavigation(false);
    m_headers->setToolTip(tr("Headers: key-value pairs a producer attaches to a record, besides its key and "
                             "value. Select one to see its value below."));
    m_headerValue = new ContentViewer(tr("header value"), headersPage);
    m_headerValue->setObjectName(QStringLiteral("headerViewer"));
    headersPage->addWidget(m_headers);
    headersPage->addWidget(m_headerValue);

    m_tabs->addTab(m_value, tr("&Value"));
    m_tabs->addTab(m_key, tr("&Key"));
    m_tabs->addTab(headersPage, tr("&Headers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_where);
    layout->addWidget(m_tabs, 1);

    connect(m_headers, &QTableWidget::currentCellChanged, this, [this](int row) { showHeader(row); });
    setRecord(std::nullopt);
}

void RecordDetail::setRecord(const std::optional<FetchedRecord> &record, const QString &why)
{
    const bool sameRecord =
        record && m_record && record->tp == m_record->tp && record->offset == m_record->offset;
    m_record = record;
    m_tabs->setEnabled(record.has_value());
    if (!record) {
        m_where->setText(why.isEmpty() ? tr("Select a record to see its key, value and headers.") : why);
        m_value->clear();
        m_key->clear();
        m_headers->setRowCount(0);
        m_headerValue->clear();
        m_tabs->setTabText(2, tr("&Headers"));
        return;
    }
    const QLocale locale;
    m_where->setText(tr("Partition %1, offset %2 · %3 · %4")
                         .arg(record->tp.partition)
                         .arg(locale.toString(static_cast<qlonglong>(record->offset)),
                              RecordText::timestamp(record->timestamp), RecordText::size(record->sizeBytes)));
    // Reloading the same record (a page refreshed) keeps the formats the user chose.
    m_value->setContent(record->value, !sameRecord);
    m_key->setContent(record->key, !sameRecord);
    m_headers->setRowCount(static_cast<int>(record->headers.size()));
    for (std::size_t i = 0; i < record->headers.size(); ++i) {
        const RecordHeader &h = record->headers[i];
        m_headers->setItem(
            static_cast<int>(i), 0,
            new QTableWidgetItem(QString::fromUtf8(h.key.data(), static_cast<qsizetype>(h.key.size()))));
        m_headers->setItem(static_cast<int>(i), 1, new QTableWidgetItem(RecordText::preview(h.value, 200)));
    }
    m_tabs->setTabText(2, tr("&Headers (%1)").arg(record->headers.size()));
    if (!record->headers.empty())
        m_headers->setCurrentCell(0, 0);
    showHeader(record->headers.empty() ? -1 : 0);
}

void RecordDetail::showHeader(int row)
{
    if (!m_record || row < 0 || row >= static_cast<int>(m_record->headers.size())) {
        m_headerValue->clear();
        return;
    }
    m_headerValue->setContent(m_record->headers[static_cast<std::size_t>(row)].value);
}

} // namespace es
