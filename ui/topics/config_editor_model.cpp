#include "ui/topics/config_editor_model.h"

#include "ui/topics/config_value_input.h"

#include <algorithm>
#include <utility>

namespace es {

namespace {

bool isBrokerSource(ConfigSource s)
{
    return s == ConfigSource::DynamicBroker || s == ConfigSource::DynamicDefaultBroker ||
           s == ConfigSource::StaticBroker;
}

// The first synonym below the topic's own override that has a value: what the topic falls
// back to without it.
const ConfigSynonym *fallback(const ConfigEditorModel::Row &row)
{
    for (const ConfigSynonym &s : row.current.synonyms)
        if (s.source != ConfigSource::DynamicTopic && s.value)
            return &s;
    return nullptr;
}

bool isOverride(const ConfigEntry &e) { return e.source == ConfigSource::DynamicTopic || !e.isDefault; }

} // namespace

ConfigEditorModel::ConfigEditorModel(const std::vector<ConfigEntry> &configs)
{
    for (const TopicConfigSpec &spec : topicConfigSpecs()) {
        Row row;
        row.name = std::string(spec.name);
        row.spec = &spec;
        row.current = {.name = row.name,
                       .value = std::string(spec.defaultValue),
                       .isDefault = true,
                       .documentation = std::string(spec.doc),
                       .source = ConfigSource::Default};
        m_rows.push_back(std::move(row));
    }
    for (const ConfigEntry &entry : configs) {
        Row *row = find(entry.name);
        if (!row) {
            m_rows.emplace_back().name = entry.name;
            row = &m_rows.back();
        }
        row->current = entry;
        if (isOverride(entry))
            row->original = row->wanted = entry.value;
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.name < b.name; });
}

const ConfigEditorModel::Row *ConfigEditorModel::row(std::string_view name) const
{
    for (const Row &r : m_rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

ConfigEditorModel::Row *ConfigEditorModel::find(std::string_view name)
{
    return const_cast<Row *>(std::as_const(*this).row(name));
}

void ConfigEditorModel::setText(std::string_view name, const QString &text)
{
    Row *r = find(name);
    if (!r)
        return;
    r->problem.clear();
    if (text.trimmed().isEmpty()) {
        r->wanted.reset();
        return;
    }
    const auto raw = configValueFromInput(r->name, text);
    if (!raw) {
        const QString config = QString::fromStdString(r->name);
        r->problem =
            configValueKindOf(r->name) == ConfigValueKind::Duration
                ? tr("%1: \"%2\" is not a duration such as 604800000 (milliseconds), 7 days or 12 h.")
                      .arg(config, text.trimmed())
                : tr("%1: \"%2\" is not a size such as 1073741824 (bytes), 1 GiB or 500 MB.")
                      .arg(config, text.trimmed());
        return;
    }
    setValue(name, *raw);
}

void ConfigEditorModel::setValue(std::string_view name, const std::string &value)
{
    Row *r = find(name);
    if (!r)
        return;
    r->problem.clear();
    if (!r->spec) {
        r->wanted = value;
        return;
    }
    auto kept = validateTopicConfig(r->name, value);
    if (!kept) {
        r->problem = QString::fromStdString(kept.status().message());
        return;
    }
    r->wanted = std::move(*kept);
}

void ConfigEditorModel::reset(std::string_view name)
{
    if (Row *r = find(name)) {
        r->problem.clear();
        r->wanted.reset();
    }
}

std::string ConfigEditorModel::effective(std::string_view name) const
{
    const Row *r = row(name);
    if (!r)
        return {};
    return r->wanted ? *r->wanted : defaultValue(*r);
}

std::string ConfigEditorModel::defaultValue(const Row &row)
{
    if (!isOverride(row.current))
        return row.current.value;
    if (const ConfigSynonym *s = fallback(row))
        return *s->value;
    return row.spec ? std::string(row.spec->defaultValue) : std::string();
}

ConfigOrigin ConfigEditorModel::origin(const Row &row)
{
    if (row.wanted)
        return ConfigOrigin::TopicOverride;
    return inheritedFrom(row).empty() && !isBrokerSource(row.current.source) ? ConfigOrigin::Default
                                                                             : ConfigOrigin::BrokerSetting;
}

std::string ConfigEditorModel::inheritedFrom(const Row &row)
{
    if (const ConfigSynonym *s = fallback(row); s && isBrokerSource(s->source))
        return s->name;
    return {};
}

std::map<std::string, std::optional<std::string>> ConfigEditorModel::changes() const
{
    std::map<std::string, std::optional<std::string>> out;
    for (const Row &r : m_rows)
        if (r.wanted != r.original)
            out[r.name] = r.wanted;
    return out;
}

std::map<std::string, std::string> ConfigEditorModel::overrides() const
{
    std::map<std::string, std::string> out;
    for (const Row &r : m_rows)
        if (r.wanted)
            out[r.name] = *r.wanted;
    return out;
}

QString ConfigEditorModel::problem() const
{
    for (const Row &r : m_rows)
        if (!r.problem.isEmpty())
            return r.problem;
    return {};
}

} // namespace es
