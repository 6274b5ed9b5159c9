#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace es {

class InlineProblemLabel;

// Where a re-publish writes: a topic picked from the list or a new name typed; nothing at
// first, since copying a topic into itself is a choice and never a default. Under the field
// it says what starting will do with the name: copy into the source itself (asked again on
// start), or create the topic first with the source's partition count and the cluster's
// default replication factor. GUI thread only.
class RepublishTarget : public QWidget {
    Q_OBJECT

public:
    enum class Kind {
        None,     // nothing chosen yet
        Existing, // another topic that exists
        Source,   // the source topic itself
        New,      // a valid name of no topic yet: created on start
        Invalid,  // a name no topic may have
    };

    explicit RepublishTarget(QWidget *parent = nullptr);

    // The topics of the cluster, and the source with its partition count (for the note).
    void setTopics(const QStringList &topics);
    void setSource(const QString &source, int partitions);

    [[nodiscard]] QString name() const;
    [[nodiscard]] Kind kind() const { return m_kind; }
    // Why nothing can start with this target (None, Invalid), in words; empty otherwise.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QComboBox *comboBox() const { return m_combo; }

signals:
    void changed();

private:
    void update();

    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QStringList m_topics;
    QString m_source;
    int m_sourcePartitions = 0;
    Kind m_kind = Kind::None;
    QString m_nameProblem; // for Kind::Invalid
};

} // namespace es
