#pragma once

#include <QWidget>

class QTabWidget;

namespace es {

class ClusterBridge;
class RepublishPanel;
class ResetOffsetsPanel;

// The Replay view: two tabs, "Reset offsets" (move a consumer group's committed offsets to
// the earliest, the latest, a time, an offset or by a shift, with a preview per partition)
// and "Re-publish" (copy a range of records into the same or another topic, with progress
// and cancel). Everything goes through the bridge. GUI thread only; destroy it before the
// bridge.
class ReplayView : public QWidget {
    Q_OBJECT

public:
    explicit ReplayView(ClusterBridge &bridge, QWidget *parent = nullptr);

    [[nodiscard]] ResetOffsetsPanel *resetPanel() const { return m_reset; }
    [[nodiscard]] RepublishPanel *republishPanel() const { return m_republish; }

public slots:
    // Opens the "Reset offsets" tab on `groupId` (e.g. from the Consumer groups view).
    void showGroup(const QString &groupId);
    // Opens the "Re-publish" tab on `ranges` of `topic` (see RepublishPanel::setSource).
    void republish(const QString &topic, const QString &ranges);

private:
    QTabWidget *m_tabs = nullptr;
    ResetOffsetsPanel *m_reset = nullptr;
    RepublishPanel *m_republish = nullptr;
};

} // namespace es
