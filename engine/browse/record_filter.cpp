#include "browse/record_filter.h"

#include "browse/json_path.h"
#include "browse/regex_literal.h"
#include "browse/text_searcher.h"
#include "common/json.h"

#include <charconv>
#include <optional>
#include <regex>

namespace es {

namespace {

// One condition, compiled.
struct CompiledCondition {
    FilterTarget target = FilterTarget::Value;
    std::string headerName;
    MatchKind kind = MatchKind::Contains;
    bool caseInsensitive = false;
    TextSearcher searcher;           // Contains, JsonContains; the prefilter for Regex
    std::optional<std::regex> regex; // Regex that is not a plain literal
    std::optional<JsonPath> path;    // JSON kinds
    std::string pattern;             // JsonEquals: the text to compare with
    std::optional<double> number;    // JsonEquals: the pattern as a number, when it is one

    [[nodiscard]] bool matchesBytes(ByteView bytes) const;
    [[nodiscard]] bool matchesJson(std::string_view text) const;
};

bool equalFolded(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto x = static_cast<unsigned char>(a[i]);
        auto y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z')
            x = x - 'A' + 'a';
        if (y >= 'A' && y <= 'Z')
            y = y - 'A' + 'a';
        if (x != y)
            return false;
    }
    return true;
}

std::optional<double> parseNumber(std::string_view text)
{
    double d = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return d;
}

bool CompiledCondition::matchesBytes(ByteView bytes) const
{
    const std::string_view text = asChars(bytes);
    switch (kind) {
    case MatchKind::Contains: return searcher.contains(text);
    case MatchKind::Regex:
        if (!searcher.contains(text))
            return false;
        return !regex || std::regex_search(text.begin(), text.end(), *regex);
    case MatchKind::JsonEquals:
    case MatchKind::JsonContains: return matchesJson(text);
    }
    return false;
}

bool CompiledCondition::matchesJson(std::string_view text) const
{
    auto document = parseJson(text);
    if (!document)
        return false;
    const JsonValue *field = path->resolve(*document);
    if (!field)
        return false;
    if (kind == MatchKind::JsonEquals && number && field->isNumber())
        return field->asNumber() == *number;
    const std::string fieldText = field->isString() ? field->asString() : toJson(*field);
    if (kind == MatchKind::JsonContains)
        return searcher.contains(fieldText);
    return caseInsensitive ? equalFolded(fieldText, pattern) : fieldText == pattern;
}

Result<CompiledCondition> compileCondition(const FilterCondition &c, std::size_t index)
{
    const std::string where = "condition " + std::to_string(index + 1) + ": ";
    CompiledCondition out;
    out.target = c.target;
    out.headerName = c.headerName;
    out.kind = c.kind;
    out.caseInsensitive = c.caseInsensitive;
    if (c.target == FilterTarget::Header && c.headerName.empty())
        return Status::invalidArgument(where + "a header condition needs the header's name");
    switch (c.kind) {
    case MatchKind::Contains:
        if (c.pattern.empty())
            return Status::invalidArgument(where + "the text to look for is empty");
        out.searcher = TextSearcher(c.pattern, c.caseInsensitive);
        break;
    case MatchKind::Regex: {
        if (c.pattern.empty())
            return Status::invalidArgument(where + "the regular expression is empty");
        if (isPlainRegexLiteral(c.pattern)) {
            out.searcher = TextSearcher(c.pattern, c.caseInsensitive);
            break;
        }
        auto flags = std::regex::ECMAScript | std::regex::optimize;
        if (c.caseInsensitive)
            flags |= std::regex::icase;
        try {
            out.regex.emplace(c.pattern, flags);
        } catch (const std::regex_error &e) {
            return Status::invalidArgument(where + "invalid regular expression \"" + c.pattern +
                                           "\": " + e.what());
        }
        out.searcher = TextSearcher(requiredRegexLiteral(c.pattern), c.caseInsensitive);
        break;
    }
    case MatchKind::JsonEquals:
    case MatchKind::JsonContains: {
        auto path = JsonPath::parse(c.jsonPath);
        if (!path)
            return Status::invalidArgument(where + path.status().message());
        out.path = std::move(path.value());
        if (c.kind == MatchKind::JsonContains) {
            if (c.pattern.empty())
                return Status::invalidArgument(where + "the text to look for is empty");
            out.searcher = TextSearcher(c.pattern, c.caseInsensitive);
        } else {
            out.pattern = c.pattern;
            out.number = parseNumber(c.pattern);
        }
        break;
    }
    }
    return out;
}

} // namespace

