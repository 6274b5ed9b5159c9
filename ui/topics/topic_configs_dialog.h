#pragma once

#include "ui/topics/config_editor.h"
#include "ui/topics/submit_dialog.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

class ConfigWarningBox;

// Shows every config of a topic in the config editor (ConfigEditor): its value in words,
// where it comes from, what it does; and edits the topic's overrides, each checked as it is
// typed. Settings Kafka accepts but that will surprise (ConfigCrossChecks, such as
// min.insync.replicas above the topic's replication factor) are warned about, and applied
// only once the user confirms. With `options.readOnly` the dialog only shows.
class TopicConfigsDialog : public SubmitDialog {
    Q_OBJECT

public:
    TopicConfigsDialog(const QString &topic, const std::vector<ConfigEntry> &configs, int replicationFactor,
                       const ConfigEditor::Options &options, QWidget *parent = nullptr);

    // What to send to alterTopicConfigs: changed values, and nullopt for overrides the
    // user removed. Empty when nothing changed.
    [[nodiscard]] std::map<std::string, std::optional<std::string>> changes() const;

protected:
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] bool ready() const override;

private:
    void onEdited();

    int m_replicationFactor = 0;
    bool m_readOnly = false;
    ConfigEditor *m_editor = nullptr;
    ConfigWarningBox *m_warnings = nullptr;
};

} // namespace es
