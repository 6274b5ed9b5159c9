#include "ui/replay/republish_target.h"

#include "ui/topics/create_topic_check.h"
#include "ui/topics/inline_problem_label.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace es {

RepublishTarget::RepublishTarget(QWidget *parent) : QWidget(parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("republishTarget"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(20);
    m_combo->lineEdit()->setPlaceholderText(tr("Choose a topic, or type the name of a new one"));
    m_combo->setToolTip(tr("The topic the copies are written to: another topic, a new one (created when the "
                           "copy starts) or the source itself (asked again on start)."));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("republishTargetNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText); // a remark, in any theme
    m_note->hide();
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("republishTargetProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentTextChanged, this, &RepublishTarget::update);
    update();
}

void RepublishTarget::setTopics(const QStringList &topics)
{
    if (topics == m_topics)
        return;
    m_topics = topics;
    const QString shown = m_combo->currentText();
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        m_combo->addItems(topics);
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(shown); // nothing chosen stays so; a typed name stays typed
    }
    update();
}

void RepublishTarget::setSource(const QString &source, int partitions)
{
    if (source == m_source && partitions == m_sourcePartitions)
        return;
    m_source = source;
    m_sourcePartitions = partitions;
    update();
}

QString RepublishTarget::name() const { return m_combo->currentText().trimmed(); }

QString RepublishTarget::problem() const
{
    switch (m_kind) {
    case Kind::None: return tr("Choose the topic to copy into first.");
    case Kind::Invalid: return m_nameProblem;
    default: return {};
    }
}

void RepublishTarget::update()
{
    const QString target = name();
    QString note;
    m_nameProblem.clear();
    if (target.isEmpty()) {
        m_kind = Kind::None;
    } else if (target == m_source) {
        m_kind = Kind::Source;
        note = tr("The copies are appended to \"%1\" itself, after its newest records; starting asks "
                  "you to confirm.")
                   .arg(target);
    } else if (m_topics.contains(target)) {
        m_kind = Kind::Existing;
    } else {
        // One partition and one replica pass the rest of the check: only the name is asked.
        m_nameProblem = CreateTopicCheck::problem({target, 1, 1}, 1, m_topics);
        m_kind = m_nameProblem.isEmpty() ? Kind::New : Kind::Invalid;
        if (m_kind == Kind::New)
            note = (m_sourcePartitions == 1
                        ? tr("\"%1\" does not exist yet: starting the copy creates it with %n partition, as "
                             "\"%2\" has, and the cluster's default replication factor.",
                             nullptr, m_sourcePartitions)
                        : tr("\"%1\" does not exist yet: starting the copy creates it with %n partitions, as "
                             "\"%2\" has, and the cluster's default replication factor.",
                             nullptr, m_sourcePartitions))
                       .arg(target, m_source);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_problem->setProblem(m_nameProblem);
    emit changed();
}

} // namespace es