class RecordMatcher::Impl {
public:
    std::vector<CompiledCondition> conditions;
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;

    [[nodiscard]] bool inTimeRange(std::int64_t timestamp) const
    {
        return (!from || timestamp >= *from) && (!to || timestamp <= *to);
    }

    // Headers is a range of objects with .key (string-like) and .value (optional bytes-like).
    template <typename Headers>
    [[nodiscard]] bool matchesHeaders(const CompiledCondition &c, const Headers &headers) const
    {
        for (const auto &h : headers) {
            if (c.target == FilterTarget::Header && std::string_view(h.key) != c.headerName)
                continue;
            if (h.value && c.matchesBytes(ByteView(*h.value)))
                return true;
        }
        return false;
    }
};

Result<RecordMatcher> RecordMatcher::compile(const RecordFilter &filter)
{
    auto impl = std::make_shared<Impl>();
    if (filter.fromTimestampMs && filter.toTimestampMs && *filter.fromTimestampMs > *filter.toTimestampMs)
        return Status::invalidArgument("the time range starts after it ends");
    impl->from = filter.fromTimestampMs;
    impl->to = filter.toTimestampMs;
    for (std::size_t i = 0; i < filter.conditions.size(); ++i) {
        auto c = compileCondition(filter.conditions[i], i);
        if (!c)
            return c.status();
        impl->conditions.push_back(std::move(c.value()));
    }
    return RecordMatcher(std::move(impl));
}

RecordMatcher::RecordMatcher() : m_impl(std::make_shared<Impl>()) {}
RecordMatcher::RecordMatcher(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
RecordMatcher::~RecordMatcher() = default;
RecordMatcher::RecordMatcher(const RecordMatcher &) = default;
RecordMatcher &RecordMatcher::operator=(const RecordMatcher &) = default;
RecordMatcher::RecordMatcher(RecordMatcher &&) noexcept = default;
RecordMatcher &RecordMatcher::operator=(RecordMatcher &&) noexcept = default;

bool RecordMatcher::matchesEverything() const
{
    return m_impl->conditions.empty() && !m_impl->from && !m_impl->to;
}

bool RecordMatcher::matches(const RecordView &record) const
{
    if (!m_impl->inTimeRange(record.timestamp))
        return false;
    for (const CompiledCondition &c : m_impl->conditions) {
        bool ok = false;
        switch (c.target) {
        case FilterTarget::Key: ok = record.key && c.matchesBytes(*record.key); break;
        case FilterTarget::Value: ok = record.value && c.matchesBytes(*record.value); break;
        case FilterTarget::Header:
        case FilterTarget::AnyHeader: ok = m_impl->matchesHeaders(c, record.headers()); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool RecordMatcher::matches(const FetchedRecord &record) const
{
    if (!m_impl->inTimeRange(record.timestamp))
        return false;
    for (const CompiledCondition &c : m_impl->conditions) {
        bool ok = false;
        switch (c.target) {
        case FilterTarget::Key: ok = record.key && c.matchesBytes(*record.key); break;
        case FilterTarget::Value: ok = record.value && c.matchesBytes(*record.value); break;
        case FilterTarget::Header:
        case FilterTarget::AnyHeader: ok = m_impl->matchesHeaders(c, record.headers); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace es
