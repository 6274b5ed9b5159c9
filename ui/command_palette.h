#pragma once

#include <QDialog>
#include <QString>

#include <functional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace es {

// Ctrl+K: type to jump to any view, topic, group or broker, or to run an action. Entries
// match when every word typed appears in them, in any case; Enter runs the highlighted one.
// GUI thread only.
class CommandPalette : public QDialog {
    Q_OBJECT

public:
    struct Entry {
        QString text;     // what is matched and shown ("orders")
        QString category; // shown beside it ("Topic")
        std::function<void()> run;
    };

    CommandPalette(std::vector<Entry> entries, QWidget *parent = nullptr);

    // The entries shown for `query`, in order (for tests).
    [[nodiscard]] QStringList shown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &query);
    void runCurrent();

    std::vector<Entry> m_entries;
    QLineEdit *m_query = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace es
