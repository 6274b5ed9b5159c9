#include "ui/messages/content_viewer.h"

#include "ui/messages/json_outline.h"
#include "ui/messages/record_text.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace es {

namespace {

// A JSON tree of a huge document would take long to build on the GUI thread.
constexpr int kMaxTreeItems = 20'000;

} // namespace

ContentViewer::ContentViewer(const QString &what, QWidget *parent) : QWidget(parent)
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("format"));
    m_mode->addItem(tr("Text (UTF-8)"), Text);
    m_mode->addItem(tr("JSON"), Json);
    m_mode->addItem(tr("JSON tree"), JsonTree);
    m_mode->addItem(tr("Hex"), Hex);
    m_mode->addItem(tr("Base64"), Base64);
    m_mode->setToolTip(tr("How to show the %1's bytes.").arg(what));
    m_mode->setAccessibleName(tr("%1 format").arg(what));

    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("content"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(what);
    m_text->setTabChangesFocus(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setAccessibleName(tr("%1 as a JSON tree").arg(what));
    m_tree->setUniformRowHeights(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_text);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { render(); });
}

void ContentViewer::setContent(const std::optional<Bytes> &bytes, bool guess)
{
    m_bytes = bytes;
    if (guess && bytes) {
        const ContentFormat f = RecordText::guess(*bytes);
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(m_mode->findData(f == ContentFormat::Json  ? Json
                                                 : f == ContentFormat::Hex ? Hex
                                                                           : Text));
    }
    render();
}

void ContentViewer::clear()
{
    m_bytes.reset();
    m_note->clear();
    m_tree->clear();
    m_text->clear();
    m_stack->setCurrentWidget(m_text);
}

void ContentViewer::setMode(Mode mode) { m_mode->setCurrentIndex(m_mode->findData(mode)); }

ContentViewer::Mode ContentViewer::mode() const { return static_cast<Mode>(m_mode->currentData().toInt()); }

QString ContentViewer::text() const
{
    return m_stack->currentWidget() == m_text ? m_text->toPlainText() : QString();
}

void ContentViewer::render()
{
    m_note->clear();
    m_tree->clear();
    if (!m_bytes) {
        m_stack->setCurrentWidget(m_text);
        m_text->setPlainText({});
        m_note->setText(tr("null"));
        return;
    }
    const ByteView bytes(*m_bytes);
    const Mode mode = this->mode();
    if (mode == JsonTree && RecordText::json(bytes)) {
        m_stack->setCurrentWidget(m_tree);
        const QByteArrayView text(reinterpret_cast<const char *>(bytes.data()),
                                  static_cast<qsizetype>(bytes.size()));
        for (const JsonNode &node : outlineJson(text, kMaxTreeItems))
            addJson(m_tree->invisibleRootItem(), node);
        m_tree->expandToDepth(1);
        m_tree->resizeColumnToContents(0);
        m_note->setText(RecordText::size(bytes.size()));
        return;
    }
    m_stack->setCurrentWidget(m_text);
    const ContentFormat format = mode == Text     ? ContentFormat::Text
                                 : mode == Hex    ? ContentFormat::Hex
                                 : mode == Base64 ? ContentFormat::Base64
                                                  : ContentFormat::Json;
    QString problem;
    m_text->setPlainText(RecordText::format(bytes, format, &problem));
    m_note->setText(problem.isEmpty() ? RecordText::size(bytes.size()) : problem);
}

void ContentViewer::addJson(QTreeWidgetItem *parent, const JsonNode &node)
{
    auto *item = new QTreeWidgetItem(parent, {node.name});
    switch (node.kind) {
    case JsonNode::Kind::Object: item->setText(1, tr("{%n field(s)}", nullptr, node.size)); break;
    case JsonNode::Kind::Array: item->setText(1, tr("[%n item(s)]", nullptr, node.size)); break;
    default: item->setText(1, node.text);
    }
    for (const JsonNode &child : node.children)
        addJson(item, child);
}

} // namespace es
