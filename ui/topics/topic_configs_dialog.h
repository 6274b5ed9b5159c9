#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/topic_config.h"
#endif

#include <map>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLineEdit;

namespace es {

// Edits a topic's config overrides: the retention, segment, cleanup, durability and
// timestamp settings a user of a local cluster changes. An empty number field means the
// default (shown greyed); each value is checked as it is typed by the engine's own rules.
class TopicConfigsDialog : public SubmitDialog {
    Q_OBJECT

public:
    TopicConfigsDialog(const QString &topic, const std::vector<ConfigEntry> &configs,
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
    };
    [[nodiscard]] std::optional<std::string> wanted(const Field &field) const;

    std::vector<Field> m_fields;
};

} // namespace es
