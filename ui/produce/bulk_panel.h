#pragma once

#ifndef Q_MOC_RUN
#include "produce/produce_jobs.h"
#endif
#include "produce/throughput_meter.h"

#include <QElapsedTimer>
#include <QGroupBox>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace es {

class ClusterBridge;
class InlineProblemLabel;

// "Send many": N records, or a rate for a duration, from the editor's template, or every
// record of an exported file; with a progress bar, live throughput and Cancel. The run is
// a BulkSend job on its own thread, polled by a timer. GUI thread only; destroying the
// panel cancels the run and waits for it.
class BulkPanel : public QGroupBox {
    Q_OBJECT

public:
    // `draft` gives the editor's record, or nullopt when it cannot be sent (the editor
    // shows why). `reserveSequence(n)` hands out the first of n {{seq}} numbers.
    BulkPanel(ClusterBridge &bridge, std::function<std::optional<ProduceDraft>()> draft,
              std::function<std::int64_t(std::int64_t)> reserveSequence, QWidget *parent = nullptr);
    ~BulkPanel() override;

    [[nodiscard]] bool running() const { return m_starting || m_slot->get() != nullptr; }
    // The target of an import; the editor's topic is used for template runs.
    void setTopic(const QString &topic) { m_topic = topic; }
    // Why nothing may be sent now (e.g. the topic was deleted), shown on Start, which stays
    // off; empty to allow sending again.
    void setBlocked(const QString &reason);

public slots:
    void start();
    void cancel();

signals:
    void runningChanged(bool running);

private:
    void finishStart(const std::string &error);
    void poll();
    void finish();
    void updateModes();
    void chooseFile();

    ClusterBridge &m_bridge;
    std::function<std::optional<ProduceDraft>()> m_draft;
    std::function<std::int64_t(std::int64_t)> m_reserveSequence;
    std::shared_ptr<JobSlot> m_slot = std::make_shared<JobSlot>();
    bool m_starting = false; // a start was issued, the job not there yet
    QString m_topic;
    QString m_blocked;           // why sending is off; empty when it is not
    std::int64_t m_expected = 0; // records the run will send, 0 when unknown (a file)
    ThroughputMeter m_meter;
    QElapsedTimer m_clock;

    QRadioButton *m_countMode = nullptr;
    QRadioButton *m_rateMode = nullptr;
    QRadioButton *m_fileMode = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_rate = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace es
