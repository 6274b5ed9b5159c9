#pragma once

#include "ui/topics/config_editor.h"
#include "ui/topics/create_topic_check.h"
#include "ui/topics/submit_dialog.h"

#include <map>
#include <string>

class QLineEdit;
class QSpinBox;
class QToolButton;

namespace es {

class ConfigWarningBox;

// Asks for a new topic's name, partitions and replication factor, checked as the user
// types against Kafka's rules and the cluster's live brokers (CreateTopicCheck), and,
// in a section that opens on demand, the topic's configs (ConfigEditor, with the ones most
// often set first), which go into the CreateTopics request.
class CreateTopicDialog : public SubmitDialog {
    Q_OBJECT

public:
    // `configOptions` as for the Edit configs dialog (readOnly is ignored).
    CreateTopicDialog(QStringList existingTopics, int liveBrokers, ConfigEditor::Options configOptions = {},
                      QWidget *parent = nullptr);

    [[nodiscard]] CreateTopicCheck::Input input() const;
    // The configs the user set, for CreateTopicSpec::configs.
    [[nodiscard]] std::map<std::string, std::string> configs() const;

public slots:
    // The cluster changed while the dialog is open: check against the new facts.
    void setClusterFacts(const QStringList &existingTopics, int liveBrokers);

protected:
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] bool ready() const override;

private:
    void onConfigsEdited();
    void showConfigs(bool shown);

    QStringList m_existing;
    int m_liveBrokers = 0;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_partitions = nullptr;
    QSpinBox *m_replication = nullptr;
    QToolButton *m_configsToggle = nullptr;
    ConfigEditor *m_configs = nullptr;
    ConfigWarningBox *m_warnings = nullptr;
};

} // namespace es
