#include "produce/record_generator.h"

namespace es {

namespace {

Bytes toBytes(const std::string &s) { return Bytes(s.begin(), s.end()); }

Result<RecordTemplate> parseField(const std::string &field, const std::string &text)
{
    auto parsed = RecordTemplate::parse(text);
    if (!parsed)
        return Status::invalidArgument(field + ": " + parsed.status().message());
    return parsed;
}

} // namespace

Result<RecordGenerator> RecordGenerator::create(const RecordTemplateSet &set)
{
    RecordGenerator g;
    g.m_nullKey = set.key.empty();
    auto key = parseField("key", set.key);
    if (!key)
        return key.status();
    g.m_key = std::move(*key);
    auto value = parseField("value", set.value);
    if (!value)
        return value.status();
    g.m_value = std::move(*value);
    for (std::size_t i = 0; i < set.headers.size(); ++i) {
        const std::string which = "header " + std::to_string(i + 1);
        if (set.headers[i].first.empty())
            return Status::invalidArgument(which + ": the name is empty");
        auto name = parseField(which + " name", set.headers[i].first);
        if (!name)
            return name.status();
        auto headerValue = parseField(which + " value", set.headers[i].second);
        if (!headerValue)
            return headerValue.status();
        g.m_headers.push_back({std::move(*name), std::move(*headerValue)});
    }
    return g;
}

void RecordGenerator::render(TemplateContext &context, ProducerRecord &out) const
{
    out.key = m_nullKey ? std::nullopt : std::optional<Bytes>(toBytes(m_key.render(context)));
    out.value = toBytes(m_value.render(context));
    out.headers.clear();
    for (const HeaderTemplate &h : m_headers)
        out.headers.push_back({h.name.render(context), toBytes(h.value.render(context))});
}

} // namespace es
