#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#ifndef Q_MOC_RUN
#include "produce/produce_jobs.h"
#endif

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace es {

class BulkPanel;
class ClusterBridge;
class HeadersEditor;
class InlineProblemLabel;
class TemplateBar;

// The Produce view: compose one record (key, value, headers, partition, timestamp) and
// send it, seeing the partition and offset it landed at; the record's fields are
// templates with generators ({{seq}}, {{uuid}}...), previewed live as the user types and
// saved in the workspace; and "Send many" sends N records, a rate for a while, or a
// file's records, with progress. Sends run as engine jobs on their own threads (never on
// the bridge's worker or the GUI thread). GUI thread only.
class ProduceView : public QWidget {
    Q_OBJECT

public:
    explicit ProduceView(ClusterBridge &bridge, QWidget *parent = nullptr);
    ~ProduceView() override;

    // The editor's record, or nullopt (with the reason shown) when it cannot be sent.
    [[nodiscard]] std::optional<ProduceDraft> draft() const;

public slots:
    // Sends the editor's record once.
    void send();
    // Opens the view on `topic` (e.g. from the Topics view), sending to `partition` (-1: the
    // partitioner chooses by key).
    void setTopic(const QString &topic, int partition = -1);

signals:
    // The user followed the result of a send to the record it wrote.
    void recordRequested(const QString &topic, int partition, qint64 offset);

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    // Notices when the chosen topic is deleted, and when it is back or another is chosen.
    void followChosenTopic(const ClusterSnapshotPtr &snapshot);
    void updateSendButton();
    void fillPartitions();
    void loadTemplate(const RecordTemplateSet &set);
    [[nodiscard]] RecordTemplateSet editedSet() const;
    void updatePreview();
    void pollSend();
    std::int64_t reserveSequence(std::int64_t count);

    ClusterBridge &m_bridge;
    ClusterSnapshotPtr m_snapshot;
    std::shared_ptr<JobSlot> m_sendSlot = std::make_shared<JobSlot>();
    bool m_sending = false;
    std::int64_t m_nextSequence = 1;
    QString m_problemText; // why the record cannot be sent, empty when it can
    // The chosen topic, deleted since it was chosen: Send stays off rather than have the
    // cluster create it again, until the user chooses a topic (or the same name) again.
    QString m_deletedTopic;
    QString m_sentTopic; // where the send under way goes

    TemplateBar *m_templates = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_partition = nullptr;
    InlineProblemLabel *m_topicProblem = nullptr;
    QCheckBox *m_chooseTime = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLineEdit *m_key = nullptr;
    QPlainTextEdit *m_value = nullptr;
    HeadersEditor *m_headers = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_result = nullptr;
    InlineProblemLabel *m_sendProblem = nullptr;
    BulkPanel *m_bulk = nullptr;
    QTimer *m_sendTimer = nullptr;
};

} // namespace es
