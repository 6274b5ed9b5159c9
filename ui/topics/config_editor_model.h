#pragma once

#ifndef Q_MOC_RUN
#include "cluster/topic_config.h"
#include "cluster/topic_config_specs.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

// Where a config's value comes from, as the editor marks it.
enum class ConfigOrigin {
    Default,       // nobody set it: Kafka's default
    TopicOverride, // the topic sets it
    BrokerSetting, // a broker setting (log.retention.ms...) sets the default of every topic
};

// What the config editor edits, apart from its widgets so that it can be tested alone:
// every topic config Kafka defines (and any other the cluster reports), the value in force
// and where it comes from, and the override the user wants, checked as it is typed by the
// engine's own rules. GUI thread only.
class ConfigEditorModel {
    Q_DECLARE_TR_FUNCTIONS(ConfigEditorModel)

public:
    struct Row {
        std::string name;
        const TopicConfigSpec *spec = nullptr; // null: a config the cluster reports that the engine lacks
        ConfigEntry current;                   // as the cluster described it when the editor opened
        std::optional<std::string> original;   // the topic's override then
        std::optional<std::string> wanted;     // the override once applied
        QString problem;                       // why what was typed is refused; empty when it is not
    };

    // `configs` as the connection describes a topic's; empty for a topic yet to be created,
    // whose configs are all at their defaults.
    explicit ConfigEditorModel(const std::vector<ConfigEntry> &configs);

    [[nodiscard]] const std::vector<Row> &rows() const { return m_rows; }
    [[nodiscard]] const Row *row(std::string_view name) const;

    // What the user typed: empty goes back to the default; figures may carry units
    // ("2 days", "1 GiB", configValueFromInput).
    void setText(std::string_view name, const QString &text);
    // A value picked from a list or a checkbox.
    void setValue(std::string_view name, const std::string &value);
    // Back to the default: the override goes.
    void reset(std::string_view name);

    // The value the topic runs with once the edits are applied.
    [[nodiscard]] std::string effective(std::string_view name) const;
    // The value in force when the topic does not override it.
    [[nodiscard]] static std::string defaultValue(const Row &row);
    [[nodiscard]] static ConfigOrigin origin(const Row &row);
    // The broker setting a default comes from (log.retention.ms...); empty when none.
    [[nodiscard]] static std::string inheritedFrom(const Row &row);
    [[nodiscard]] static bool edited(const Row &row)
    {
        return row.wanted != row.original || !row.problem.isEmpty();
    }

    // What to send to alterTopicConfigs: changed overrides, nullopt for removed ones.
    [[nodiscard]] std::map<std::string, std::optional<std::string>> changes() const;
    // Every override wanted, for a topic's creation.
    [[nodiscard]] std::map<std::string, std::string> overrides() const;
    // The first refusal of what was typed, naming the config; empty when there is none.
    [[nodiscard]] QString problem() const;

private:
    Row *find(std::string_view name);

    std::vector<Row> m_rows;
};

} // namespace es
