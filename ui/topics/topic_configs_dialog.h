#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/topic_config.h"
#endif

#include <map>
#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace es {

class InlineProblemLabel;

// Edits a topic's config overrides: the retention, segment, cleanup, durability and
// timestamp settings a user of a local cluster changes. An empty number field means the
// default (shown greyed); each value is checked as it is typed by the engine's own rules,
// and a figure in milliseconds or bytes is shown in words beside it ("7 days", "1 GiB").
// Settings Kafka accepts but that break producers (min.insync.replicas above the topic's
// replication factor) are warned about, and applied only once the user confirms.
class TopicConfigsDialog : public SubmitDialog {
    Q_OBJECT

public:
    TopicConfigsDialog(const QString &topic, const std::vector<ConfigEntry> &configs, int replicationFactor,
                       QWidget *parent = nullptr);

    // What to send to alterTopicConfigs: changed values, and nullopt for overrides the
    // user cleared. Empty when nothing changed.
    [[nodiscard]] std::map<std::string, std::optional<std::string>> changes() const;

protected:
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] bool ready() const override;

private:
    struct Field {
        std::string name;
        ConfigEntry current;
        QLineEdit *edit = nullptr;  // numbers
        QComboBox *combo = nullptr; // choices
        QLabel *words = nullptr;    // the value in days, GiB...
    };
    [[nodiscard]] std::optional<std::string> wanted(const Field &field) const;
    // What the topic would run with: the value typed, or else the default.
    [[nodiscard]] std::string effective(const std::string &name) const;
    // Empty when nothing typed would surprise; otherwise what will go wrong, in words.
    [[nodiscard]] QString warning() const;
    void onEdited();

    int m_replicationFactor = 0;
    std::vector<Field> m_fields;
    InlineProblemLabel *m_warning = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace es
