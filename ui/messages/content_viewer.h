#pragma once

#ifndef Q_MOC_RUN
#include "common/buffer.h"
#endif

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace es {

struct JsonNode;

// Shows one piece of a record (a key, a value, a header's value) as UTF-8 text, pretty
// JSON, a collapsible JSON tree, a hex dump or base64, as the user picks. Everything is
// plain text: a QPlainTextEdit (read-only) and tree items, never rich text.
// GUI thread only.
class ContentViewer : public QWidget {
    Q_OBJECT

public:
    enum Mode { Text, Json, JsonTree, Hex, Base64 };

    explicit ContentViewer(const QString &what, QWidget *parent = nullptr);

    // Shows `bytes` (nullopt: null) in the mode the user chose last, or the best guess for
    // the bytes when `guess` is set.
    void setContent(const std::optional<Bytes> &bytes, bool guess = true);
    // Shows nothing (no record selected).
    void clear();
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const;
    // The text shown (for tests and copying); empty in the tree mode.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

private:
    void render();
    static void addJson(QTreeWidgetItem *parent, const JsonNode &node);

    std::optional<Bytes> m_bytes;
    QComboBox *m_mode = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace es
